// SPDX-License-Identifier: MIT
#pragma once
// The main window: a composition shell. It places the pages in docks around the results, owns the actions and
// menus, and connects pages to the RunController; the work is done by the controller, pages and core.

#include <QJsonObject>
#include <QMainWindow>

#include <functional>
#include <memory>

#include "settings/appsettings.h"

QT_BEGIN_NAMESPACE
class QAction;
class QDialog;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
QT_END_NAMESPACE

namespace ob {
struct MachineRoofs;
struct RunProgress;
struct RunResult;
struct StepResult;
}

namespace ob::app {

class ConfigPage;
class DiagnosticsPanel;
class EnvironmentPanel;
class ExportMenu;
class HistoryPage;
class HistoryRecorder;
class LogModel;
class LogPanel;
class ProfilePage;
class ResultsPage;
class RunController;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /// `settings`: where state persists (null: the application's QSettings).
    explicit MainWindow(std::unique_ptr<AppSettings> settings = {}, QWidget* parent = nullptr);
    ~MainWindow() override;

    RunController* controller() const { return m_controller; }
    ConfigPage* configPage() const { return m_config; }
    ResultsPage* resultsPage() const { return m_results; }
    DiagnosticsPanel* diagnosticsPanel() const { return m_diagnostics; }
    EnvironmentPanel* environmentPanel() const { return m_environment; }
    ProfilePage* profilePage() const { return m_profile; }
    ExportMenu* exportMenu() const { return m_exportMenu; }
    LogModel* logModel() const { return m_logModel; }
    QAction* runAction() const { return m_runAction; }
    QAction* cancelAction() const { return m_cancelAction; }
    QProgressBar* progressBar() const { return m_progress; }
    /// Save model as TorchScript… for the selected method of the results table (its context menu).
    QAction* saveModelAction() const { return m_saveModelAction; }
    /// File > Save model as TorchScript: the choice of method, one entry per method of the run.
    QMenu* saveModelMenu() const { return m_saveModelMenu; }
    /// Run > Re-measure the machine.
    QAction* remeasureAction() const { return m_remeasureAction; }
    /// The results table's context menu (shown for a method's row).
    QMenu* resultsContextMenu() const { return m_resultsMenu; }
    /// The method of the results table's current row; empty when none.
    QString selectedMethod() const;
    QDockWidget* dock(const QString& objectName) const;

    /// The History page (a dock) and what keeps every finished run in the history.
    HistoryPage* historyPage() const { return m_history; }
    HistoryRecorder* historyRecorder() const { return m_historyRecorder; }
    /// Shows run `id` of the history as the session, as opening a session file does; false while a run is going.
    bool openHistoryRun(const RunResult& run, qint64 id);

    /// Opens a session file; on failure shows nothing and returns false with `error` set.
    bool openSessionFile(const QString& path, QString* error = nullptr);
    /// Saves the session to `path`; on failure returns false with `error` set.
    bool saveSessionFile(const QString& path, QString* error = nullptr);

    void run();
    void cancel();
    /// Asks where to save `method` as TorchScript (a file dialog, through the modal hook), then saves it on the
    /// benchmark thread. False when the action is not available or the dialog was cancelled.
    bool saveModelAs(const QString& method);
    /// Measures the machine's roofs again on the benchmark thread (the progress bar shows it).
    void remeasureMachine();
    /// Switches the whole UI to `language` ("en", "zh_CN") at once and remembers the choice; false for an unknown id.
    bool setUiLanguage(const QString& language);
    /// The Language menu's action for `language` (checkable; the current language is checked).
    QAction* languageAction(const QString& language) const;

    /// Offers the unfinished runs journaled in `directory` for restore (RestoreDialog); returns how many were
    /// offered. Called by main() once the window is shown. Empty directory: defaultJournalDirectory().
    int offerJournalRestore(const QString& directory = {});
    /// Shows the finished results of a journal as a cancelled session and marks the journal dealt with.
    bool restoreJournal(const QString& path, QString* error = nullptr);
    /// Tests: called instead of QDialog::exec() for the window's questions (close during a run, an unsaved run,
    /// restore, the session file dialogs); the hook
    /// answers by clicking the dialog's buttons and returns the result code.
    using ModalHook = std::function<int(QDialog*)>;
    void setModalHook(ModalHook hook) { m_modalHook = std::move(hook); }

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createLanguageMenu();
    void createDocks();
    void connectController();
    void captureMachineEnvironment();
    void updateActions();
    void updateTitle();
    void updateRecentMenu();
    void onProgress(const RunProgress& progress);
    void onFinished(const RunResult& run);
    void open();
    bool save();
    bool saveAs();
    void showAbout();
    void showDiagnoseLog();
    void retranslate();
    int execModal(QDialog* dialog);
    bool confirmCloseDuringRun();
    /// Before the session is replaced or the window closes: an unsaved run asks Save / Discard / Cancel (through
    /// the modal hook); false when the user cancels or saving failed.
    bool maybeSaveSession();
    void onJournalFailed(const QString& message);
    void setStatus(std::function<QString()> text);
    // mainwindow_jobs.cpp: the worker's jobs besides runs (save a model, re-measure the machine).
    void createJobActions();
    void updateJobActions();
    void fillSaveModelMenu();
    void retranslateJobs();
    void showResultsContextMenu(const QPoint& pos);
    void onModelExported(const QString& method, const QString& path, const StepResult& result);
    void onMachineMeasured(const MachineRoofs& roofs, const QString& error);
    /// Why `method` cannot be saved as TorchScript now (translated); empty when it can.
    QString saveModelUnavailable(const QString& method) const;
    // mainwindow_history.cpp: the History dock, the recording of finished runs.
    void createHistory();
    void retranslateHistory();

    std::unique_ptr<AppSettings> m_settings;
    ModalHook m_modalHook;
    RunController* m_controller = nullptr;
    ConfigPage* m_config = nullptr;
    ResultsPage* m_results = nullptr;
    DiagnosticsPanel* m_diagnostics = nullptr;
    EnvironmentPanel* m_environment = nullptr;
    LogModel* m_logModel = nullptr;
    LogPanel* m_log = nullptr;
    QDockWidget* m_configDock = nullptr;
    QDockWidget* m_diagnosticsDock = nullptr;
    QDockWidget* m_logDock = nullptr;
    QDockWidget* m_environmentDock = nullptr;
    ProfilePage* m_profile = nullptr;
    QDockWidget* m_profileDock = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_statusLabel = nullptr;
    QLabel* m_journalWarning = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    ExportMenu* m_exportMenu = nullptr;
    QMenu* m_runMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QActionGroup* m_languageGroup = nullptr;
    QAction* m_runAction = nullptr;
    QAction* m_cancelAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_saveAction = nullptr;
    QAction* m_saveAsAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_diagnoseLogAction = nullptr;
    QAction* m_saveModelAction = nullptr;
    QAction* m_remeasureAction = nullptr;
    QMenu* m_resultsMenu = nullptr;
    QMenu* m_saveModelMenu = nullptr;  // File > Save model as TorchScript: one entry per method of the run
    HistoryPage* m_history = nullptr;
    HistoryRecorder* m_historyRecorder = nullptr;
    QDockWidget* m_historyDock = nullptr;
    QString m_sessionPath;
    std::function<QString()> m_lastStatus;  // renders the last status message in the current language; empty: none
};

}  // namespace ob::app
