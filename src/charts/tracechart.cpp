// SPDX-License-Identifier: MIT
#include "charts/tracechart.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ob::app {
namespace {

double medianOf(const QList<QPointF>& points)
{
    if (points.isEmpty())
        return 0;
    std::vector<double> values;
    values.reserve(size_t(points.size()));
    for (const auto& p : points)
        values.push_back(p.y());
    const auto mid = values.begin() + std::ptrdiff_t(values.size() / 2);
    std::nth_element(values.begin(), mid, values.end());
    return *mid;
}

}  // namespace

TraceChart::TraceChart(QWidget* parent) : ChartBase(QStringLiteral("trace"), parent)
{
    m_x = new QValueAxis;
    m_x->setLabelFormat(QStringLiteral("%d"));
    m_y = new QValueAxis(this);
    m_y->setLabelFormat(QStringLiteral("%g"));
    m_yLog = new QLogValueAxis(this);
    m_yLog->setBase(10);
    m_yLog->setMinorTickCount(8);
    m_yLog->setLabelFormat(QStringLiteral("%g"));
    m_yRows = new QCategoryAxis(this);
    m_yRows->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    m_yRows->setTruncateLabels(false);
    chart()->addAxis(m_x, Qt::AlignBottom);
    m_x->setRange(0, 100);
    m_y->setRange(0, 0.1);
    m_rowsBox = new QCheckBox(this);
    m_rowsBox->setObjectName(QStringLiteral("traceRowsBox"));
    m_rowsBox->setChecked(true);
    toolRow()->addStretch(1);
    toolRow()->addWidget(m_rowsBox);
    connect(m_rowsBox, &QCheckBox::toggled, this, [this] {
        relayOut();
        redraw();
    });
    // Up to a thousand points per method redrawn 25 times a second: aliased lines cost a fraction of antialiased ones.
    view()->setRenderHint(QPainter::Antialiasing, false);
    relayOut();
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
    m_yLog->setTitleText(tr("ms"));
    m_rowsBox->setText(tr("One &row per method"));
    m_rowsBox->setToolTip(tr("Each method in a row of its own, its calls from ½× to 4× its median (log scale); "
                             "unchecked: every method on one axis in ms."));
    updateLegend();
}

bool TraceChart::rows() const
{
    return m_rowsBox->isChecked();
}

void TraceChart::setRows(bool rows)
{
    m_rowsBox->setChecked(rows);
}

void TraceChart::copyViewOf(const ChartBase& other)
{
    ChartBase::copyViewOf(other);
    if (const auto* trace = qobject_cast<const TraceChart*>(&other))
        setRows(trace->rows());
}

void TraceChart::clear()
{
    clearSeries();
    m_index.clear();
    m_traces.clear();
    m_batch = 0;
    m_top = 0;
    m_bottom = 0;
    m_x->setRange(0, 100);
    m_y->setRange(0, 0.1);
    relayOut();
    retranslate();
}

TraceChart::Trace& TraceChart::traceOf(const QString& method)
{
    auto it = m_index.find(method);
    if (it != m_index.end())
        return m_traces[*it];
    Trace t;
    t.method = method;
    t.label = method;
    t.series = new QLineSeries;
    t.series->setName(method);
    QAbstractAxis* y = rows() ? static_cast<QAbstractAxis*>(m_yRows)
                              : (logScale() ? static_cast<QAbstractAxis*>(m_yLog) : m_y);
    addMethodSeries(t.series, method, m_x, y);
    connect(t.series, &QLineSeries::hovered, this, [this, method](const QPointF& at, bool state) {
        showHover(state ? hoverText(method, qRound64(at.x())) : QString());
    });
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
    const bool known = m_index.contains(method);
    Trace& t = traceOf(method);
    const bool shown = methodShown(method);
    for (double ms : samplesMs) {
        t.points << QPointF(static_cast<double>(t.calls++), ms);
        if (shown && ms > 0) {
            m_top = std::max(m_top, ms);
            m_bottom = m_bottom > 0 ? std::min(m_bottom, ms) : ms;
        }
    }
    if (t.points.size() > kMaxPoints)
        t.points.remove(0, t.points.size() - kMaxPoints);
    t.dirty = true;
    if (!known)
        relayOut();  // a new row
}

void TraceChart::relayOut()
{
    // The y axis of the mode, the rows of the methods shown (first method on top), every series redrawn.
    QAbstractAxis* y = rows() ? static_cast<QAbstractAxis*>(m_yRows)
                              : (logScale() ? static_cast<QAbstractAxis*>(m_yLog) : m_y);
    swapAxis(y, nullptr, Qt::AlignLeft);
    for (QAbstractAxis* other : {static_cast<QAbstractAxis*>(m_y), static_cast<QAbstractAxis*>(m_yLog),
                                 static_cast<QAbstractAxis*>(m_yRows)})
        if (other != y)
            swapAxis(y, other, Qt::AlignLeft);
    m_rowOf.clear();
    QStringList shown;
    for (const auto& t : m_traces)
        if (methodShown(t.method)) {
            m_rowOf.insert(t.method, int(shown.size()));
            shown << t.method;
        }
    const int n = int(shown.size());
    for (const QString& label : m_yRows->categoriesLabels())
        m_yRows->remove(label);
    m_yRows->setStartValue(0);
    for (int row = n - 1; row >= 0; --row)
        m_yRows->append(shown[row], n - row);
    m_yRows->setRange(0, std::max(n, 1));
    m_top = 0;
    m_bottom = 0;
    for (auto& t : m_traces) {
        const bool visible = methodShown(t.method);
        t.series->setVisible(visible);
        if (!t.series->attachedAxes().contains(y))
            t.series->attachAxis(y);
        t.dirty = true;
        if (visible)
            for (const auto& p : t.points)
                if (p.y() > 0) {
                    m_top = std::max(m_top, p.y());
                    m_bottom = m_bottom > 0 ? std::min(m_bottom, p.y()) : p.y();
                }
    }
    m_y->setRange(0, 0.1);
    updateLegend();
}

void TraceChart::updateLegend()
{
    QList<LegendEntry> entries;
    if (rows() && !m_traces.isEmpty()) {
        LegendEntry note;
        note.kind = LegendEntry::Kind::Note;
        note.text = tr("each row: ½× to 4× the method's median (log)");
        entries << note;
    }
    for (const auto& t : m_traces) {
        if (filteredMethods().contains(t.method))
            continue;
        LegendEntry e = methodEntry(t.method);
        e.text = t.label;
        entries << e;
    }
    setLegendEntries(entries);
}

QList<QPointF> TraceChart::shownPoints(const Trace& t, int row) const
{
    if (!rows())
        return t.points;
    // The row's base is its bottom; ½× the median at 5 % of the row, 4× at 95 %.
    const double base = double(m_rowOf.size() - 1 - row);
    QList<QPointF> out;
    out.reserve(t.points.size());
    for (const auto& p : t.points) {
        const double ratio = t.median > 0 && p.y() > 0 ? std::log2(p.y() / t.median) : 0;
        const double f = (std::clamp(ratio, kRowLowLog2, kRowHighLog2) - kRowLowLog2) / (kRowHighLog2 - kRowLowLog2);
        out << QPointF(p.x(), base + 0.05 + 0.9 * f);
    }
    return out;
}

void TraceChart::redraw()
{
    qint64 first = -1;
    qint64 last = 0;
    bool any = false;
    for (auto& t : m_traces) {
        if (t.points.isEmpty() || !m_rowOf.contains(t.method))
            continue;
        first = first < 0 ? static_cast<qint64>(t.points.front().x())
                          : std::min(first, static_cast<qint64>(t.points.front().x()));
        last = std::max(last, static_cast<qint64>(t.points.back().x()));
        if (t.dirty) {
            if (rows())
                t.median = medianOf(t.points);
            t.series->replace(shownPoints(t, m_rowOf.value(t.method)));
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
    if (rows())
        return;
    if (logScale() && m_top > 0 && m_bottom > 0) {
        const double lo = std::pow(10.0, std::floor(std::log10(m_bottom)));
        const double hi = std::pow(10.0, std::ceil(std::log10(m_top)));
        if (lo != m_yLog->min() || hi != m_yLog->max())
            m_yLog->setRange(lo, std::max(hi, lo * 10));
    } else if (!logScale() && m_top > m_y->max()) {
        const double magnitude = std::pow(10.0, std::floor(std::log10(m_top * 1.2)));
        m_y->setRange(0, std::ceil(m_top * 1.2 / magnitude) * magnitude);
    }
}

void TraceChart::visibilityChanged()
{
    // Its own buffers hold what it draws (the live calls): lay out again from them.
    relayOut();
    redraw();
}

QString TraceChart::hoverText(const QString& method, qint64 call) const
{
    const auto it = m_index.constFind(method);
    if (it == m_index.constEnd() || m_traces[*it].points.isEmpty())
        return {};
    const Trace& t = m_traces[*it];
    const qint64 firstCall = static_cast<qint64>(t.points.front().x());
    const qsizetype at = std::clamp<qsizetype>(call - firstCall, 0, t.points.size() - 1);
    const QLocale locale;
    return tr("%1, batch %2, call %3: %4 ms (median of the %5 calls shown: %6 ms)")
        .arg(t.label)
        .arg(m_batch)
        .arg(static_cast<qint64>(t.points[at].x()))
        .arg(locale.toString(t.points[at].y(), 'g', 4))
        .arg(t.points.size())
        .arg(locale.toString(medianOf(t.points), 'g', 4));
}

void TraceChart::setRun(const RunResult& run)
{
    beginRun(run);
    const QList<int> batches = measuredBatches(run);
    clear();
    if (batches.isEmpty())
        return;
    const int batch = batches.back();
    for (const auto& r : run.results)
        if (const BatchResult* b = r.batch(batch); b && !b->samplesMs.empty()) {
            addSamples(r.method, batch, b->samplesMs);
            if (drifted(r)) {  // known once the run is over: the live trace names methods only
                Trace& t = traceOf(r.method);
                t.label = methodLabel(r);
                t.series->setName(t.label);
            }
        }
    updateLegend();
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
