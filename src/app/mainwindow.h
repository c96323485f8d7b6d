// SPDX-License-Identifier: MIT
#pragma once
// The main window: a composition shell. It places the pages in docks around the results, owns the actions and
// menus, and connects pages to the RunController; the work is done by the controller, pages and core.

#include <QJsonObject>
#include <QMainWindow>

#include <memory>

#include "settings/appsettings.h"

QT_BEGIN_NAMESPACE
class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
QT_END_NAMESPACE

namespace ob {
struct RunProgress;
struct RunResult;
}

namespace ob::app {

class ConfigPage;
class DiagnosticsPanel;
class EnvironmentPanel;
class ExportMenu;
class LogModel;
class LogPanel;
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
    ExportMenu* exportMenu() const { return m_exportMenu; }
    LogModel* logModel() const { return m_logModel; }
    QAction* runAction() const { return m_runAction; }
    QAction* cancelAction() const { return m_cancelAction; }
    QProgressBar* progressBar() const { return m_progress; }
    QDockWidget* dock(const QString& objectName) const;

    /// Opens a session file; on failure shows nothing and returns false with `error` set.
    bool openSessionFile(const QString& path, QString* error = nullptr);
    /// Saves the session to `path`; on failure returns false with `error` set.
    bool saveSessionFile(const QString& path, QString* error = nullptr);

    void run();
    void cancel();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createActions();
    void createMenus();
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
    void retranslate();

    std::unique_ptr<AppSettings> m_settings;
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
    QProgressBar* m_progress = nullptr;
    QLabel* m_statusLabel = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    ExportMenu* m_exportMenu = nullptr;
    QMenu* m_runMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_runAction = nullptr;
    QAction* m_cancelAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_saveAction = nullptr;
    QAction* m_saveAsAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QString m_sessionPath;
    QString m_lastStatus;
};

}  // namespace ob::app
