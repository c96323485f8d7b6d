// SPDX-License-Identifier: MIT
#include "charts/methodbarchart.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QChart>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

#include "charts/barseries.h"

namespace ob::app {
namespace {

QString chartId(MethodBarChart::Metric m)
{
    switch (m) {
    case MethodBarChart::Metric::Score: return QStringLiteral("score");
    case MethodBarChart::Metric::Fidelity: return QStringLiteral("fidelity");
    case MethodBarChart::Metric::Jitter: return QStringLiteral("jitter");
    }
    return {};
}

}  // namespace

MethodBarChart::MethodBarChart(Metric metric, QWidget* parent) : ChartBase(chartId(metric), parent), m_metric(metric)
{
    m_x = new QBarCategoryAxis;
    m_y = new QValueAxis;
    m_y->setLabelFormat(metric == Metric::Fidelity ? QStringLiteral("%.1e") : QStringLiteral("%g"));
    chart()->addAxis(m_x, Qt::AlignBottom);
    chart()->addAxis(m_y, Qt::AlignLeft);
    if (metric == Metric::Jitter) {
        m_batchLabel = new QLabel(this);
        m_batchCombo = new QComboBox(this);
        m_batchCombo->setObjectName(QStringLiteral("jitterBatchCombo"));
        m_batchCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        m_batchLabel->setBuddy(m_batchCombo);
        toolRow()->addStretch(1);
        toolRow()->addWidget(m_batchLabel);
        toolRow()->addWidget(m_batchCombo);
        connect(m_batchCombo, &QComboBox::currentIndexChanged, this, [this] { rebuild(); });
    }
    retranslate();
}

QString MethodBarChart::title() const
{
    switch (m_metric) {
    case Metric::Score: return tr("Score per method (mean reasoning score)");
    case Metric::Fidelity: return tr("Fidelity per method (max |Δ score| against eager)");
    case Metric::Jitter: return tr("Jitter per method");
    }
    return {};
}

void MethodBarChart::retranslate()
{
    ChartBase::retranslate();
    switch (m_metric) {
    case Metric::Score: m_y->setTitleText(tr("score")); break;
    case Metric::Fidelity: m_y->setTitleText(tr("max |Δ score|")); break;
    case Metric::Jitter: m_y->setTitleText(tr("ms")); break;
    }
    if (m_batchLabel)
        m_batchLabel->setText(tr("&Batch size:"));
    rebuild();  // legend and hover texts
}

int MethodBarChart::batch() const
{
    return m_batchCombo && m_batchCombo->currentIndex() >= 0 ? m_batchCombo->currentData().toInt() : 0;
}

void MethodBarChart::setBatch(int batch)
{
    if (!m_batchCombo)
        return;
    const int at = m_batchCombo->findData(batch);
    if (at >= 0)
        m_batchCombo->setCurrentIndex(at);  // currentIndexChanged rebuilds
}

void MethodBarChart::setRun(const RunResult& run)
{
    beginRun(run);
    m_run.config = run.config;
    m_run.methods = run.methods;
    m_run.results.clear();
    for (const auto& r : run.results) {
        MethodResult copy = r;
        for (auto& b : copy.batches)
            b.samplesMs = {};
        m_run.results.push_back(std::move(copy));
    }
    if (m_batchCombo) {
        const int current = batch();
        const QSignalBlocker block(m_batchCombo);
        m_batchCombo->clear();
        for (int b : measuredBatches(m_run))
            m_batchCombo->addItem(QString::number(b), b);
        const int at = m_batchCombo->findData(current);
        m_batchCombo->setCurrentIndex(at >= 0 ? at : 0);
    }
    rebuild();
}

void MethodBarChart::visibilityChanged()
{
    rebuild();  // from the copy of the run: no need to wait for the owner
}

QString MethodBarChart::hoverText(const MethodResult& r, int batch) const
{
    const QLocale locale;
    const auto num = [&](double v) { return locale.toString(v, 'g', 4); };
    QString text;
    switch (m_metric) {
    case Metric::Score:
        if (!r.score)
            return {};
        text = r.scoreCi ? tr("%1: score %2 (95% CI %3–%4)")
                               .arg(r.method, locale.toString(*r.score, 'f', 6),
                                    locale.toString(r.scoreCi->low, 'f', 6), locale.toString(r.scoreCi->high, 'f', 6))
                         : tr("%1: score %2").arg(r.method, locale.toString(*r.score, 'f', 6));
        break;
    case Metric::Fidelity:
        if (!r.fidelity)
            return {};
        text = tr("%1: max |Δ score| %2 against eager; logits' cosine %3, argmax agreement %4 %")
                   .arg(r.method, locale.toString(r.fidelity->maxAbsError, 'e', 2),
                        locale.toString(r.fidelity->cosine, 'f', 6),
                        locale.toString(r.fidelity->argmaxAgreement, 'f', 1));
        break;
    case Metric::Jitter: {
        const BatchResult* b = r.batch(batch);
        if (!b)
            return {};
        text = tr("%1, batch %2: std %3 ms, p99 − p50 %4 ms (median %5 ms, p99 %6 ms)")
                   .arg(r.method)
                   .arg(batch)
                   .arg(num(b->latencyMs.std), num(b->latencyMs.p99 - b->latencyMs.p50), num(b->latencyMs.p50),
                        num(b->latencyMs.p99));
        break;
    }
    }
    if (const QString drift = driftText(r); !drift.isEmpty())
        text += QLatin1Char('\n') + drift;
    return text;
}

void MethodBarChart::rebuild()
{
    clearSeries();
    // The bars of each method shown: one (score, fidelity) or two side by side (jitter: std, then p99 − p50).
    struct Bars {
        const MethodResult* result;
        std::vector<double> values;
    };
    std::vector<Bars> bars;
    const int b = batch();
    for (const auto& r : m_run.results) {
        if (r.status == MethodStatus::NotApplicable)
            continue;  // not run: nothing to show
        std::vector<double> values;
        if (m_metric == Metric::Jitter) {
            if (const BatchResult* br = r.batch(b))
                values = {br->latencyMs.std, br->latencyMs.p99 - br->latencyMs.p50};
        } else if (m_metric == Metric::Score && r.score) {
            values = {*r.score};
        } else if (m_metric == Metric::Fidelity && r.fidelity && r.fidelity->finite) {
            values = {r.fidelity->maxAbsError};
        }
        if (values.empty() || filteredMethods().contains(r.method))
            continue;
        bars.push_back({&r, values});  // a method hidden in this chart keeps its (empty) category
    }
    QStringList labels;
    QStringList hovers;
    QStringList methods;
    for (const auto& bar : bars) {
        labels << categoryLabel(*bar.result);
        hovers << hoverText(*bar.result, b);
        methods << bar.result->method;
    }
    setCategoryLabels(m_x, labels, hovers, methods);
    double top = 0;
    QList<QPointF> valuePoints;
    for (int i = 0; i < int(bars.size()); ++i) {
        const MethodResult& r = *bars[size_t(i)].result;
        const std::vector<double>& values = bars[size_t(i)].values;
        if (!methodShown(r.method))
            continue;
        const double slot = 0.76 / double(values.size());
        for (int k = 0; k < int(values.size()); ++k) {
            const double x0 = i - 0.38 + k * slot;
            const double v = std::max(0.0, values[size_t(k)]);
            auto* bar = newBar(x0 + 0.02, x0 + slot - 0.02, 0, v);
            addMethodSeries(bar, r.method, m_x, m_y);
            const QColor colour = methodStyle(r.method).colour;
            if (k == 1) {
                bar->setBrush(MethodPalette::tint(colour));
                bar->setPen(QPen(colour, 1.5));
            }
            if (drifted(r))
                bar->setPen(QPen(kDriftColour, 2, Qt::DashLine));
            const QString text = hovers[i];
            connect(bar, &QAreaSeries::hovered, this,
                    [this, text](const QPointF&, bool state) { showHover(state ? text : QString()); });
            valuePoints << QPointF(x0 + slot / 2, v);
            top = std::max(top, v);
        }
    }
    // A value over each bar while the bars are wide enough to hold it; with many methods the table and the
    // hover have them.
    if (m_metric != Metric::Jitter && !valuePoints.isEmpty() && valuePoints.size() <= kLegendRowEntries) {
        auto* labelsSeries = newValueLabels(valuePoints);
        addSeries(labelsSeries, m_x, m_y);
        labelsSeries->setPointLabelsColor(chart()->titleBrush().color());
    }
    QList<LegendEntry> entries;  // the method names under the bars are their legend
    if (m_metric == Metric::Jitter) {
        const QColor grey(0x70, 0x70, 0x70);
        LegendEntry solid;
        solid.kind = LegendEntry::Kind::Swatch;
        solid.text = tr("solid: std");
        solid.brush = grey;
        solid.pen = QPen(grey.darker(140));
        LegendEntry light = solid;
        light.text = tr("light: p99 − p50");
        light.brush = MethodPalette::tint(grey);
        light.pen = QPen(grey, 1.5);
        entries << solid << light;
    }
    if (!bars.empty()) {
        LegendEntry note;
        note.kind = LegendEntry::Kind::Note;
        note.text = tr("click a name to hide or show it");
        entries << note;
    }
    setLegendEntries(entries);
    m_y->setRange(0, top > 0 ? top * 1.15 : (m_metric == Metric::Fidelity ? 1e-6 : 1));
    if (m_metric != Metric::Fidelity)
        m_y->applyNiceNumbers();
}

}  // namespace ob::app
