// SPDX-License-Identifier: MIT
#include "report/htmlreport.h"

#include <QBuffer>
#include <QImage>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>
#include <QTextOption>
#include <QUrl>
#include <QtMath>

#include "charts/chartbase.h"
#include "i18n/language.h"
#include "optibench/version.h"
#include "report/chartrender.h"
#include "report/reportcharts.h"
#include "report/reportpages.h"
#include "report/reportsections.h"
#include "report/reporttr.h"
#include "report/titlesection.h"

namespace ob::report {
namespace {

// Charts in reports: the same logical size in both forms, so that fonts keep their proportions.
constexpr int kChartWidth = 800;
constexpr int kChartHeight = 470;
// The document's units in the PDF: pixels at 96 DPI, so that 1 pt of the style sheet is 1 pt on paper.
constexpr double kDocumentDpi = 96;
// The PDF's charts are images of about 300 DPI at the width of the page's text.
constexpr double kPdfDpi = 300;

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

QList<EmbeddedChart> embedCharts(const RunResult& run, ReportForm form, QTextDocument* document)
{
    QList<EmbeddedChart> out;
    bool measured = false;
    for (const auto& r : run.results)
        measured = measured || !r.batches.empty();
    if (!measured)
        return out;
    // In the PDF a chart is as wide as the text; its image has about 300 pixels per inch of that width.
    const double width = document ? document->pageSize().width() : kChartWidth;
    const int height = qRound(width * kChartHeight / kChartWidth);
    const double scale = width / kDocumentDpi * kPdfDpi / kChartWidth;
    for (auto& chart : createReportCharts(run)) {
        EmbeddedChart e{chart->id(), chart->title(), chartCaption(*chart), {}};
        if (form == ReportForm::Html) {
            e.html = inlineSvg(*chart);
        } else {
            const QString name = QStringLiteral("chart-") + chart->id();
            document->addResource(QTextDocument::ImageResource, QUrl(name),
                                  chartImage(*chart, QSize(kChartWidth, kChartHeight), scale));
            e.html = QStringLiteral("<p align=\"center\"><img src=\"%1\" width=\"%2\" height=\"%3\"></p>")
                         .arg(name)
                         .arg(qFloor(width))
                         .arg(height);
        }
        out << e;
    }
    return out;
}

QString htmlDocument(const RunResult& run, const QString& body)
{
    const QString lang = i18n::currentLanguage() == QLatin1String("zh_CN") ? QStringLiteral("zh-CN")
                                                                            : QStringLiteral("en");
    // For browsers only (Qt's rich text ignores what it does not know): a readable measure, the facts' labels.
    const QString screen = QStringLiteral(
        "body { max-width: 1000px; margin: 24px auto; padding: 0 16px; }\n"
        "table.facts td:first-child { font-weight: bold; white-space: nowrap; }\n"
        "div.titlepage { border-bottom: 2px solid #1a1a1a; margin-bottom: 16px; }\n"
        "div.chart { max-width: 960px; }\n"
        "td, pre { overflow-wrap: break-word; }\n");
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<meta name=\"generator\" content=\"OptiBench %2\">\n<title>%3</title>\n<style>\n%4%5"
                          "</style>\n</head>\n<body>\n")
               .arg(lang, QStringLiteral(OPTIBENCH_VERSION), reportTitle(run).toHtmlEscaped(), reportStyle(), screen)
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
    if (id == QLatin1String("roofline"))
        return tr("Each method and batch size against the machine's measured roofs: the closer to a roof, the less "
                  "there is left to gain.");
    if (id == QLatin1String("memory"))
        return tr("Per method: its weights at its precision, and the memory it keeps and peaks at above the process's "
                  "base (in MiB).");
    return {};
}

QByteArray reportHtml(const RunResult& run)
{
    const ReportContext ctx{run, ReportForm::Html, embedCharts(run, ReportForm::Html, nullptr)};
    return htmlDocument(run, reportBody(ctx)).toUtf8();
}

std::unique_ptr<QTextDocument> reportDocument(const RunResult& run)
{
    auto document = std::make_unique<QTextDocument>();
    document->setDefaultStyleSheet(reportStyle());
    document->setDocumentMargin(0);
    QFont font = document->defaultFont();
    font.setPointSizeF(10);
    // As the style sheet's body: Chinese in the Simplified Chinese forms of Noto Sans CJK, not whatever fontconfig
    // picks for Han (often the Japanese forms); used by the contents and the footers, which are not HTML.
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")});
    document->setDefaultFont(font);
    // Lines break between words only; long method ids and paths carry their own break points (breakable()).
    QTextOption option = document->defaultTextOption();
    option.setWrapMode(QTextOption::WordWrap);
    document->setDefaultTextOption(option);
    document->setPageSize(ReportPage::documentPageSize(kDocumentDpi));
    const ReportContext ctx{run, ReportForm::Pdf, embedCharts(run, ReportForm::Pdf, document.get())};
    document->setHtml(QStringLiteral("<html><body>") + reportBody(ctx) + QStringLiteral("</body></html>"));
    document->setMetaInformation(QTextDocument::DocumentTitle, reportTitle(run));
    keepHeadingsWithNext(*document);
    addContents(*document, tr("Contents"));
    return document;
}

QByteArray reportPdf(const RunResult& run)
{
    const auto document = reportDocument(run);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(reportTitle(run));
        writer.setCreator(QStringLiteral("OptiBench " OPTIBENCH_VERSION));
        writer.setResolution(int(kPdfDpi));
        printReport(*document, writer, reportTitle(run));
    }
    buffer.close();
    return bytes;
}

}  // namespace ob::report
