// SPDX-License-Identifier: MIT
#pragma once
// A live trace of per-call latency for the batch size being measured. With many methods the lines of one axis fall
// into one band, so by default each method has a cell of its own (small multiples, in as many columns as the height
// needs): its calls from ½× to 4× its median (log scale), which shows warm-up, spikes and drift per method at any
// number of methods; the method's name in the cell is its legend entry. The absolute levels are the latency chart's;
// unchecking "Small multiples" draws every method on one ms axis (linear or log) with a legend.
// Samples go into bounded buffers; the view is redrawn with QXYSeries::replace() when the panel's timer says so.

#include <QHash>
#include <QList>
#include <QPointF>

#include "charts/chartbase.h"

QT_BEGIN_NAMESPACE
class QCategoryAxis;
class QCheckBox;
class QGraphicsSimpleTextItem;
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
    /// A cell: the range of its line, as multiples of the method's median (log2).
    static constexpr double kCellLowLog2 = -1;  // ½×
    static constexpr double kCellHighLog2 = 2;  // 4×
    /// The least height of a cell (pixels): more methods than fit in a column go into more columns.
    static constexpr double kMinCellHeight = 34;

    explicit TraceChart(QWidget* parent = nullptr);
    ~TraceChart() override;
    QString title() const override;
    /// Shows the stored samples of the largest measured batch (a finished or opened session).
    void setRun(const RunResult& run) override;
    bool hasLogScale() const override { return true; }
    void copyViewOf(const ChartBase& other) override;
    QStringList legendMethods() const override;
    LabelHit labelAt(const QPointF& pos) const override;

    /// Forgets everything (a new run starts).
    void clear();
    /// Appends live samples; a new batch size starts the trace over. Call redraw() to show them.
    void addSamples(const QString& method, int batch, const std::vector<double>& samplesMs);
    /// Pushes the buffers into the series (cheap when nothing changed).
    void redraw();
    int batch() const { return m_batch; }
    /// A cell per method (default), or every method on one axis.
    bool cells() const;
    void setCells(bool cells);
    /// The grid of cells: columns and rows (1 × 1 before any method).
    int cellColumns() const { return m_cols; }
    int cellRows() const { return m_rows; }
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
        QGraphicsSimpleTextItem* name = nullptr;  // in its cell
        bool dirty = false;
    };
    Trace& traceOf(const QString& method);
    void relayOut();
    void updateLegend();
    void updateCellAxis();
    void placeNames();
    QList<QPointF> shownPoints(const Trace& t, int cell) const;
    int rowsThatFit() const;

    QValueAxis* m_x = nullptr;       // calls
    QCategoryAxis* m_xCells = nullptr;  // columns of cells
    QValueAxis* m_y = nullptr;
    QLogValueAxis* m_yLog = nullptr;
    QValueAxis* m_yCells = nullptr;  // rows of cells
    QCheckBox* m_cellsBox = nullptr;
    QHash<QString, int> m_index;
    QList<Trace> m_traces;
    QHash<QString, int> m_cellOf;  // methods with a cell (not filtered), in run order
    int m_cols = 1;
    int m_rows = 1;
    double m_lo = 0;     // the first call the x range shows
    double m_span = 100; // calls per cell
    int m_batch = 0;
    double m_top = 0;
    double m_bottom = 0;
};

}  // namespace ob::app
