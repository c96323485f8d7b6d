// SPDX-License-Identifier: MIT
#include "charts/tracechart.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QFontMetricsF>
#include <QCheckBox>
#include <QGraphicsSimpleTextItem>
#include <QHBoxLayout>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QTimer>
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

// The part of a cell's height its line uses (the name takes the top).
constexpr double kLineBottom = 0.05;
constexpr double kLineHeight = 0.6;

}  // namespace

TraceChart::TraceChart(QWidget* parent) : ChartBase(QStringLiteral("trace"), parent)
{
    m_x = new QValueAxis;
    m_x->setLabelFormat(QStringLiteral("%d"));
    m_xCells = new QCategoryAxis(this);
    m_xCells->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    m_y = new QValueAxis(this);
    m_y->setLabelFormat(QStringLiteral("%g"));
    m_yLog = new QLogValueAxis(this);
    m_yLog->setBase(10);
    m_yLog->setMinorTickCount(8);
    m_yLog->setLabelFormat(QStringLiteral("%g"));
    m_yCells = new QValueAxis(this);
    m_yCells->setLabelsVisible(false);
    chart()->addAxis(m_x, Qt::AlignBottom);
    m_x->setRange(0, 100);
    m_y->setRange(0, 0.1);
    m_cellsBox = new QCheckBox(this);
    m_cellsBox->setObjectName(QStringLiteral("traceCellsBox"));
    m_cellsBox->setChecked(true);
    toolRow()->addStretch(1);
    toolRow()->addWidget(m_cellsBox);
    connect(m_cellsBox, &QCheckBox::toggled, this, [this] {
        relayOut();
        redraw();
    });
    connect(chart(), &QChart::plotAreaChanged, this, [this] {
        placeNames();
        // A new height can fit more or fewer rows: lay the cells out again (after this layout pass).
        if (cells() && !m_cellOf.isEmpty()) {
            const int n = int(m_cellOf.size());
            const int cols = std::max(1, (n + rowsThatFit() - 1) / rowsThatFit());
            if (cols != m_cols)
                QTimer::singleShot(0, this, [this] {
                    relayOut();
                    redraw();
                });
        }
    });
    // Up to a thousand points per method redrawn 25 times a second: aliased lines cost a fraction of antialiased ones.
    view()->setRenderHint(QPainter::Antialiasing, false);
    relayOut();
    retranslate();
}

TraceChart::~TraceChart() = default;

QString TraceChart::title() const
{
    return m_batch > 0 ? tr("Per-call latency, batch %1").arg(m_batch) : tr("Per-call latency");
}

void TraceChart::retranslate()
{
    ChartBase::retranslate();
    m_x->setTitleText(tr("call"));
    m_xCells->setTitleText(tr("calls in each cell"));
    m_y->setTitleText(tr("ms"));
    m_yLog->setTitleText(tr("ms"));
    m_cellsBox->setText(tr("&Small multiples"));
    m_cellsBox->setToolTip(tr("Each method in a cell of its own, its calls from ½× to 4× its median (log scale); "
                              "unchecked: every method on one axis in ms."));
    updateLegend();
}

bool TraceChart::cells() const
{
    return m_cellsBox->isChecked();
}

void TraceChart::setCells(bool cells)
{
    m_cellsBox->setChecked(cells);
}

void TraceChart::copyViewOf(const ChartBase& other)
{
    ChartBase::copyViewOf(other);
    if (const auto* trace = qobject_cast<const TraceChart*>(&other))
        setCells(trace->cells());
}

void TraceChart::clear()
{
    clearSeries();
    for (auto& t : m_traces)
        delete t.name;
    m_index.clear();
    m_traces.clear();
    m_batch = 0;
    m_top = 0;
    m_bottom = 0;
    m_lo = 0;
    m_span = 100;
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
    QAbstractAxis* x = cells() ? static_cast<QAbstractAxis*>(m_xCells) : m_x;
    QAbstractAxis* y = cells() ? static_cast<QAbstractAxis*>(m_yCells)
                               : (logScale() ? static_cast<QAbstractAxis*>(m_yLog) : m_y);
    addMethodSeries(t.series, method, x, y);
    connect(t.series, &QLineSeries::hovered, this, [this, method](const QPointF& at, bool state) {
        if (!state) {
            showHover(QString());
            return;
        }
        // In cells the x of a point is its column's offset plus its call.
        double call = at.x();
        if (cells() && m_cellOf.contains(method))
            call = at.x() - (m_cellOf.value(method) / m_rows) * m_span + m_lo;
        showHover(hoverText(method, qRound64(call)));
    });
    t.name = new QGraphicsSimpleTextItem(chart());
    t.name->setZValue(6);
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
        relayOut();  // a new cell
}

int TraceChart::rowsThatFit() const
{
    const QRectF area = chart()->plotArea();
    const double height = area.height() > 20 ? area.height()
                                             : (chart()->size().height() > 100 ? chart()->size().height() * 0.6 : 300);
    return std::max(1, int(height / kMinCellHeight));
}

void TraceChart::relayOut()
{
    // The axes of the mode, the grid of cells (methods in run order, down the columns), every series redrawn.
    const bool grid = cells();
    QAbstractAxis* x = grid ? static_cast<QAbstractAxis*>(m_xCells) : m_x;
    QAbstractAxis* y = grid ? static_cast<QAbstractAxis*>(m_yCells)
                            : (logScale() ? static_cast<QAbstractAxis*>(m_yLog) : m_y);
    swapAxis(x, grid ? static_cast<QAbstractAxis*>(m_x) : m_xCells, Qt::AlignBottom);
    for (QAbstractAxis* other : {static_cast<QAbstractAxis*>(m_y), static_cast<QAbstractAxis*>(m_yLog),
                                 static_cast<QAbstractAxis*>(m_yCells)})
        if (other != y)
            swapAxis(y, other, Qt::AlignLeft);
    m_cellOf.clear();
    for (const auto& t : m_traces)
        if (!filteredMethods().contains(t.method))
            m_cellOf.insert(t.method, int(m_cellOf.size()));
    const int n = std::max(1, int(m_cellOf.size()));
    const int fit = rowsThatFit();
    m_cols = (n + fit - 1) / fit;
    m_rows = (n + m_cols - 1) / m_cols;
    updateCellAxis();
    m_yCells->setRange(0, m_rows);
    m_yCells->setTickCount(m_rows + 1);
    m_top = 0;
    m_bottom = 0;
    for (auto& t : m_traces) {
        const bool visible = methodShown(t.method);
        t.series->setVisible(visible);
        if (!t.series->attachedAxes().contains(x))
            t.series->attachAxis(x);
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
    placeNames();
}

void TraceChart::updateCellAxis()
{
    // One label per column, the calls its cells show. Labels of a category axis must differ: zero-width spaces
    // tell the same text apart.
    for (const QString& label : m_xCells->categoriesLabels())
        m_xCells->remove(label);
    m_xCells->setStartValue(0);
    const QString calls = QStringLiteral("%1–%2").arg(qint64(m_lo)).arg(qint64(m_lo + m_span));
    for (int c = 0; c < m_cols; ++c)
        m_xCells->append(calls + QString(c, QChar(0x200B)), (c + 1) * m_span);
    m_xCells->setRange(0, m_cols * m_span);
}

void TraceChart::updateLegend()
{
    QList<LegendEntry> entries;
    if (cells()) {
        if (!m_traces.isEmpty()) {
            LegendEntry note;
            note.kind = LegendEntry::Kind::Note;
            note.text = tr("each cell: a method's calls from ½× to 4× its median (log) · click a name to hide or "
                           "show it");
            entries << note;
        }
    } else {
        for (const auto& t : m_traces) {
            if (filteredMethods().contains(t.method))
                continue;
            LegendEntry e = methodEntry(t.method);
            e.text = t.label;
            entries << e;
        }
    }
    setLegendEntries(entries);
}

void TraceChart::placeNames()
{
    // Each method's name at the top left of its cell, in its colour (greyed and struck through when hidden).
    QLineSeries* reference = m_traces.isEmpty() ? nullptr : m_traces.front().series;
    const double cellWidth = reference ? chart()->mapToPosition(QPointF(m_span, 0), reference).x()
            - chart()->mapToPosition(QPointF(0, 0), reference).x() - 8
                                       : 0;
    for (auto& t : m_traces) {
        // Bold while the name fits its cell, else plain and smaller; a name still wider is elided in the middle
        // (hovering it shows it whole).
        QFont font;
        font.setPointSizeF(std::max(7.0, font.pointSizeF() * 0.88));
        font.setBold(true);
        if (QFontMetricsF(font).horizontalAdvance(t.label) > cellWidth) {
            font.setBold(false);
            font.setPointSizeF(7);
        }
        const bool placed = cells() && reference && m_cellOf.contains(t.method);
        t.name->setVisible(placed);
        if (!placed)
            continue;
        const int cell = m_cellOf.value(t.method);
        const QPointF topLeft = chart()->mapToPosition(QPointF((cell / m_rows) * m_span, m_rows - cell % m_rows),
                                                       reference);
        const bool hidden = methodHidden(t.method);
        font.setStrikeOut(hidden);
        t.name->setFont(font);
        t.name->setText(QFontMetricsF(font).elidedText(t.label, Qt::ElideMiddle, std::max(40.0, cellWidth)));
        t.name->setBrush(hidden ? QColor(0xa0, 0xa0, 0xa0) : methodStyle(t.method).colour.darker(125));
        t.name->setPos(topLeft + QPointF(4, 1));
    }
}

QList<QPointF> TraceChart::shownPoints(const Trace& t, int cell) const
{
    if (!cells())
        return t.points;
    // The cell's column shifts the calls; its row lifts the values; ½× the median at the line's bottom, 4× at
    // its top (log).
    const double x0 = (cell / m_rows) * m_span - m_lo;
    const double base = double(m_rows - 1 - cell % m_rows);
    QList<QPointF> out;
    out.reserve(t.points.size());
    for (const auto& p : t.points) {
        if (p.x() < m_lo)
            continue;
        const double ratio = t.median > 0 && p.y() > 0 ? std::log2(p.y() / t.median) : 0;
        const double f =
            (std::clamp(ratio, kCellLowLog2, kCellHighLog2) - kCellLowLog2) / (kCellHighLog2 - kCellLowLog2);
        out << QPointF(x0 + p.x(), base + kLineBottom + kLineHeight * f);
    }
    return out;
}

void TraceChart::redraw()
{
    qint64 first = -1;
    qint64 last = 0;
    for (const auto& t : m_traces) {
        if (t.points.isEmpty() || !methodShown(t.method))
            continue;
        first = first < 0 ? static_cast<qint64>(t.points.front().x())
                          : std::min(first, static_cast<qint64>(t.points.front().x()));
        last = std::max(last, static_cast<qint64>(t.points.back().x()));
    }
    // Change the x range only when the data leaves it, in generous steps: every range change lays out the axis
    // labels again (and moves every point of the cells), which would otherwise cost more than drawing the points
    // at 25 redraws a second.
    constexpr double kStep = 100;
    if (first >= 0 && (static_cast<double>(first) < m_lo || static_cast<double>(last) > m_lo + m_span)) {
        const double lo = std::floor(static_cast<double>(std::max<qint64>(first, 0)) / kStep) * kStep;
        const double hi = std::ceil(static_cast<double>(last) * 1.25 / kStep) * kStep;
        m_lo = lo;
        m_span = std::max(hi, lo + kStep) - lo;
        m_x->setRange(m_lo, m_lo + m_span);
        updateCellAxis();
        for (auto& t : m_traces)
            t.dirty = true;
        placeNames();
    }
    bool any = false;
    for (auto& t : m_traces) {
        if (!t.dirty || !m_cellOf.contains(t.method))
            continue;
        if (cells())
            t.median = medianOf(t.points);
        t.series->replace(shownPoints(t, m_cellOf.value(t.method)));
        t.dirty = false;
        any = true;
    }
    if (!any || cells())
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

QStringList TraceChart::legendMethods() const
{
    QStringList methods = ChartBase::legendMethods();
    if (cells())
        for (const auto& t : m_traces)
            if (m_cellOf.contains(t.method) && !methods.contains(t.method))
                methods << t.method;
    return methods;
}

ChartBase::LabelHit TraceChart::labelAt(const QPointF& pos) const
{
    for (const auto& t : m_traces)
        if (t.name && t.name->isVisible() && QRectF(t.name->pos(), t.name->boundingRect().size()).contains(pos)) {
            QString text = t.label;
            if (!t.points.isEmpty())
                text += QLatin1Char('\n')
                    + tr("median of the %1 calls shown: %2 ms")
                          .arg(t.points.size())
                          .arg(QLocale().toString(medianOf(t.points), 'g', 4));
            return {t.method, text};
        }
    return ChartBase::labelAt(pos);
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
    // A finished or opened run does not grow: fit the x range to it.
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
    m_lo = m_x->min();
    m_span = m_x->max() - m_x->min();
    relayOut();
    redraw();
    retranslate();
}

}  // namespace ob::app
