// SPDX-License-Identifier: MIT
#include "charts/batchchart.h"

#include <QChart>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPen>
#include <QValueAxis>

#include <algorithm>

namespace ob::app {

BatchChart::BatchChart(Metric metric, QWidget* parent)
    : ChartBase(metric == Metric::Latency ? QStringLiteral("latencyByBatch") : QStringLiteral("throughputByBatch"),
                parent),
      m_metric(metric)
{
    m_x = new QLogValueAxis;
    m_x->setBase(2);
    m_x->setLabelFormat(QStringLiteral("%d"));
    m_x->setRange(1, 16);
    m_y = new QValueAxis;
    m_y->setLabelFormat(QStringLiteral("%g"));
    chart()->addAxis(m_x, Qt::AlignBottom);
    chart()->addAxis(m_y, Qt::AlignLeft);
    retranslate();
}

QString BatchChart::title() const
{
    return m_metric == Metric::Latency ? tr("Latency against batch size") : tr("Throughput against batch size");
}

void BatchChart::retranslate()
{
    ChartBase::retranslate();
    m_x->setTitleText(tr("batch size"));
    m_y->setTitleText(m_metric == Metric::Latency ? tr("ms (median)") : tr("samples/s"));
}

double BatchChart::valueOf(const BatchResult& b) const
{
    return m_metric == Metric::Latency ? b.latencyMs.p50 : b.throughputPerS;
}

void BatchChart::setRun(const RunResult& run)
{
    clearSeries();
    double top = 0;
    const QList<int> batches = measuredBatches(run);
    for (const auto& r : run.results) {
        if (r.batches.empty() || r.status == MethodStatus::NotApplicable)
            continue;
        std::vector<BatchResult> sorted = r.batches;
        std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.batch < b.batch; });
        auto* series = new QLineSeries;
        series->setName(methodLabel(r));
        series->setPointsVisible(true);
        for (const auto& b : sorted) {
            series->append(b.batch, valueOf(b));
            top = std::max(top, valueOf(b));
        }
        addSeries(series, m_x, m_y);
        if (const QString drift = driftText(r); !drift.isEmpty()) {
            // Dashed in the series' own colour: the legend's marker and the name say "⚠ drifted", hover says why.
            QPen pen = series->pen();
            pen.setStyle(Qt::DashLine);
            pen.setWidthF(std::max(2.0, pen.widthF()));
            series->setPen(pen);
            connect(series, &QLineSeries::hovered, this,
                    [drift](const QPointF&, bool state) { showToolTip(state ? drift : QString()); });
        }
    }
    // A log2 axis needs a span; a single batch size gets one step either side.
    const double lo = batches.isEmpty() ? 1 : batches.front();
    const double hi = batches.isEmpty() ? 16 : batches.back();
    m_x->setRange(lo == hi ? std::max(0.5, lo / 2) : lo, lo == hi ? hi * 2 : hi);
    m_y->setRange(0, top > 0 ? top * 1.05 : 1);
    m_y->applyNiceNumbers();
}

}  // namespace ob::app
