// SPDX-License-Identifier: MIT
#include "report/profilesection.h"

#include <QBuffer>
#include <QImage>
#include <QSize>

#include "charts/profilechart.h"
#include "format/profiletext.h"
#include "report/chartrender.h"
#include "report/reportcharts.h"
#include "report/reporttr.h"
#include "results/profilecompare.h"

namespace ob::report {
namespace {

constexpr int kChartWidth = 860;
constexpr int kChartHeight = 420;
constexpr double kChartScale = 2.0;

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

/// A table like the other sections' (class "data"); `numeric` marks right-aligned columns.
QString table(const QStringList& header, const QList<QStringList>& rows, const QList<bool>& numeric)
{
    QString html =
        QStringLiteral("<table class=\"data\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n<thead><tr>");
    for (const auto& h : header)
        html += QStringLiteral("<th>") + esc(h) + QStringLiteral("</th>");
    html += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const auto& row : rows) {
        html += QStringLiteral("<tr>");
        for (qsizetype c = 0; c < row.size(); ++c)
            html += (c < numeric.size() && numeric[c] ? QStringLiteral("<td class=\"num\" align=\"right\" nowrap>")
                                                      : QStringLiteral("<td nowrap>"))
                + esc(row[c]) + QStringLiteral("</td>");
        html += QStringLiteral("</tr>\n");
    }
    return html + QStringLiteral("</tbody></table>\n");
}

QString percent(double share)
{
    return QString::number(100.0 * share, 'f', 1) + QLatin1Char('%');
}

QString methodPart(const MethodResult& r)
{
    const MethodProfile& p = *r.profile;
    QString html =
        QStringLiteral("<h3>") + esc(tr("%1, batch %2").arg(r.method).arg(p.batch)) + QStringLiteral("</h3>\n");
    for (const auto& line : profileCoverageText(p).split(QLatin1Char('\n')))
        html += QStringLiteral("<p class=\"note\">") + esc(line) + QStringLiteral("</p>\n");
    if (!p.ok() || p.rows.empty())
        return html;
    QList<QStringList> rows;
    for (const auto& row : p.rows) {
        if (rows.size() >= kProfileReportRows)
            break;
        rows << QStringList{row.op,
                            profileModuleText(row),
                            QString::number(row.calls, 'g', 4),
                            profileMsText(row.selfMs),
                            profileMsText(row.totalMs),
                            percent(row.share),
                            row.flops > 0 ? QString::number(row.gflops(), 'f', 2) : QStringLiteral("–"),
                            row.shapes.size() > 60 ? row.shapes.left(57) + QStringLiteral("...") : row.shapes};
    }
    html += table({tr("operator"), tr("module"), tr("calls"), tr("self (ms)"), tr("total (ms)"), tr("share"),
                   tr("GFLOP/s"), tr("input shapes")},
                  rows, {false, false, true, true, true, true, true, false});
    return html;
}

QString chartHtml(const RunResult& run)
{
    auto chart = profileReportChart(run);
    if (!chart)
        return {};
    const QStringList shown = static_cast<app::ProfileChart*>(chart.get())->shownMethods();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    report::chartImage(*chart, QSize(kChartWidth, kChartHeight), kChartScale).save(&buffer, "PNG");
    return QStringLiteral("<div class=\"chart\" id=\"chart-profile\">\n<p align=\"center\"><img "
                          "src=\"data:image/png;base64,%1\" width=\"%2\" height=\"%3\" alt=\"%4\"></p>\n")
               .arg(QString::fromLatin1(png.toBase64()))
               .arg(kChartWidth)
               .arg(kChartHeight)
               .arg(esc(chart->title()))
        + QStringLiteral("<p class=\"caption\">")
        + esc(shown.size() == 2
                  ? tr("Self time per forward of the operators that take longest in %1 or %2; a bar missing in one "
                       "of them: the operator does not run there (fused, folded or replaced).")
                        .arg(shown[0], shown[1])
                  : tr("Self time per forward of the operators that take longest in %1.").arg(shown.value(0)))
        + QStringLiteral("</p>\n</div>\n");
}

QString comparisonPart(const RunResult& run, const QString& base, const QString& other)
{
    const MethodResult* a = run.result(base);
    const MethodResult* b = run.result(other);
    QString html = QStringLiteral("<h3>") + esc(tr("%1 and %2 side by side").arg(base, other))
        + QStringLiteral("</h3>\n");
    QList<QStringList> rows;
    for (const auto& d : compareProfiles(*a->profile, *b->profile)) {
        if (rows.size() >= 2 * kProfileReportRows)
            break;
        rows << QStringList{d.op, d.baseCalls > 0 ? profileMsText(d.baseMs) : QStringLiteral("–"),
                            d.otherCalls > 0 ? profileMsText(d.otherMs) : QStringLiteral("–"),
                            profileChangeText(d.change)};
    }
    html += table({tr("operator"), tr("%1 (ms)").arg(base), tr("%1 (ms)").arg(other), tr("change")}, rows,
                  {false, true, true, false});
    return html;
}

}  // namespace

QString profileSection(const RunResult& run)
{
    bool any = false;
    for (const auto& r : run.results)
        any = any || r.profile.has_value();
    if (!any)
        return {};
    QString html = QStringLiteral("<h2 id=\"profile\" style=\"page-break-before: always\">")
        + esc(tr("Where the time goes")) + QStringLiteral("</h2>\n");
    html += QStringLiteral("<p class=\"note\">")
        + esc(tr("Each method ran again after its timing, under LibTorch's RecordFunction callbacks and the native "
                 "kernels' timers, outside the timed calls. Self time excludes the operators an operator calls; "
                 "shares add up to the profiled total."))
        + QStringLiteral("</p>\n");
    for (const auto& r : run.results)
        if (r.profile)
            html += methodPart(r);
    const auto [base, other] = defaultProfilePair(run);
    if (!base.isEmpty() && !other.isEmpty())
        html += comparisonPart(run, base, other);
    return html + chartHtml(run);
}

std::unique_ptr<app::ChartBase> profileReportChart(const RunResult& run)
{
    const auto profiled = profiledMethods(run);
    if (profiled.empty())
        return nullptr;
    auto chart = createChart(QStringLiteral("profile"));
    auto* profile = static_cast<app::ProfileChart*>(chart.get());
    profile->setRun(run);  // without methods: the default pair, or the only profiled method
    return chart;
}

}  // namespace ob::report
