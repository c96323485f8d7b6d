// SPDX-License-Identifier: MIT
#include "report/htmlreport.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QImage>
#include <QScreen>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>
#include <QUrl>

#include "charts/chartbase.h"
#include "i18n/language.h"
#include "optibench/version.h"
#include "report/chartrender.h"
#include "report/reportcharts.h"
#include "report/reportsections.h"
#include "report/reporttr.h"

namespace ob::report {
namespace {

// Charts in reports: the same logical size in both forms, so that fonts keep their proportions.
constexpr int kChartWidth = 860;
constexpr int kChartHeight = 480;
// The PDF's charts are images of about 300 DPI: 2709 pixels printed 9 inches wide on a landscape page.
constexpr double kPdfChartScale = 3.15;

/// The SVG of a chart without its XML prolog, scaled to the page width by the browser.
QString inlineSvg(app::ChartBase& chart)
{
    QString svg = QString::fromUtf8(chartToSvg(chart, QSize(kChartWidth, kChartHeight)));
    const auto start = svg.indexOf(QStringLiteral("<svg"));
    if (start < 0)
        return {};
    svg = svg.mid(start);
    // QSvgGenerator gives the root a size in mm; a width of 100% with the view box keeps the aspect ratio.
    static const QRegularExpression size(QStringLiteral("^<svg([^>]*?)\\s+width=\"[^\"]*\"\\s+height=\"[^\"]*\""));
    svg.replace(size, QStringLiteral("<svg\\1 width=\"100%\" role=\"img\""));
    return svg;
}

QList<EmbeddedChart> embedCharts(const RunResult& run, bool svg, QTextDocument* document)
{
    QList<EmbeddedChart> out;
    bool measured = false;
    for (const auto& r : run.results)
        measured = measured || !r.batches.empty();
    if (!measured)
        return out;
    for (auto& chart : createReportCharts(run)) {
        EmbeddedChart e{chart->id(), chart->title(), chartCaption(*chart), {}};
        if (svg) {
            e.html = inlineSvg(*chart);
        } else {
            const QString name = QStringLiteral("chart-") + chart->id();
            document->addResource(QTextDocument::ImageResource, QUrl(name),
                                  chartImage(*chart, QSize(kChartWidth, kChartHeight), kPdfChartScale));
            e.html = QStringLiteral("<p align=\"center\"><img src=\"%1\" width=\"%2\" height=\"%3\"></p>")
                         .arg(name)
                         .arg(kChartWidth)
                         .arg(kChartHeight);
        }
        out << e;
    }
    return out;
}

QString htmlDocument(const RunResult& run, const QString& body)
{
    const QString lang = i18n::currentLanguage() == QLatin1String("zh_CN") ? QStringLiteral("zh-CN")
                                                                            : QStringLiteral("en");
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<meta name=\"generator\" content=\"OptiBench %2\">\n<title>%3</title>\n<style>\n%4"
                          "div.chart { max-width: 960px; }\n</style>\n</head>\n<body>\n")
               .arg(lang, QStringLiteral(OPTIBENCH_VERSION), reportTitle(run).toHtmlEscaped(), reportStyle())
        + body + QStringLiteral("</body>\n</html>\n");
}

}  // namespace

QString chartCaption(const app::ChartBase& chart)
{
    const QString id = chart.id();
    if (id == QLatin1String("latency"))
        return tr("Box: 25th to 75th percentile with the median; whiskers: 1st and 99th percentile; log scale.");
    if (id == QLatin1String("trace"))
        return tr("Every timed call (or block of calls) in measurement order, at the largest batch size.");
    if (id == QLatin1String("latencyByBatch"))
        return tr("Mean latency per call against the batch size (log2 axis).");
    if (id == QLatin1String("throughputByBatch"))
        return tr("Samples per second against the batch size (log2 axis).");
    if (id == QLatin1String("jitter"))
        return tr("Standard deviation and p99 − p50 of the latency at batch size %1.").arg(jitterBatch(chart));
    if (id == QLatin1String("score"))
        return tr("Mean reasoning score of each method over the evaluation set.");
    if (id == QLatin1String("fidelity"))
        return tr("Largest difference of the reasoning score from eager's; 0 means identical answers.");
    return {};
}

QByteArray reportHtml(const RunResult& run)
{
    return htmlDocument(run, reportBody(run, embedCharts(run, true, nullptr))).toUtf8();
}

QByteArray reportPdf(const RunResult& run)
{
    QTextDocument document;
    document.setDefaultStyleSheet(reportStyle());
    document.setDocumentMargin(0);
    QFont font = document.defaultFont();
    font.setPointSizeF(9.5);
    document.setDefaultFont(font);
    const auto charts = embedCharts(run, false, &document);
    document.setHtml(QStringLiteral("<html><body>") + reportBody(run, charts) + QStringLiteral("</body></html>"));
    document.setMetaInformation(QTextDocument::DocumentTitle, reportTitle(run));

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(reportTitle(run));
    writer.setCreator(QStringLiteral("OptiBench " OPTIBENCH_VERSION));
    writer.setResolution(300);
    const QPageLayout layout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(15, 15, 15, 15),
                             QPageLayout::Millimeter);
    writer.setPageLayout(layout);
    // Paginate in the document's own units (screen pixels, which print() scales to the printer's resolution), so
    // that the pixel widths of the charts map to the printable width; otherwise print() adds 2 cm margins of its own.
    const QScreen* screen = QGuiApplication::primaryScreen();
    const double dpi = screen ? screen->logicalDotsPerInchX() : 96.0;
    const QSizeF printable = layout.paintRect(QPageLayout::Inch).size();
    document.setPageSize(QSizeF(printable.width() * dpi, printable.height() * dpi));
    document.print(&writer);
    buffer.close();
    return bytes;
}

}  // namespace ob::report
