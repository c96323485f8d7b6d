// SPDX-License-Identifier: MIT
#pragma once
// A live trace of per-call latency: one line per method, for the batch size being measured.
// Samples go into bounded buffers; the view is redrawn with QXYSeries::replace() when the panel's timer says so.

#include <QHash>
#include <QList>
#include <QPointF>

#include "charts/chartbase.h"

QT_BEGIN_NAMESPACE
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace ob::app {

class TraceChart : public ChartBase {
    Q_OBJECT
public:
    /// Points kept per method; older calls scroll out.
    static constexpr int kMaxPoints = 1000;

    explicit TraceChart(QWidget* parent = nullptr);
    QString title() const override;
    /// Shows the stored samples of the largest measured batch (a finished or opened session).
    void setRun(const RunResult& run) override;

    /// Forgets everything (a new run starts).
    void clear();
    /// Appends live samples; a new batch size starts the trace over. Call redraw() to show them.
    void addSamples(const QString& method, int batch, const std::vector<double>& samplesMs);
    /// Pushes the buffers into the series (cheap when nothing changed).
    void redraw();
    int batch() const { return m_batch; }

protected:
    void retranslate() override;

private:
    struct Trace {
        QList<QPointF> points;
        qint64 calls = 0;
        QLineSeries* series = nullptr;
        bool dirty = false;
    };
    Trace& traceOf(const QString& method);

    QValueAxis* m_x = nullptr;
    QValueAxis* m_y = nullptr;
    QHash<QString, int> m_index;
    QList<Trace> m_traces;
    int m_batch = 0;
    double m_top = 0;
};

}  // namespace ob::app
