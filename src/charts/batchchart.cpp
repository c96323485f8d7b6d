// SPDX-License-Identifier: MIT
#include "charts/batchchart.h"

#include <QChart>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QPen>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

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
    m_yLog = new QLogValueAxis(this);
    m_yLog->setBase(10);
    m_yLog->setMinorTickCount(8);
    m_yLog->setLabelFormat(QStringLiteral("%g"));
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
    const QString y = m_metric == Metric::Latency ? tr("ms (median)") : tr("samples/s");
    m_y->setTitleText(y);
    m_yLog->setTitleText(y);
}

double BatchChart::valueOf(const BatchResult& b) const
{
    return m_metric == Metric::Latency ? b.medianMs : b.throughputPerS;
}

QString BatchChart::hoverText(const MethodResult& r, const BatchResult& b) const
{
    const QLocale locale;
    const auto num = [&](double v) { return locale.toString(v, 'g', 4); };
    QString text = m_metric == Metric::Latency
        ? tr("%1, batch %2: median %3 ms (95% CI %4–%5 ms)")
              .arg(r.method)
              .arg(b.batch)
              .arg(num(b.medianMs), num(b.medianCiMs.low), num(b.medianCiMs.high))
        : tr("%1, batch %2: %3 samples/s (from the mean latency, %4 ms)")
              .arg(r.method)
              .arg(b.batch)
              .arg(locale.toString(b.throughputPerS, 'f', 0), num(b.latencyMs.mean));
    if (const QString drift = driftText(r); !drift.isEmpty())
        text += QLatin1Char('\n') + drift;
    return text;
}

void BatchChart::setRun(const RunResult& run)
{
    beginRun(run);
    clearSeries();
    const bool log = logScale() && hasLogScale();
    QAbstractAxis* y = log ? static_cast<QAbstractAxis*>(m_yLog) : m_y;
    swapAxis(y, log ? static_cast<QAbstractAxis*>(m_y) : m_yLog, Qt::AlignLeft);
    double top = 0;
    double bottom = 0;
    QStringList drawable;
    const QList<int> batches = measuredBatches(run);
    for (const auto& r : run.results) {
        if (r.batches.empty() || r.status == MethodStatus::NotApplicable)
            continue;
        drawable << r.method;
        if (!methodShown(r.method))
            continue;
        std::vector<BatchResult> sorted = r.batches;
        std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.batch < b.batch; });
        auto* series = new QLineSeries;
        series->setName(methodLabel(r));
        series->setPointsVisible(true);
        for (const auto& b : sorted) {
            const double v = valueOf(b);
            if (log && v <= 0)
                continue;
            series->append(b.batch, v);
            top = std::max(top, v);
            if (v > 0)
                bottom = bottom > 0 ? std::min(bottom, v) : v;
        }
        addMethodSeries(series, r.method, m_x, y);
        if (drifted(r)) {
            // Dashed in the method's colour: the legend's name says "⚠ drifted", hover says why.
            QPen pen = series->pen();
            pen.setStyle(Qt::DashLine);
            series->setPen(pen);
        }
        // The read-outs of its points, by batch size (texts: the lambda keeps no samples).
        QList<std::pair<int, QString>> texts;
        for (const auto& b : sorted)
            texts.append({b.batch, hoverText(r, b)});
        connect(series, &QLineSeries::hovered, this, [this, texts](const QPointF& at, bool state) {
            if (!state || texts.isEmpty()) {
                showHover(QString());
                return;
            }
            // The nearest batch size on the log2 axis.
            const double x = std::log2(std::max(at.x(), 1e-9));
            const auto nearest = std::min_element(texts.begin(), texts.end(), [&](const auto& a, const auto& b) {
                return std::abs(std::log2(a.first) - x) < std::abs(std::log2(b.first) - x);
            });
            showHover(nearest->second);
        });
    }
    setLegendEntries(methodEntries(run, drawable));
    // A log2 axis needs a span; a single batch size gets one step either side.
    const double lo = batches.isEmpty() ? 1 : batches.front();
    const double hi = batches.isEmpty() ? 16 : batches.back();
    m_x->setRange(lo == hi ? std::max(0.5, lo / 2) : lo, lo == hi ? hi * 2 : hi);
    if (log) {
        m_yLog->setRange(bottom > 0 ? std::pow(10.0, std::floor(std::log10(bottom))) : 0.01,
                         top > 0 ? std::pow(10.0, std::ceil(std::log10(top * 1.05))) : 1);
    } else {
        m_y->setRange(0, top > 0 ? top * 1.05 : 1);
        m_y->applyNiceNumbers();
    }
}

}  // namespace ob::app
