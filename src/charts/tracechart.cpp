// SPDX-License-Identifier: MIT
#include "charts/tracechart.h"

#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ob::app {

TraceChart::TraceChart(QWidget* parent) : ChartBase(QStringLiteral("trace"), parent)
{
    m_x = new QValueAxis;
    m_x->setLabelFormat(QStringLiteral("%d"));
    m_y = new QValueAxis;
    m_y->setLabelFormat(QStringLiteral("%g"));
    chart()->addAxis(m_x, Qt::AlignBottom);
    chart()->addAxis(m_y, Qt::AlignLeft);
    m_x->setRange(0, 100);
    m_y->setRange(0, 0.1);
    // Up to a thousand points per method redrawn 25 times a second: aliased lines cost a fraction of antialiased ones.
    view()->setRenderHint(QPainter::Antialiasing, false);
    retranslate();
}

QString TraceChart::title() const
{
    return m_batch > 0 ? tr("Per-call latency, batch %1").arg(m_batch) : tr("Per-call latency");
}

void TraceChart::retranslate()
{
    ChartBase::retranslate();
    m_x->setTitleText(tr("call"));
    m_y->setTitleText(tr("ms"));
}

void TraceChart::clear()
{
    clearSeries();
    m_index.clear();
    m_traces.clear();
    m_batch = 0;
    m_top = 0;
    m_x->setRange(0, 100);
    m_y->setRange(0, 0.1);
    retranslate();
}

TraceChart::Trace& TraceChart::traceOf(const QString& method)
{
    auto it = m_index.find(method);
    if (it != m_index.end())
        return m_traces[*it];
    Trace t;
    t.series = new QLineSeries;
    t.series->setName(method);
    addSeries(t.series, m_x, m_y);
    m_index.insert(method, static_cast<int>(m_traces.size()));
    m_traces << t;
    return m_traces.back();
}

void TraceChart::addSamples(const QString& method, int batch, const std::vector<double>& samplesMs)
{
    if (batch != m_batch) {
        clear();
        m_batch = batch;
        retranslate();
    }
    Trace& t = traceOf(method);
    for (double ms : samplesMs) {
        t.points << QPointF(static_cast<double>(t.calls++), ms);
        m_top = std::max(m_top, ms);
    }
    if (t.points.size() > kMaxPoints)
        t.points.remove(0, t.points.size() - kMaxPoints);
    t.dirty = true;
}

void TraceChart::redraw()
{
    qint64 first = -1;
    qint64 last = 0;
    bool any = false;
    for (auto& t : m_traces) {
        if (t.points.isEmpty())
            continue;
        first = first < 0 ? static_cast<qint64>(t.points.front().x())
                          : std::min(first, static_cast<qint64>(t.points.front().x()));
        last = std::max(last, static_cast<qint64>(t.points.back().x()));
        if (t.dirty) {
            t.series->replace(t.points);
            t.dirty = false;
            any = true;
        }
    }
    if (!any)
        return;
    // Change the axes only when the data leaves them, in generous steps: every range change lays out the axis
    // labels again, which would otherwise cost more than drawing the points at 25 redraws a second.
    constexpr double kStep = 100;
    if (static_cast<double>(first) < m_x->min() || static_cast<double>(last) > m_x->max()) {
        const double lo = std::floor(static_cast<double>(std::max<qint64>(first, 0)) / kStep) * kStep;
        const double hi = std::ceil(static_cast<double>(last) * 1.25 / kStep) * kStep;
        m_x->setRange(lo, std::max(hi, lo + kStep));
    }
    if (m_top > m_y->max()) {
        const double magnitude = std::pow(10.0, std::floor(std::log10(m_top * 1.2)));
        m_y->setRange(0, std::ceil(m_top * 1.2 / magnitude) * magnitude);
    }
}

void TraceChart::setRun(const RunResult& run)
{
    const QList<int> batches = measuredBatches(run);
    clear();
    if (batches.isEmpty())
        return;
    const int batch = batches.back();
    for (const auto& r : run.results)
        if (const BatchResult* b = r.batch(batch); b && !b->samplesMs.empty()) {
            addSamples(r.method, batch, b->samplesMs);
            if (drifted(r))  // known once the run is over: the live trace names methods only
                traceOf(r.method).series->setName(methodLabel(r));
        }
    redraw();
    // A finished or opened run does not grow: fit the axes to it.
    double first = -1;
    double last = 0;
    for (const auto& t : m_traces) {
        if (t.points.isEmpty())
            continue;
        first = first < 0 ? t.points.front().x() : std::min(first, t.points.front().x());
        last = std::max(last, t.points.back().x());
    }
    m_x->setRange(std::max(first, 0.0), std::max(last, 1.0));
    m_x->applyNiceNumbers();
}

}  // namespace ob::app
