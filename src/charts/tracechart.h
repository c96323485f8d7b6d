// SPDX-License-Identifier: MIT
#pragma once
// A live trace of per-call latency for the batch size being measured. With many methods the lines of one axis fall
// into one band, so by default each method has a row of its own: its calls from ½× to 4× its median (log scale,
// the median at a third of the row's height), which shows warm-up, spikes and drift per method; the absolute
// levels are the latency chart's. Unchecking "One row per method" draws every method on one ms axis (linear or log).
// Samples go into bounded buffers; the view is redrawn with QXYSeries::replace() when the panel's timer says so.

#include <QHash>
#include <QList>
#include <QPointF>

#include "charts/chartbase.h"

QT_BEGIN_NAMESPACE
class QCategoryAxis;
class QCheckBox;
class QLineSeries;
class QLogValueAxis;
class QValueAxis;
QT_END_NAMESPACE

namespace ob::app {

class TraceChart : public ChartBase {
    Q_OBJECT
public:
    /// Points kept per method; older calls scroll out.
    static constexpr int kMaxPoints = 1000;
    /// Rows: the range of a row, as multiples of the method's median (log2).
    static constexpr double kRowLowLog2 = -1;  // ½×
    static constexpr double kRowHighLog2 = 2;  // 4×

    explicit TraceChart(QWidget* parent = nullptr);
    QString title() const override;
    /// Shows the stored samples of the largest measured batch (a finished or opened session).
    void setRun(const RunResult& run) override;
    bool hasLogScale() const override { return true; }
    void copyViewOf(const ChartBase& other) override;

    /// Forgets everything (a new run starts).
    void clear();
    /// Appends live samples; a new batch size starts the trace over. Call redraw() to show them.
    void addSamples(const QString& method, int batch, const std::vector<double>& samplesMs);
    /// Pushes the buffers into the series (cheap when nothing changed).
    void redraw();
    int batch() const { return m_batch; }
    /// One row per method (default), or every method on one axis.
    bool rows() const;
    void setRows(bool rows);
    /// The read-out of a call: method, batch, call number, its latency and the method's median.
    QString hoverText(const QString& method, qint64 call) const;

protected:
    void retranslate() override;
    void visibilityChanged() override;

private:
    struct Trace {
        QString method;
        QString label;  // the name, with the drift mark once known
        QList<QPointF> points;  // (call, ms)
        qint64 calls = 0;
        double median = 0;      // of the buffered calls, at the last redraw
        QLineSeries* series = nullptr;
        bool dirty = false;
    };
    Trace& traceOf(const QString& method);
    void relayOut();
    void updateLegend();
    QList<QPointF> shownPoints(const Trace& t, int row) const;

    QValueAxis* m_x = nullptr;
    QValueAxis* m_y = nullptr;
    QLogValueAxis* m_yLog = nullptr;
    QCategoryAxis* m_yRows = nullptr;
    QCheckBox* m_rowsBox = nullptr;
    QHash<QString, int> m_index;
    QList<Trace> m_traces;
    QHash<QString, int> m_rowOf;  // shown methods by row (0 = top)
    int m_batch = 0;
    double m_top = 0;
    double m_bottom = 0;
};

}  // namespace ob::app
