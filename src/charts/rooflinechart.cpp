// SPDX-License-Identifier: MIT
#include "charts/rooflinechart.h"

#include <QChart>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QPen>
#include <QScatterSeries>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <optional>

#include "roofline/roofline.h"

namespace ob::app {
namespace {

double decadeBelow(double v)
{
    return std::pow(10.0, std::floor(std::log10(v)));
}

double decadeAbove(double v)
{
    return std::pow(10.0, std::ceil(std::log10(v)));
}

struct AxisRanges {
    double xLow, xHigh, yLow, yHigh;
};

// Axis ranges in whole decades around the points and the ridge points (where a memory roof meets the top); none when
// there is nothing to place (no point and no ridge, or no compute roof).
std::optional<AxisRanges> axisRanges(const QList<roofline::ChartPoint>& points, const QList<roofline::Roof>& roofs)
{
    double top = 0;
    for (const auto& r : roofs)
        top = r.compute ? std::max(top, r.gflops) : top;
    double xMin = 1e300, xMax = 0, yMin = 1e300;
    for (const auto& r : roofs) {
        if (!r.compute && r.bandwidthGBs > 0) {
            xMin = std::min(xMin, top / r.bandwidthGBs);
            xMax = std::max(xMax, top / r.bandwidthGBs);
        }
    }
    for (const auto& p : points) {
        if (p.point.intensity <= 0 || p.point.achievedGflops <= 0)
            continue;
        xMin = std::min(xMin, p.point.intensity);
        xMax = std::max(xMax, p.point.intensity);
        yMin = std::min(yMin, p.point.achievedGflops);
    }
    if (xMax <= 0 || top <= 0)
        return std::nullopt;
    return AxisRanges{decadeBelow(xMin / 2), decadeAbove(xMax * 2), decadeBelow(std::min(yMin, top / 10) / 2),
                      decadeAbove(top * 1.5)};
}

// The methods in the order of their first point.
QStringList methodsOf(const QList<roofline::ChartPoint>& points)
{
    QStringList methods;
    for (const auto& p : points)
        if (!methods.contains(p.method))
            methods << p.method;
    return methods;
}

// The points of one method that a log-log chart can place.
QList<roofline::ChartPoint> plottedPointsOf(const QList<roofline::ChartPoint>& points, const QString& method)
{
    QList<roofline::ChartPoint> mine;
    for (const auto& p : points)
        if (p.method == method && p.point.intensity > 0 && p.point.achievedGflops > 0)
            mine << p;
    return mine;
}

// The scatter series of a method: its points are the batch sizes.
QScatterSeries* methodSeries(const QString& method, const QList<roofline::ChartPoint>& mine)
{
    auto* series = new QScatterSeries;
    series->setName(method);
    series->setMarkerSize(10);
    for (const auto& p : mine)
        series->append(p.point.intensity, p.point.achievedGflops);
    return series;
}

} // namespace

RooflineChart::RooflineChart(QWidget* parent)
    : ChartBase(QStringLiteral("roofline"), parent)
{
    m_x = new QLogValueAxis;
    m_x->setBase(10);
    m_x->setMinorTickCount(8);
    m_x->setLabelFormat(QStringLiteral("%g"));
    m_x->setRange(0.1, 100);
    m_y = new QLogValueAxis;
    m_y->setBase(10);
    m_y->setMinorTickCount(8);
    m_y->setLabelFormat(QStringLiteral("%g"));
    m_y->setRange(0.1, 100);
    chart()->addAxis(m_x, Qt::AlignBottom);
    chart()->addAxis(m_y, Qt::AlignLeft);
    retranslate();
}

QString RooflineChart::title() const
{
    return m_hasRoofs ? tr("Roofline: achieved GFLOP/s against arithmetic intensity (one point per method and batch)")
                      : tr("Roofline: shown when a run has measured the machine's roofs");
}

void RooflineChart::retranslate()
{
    ChartBase::retranslate();
    m_x->setTitleText(tr("arithmetic intensity (FLOP/byte)"));
    m_y->setTitleText(tr("GFLOP/s"));
}

QList<LegendEntry> RooflineChart::addRoofs(const MachineRoofs& machine, double xLow, double xHigh, double yLow)
{
    QList<LegendEntry> entries;
    const QLocale locale;
    const QList<roofline::Roof> roofs = roofline::roofsOf(machine);
    double top = 0;
    double fastest = 0; // the highest bandwidth: where it meets a compute roof, that roof starts
    for (const auto& r : roofs) {
        if (r.compute)
            top = std::max(top, r.gflops);
        else
            fastest = std::max(fastest, r.bandwidthGBs);
    }
    const QColor ink = palette().color(QPalette::Text);
    int memoryIndex = 0;
    for (const auto& r : roofs) {
        auto* line = new QLineSeries;
        if (r.compute) {
            line->setName(tr("%1 peak %2 GFLOP/s").arg(r.id, locale.toString(r.gflops, 'f', 1)));
            line->append(fastest > 0 ? std::max(xLow, r.gflops / fastest) : xLow, r.gflops);
            line->append(xHigh, r.gflops);
        } else {
            line->setName(tr("%1 %2 GB/s").arg(r.id, locale.toString(r.bandwidthGBs, 'f', 1)));
            const double start = std::max(xLow, yLow / r.bandwidthGBs);
            line->append(start, r.at(start));
            line->append(top / r.bandwidthGBs, top);
        }
        addSeries(line, m_x, m_y);
        QPen pen(ink, r.compute ? 2.0 : 1.5, r.compute ? Qt::SolidLine : Qt::DashLine);
        QColor c = ink;
        c.setAlphaF(r.compute ? 0.85 : std::max(0.35, 0.85 - 0.15 * memoryIndex++));
        pen.setColor(c);
        line->setPen(pen);
        LegendEntry entry;
        entry.kind = LegendEntry::Kind::Line;
        entry.text = line->name();
        entry.pen = pen;
        entries << entry;
    }
    return entries;
}

void RooflineChart::setRun(const RunResult& run)
{
    beginRun(run);
    clearSeries();
    m_hasRoofs = run.machine && run.machine->isValid();
    chart()->setTitle(title());
    if (!m_hasRoofs) {
        setLegendEntries({});
        return;
    }
    const QList<roofline::ChartPoint> points = roofline::chartPoints(run);
    const std::optional<AxisRanges> ranges = axisRanges(points, roofline::roofsOf(*run.machine));
    if (!ranges) {
        setLegendEntries({});
        return;
    }
    m_x->setRange(ranges->xLow, ranges->xHigh);
    m_y->setRange(ranges->yLow, ranges->yHigh);
    QList<LegendEntry> entries = addRoofs(*run.machine, ranges->xLow, ranges->xHigh, ranges->yLow);

    // One scatter series per method: its points are the batch sizes.
    QStringList drawable;
    for (const QString& method : methodsOf(points)) {
        const QList<roofline::ChartPoint> mine = plottedPointsOf(points, method);
        const MethodResult* result = run.result(method);
        if (result && result->status == MethodStatus::NotApplicable)
            continue;
        drawable << method;
        if (!methodShown(method))
            continue;
        auto* series = methodSeries(method, mine);
        const QString drift = result ? driftText(*result) : QString();
        if (result)
            series->setName(methodLabel(*result));
        addMethodSeries(series, method, m_x, m_y);
        if (!drift.isEmpty()) {  // after addMethodSeries: it sets the colours
            QPen pen = series->pen();
            pen.setColor(kDriftColour);
            pen.setWidthF(2.5);
            series->setPen(pen);
        }
        connect(series, &QScatterSeries::hovered, this, [this, mine, drift](const QPointF& at, bool state) {
            if (!state) {
                showHover(QString());
                return;
            }
            const QLocale locale;
            for (const auto& p : mine) {
                if (std::abs(p.point.intensity - at.x()) > 1e-9 * std::max(1.0, at.x()))
                    continue;
                const QString text = tr("%1, batch %2: %3 GFLOP/s at %4 FLOP/byte; %5 % of the %6 bound")
                                         .arg(p.method)
                                         .arg(p.batch)
                                         .arg(locale.toString(p.point.achievedGflops, 'f', 2),
                                              locale.toString(p.point.intensity, 'f', 2),
                                              locale.toString(p.point.efficiency * 100, 'f', 1), p.point.limit);
                showHover(drift.isEmpty() ? text : text + QLatin1Char('\n') + drift);
                return;
            }
        });
    }
    for (const auto& method : drawable)
        entries << (run.result(method) ? methodEntry(*run.result(method)) : methodEntry(method));
    // Methods not in the filter only.
    entries.erase(std::remove_if(entries.begin(), entries.end(),
                                 [this](const LegendEntry& e) { return filteredMethods().contains(e.key); }),
                  entries.end());
    setLegendEntries(entries);
}

} // namespace ob::app
