// SPDX-License-Identifier: MIT
#include "report/reportsections.h"

#include "report/detailsections.h"
#include "report/profilesection.h"
#include "report/reporttr.h"
#include "report/resultsections.h"
#include "report/summarysection.h"
#include "report/titlesection.h"

namespace ob::report {
namespace {


/// A heading that starts a new page in the PDF (and when a browser prints the HTML).
QString chapter(const QString& id, const QString& text)
{
    return QStringLiteral("<h2 id=\"%1\" style=\"page-break-before: always\">%2</h2>\n").arg(id, esc(text));
}

QString detailsChapter(const ReportContext&)
{
    return chapter(QStringLiteral("details"), tr("Details"));
}

}  // namespace

ReportSection ofRun(QString (*section)(const RunResult&))
{
    return [section](const ReportContext& ctx) { return section(ctx.run); };
}

QString chartsSection(const ReportContext& ctx)
{
    if (ctx.charts.isEmpty())
        return {};
    QString html = chapter(QStringLiteral("charts"), tr("Charts"));
    for (int i = 0; i < ctx.charts.size(); ++i) {
        const EmbeddedChart& c = ctx.charts[i];
        // PDF: two charts to a page, the first of each pair from the second page on starting the page.
        const bool newPage = ctx.form == ReportForm::Pdf && i > 0 && i % 2 == 0;
        html += QStringLiteral("<div class=\"chart\" id=\"chart-%1\"%2>\n")
                    .arg(c.id, newPage ? QStringLiteral(" style=\"page-break-before: always\"") : QString())
            + c.html + QLatin1Char('\n');
        html += QStringLiteral("<p class=\"caption\"><b>") + esc(tr("Figure %1.").arg(i + 1))
            + QStringLiteral("</b> ") + esc(c.caption.isEmpty() ? c.title : c.caption) + QStringLiteral("</p>\n");
        html += QStringLiteral("</div>\n");
    }
    return html;
}

QString reportBody(const ReportContext& ctx)
{
    // The sections in reading order: what a reader needs first, then the evidence, then the details.
    const ReportSection sections[] = {
        titleSection,
        summarySection,
        resultsSection,
        chartsSection,
        ofRun(profileSection),
        qualitySection,
        failuresSection,
        // The sections of other parts go here, one line each: `f` for QString f(const ReportContext&),
        // `ofRun(f)` for QString f(const RunResult&) (a profile, a comparison with earlier runs).
        detailsChapter,
        batchSection,
        seedSection,
        stepsSection,
        configurationSection,
        environmentSection,
    };
    QString html;
    for (const ReportSection& section : sections)
        html += section(ctx);
    return html;
}

QString reportStyle()
{
    return QStringLiteral(
        "body { font-family: 'DejaVu Sans', 'Noto Sans CJK SC', sans-serif; font-size: 10pt; "
        "color: #1a1a1a; }\n"
        "h1 { font-size: 22pt; margin-top: 60px; margin-bottom: 4px; }\n"
        "p.subtitle { font-size: 12pt; color: #444444; margin-bottom: 18px; }\n"
        "table.facts { margin-top: 12px; }\n"
        "h2 { font-size: 14pt; margin-top: 16px; margin-bottom: 6px; }\n"
        "h3 { font-size: 11pt; margin-top: 12px; margin-bottom: 4px; }\n"
        "p.meta { color: #555555; }\n"
        "p.note, p.caption { color: #444444; font-size: 8.5pt; }\n"
        "p.caption { margin-bottom: 12px; }\n"
        "table.data, table.facts { border-collapse: collapse; margin-top: 4px; margin-bottom: 4px; }\n"
        "td, th { font-family: 'DejaVu Sans Condensed', 'DejaVu Sans', 'Noto Sans CJK SC', sans-serif; "
        "font-size: 8pt; }\n"
        "table.data th { background-color: #e8eaee; text-align: left; font-weight: bold; }\n"
        "table.data td, table.data th { border: 1px solid #b0b4ba; padding: 2px 4px; }\n"
        "table.facts td { border: 0px; padding: 4px 6px; font-size: 10pt; vertical-align: top; }\n"
        "td.num { text-align: right; white-space: nowrap; }\n"
        "td.nowrap { white-space: nowrap; }\n"
        "td.label { white-space: nowrap; font-size: 10pt; }\n"
        "tr.failed td, h3.failed, p.error, pre.error { color: #b31d1d; }\n"
        "tr.flagged td, h3.flagged { color: #9a6700; }\n"
        "tr.na td, h3.na, li.na { color: #777777; }\n"
        "li.failed { color: #b31d1d; }\n"
        "li.flagged { color: #9a6700; }\n"
        "li.fastest { color: #1a5e20; }\n"
        "ul.summary { margin-left: 0px; }\n"
        "ul.summary li { font-size: 10.5pt; margin-bottom: 4px; }\n"
        "table.verdict { margin-top: 6px; margin-bottom: 14px; }\n"
        "td.verdict { font-size: 13pt; font-weight: bold; background-color: #eef3ee; }\n"
        "pre { font-family: 'DejaVu Sans Mono', 'Noto Sans Mono CJK SC', monospace; font-size: 8pt; "
        "white-space: pre-wrap; }\n"
        "div.chart { margin-top: 10px; page-break-inside: avoid; }\n");
}

}  // namespace ob::report
