// SPDX-License-Identifier: MIT
#pragma once
// Every chart of a session, one or two per tab so that each has room for 15 methods, redrawn at most ~25 times a
// second: changes only mark the charts dirty, and a timer redraws them. Each tick does one piece of work, the live
// trace or one chart whose results changed, and only for visible charts (a hidden tab catches up when shown), so
// that no redraw holds the event loop long. The charts read the session's plain data (the same MethodResults the
// table wraps). Above the charts (the tab bar's corner): the method filter shared by every chart, and the log
// scale of the latency axes.

#include <QElapsedTimer>
#include <QList>
#include <QTabWidget>
#include <QTimer>

#include <vector>

#include "results/runresult.h"

QT_BEGIN_NAMESPACE
class QMenu;
class QToolButton;
QT_END_NAMESPACE

namespace ob::app {

class ChartBase;
class ChartPair;
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
    /// Shows the tab that holds chart `id`.
    void showChart(const QString& id);
    /// Redraws done since construction (for the stall benchmark's report).
    int redrawCount() const { return m_redraws; }

    /// Methods hidden in every chart (the Methods button's filter).
    QStringList filteredMethods() const { return m_filtered; }
    void setFilteredMethods(const QStringList& methods);
    /// Latency axes on a log scale (the default) or linear.
    bool logScale() const { return m_logScale; }
    void setLogScale(bool on);
    /// The methods the filter offers: the session's, in run order.
    QStringList methods() const;

Q_SIGNALS:
    /// A chart's context menu asked for an export ("png", "svg" or "pdf").
    void chartExportRequested(ob::app::ChartBase* chart, const QString& format);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void schedule();
    void retranslate();
    void markDirty(ChartBase* chart);
    void fillMethodMenu();
    void updateMethodsButton();

    const RunResult* m_run = nullptr;
    QList<ChartBase*> m_charts;
    QList<ChartPair*> m_pairs;
    TraceChart* m_trace = nullptr;
    QTimer m_timer;
    QList<ChartBase*> m_dirty;  // charts whose results changed, in display order
    bool m_traceDirty = false;
    bool m_traceLast = false;  // the previous tick redrew the trace
    int m_redraws = 0;
    QStringList m_filtered;
    bool m_logScale = true;
    QToolButton* m_methodsButton = nullptr;
    QMenu* m_methodsMenu = nullptr;
    QToolButton* m_logButton = nullptr;
};

}  // namespace ob::app
