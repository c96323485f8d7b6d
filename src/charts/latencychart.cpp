// SPDX-License-Identifier: MIT
#include "charts/latencychart.h"

#include <QBarCategoryAxis>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QLogValueAxis>
#include <QPen>
#include <QValueAxis>

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
    m_yLinear = new QValueAxis(this);
    m_yLinear->setLabelFormat(QStringLiteral("%g"));
    chart()->addAxis(m_x, Qt::AlignBottom);
    chart()->addAxis(m_y, Qt::AlignLeft);
    m_batchLabel = new QLabel(this);
    m_batchCombo = new QComboBox(this);
    m_batchCombo->setObjectName(QStringLiteral("latencyBatchCombo"));
    m_batchCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_batchLabel->setBuddy(m_batchCombo);
    toolRow()->addStretch(1);
    toolRow()->addWidget(m_batchLabel);
    toolRow()->addWidget(m_batchCombo);
    connect(m_batchCombo, &QComboBox::currentIndexChanged, this, [this] { visibilityChanged(); });
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
    m_yLinear->setTitleText(tr("ms per call"));
    m_batchLabel->setText(tr("&Batch size:"));
    if (m_batchCombo->count() > 0)
        m_batchCombo->setItemText(0, tr("all"));
    for (auto* s : series())
        if (auto* box = qobject_cast<QBoxPlotSeries*>(s))
            box->setName(tr("batch %1").arg(box->property("batch").toInt()));
}

int LatencyChart::batch() const
{
    return m_batchCombo->currentIndex() > 0 ? m_batchCombo->currentData().toInt() : 0;
}

void LatencyChart::setBatch(int batch)
{
    const int at = batch > 0 ? m_batchCombo->findData(batch) : 0;
    if (at >= 0)
        m_batchCombo->setCurrentIndex(at);
}

void LatencyChart::copyViewOf(const ChartBase& other)
{
    ChartBase::copyViewOf(other);
    if (const auto* latency = qobject_cast<const LatencyChart*>(&other); latency && latency->batch() > 0) {
        // Before setRun() fills the combo: remember the batch as its only choice; setRun() keeps it.
        const QSignalBlocker block(m_batchCombo);
        m_batchCombo->clear();
        m_batchCombo->addItem(tr("all"), 0);
        m_batchCombo->addItem(QString::number(latency->batch()), latency->batch());
        m_batchCombo->setCurrentIndex(1);
    }
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

QString LatencyChart::hoverText(const MethodResult& r, const BatchResult& b)
{
    const QLocale locale;
    const auto num = [&](double v) { return locale.toString(v, 'g', 4); };
    const auto v = boxOf(b);
    QString text = tr("%1, batch %2: median %3 ms (95% CI %4–%5 ms); half the calls %6–%7 ms, p1–p99 %8–%9 ms")
                       .arg(r.method)
                       .arg(b.batch)
                       .arg(num(b.medianMs), num(b.medianCiMs.low), num(b.medianCiMs.high), num(v[1]),
                            num(v[3]), num(v[0]), num(v[4]));
    if (const SpeedupEntry* s = r.speedup(b.batch)) {
        text += QLatin1Char('\n')
            + (s->significant ? tr("%1× eager's speed (95% CI %2–%3×)")
                              : tr("≈ eager: %1× (95% CI %2–%3×) is not a real difference"))
                  .arg(locale.toString(s->ratio, 'f', 2), locale.toString(s->ci.low, 'f', 2),
                       locale.toString(s->ci.high, 'f', 2));
    }
    if (const QString drift = driftText(r); !drift.isEmpty())
        text += QLatin1Char('\n') + drift;
    return text;
}

void LatencyChart::setRun(const RunResult& run)
{
    beginRun(run);
    clearSeries();
    const bool log = logScale();
    QAbstractAxis* y = log ? static_cast<QAbstractAxis*>(m_y) : m_yLinear;
    swapAxis(y, log ? static_cast<QAbstractAxis*>(m_yLinear) : m_y, Qt::AlignLeft);
    // The batch choice: every batch size, or one of those measured (the current one kept when it still is).
    const QList<int> measured = measuredBatches(run);
    if (measured != m_batches || m_batchCombo->count() != measured.size() + 1) {
        const int current = batch();
        const QSignalBlocker block(m_batchCombo);
        m_batchCombo->clear();
        m_batchCombo->addItem(tr("all"), 0);
        for (int b : measured)
            m_batchCombo->addItem(QString::number(b), b);
        m_batchCombo->setCurrentIndex(std::max(0, m_batchCombo->findData(current)));
        m_batches = measured;
    }
    const QList<int> batches = batch() > 0 ? QList<int>{batch()} : measured;
    // Box sets are placed by index under the categories, so every series needs a box for every method. Methods
    // without all the batch sizes (a failure during measurement, or the moment a batch ends) are left out rather
    // than drawn as empty boxes, which a log axis cannot show.
    QStringList methods;  // drawn, or hidden in this chart (an empty category with a greyed name)
    for (const auto& r : run.results)
        if (!r.batches.empty() && !filteredMethods().contains(r.method)
            && std::all_of(batches.begin(), batches.end(), [&](int b) { return r.batch(b) != nullptr; }))
            methods << r.method;
    // "≈" after a method that is not significantly faster or slower than eager at any batch size; a hatched box
    // where it is not at that batch size (the speed-ups of the run's comparison, after the run).
    const auto notSignificant = [&](const MethodResult& r, int batch) {
        const SpeedupEntry* s = r.speedup(batch);
        return s && !s->significant;
    };
    QStringList labels;
    QStringList hovers;
    for (const auto& method : methods) {
        const MethodResult& r = *run.result(method);
        const bool same = !batches.isEmpty()
            && std::all_of(batches.begin(), batches.end(), [&](int b) { return notSignificant(r, b); });
        labels << categoryLabel(r, same ? tr("%1 ≈").arg(method) : method);
        const QString drift = driftText(r);
        hovers << (drift.isEmpty() ? method : method + QLatin1Char('\n') + drift);
    }
    setCategoryLabels(m_x, labels, hovers, methods);
    double top = 0;
    double bottom = 0;
    QList<QBoxSet*> hiddenBoxes;
    for (int batch : batches) {
        if (methods.isEmpty())
            break;
        auto* series = new QBoxPlotSeries;
        series->setProperty("batch", batch);
        series->setName(tr("batch %1").arg(batch));
        QHash<QString, QString> texts;
        for (const auto& method : methods) {
            auto* set = new QBoxSet(method);
            series->append(set);
            if (!methodShown(method)) {
                hiddenBoxes << set;  // its values once the shown ones set the axis
                continue;
            }
            const MethodResult& r = *run.result(method);
            const BatchResult& b = *r.batch(batch);
            const auto v = boxOf(b);
            set->setValue(QBoxSet::LowerExtreme, v[0]);
            set->setValue(QBoxSet::LowerQuartile, v[1]);
            set->setValue(QBoxSet::Median, v[2]);
            set->setValue(QBoxSet::UpperQuartile, v[3]);
            set->setValue(QBoxSet::UpperExtreme, v[4]);
            if (notSignificant(r, batch))
                set->setProperty("approx", true);
            texts.insert(method, hoverText(r, b));
            top = std::max(top, v[4]);
            if (v[0] > 0)
                bottom = bottom > 0 ? std::min(bottom, v[0]) : v[0];
        }
        addSeries(series, m_x, y);
        series->setBoxWidth(batches.size() > 1 ? 0.8 : 0.5);
        // Each box in its method's colour, outlined darker (the theme's outline hides narrow boxes on a log axis);
        // hatched where ≈ eager; a drifted method's outline dashed amber.
        for (auto* set : series->boxSets()) {
            if (hiddenBoxes.contains(set))
                continue;
            const QColor colour = methodStyle(set->label()).colour;
            set->setBrush(set->property("approx").toBool() ? QBrush(colour, Qt::BDiagPattern) : QBrush(colour));
            const MethodResult* r = run.result(set->label());
            set->setPen(r && drifted(*r) ? QPen(kDriftColour, 2.5, Qt::DashLine) : QPen(colour.darker(150), 1.5));
        }
        connect(series, &QBoxPlotSeries::hovered, this, [this, texts](bool state, QBoxSet* set) {
            showHover(state && set ? texts.value(set->label()) : QString());
        });
    }
    // A hidden method's boxes: nothing drawn, at the bottom of the axis.
    for (auto* set : hiddenBoxes) {
        for (int i = QBoxSet::LowerExtreme; i <= QBoxSet::UpperExtreme; ++i)
            set->setValue(i, bottom > 0 ? bottom : 1);
        set->setPen(Qt::NoPen);
        set->setBrush(Qt::NoBrush);
    }
    QList<LegendEntry> entries;  // the method names under the boxes are their legend
    if (batches.size() > 1 && !methods.isEmpty()) {
        QStringList sizes;
        for (int b : batches)
            sizes << QString::number(b);
        LegendEntry note;
        note.kind = LegendEntry::Kind::Note;
        note.text = tr("boxes left to right: batch %1 · click a name to hide or show it")
                        .arg(sizes.join(QStringLiteral(", ")));
        entries << note;
    }
    setLegendEntries(entries);
    if (top > 0 && bottom > 0) {
        // Whole decades, so that the log axis has labelled ticks at 0.1, 1, 10 ms.
        if (log)
            m_y->setRange(std::pow(10.0, std::floor(std::log10(bottom))), std::pow(10.0, std::ceil(std::log10(top))));
        else {
            m_yLinear->setRange(0, top * 1.05);
            m_yLinear->applyNiceNumbers();
        }
    }
}

}  // namespace ob::app
