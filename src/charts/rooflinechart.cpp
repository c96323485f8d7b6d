// SPDX-License-Identifier: MIT
#include "charts/rooflinechart.h"

#include <QChart>
#include <QCursor>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QPen>
#include <QScatterSeries>
#include <QToolTip>

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

// The scatter series of the index-th method.
QScatterSeries* methodSeries(const QString& method, int index, const QList<roofline::ChartPoint>& mine)
{
    // The theme cycles through a few colours: a new marker shape for each round, so that no two methods look alike.
    const QScatterSeries::MarkerShape shapes[] = {QScatterSeries::MarkerShapeCircle,
                                                  QScatterSeries::MarkerShapeRectangle,
                                                  QScatterSeries::MarkerShapeTriangle,
                                                  QScatterSeries::MarkerShapeRotatedRectangle};
    constexpr int kThemeColours = 5;
    auto* series = new QScatterSeries;
    series->setName(method);
    series->setMarkerSize(10);
    series->setMarkerShape(shapes[(index / kThemeColours) % std::size(shapes)]);
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
    chart()->legend()->setAlignment(Qt::AlignRight);
    chart()->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);  // roofs as lines, methods by marker shape
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

void RooflineChart::addRoofs(const MachineRoofs& machine, double xLow, double xHigh, double yLow)
{
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
    }
}

void RooflineChart::setRun(const RunResult& run)
{
    clearSeries();
    m_hasRoofs = run.machine && run.machine->isValid();
    chart()->setTitle(title());
    if (!m_hasRoofs)
        return;
    const QList<roofline::ChartPoint> points = roofline::chartPoints(run);
    const std::optional<AxisRanges> ranges = axisRanges(points, roofline::roofsOf(*run.machine));
    if (!ranges)
        return;
    m_x->setRange(ranges->xLow, ranges->xHigh);
    m_y->setRange(ranges->yLow, ranges->yHigh);
    addRoofs(*run.machine, ranges->xLow, ranges->xHigh, ranges->yLow);

    // One scatter series per method: its points are the batch sizes.
    const QStringList methods = methodsOf(points);
    for (int i = 0; i < methods.size(); ++i) {
        const QList<roofline::ChartPoint> mine = plottedPointsOf(points, methods[i]);
        const MethodResult* result = run.result(methods[i]);
        if (result && result->status == MethodStatus::NotApplicable)
            continue;
        auto* series = methodSeries(methods[i], i, mine);
        const QString drift = result ? driftText(*result) : QString();
        if (result)
            series->setName(methodLabel(*result));
        addSeries(series, m_x, m_y);
        if (!drift.isEmpty()) {  // after addSeries: the theme sets the colours there
            QPen pen = series->pen();
            pen.setColor(kDriftColour);
            pen.setWidthF(2.5);
            series->setPen(pen);
        }
        connect(series, &QScatterSeries::hovered, this, [mine, drift](const QPointF& at, bool state) {
            if (!state) {
                QToolTip::hideText();
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
                QToolTip::showText(QCursor::pos(), drift.isEmpty() ? text : text + QLatin1Char('\n') + drift);
                return;
            }
        });
    }
}

} // namespace ob::app
