// SPDX-License-Identifier: MIT
#include "report/comparereport.h"

#include <QBuffer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QScreen>
#include <QTextDocument>
#include <QUrl>

#include <memory>

#include "charts/comparechart.h"
#include "config/files.h"
#include "format/celltext.h"
#include "format/comparetext.h"
#include "i18n/language.h"
#include "optibench/version.h"
#include "report/chartrender.h"
#include "report/reportsections.h"
#include "report/reporttr.h"

namespace ob::report {
namespace {

constexpr int kChartWidth = 860;
constexpr int kChartHeight = 480;
constexpr double kPdfChartScale = 3.15; // about 300 DPI printed 9 inches wide

QString cell(const QString& text, bool numeric = false, const QString& colour = {})
{
    const QString style = colour.isEmpty() ? QString() : QStringLiteral(" style=\"color: %1\"").arg(colour);
    return (numeric ? QStringLiteral("<td class=\"num\" align=\"right\" nowrap%1>") : QStringLiteral("<td%1>"))
               .arg(style)
        + esc(text) + QStringLiteral("</td>");
}

QString headerRow(const QStringList& header)
{
    QString html = QStringLiteral("<thead><tr>");
    for (const auto& h : header)
        html += QStringLiteral("<th>") + esc(h) + QStringLiteral("</th>");
    return html + QStringLiteral("</tr></thead>\n");
}

QString tableStart()
{
    return QStringLiteral("<table class=\"data\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n");
}

QString colourOf(const BatchChange& c)
{
    if (c.regression)
        return app::CompareChart::kRegressionColour.name();
    if (c.improvement)
        return app::CompareChart::kImprovementColour.name();
    return {};
}

/// One table per compared run: method, batch, medians, change, interval, p, verdict.
QString changesTable(const RunComparison& c)
{
    QString html = tableStart()
        + headerRow({tr("method"), tr("batch"), tr("reference (ms)"), tr("this run (ms)"), tr("change"), tr("interval"),
            tr("p"), tr("processes"), tr("verdict")})
        + QStringLiteral("<tbody>\n");
    for (const auto& b : c.batches) {
        const QString colour = colourOf(b);
        html += QStringLiteral("<tr>") + cell(b.method, false, colour) + cell(QString::number(b.batch), true, colour)
            + cell(msText(b.referenceMs), true, colour) + cell(msText(b.otherMs), true, colour)
            + cell(changeText(b.ratio), true, colour) + cell(changeIntervalText(b.ci), true, colour)
            + cell(b.pValue < 0.001 ? QStringLiteral("<0.001") : QString::number(b.pValue, 'f', 3), true, colour)
            + cell(QStringLiteral("%1/%2").arg(b.referenceProcesses).arg(b.otherProcesses), true, colour)
            + cell(verdictText(b), false, colour) + QStringLiteral("</tr>\n");
    }
    return html + QStringLiteral("</tbody></table>\n");
}

/// The conditions of every run side by side: one row per key that differs somewhere, one column per run.
QString conditionsTable(const CompareSet& set)
{
    const auto rows = conditionRows(set);
    if (rows.empty())
        return {};
    QStringList header{tr("what"), set.referenceLabel};
    header += set.labels;
    QString html = tableStart() + headerRow(header) + QStringLiteral("<tbody>\n");
    const auto shown = [](const QString& v) { return v.isEmpty() ? QStringLiteral("–") : v; };
    for (const auto& row : rows) {
        html += QStringLiteral("<tr>") + cell(row.label) + cell(shown(row.reference));
        for (const auto& v : row.others)
            html += cell(shown(v), false, v != row.reference ? QStringLiteral("#9a6700") : QString());
        html += QStringLiteral("</tr>\n");
    }
    return html + QStringLiteral("</tbody></table>\n");
}

std::unique_ptr<app::CompareChart> chartOf(const CompareSet& set)
{
    auto chart = std::make_unique<app::CompareChart>();
    chart->setExportStyle();
    chart->setComparison(set);
    return chart;
}

QString inlineSvg(app::ChartBase& chart)
{
    QString svg = QString::fromUtf8(chartToSvg(chart, QSize(kChartWidth, kChartHeight)));
    const auto start = svg.indexOf(QStringLiteral("<svg"));
    if (start < 0)
        return {};
    svg = svg.mid(start);
    static const QRegularExpression size(QStringLiteral("^<svg([^>]*?)\\s+width=\"[^\"]*\"\\s+height=\"[^\"]*\""));
    svg.replace(size, QStringLiteral("<svg\\1 width=\"100%\" role=\"img\""));
    return QStringLiteral("<div class=\"chart\">") + svg + QStringLiteral("</div>\n");
}

QString documentTitle(const CompareSet& set)
{
    return tr("OptiBench comparison: %1 against %2").arg(set.labels.join(QStringLiteral(", ")), set.referenceLabel);
}

} // namespace

QString compareSectionHtml(const CompareSet& set, const QString& chartHtml)
{
    QString html = QStringLiteral("<h2 id=\"comparison\">%1</h2>\n")
                       .arg(esc(tr("Comparison with %1 (the reference)").arg(set.referenceLabel)));
    html += QStringLiteral("<p class=\"note\">%1</p>\n")
                .arg(esc(tr("The change of each median latency against the reference (+ is slower), its interval and "
                            "verdict. Red: a regression beyond the threshold; green: an improvement.")));
    for (std::size_t i = 0; i < set.comparisons.size(); ++i) {
        const RunComparison& c = set.comparisons[i];
        html += QStringLiteral("<h3>%1</h3>\n").arg(esc(set.labels.value(static_cast<qsizetype>(i))));
        html += changesTable(c);
        html += QStringLiteral("<p class=\"note\">%1</p>\n").arg(esc(variationText(c)));
        if (const QString busy = busyText(c); !busy.isEmpty())
            html += QStringLiteral("<p class=\"note\">%1</p>\n").arg(esc(busy));
        html += QStringLiteral("<p>%1</p>\n").arg(esc(countsText(c)));
        if (const QString gate = gateText(c); !gate.isEmpty())
            html += QStringLiteral("<p%1><b>%2</b></p>\n")
                        .arg(c.gateFailed() ? QStringLiteral(" class=\"error\"") : QString(), esc(gate));
        if (!c.methods.empty()) {
            html += QStringLiteral("<p>%1</p>\n<ul>\n").arg(esc(tr("Methods that changed:")));
            for (const auto& m : c.methods)
                html += QStringLiteral("<li>%1: %2</li>\n").arg(esc(m.method), esc(methodChangeText(m)));
            html += QStringLiteral("</ul>\n");
        }
        if (!c.notCompared.isEmpty())
            html += QStringLiteral("<p class=\"note\">%1</p>\n")
                        .arg(esc(tr("Measured in one run only (not compared): %1")
                                     .arg(c.notCompared.join(QStringLiteral(", ")))));
    }
    html += chartHtml;
    if (const QString conditions = conditionsTable(set); !conditions.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3>\n").arg(esc(tr("Conditions that differ")));
        html += QStringLiteral("<p class=\"note\">%1</p>\n")
                    .arg(esc(tr("Environment, machine load and configuration where a run differs from the reference "
                                "(values that differ are in amber); the load is always listed.")));
        html += conditions;
    }
    return html;
}

QByteArray compareReportHtml(const CompareSet& set)
{
    auto chart = chartOf(set);
    const QString lang
        = i18n::currentLanguage() == QLatin1String("zh_CN") ? QStringLiteral("zh-CN") : QStringLiteral("en");
    const QString body = QStringLiteral("<h1>%1</h1>\n").arg(esc(documentTitle(set)))
        + compareSectionHtml(set, set.comparisons.empty() ? QString() : inlineSvg(*chart));
    return (QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                           "<meta name=\"generator\" content=\"OptiBench %2\">\n<title>%3</title>\n<style>\n%4"
                           "div.chart { max-width: 960px; }\n</style>\n</head>\n<body>\n")
                .arg(lang, QStringLiteral(OPTIBENCH_VERSION), esc(documentTitle(set)), reportStyle())
        + body + QStringLiteral("</body>\n</html>\n"))
        .toUtf8();
}

QByteArray compareReportPdf(const CompareSet& set)
{
    QTextDocument document;
    document.setDefaultStyleSheet(reportStyle());
    document.setDocumentMargin(0);
    QFont font = document.defaultFont();
    font.setPointSizeF(9.5);
    document.setDefaultFont(font);
    QString chartHtml;
    if (!set.comparisons.empty()) {
        auto chart = chartOf(set);
        document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart-compare")),
            chartImage(*chart, QSize(kChartWidth, kChartHeight), kPdfChartScale));
        chartHtml = QStringLiteral("<p align=\"center\"><img src=\"chart-compare\" width=\"%1\" height=\"%2\"></p>")
                        .arg(kChartWidth)
                        .arg(kChartHeight);
    }
    document.setHtml(QStringLiteral("<html><body><h1>%1</h1>").arg(esc(documentTitle(set)))
        + compareSectionHtml(set, chartHtml) + QStringLiteral("</body></html>"));
    document.setMetaInformation(QTextDocument::DocumentTitle, documentTitle(set));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(documentTitle(set));
    writer.setCreator(QStringLiteral("OptiBench " OPTIBENCH_VERSION));
    writer.setResolution(300);
    const QPageLayout layout(
        QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setPageLayout(layout);
    // As the run report: paginate in screen pixels so that the chart's pixel width maps to the printable width.
    const QScreen* screen = QGuiApplication::primaryScreen();
    const double dpi = screen ? screen->logicalDotsPerInchX() : 96.0;
    const QSizeF printable = layout.paintRect(QPageLayout::Inch).size();
    document.setPageSize(QSizeF(printable.width() * dpi, printable.height() * dpi));
    document.print(&writer);
    buffer.close();
    return bytes;
}

MaybeError writeCompareReport(const CompareSet& set, const QString& path, const QString& field)
{
    const bool pdf = QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0;
    return writeFileAtomically(path, pdf ? compareReportPdf(set) : compareReportHtml(set), field);
}

} // namespace ob::report
