// SPDX-License-Identifier: MIT
#pragma once
// Renders a chart into a given size, independent of the size it has on screen: PNG (at a scale factor, with the DPI
// in the file), SVG and PDF (both vector). Exports use the chart as it is; reportcharts.h makes charts in the
// light export style from a run. Needs a QApplication (Qt Charts are graphics widgets); offscreen is enough.

#include <QByteArray>
#include <QRectF>
#include <QSize>
#include <QString>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QImage;
class QPainter;
QT_END_NAMESPACE

namespace ob::app {
class ChartBase;
}

namespace ob::report {

/// A screen pixel at scale 1 is 1/96 inch: a PNG at scale 2 says 192 DPI.
inline constexpr double kBaseDpi = 96.0;
/// The default export: 900 × 540 logical pixels at scale 2 (1800 × 1080 pixels, 192 DPI).
inline constexpr int kDefaultWidth = 900;
inline constexpr int kDefaultHeight = 540;
inline constexpr double kDefaultScale = 2.0;
/// Limits of the export size (logical pixels) and scale, so that a typo does not ask for gigabytes.
inline constexpr int kMinSide = 200;
inline constexpr int kMaxSide = 8000;
inline constexpr double kMinScale = 1.0;
inline constexpr double kMaxScale = 4.0;

/// "png", "svg", "pdf".
QStringList chartFormats();

/// Lays the chart out at `size` (logical pixels) and paints it into `target` of `painter`.
void paintChart(app::ChartBase& chart, QPainter& painter, const QRectF& target, QSize size);
/// The chart at `size` logical pixels, rendered at `scale` (the image is size × scale pixels, white background).
QImage chartImage(app::ChartBase& chart, QSize size, double scale);
/// PNG bytes of chartImage() with its DPI (kBaseDpi × scale) in the file.
QByteArray chartToPng(app::ChartBase& chart, QSize size, double scale);
/// SVG document of the chart, `size` as its view box; the chart's title is the document's title.
QByteArray chartToSvg(app::ChartBase& chart, QSize size);
/// A one-page vector PDF whose page is the chart's size (1 logical pixel = 1/96 inch).
QByteArray chartToPdf(app::ChartBase& chart, QSize size);
/// The chart in `format` ("png", "svg", "pdf"); empty for an unknown format.
QByteArray chartToFormat(app::ChartBase& chart, const QString& format, QSize size, double scale);

}  // namespace ob::report
