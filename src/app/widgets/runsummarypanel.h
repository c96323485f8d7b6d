// SPDX-License-Identifier: MIT
#pragma once
// The summary strip at the top of the results: per batch size the fastest faithful method and its speed-up, the
// faster one that drifts, the methods that failed or do not apply (core's summarizeRun, in the current language).
// A method's name is a link: it selects that method's rows in the results table.

#include <QFrame>

#include "format/runsummary.h"

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace ob::app {

class RunSummaryPanel : public QFrame {
    Q_OBJECT
public:
    explicit RunSummaryPanel(QWidget* parent = nullptr);

    /// Shows the summary of a finished run or an opened session; hidden when it has nothing to say.
    void setRun(const RunResult& run);
    /// While a run is in progress: one line saying that the summary comes at its end.
    void setRunning();
    /// Nothing to show (no run yet): hidden.
    void clear();
    /// What the run measured (beside the title) and a warning about the measurement (under the summary; empty: none).
    void setContext(const QString& context, const QString& warning);
    /// The lines shown, as plain text (tests).
    QStringList lines() const;

Q_SIGNALS:
    /// A method's name was clicked (batch 0: the line is not about one batch size).
    void methodActivated(const QString& method, int batch);

protected:
    void changeEvent(QEvent* event) override;

private:
    enum class State { Empty, Running, Shown };
    void render();
    QString batchTable() const;
    QString methodLink(const QString& method, int batch) const;

    QLabel* m_title = nullptr;
    QLabel* m_text = nullptr;
    QLabel* m_context = nullptr;
    QLabel* m_warning = nullptr;
    State m_state = State::Empty;
    RunSummary m_summary;
};

}  // namespace ob::app
