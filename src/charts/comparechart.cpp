// SPDX-License-Identifier: MIT
#include "charts/comparechart.h"

#include <QBarCategoryAxis>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <set>

#include "format/comparetext.h"

namespace ob::app {
namespace {

double percent(double ratio)
{
    return (ratio - 1) * 100;
}

} // namespace

CompareChart::CompareChart(QWidget* parent)
    : ChartBase(QStringLiteral("compare"), parent)
{
    m_x = new QBarCategoryAxis;
    m_y = new QValueAxis;
    m_y->setLabelFormat(QStringLiteral("%+.0f%%"));
    chart()->addAxis(m_x, Qt::AlignBottom);
    chart()->addAxis(m_y, Qt::AlignLeft);
    m_batchLabel = new QLabel(this);
    m_batchCombo = new QComboBox(this);
    m_batchCombo->setObjectName(QStringLiteral("compareBatchCombo"));
    m_batchCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_batchLabel->setBuddy(m_batchCombo);
    toolRow()->addStretch(1);
    toolRow()->addWidget(m_batchLabel);
    toolRow()->addWidget(m_batchCombo);
    connect(m_batchCombo, &QComboBox::currentIndexChanged, this, [this] { rebuild(); });
    retranslate();
}

QString CompareChart::title() const
{
    return tr("Change of the median latency against %1 (+ is slower)").arg(m_set.referenceLabel);
}

void CompareChart::retranslate()
{
    ChartBase::retranslate();
    m_y->setTitleText(tr("change of the median"));
    m_batchLabel->setText(tr("&Batch size:"));
    if (m_batchCombo->count() > 0)
        m_batchCombo->setItemText(0, tr("all"));
    rebuild();
}

void CompareChart::setRun(const RunResult&) { }

int CompareChart::batch() const
{
    return m_batchCombo->currentIndex() >= 0 ? m_batchCombo->currentData().toInt() : 0;
}

void CompareChart::setBatch(int batch)
{
    const int at = m_batchCombo->findData(batch);
    if (at >= 0)
        m_batchCombo->setCurrentIndex(at);
}

void CompareChart::setComparison(const CompareSet& set)
{
    m_set = set;
    std::set<int> batches;
    for (const auto& c : set.comparisons)
        for (const auto& b : c.batches)
            batches.insert(b.batch);
    const int current = batch();
    {
        const QSignalBlocker block(m_batchCombo);
        m_batchCombo->clear();
        m_batchCombo->addItem(tr("all"), 0);
        for (int b : batches)
            m_batchCombo->addItem(QString::number(b), b);
        const int at = m_batchCombo->findData(current);
        m_batchCombo->setCurrentIndex(at >= 0 ? at : 0);
    }
    ChartBase::retranslate(); // the title names the reference
    rebuild();
}

void CompareChart::rebuild()
{
    clearSeries();
    const int shown = batch();
    // The categories: every method × batch that some comparison has, in the order of the first one to have it.
    QList<std::pair<QString, int>> keys;
    for (const auto& c : m_set.comparisons)
        for (const auto& b : c.batches)
            if ((shown == 0 || b.batch == shown) && !keys.contains(std::pair{b.method, b.batch}))
                keys << std::pair{b.method, b.batch};
    QStringList categories;
    for (const auto& [method, b] : keys)
        categories << (shown == 0 ? tr("%1 @%2").arg(method).arg(b) : method);
    m_x->setCategories(categories);
    fitCategoryLabels(m_x, int(categories.size()));
    double low = 0;
    double high = 0;
    double pointHigh = 0;
    double threshold = 0;
    for (std::size_t i = 0; i < m_set.comparisons.size(); ++i) {
        const RunComparison& c = m_set.comparisons[i];
        threshold = std::max(threshold, c.threshold);
        auto* series = new QBoxPlotSeries;
        series->setName(m_set.labels.value(static_cast<qsizetype>(i)));
        QList<QBoxSet*> sets;
        for (const auto& [method, b] : keys) {
            auto* set = new QBoxSet(method);
            const auto it = std::find_if(c.batches.begin(), c.batches.end(),
                [&, m = method, bb = b](const BatchChange& x) { return x.method == m && x.batch == bb; });
            if (it != c.batches.end() && std::isfinite(it->ratio)) {
                const double mid = percent(it->ratio);
                const double lo = std::isfinite(it->ci.low) ? percent(it->ci.low) : mid;
                const double hi = std::isfinite(it->ci.high) ? percent(it->ci.high) : mid;
                set->setValue(QBoxSet::LowerExtreme, lo);
                set->setValue(QBoxSet::LowerQuartile, mid);
                set->setValue(QBoxSet::Median, mid);
                set->setValue(QBoxSet::UpperQuartile, mid);
                set->setValue(QBoxSet::UpperExtreme, hi);
                set->setProperty("verdict", it->regression ? 1 : it->improvement ? -1 : 0);
                set->setProperty("significant", it->significant);
                set->setProperty("tip",
                    QStringLiteral("%1, batch %2: %3 (%4), %5")
                        .arg(it->method)
                        .arg(it->batch)
                        .arg(changeText(it->ratio), changeIntervalText(it->ci), verdictText(*it)));
                low = std::min(low, lo);
                high = std::max(high, hi);
                pointHigh = std::max(pointHigh, mid);
            }
            sets << set;
        }
        series->append(sets);
        if (keys.isEmpty()) {
            delete series;
            continue;
        }
        addSeries(series, m_x, m_y);
        const QColor colour = series->brush().color();
        series->setPen(QPen(colour.darker(140), 1.5));
        for (auto* set : series->boxSets()) {
            const int verdict = set->property("verdict").toInt();
            if (verdict != 0)
                set->setPen(QPen(verdict > 0 ? kRegressionColour : kImprovementColour, 3));
            if (!set->property("significant").toBool())
                set->setBrush(QBrush(colour, Qt::BDiagPattern));
        }
        connect(series, &QBoxPlotSeries::hovered, this,
            [](bool state, QBoxSet* set) { showToolTip(state && set ? set->property("tip").toString() : QString()); });
    }
    // No change, and the threshold on both sides.
    const auto line = [&](double y, Qt::PenStyle style, const QString& name) {
        auto* s = new QLineSeries;
        s->setName(name);
        s->append(-0.5, y);
        s->append(std::max<qsizetype>(1, keys.size()) - 0.5, y);
        addSeries(s, m_x, m_y);
        s->setPen(QPen(chart()->titleBrush().color(), 1, style));
        return s;
    };
    if (!keys.isEmpty()) {
        line(0, Qt::SolidLine, tr("no change"));
        if (threshold > 0) {
            line(threshold * 100, Qt::DashLine, tr("threshold ±%1%").arg(threshold * 100, 0, 'g', 3));
            auto* other = line(percent(1 / (1 + threshold)), Qt::DashLine, QString());
            chart()->legend()->markers(other).value(0)->setVisible(false);
            high = std::max(high, threshold * 100);
            low = std::min(low, percent(1 / (1 + threshold)));
        }
    }
    // Whiskers from very few processes can reach absurd ends: the axis follows the changes themselves, within
    // −100% and twice the largest change (at least +100%); longer whiskers run off the plot (their ends are in the
    // tooltip and the table).
    const double top = std::min(high, std::max(100.0, 2 * std::max(pointHigh, threshold * 100)));
    const double bottom = std::max(low, -100.0);
    const double pad = std::max(2.0, (top - bottom) * 0.08);
    // Ticks at round steps from 0 (1, 2 or 5 × 10^k), about six of them; the range is not rounded out, so that it
    // never shows changes below −100%.
    const double raw = (top - bottom + 2 * pad) / 6;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double step = raw / magnitude < 1.5 ? magnitude : raw / magnitude < 3.5 ? 2 * magnitude : 5 * magnitude;
    m_y->setTickType(QValueAxis::TicksDynamic);
    m_y->setTickAnchor(0);
    m_y->setTickInterval(step);
    m_y->setRange(std::max(-100.0, bottom - pad), top + pad);
}

} // namespace ob::app
