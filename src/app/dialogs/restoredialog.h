// SPDX-License-Identifier: MIT
#pragma once
// Offered at start-up when runs did not finish (a crash, kill -9, a power cut): lists their journals (start time,
// methods, finished batches, torn lines ignored) and lets the user restore one, discard one, or decide later.

#include <QDialog>
#include <QList>

#include "results/journal.h"

QT_BEGIN_NAMESPACE
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTreeWidget;
QT_END_NAMESPACE

namespace ob::app {

class RestoreDialog : public QDialog {
    Q_OBJECT
public:
    enum class Choice { Later, Restore, Discard };

    explicit RestoreDialog(const QList<JournalContents>& journals, QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }
    /// The journal chosen (empty for Later).
    QString selectedPath() const;
    /// Selects row `row` and makes the choice, as the buttons do (also for tests).
    void choose(Choice choice, int row = 0);
    QTreeWidget* list() const { return m_list; }

    /// Batches measured to the end in `run` (what a restore shows).
    static int finishedBatches(const RunResult& run);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QList<JournalContents> m_journals;
    QLabel* m_text = nullptr;
    QTreeWidget* m_list = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_restore = nullptr;
    QPushButton* m_discard = nullptr;
    QPushButton* m_later = nullptr;
    Choice m_choice = Choice::Later;
};

} // namespace ob::app
