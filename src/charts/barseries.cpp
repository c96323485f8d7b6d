// SPDX-License-Identifier: MIT
#include "charts/barseries.h"

#include <QAreaSeries>
#include <QLineSeries>
#include <QScatterSeries>

namespace ob::app {

QAreaSeries* newBar(double x0, double x1, double low, double high)
{
    auto* upper = new QLineSeries;
    upper->append(x0, high);
    upper->append(x1, high);
    auto* lower = new QLineSeries;
    lower->append(x0, low);
    lower->append(x1, low);
    // QAreaSeries makes itself a child of its upper line and never deletes the lines: turn that around, so that
    // the chart, which owns the area, deletes all three.
    auto* area = new QAreaSeries(upper, lower);
    area->setParent(nullptr);
    upper->setParent(area);
    lower->setParent(area);
    return area;
}

QScatterSeries* newValueLabels(const QList<QPointF>& points, const QString& format)
{
    auto* labels = new QScatterSeries;
    labels->append(points);
    labels->setMarkerSize(1);
    labels->setColor(Qt::transparent);
    labels->setBorderColor(Qt::transparent);
    labels->setPointLabelsFormat(format);
    labels->setPointLabelsVisible(true);
    labels->setPointLabelsClipping(false);
    return labels;
}

}  // namespace ob::app
