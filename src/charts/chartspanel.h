// SPDX-License-Identifier: MIT
#pragma once
// Every chart of a session, in two tabs, redrawn at most ~25 times a second: changes only mark the charts dirty,
// and a timer redraws them. Each tick does one piece of work, the live trace or one chart whose results changed,
// and only for visible charts (a hidden tab catches up when shown), so that no redraw holds the event loop long.
// The charts read the session's plain data (the same MethodResults the table wraps).

#include <QElapsedTimer>
#include <QList>
#include <QTabWidget>
#include <QTimer>

#include <vector>

#include "results/runresult.h"

namespace ob::app {

class ChartBase;
class TraceChart;

class ChartsPanel : public QTabWidget {
    Q_OBJECT
public:
    static constexpr int kRedrawIntervalMs = 40;

    explicit ChartsPanel(QWidget* parent = nullptr);

    /// The session whose results are drawn (owned by the caller; must outlive the panel or be reset).
    void setSession(const RunResult* run);
    /// The session was replaced: clears the live trace and redraws everything.
    void sessionReset();
    /// Results changed (a method was prepared or finished, a batch was measured).
    void resultsChanged();
    /// Live samples for the trace.
    void addSamples(const QString& method, int batch, const std::vector<double>& samplesMs);
    /// The run ended: the trace is rebuilt from the stored samples.
    void runFinished();
    /// One throttled redraw: the live trace or one visible chart whose results changed.
    void flush();
    /// Redraws every dirty chart now, visible or not (tests, screenshots, exports).
    void flushAll();

    QList<ChartBase*> charts() const { return m_charts; }
    ChartBase* chart(const QString& id) const;
    /// Redraws done since construction (for the stall benchmark's report).
    int redrawCount() const { return m_redraws; }

Q_SIGNALS:
    /// A chart's context menu asked for an export ("png", "svg" or "pdf").
    void chartExportRequested(ob::app::ChartBase* chart, const QString& format);

protected:
    void changeEvent(QEvent* event) override;

private:
    void schedule();
    void retranslate();

    const RunResult* m_run = nullptr;
    QList<ChartBase*> m_charts;
    TraceChart* m_trace = nullptr;
    QTimer m_timer;
    QList<ChartBase*> m_dirty;  // charts whose results changed, in display order
    bool m_traceDirty = false;
    bool m_traceLast = false;  // the previous tick redrew the trace
    int m_redraws = 0;
};

}  // namespace ob::app
