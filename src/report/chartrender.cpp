// SPDX-License-Identifier: MIT
#include "report/chartrender.h"

#include <QBuffer>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QImage>
#include <QImageWriter>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <cmath>

#include "charts/chartbase.h"
#include "optibench/version.h"

namespace ob::report {

QStringList chartFormats()
{
    return {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")};
}

void paintChart(app::ChartBase& chart, QPainter& painter, const QRectF& target, QSize size)
{
    // The chart is laid out at the export size, not the size of its view: an export of a small on-screen chart
    // gets the same fonts and room as one of a large chart. Exported charts are fresh copies (reportcharts.h), so
    // nothing on screen moves.
    QChart* c = chart.chart();
    c->setPos(0, 0);
    c->resize(QSizeF(size));
    if (c->layout())
        c->layout()->activate();
    QCoreApplication::sendPostedEvents(c, QEvent::LayoutRequest);
    QGraphicsScene* scene = c->scene();
    scene->setSceneRect(QRectF(QPointF(0, 0), QSizeF(size)));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    scene->render(&painter, target, QRectF(QPointF(0, 0), QSizeF(size)), Qt::IgnoreAspectRatio);
}

QImage chartImage(app::ChartBase& chart, QSize size, double scale)
{
    const QSize pixels(qRound(size.width() * scale), qRound(size.height() * scale));
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    const int dotsPerMeter = qRound(kBaseDpi * scale / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    {
        QPainter painter(&image);
        paintChart(chart, painter, QRectF(QPointF(0, 0), QSizeF(pixels)), size);
    }
    return image;
}

QByteArray chartToPng(app::ChartBase& chart, QSize size, double scale)
{
    const QImage image = chartImage(chart, size, scale);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    writer.setText(QStringLiteral("Title"), chart.title());
    writer.setText(QStringLiteral("Software"), QStringLiteral("OptiBench " OPTIBENCH_VERSION));
    if (!writer.write(image))
        return {};
    return bytes;
}

QByteArray chartToSvg(app::ChartBase& chart, QSize size)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setResolution(qRound(kBaseDpi));
    generator.setTitle(chart.title());
    generator.setDescription(QStringLiteral("OptiBench " OPTIBENCH_VERSION));
    {
        QPainter painter(&generator);
        paintChart(chart, painter, QRectF(QPointF(0, 0), QSizeF(size)), size);
    }
    return bytes;
}

QByteArray chartToPdf(app::ChartBase& chart, QSize size)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(chart.title());
        writer.setCreator(QStringLiteral("OptiBench " OPTIBENCH_VERSION));
        // Points are 1/72 inch; a logical pixel is 1/96 inch.
        const QSizeF points(size.width() * 72.0 / kBaseDpi, size.height() * 72.0 / kBaseDpi);
        writer.setPageLayout(QPageLayout(QPageSize(points, QPageSize::Point), QPageLayout::Portrait, QMarginsF()));
        writer.setResolution(qRound(kBaseDpi * 3));
        QPainter painter(&writer);
        const QRectF page(QPointF(0, 0), QSizeF(writer.width(), writer.height()));
        paintChart(chart, painter, page, size);
    }
    return bytes;
}

QByteArray chartToFormat(app::ChartBase& chart, const QString& format, QSize size, double scale)
{
    if (format == QLatin1String("png"))
        return chartToPng(chart, size, scale);
    if (format == QLatin1String("svg"))
        return chartToSvg(chart, size);
    if (format == QLatin1String("pdf"))
        return chartToPdf(chart, size);
    return {};
}

}  // namespace ob::report
