// SPDX-License-Identifier: MIT
#pragma once
// The History page: every run kept in the run history, with search and filters (model, machine, tag); open a run
// as if it had just finished, compare runs (or a run and a file from another machine), import files, add a note
// and tags, delete (after asking). Its settings: whether finished runs are kept, and in which file.

#include <QList>
#include <QWidget>

#include <functional>
#include <memory>
#include <vector>

#include "history/historypath.h"
#include "history/historystore.h"
#include "history/runsource.h"

QT_BEGIN_NAMESPACE
class QDialog;
class QTableView;
namespace Ui {
class HistoryPage;
}
QT_END_NAMESPACE

namespace ob::app {

class AppSettings;
class CompareDialog;
class HistoryFilterProxy;
class HistoryModel;
class HistoryRecorder;

class HistoryPage : public QWidget {
    Q_OBJECT
public:
    HistoryPage(AppSettings* settings, HistoryRecorder* recorder, QWidget* parent = nullptr);
    ~HistoryPage() override;

    HistoryModel* model() const { return m_model; }
    HistoryFilterProxy* proxy() const { return m_proxy; }
    QTableView* table() const;
    /// The history shown and written: from the settings, else $OPTIBENCH_HISTORY_DB, else the default file.
    HistoryLocation location() const;
    /// The store of the page (open when the history is on and readable).
    HistoryStore& store() { return m_store; }
    /// The message under the table: why the history is off or cannot be read, or what the last action did.
    QString message() const;

    /// Reads the list again from the file.
    void refresh();
    /// The ids of the selected rows, in the table's order.
    QList<qint64> selectedIds() const;
    void selectIds(const QList<qint64>& ids);
    /// Loads run `id` and emits openRequested; false (message set) when it cannot be read.
    bool openRun(qint64 id);
    /// Asks (through the modal hook) and deletes; false when declined or it failed.
    bool deleteRun(qint64 id);
    bool setNote(qint64 id, const QString& note);
    bool setTags(qint64 id, const QStringList& tags);
    /// Stores run files in the history ("import"); returns their ids (0 for a file that failed: message set).
    QList<qint64> importFiles(const QStringList& paths);
    /// Opens the compare view of `ids` (the first is the reference) and of `files`; null when fewer than two runs.
    CompareDialog* compare(const QList<qint64>& ids, const QStringList& files = {});
    /// Imports `file` and compares it with the selected run (the reference): the one-click path for a file from
    /// another machine.
    CompareDialog* compareWithFile(const QString& file);
    /// Uses `path` for the history ("" = the default); keeps runs or not. Saved in the settings.
    void setHistoryFile(const QString& path);
    void setKeepRuns(bool keep);

    /// Tests: called instead of QDialog::exec() for the page's questions (delete, note, tags).
    using ModalHook = std::function<int(QDialog*)>;
    void setModalHook(ModalHook hook) { m_modalHook = std::move(hook); }

Q_SIGNALS:
    /// Show `run` as the session, as if it had just finished.
    void openRequested(const ob::RunResult& run, qint64 id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void reopen();
    void updateFilter();
    void updateCombos();
    void updateButtons();
    void showMessage(const QString& text, bool error = false);
    /// After a change to the store: its error shown when `stored` is false, else the list refreshed; returns `stored`.
    bool changed(bool stored);
    int execModal(QDialog* dialog);
    std::optional<NamedRun> loadRun(qint64 id);
    void editNote();
    void editTags();
    void chooseFile();
    void importWithDialog();
    void compareFileWithDialog();

    std::unique_ptr<Ui::HistoryPage> m_ui;
    AppSettings* m_settings;
    HistoryRecorder* m_recorder;
    HistoryStore m_store;
    HistoryModel* m_model;
    HistoryFilterProxy* m_proxy;
    ModalHook m_modalHook;
    QString m_message;
    bool m_messageIsError = false;
};

} // namespace ob::app
