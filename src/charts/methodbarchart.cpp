// SPDX-License-Identifier: MIT
#include "charts/methodbarchart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QValueAxis>

#include <algorithm>

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
    if (m_batchLabel) {
        m_batchLabel->setText(tr("&Batch size:"));
        rebuild();  // series names
    } else {
        rebuild();
    }
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
    m_run.config = run.config;
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

void MethodBarChart::rebuild()
{
    clearSeries();
    QStringList categories;
    QStringList drift;  // per category: why the method is marked drifted, or empty
    double top = 0;
    auto* series = new QBarSeries;
    const auto add = [&](const MethodResult& r) {
        categories << categoryLabel(r);
        drift << driftText(r);
    };
    if (m_metric == Metric::Jitter) {
        auto* stdSet = new QBarSet(tr("std"));
        auto* tailSet = new QBarSet(tr("p99 − p50"));
        const int b = batch();
        for (const auto& r : m_run.results) {
            const BatchResult* br = r.batch(b);
            if (!br || r.status == MethodStatus::NotApplicable)
                continue;
            add(r);
            *stdSet << br->latencyMs.std;
            *tailSet << br->latencyMs.p99 - br->latencyMs.p50;
            top = std::max({top, br->latencyMs.std, br->latencyMs.p99 - br->latencyMs.p50});
        }
        series->append(stdSet);
        series->append(tailSet);
    } else {
        auto* set = new QBarSet(m_metric == Metric::Score ? tr("score") : tr("max |Δ score|"));
        for (const auto& r : m_run.results) {
            if (r.status == MethodStatus::NotApplicable)
                continue;  // not run: nothing to show
            if (m_metric == Metric::Score && r.score) {
                add(r);
                *set << *r.score;
                top = std::max(top, *r.score);
            } else if (m_metric == Metric::Fidelity && r.fidelity && r.fidelity->finite) {
                add(r);
                *set << r.fidelity->maxAbsError;
                top = std::max(top, r.fidelity->maxAbsError);
            }
        }
        // Labels outside the bars are drawn on the chart's background: in its text colour (the theme's default is
        // white, for labels inside bars).
        if (m_metric == Metric::Fidelity)
            set->setLabelColor(chart()->titleBrush().color());
        series->append(set);
        // A value on each bar while the bars are wide enough to hold it; with many methods the table has them.
        series->setLabelsVisible(categories.size() <= kLegendRowEntries);
        // Outside: a fidelity of exactly 0 (the fp32 methods) has no bar to put a label in.
        series->setLabelsPosition(m_metric == Metric::Score ? QAbstractBarSeries::LabelsInsideEnd
                                                            : QAbstractBarSeries::LabelsOutsideEnd);
        series->setLabelsPrecision(m_metric == Metric::Score ? 6 : 2);
    }
    m_x->setCategories(categories);
    fitCategoryLabels(m_x, int(categories.size()));
    addSeries(series, m_x, m_y);
    connect(series, &QBarSeries::hovered, this, [drift](bool state, int index, QBarSet*) {
        showToolTip(state && index >= 0 && index < drift.size() ? drift[index] : QString());
    });
    m_y->setRange(0, top > 0 ? top * 1.15 : (m_metric == Metric::Fidelity ? 1e-6 : 1));
    if (m_metric != Metric::Fidelity)
        m_y->applyNiceNumbers();
}

}  // namespace ob::app
