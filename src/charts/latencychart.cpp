// SPDX-License-Identifier: MIT
#include "charts/latencychart.h"

#include <QBarCategoryAxis>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QLogValueAxis>
#include <QPen>

#include <algorithm>
#include <cmath>

#include "stats/descriptive.h"

namespace ob::app {

LatencyChart::LatencyChart(QWidget* parent) : ChartBase(QStringLiteral("latency"), parent)
{
    m_x = new QBarCategoryAxis;
    m_y = new QLogValueAxis;
    m_y->setBase(10);
    m_y->setMinorTickCount(8);
    m_y->setLabelFormat(QStringLiteral("%g"));
    m_y->setRange(0.01, 10);
    chart()->addAxis(m_x, Qt::AlignBottom);
    chart()->addAxis(m_y, Qt::AlignLeft);
    retranslate();
}

QString LatencyChart::title() const
{
    return tr("Latency (p1, p25, p50, p75, p99; hatched: ≈ eager)");
}

void LatencyChart::retranslate()
{
    ChartBase::retranslate();
    m_y->setTitleText(tr("ms per call"));
    for (auto* s : series())
        if (auto* box = qobject_cast<QBoxPlotSeries*>(s))
            box->setName(tr("batch %1").arg(box->property("batch").toInt()));
}

std::array<double, 5> LatencyChart::boxOf(const BatchResult& b)
{
    if (b.samplesMs.empty()) {
        const auto& s = b.latencyMs;
        return {s.min, std::max(s.min, s.p50 - s.iqr / 2), s.p50, s.p50 + s.iqr / 2, s.p99};
    }
    std::vector<double> sorted = b.samplesMs;
    std::sort(sorted.begin(), sorted.end());
    return {stats::quantileSorted(sorted, 0.01), stats::quantileSorted(sorted, 0.25), stats::quantileSorted(sorted, 0.5),
            stats::quantileSorted(sorted, 0.75), stats::quantileSorted(sorted, 0.99)};
}

void LatencyChart::setRun(const RunResult& run)
{
    clearSeries();
    // Box sets are placed by index under the categories, so every series needs a box for every method. Methods
    // without all the batch sizes (a failure during measurement, or the moment a batch ends) are left out rather
    // than drawn as empty boxes, which a log axis cannot show.
    const QList<int> batches = measuredBatches(run);
    QStringList methods;
    for (const auto& r : run.results)
        if (!r.batches.empty()
            && std::all_of(batches.begin(), batches.end(), [&](int b) { return r.batch(b) != nullptr; }))
            methods << r.method;
    // "≈" after a method that is not significantly faster or slower than eager at any batch size; a hatched box
    // where it is not at that batch size (the speed-ups of the run's comparison, after the run).
    const auto notSignificant = [&](const MethodResult& r, int batch) {
        const SpeedupEntry* s = r.speedup(batch);
        return s && !s->significant;
    };
    QStringList labels;
    for (const auto& method : methods) {
        const MethodResult& r = *run.result(method);
        const bool same = !batches.isEmpty()
            && std::all_of(batches.begin(), batches.end(), [&](int b) { return notSignificant(r, b); });
        labels << categoryLabel(r, same ? tr("%1 ≈").arg(method) : method);
    }
    // A drifted method: "⚠ drifted" after its name, its boxes outlined in amber, its diagnosis on hover.
    QMap<QString, QString> drift;
    for (const auto& method : methods)
        if (const QString text = driftText(*run.result(method)); !text.isEmpty())
            drift.insert(method, text);
    m_x->setCategories(labels);
    fitCategoryLabels(m_x, int(labels.size()));
    double top = 0;
    double bottom = 0;
    for (int batch : batches) {
        auto* series = new QBoxPlotSeries;
        series->setProperty("batch", batch);
        series->setName(tr("batch %1").arg(batch));
        for (const auto& method : methods) {
            const auto v = boxOf(*run.result(method)->batch(batch));
            auto* set = new QBoxSet(method);
            set->setValue(QBoxSet::LowerExtreme, v[0]);
            set->setValue(QBoxSet::LowerQuartile, v[1]);
            set->setValue(QBoxSet::Median, v[2]);
            set->setValue(QBoxSet::UpperQuartile, v[3]);
            set->setValue(QBoxSet::UpperExtreme, v[4]);
            if (notSignificant(*run.result(method), batch))
                set->setProperty("approx", true);
            series->append(set);
            top = std::max(top, v[4]);
            if (v[0] > 0)
                bottom = bottom > 0 ? std::min(bottom, v[0]) : v[0];
        }
        if (methods.isEmpty()) {
            delete series;
            continue;
        }
        addSeries(series, m_x, m_y);
        // The theme's dark outline hides the narrow boxes of a log axis: outline in the series' own colour.
        series->setPen(QPen(series->brush().color().darker(140), 1.5));
        for (auto* set : series->boxSets()) {
            if (set->property("approx").toBool())
                set->setBrush(QBrush(series->brush().color(), Qt::BDiagPattern));
            if (drift.contains(set->label()))
                set->setPen(QPen(kDriftColour, 2.5, Qt::DashLine));
        }
        connect(series, &QBoxPlotSeries::hovered, this, [drift](bool state, QBoxSet* set) {
            showToolTip(state && set ? drift.value(set->label()) : QString());
        });
    }
    if (top > 0 && bottom > 0) {
        // Whole decades, so that the log axis has labelled ticks at 0.1, 1, 10 ms.
        m_y->setRange(std::pow(10.0, std::floor(std::log10(bottom))), std::pow(10.0, std::ceil(std::log10(top))));
    }
}

}  // namespace ob::app
