// SPDX-License-Identifier: MIT
#pragma once
// Bars drawn as area series: Qt Charts' bar series colour a whole set alike, while every method's bar must have its
// method's colour; an area per bar also gives each its own hover. x is a category index (a QBarCategoryAxis puts
// category i at x = i).

#include <QList>
#include <QPointF>
#include <QString>

QT_BEGIN_NAMESPACE
class QAreaSeries;
class QScatterSeries;
QT_END_NAMESPACE

namespace ob::app {

/// A bar from `x0` to `x1` between `low` and `high`.
QAreaSeries* newBar(double x0, double x1, double low, double high);
/// Invisible points at (x, value) that carry their value as a label (bar values), with `format` (Qt's point
/// label format, e.g. "@yPoint").
QScatterSeries* newValueLabels(const QList<QPointF>& points, const QString& format = QStringLiteral("@yPoint"));

}  // namespace ob::app
