// SPDX-License-Identifier: MIT
#include "report/summarysection.h"

#include "format/runsummary.h"
#include "report/reporttr.h"

namespace ob::report {
namespace {

QString lineClass(SummaryLine::Kind kind)
{
    switch (kind) {
    case SummaryLine::Kind::Fastest: return QStringLiteral("fastest");
    case SummaryLine::Kind::Drifted: return QStringLiteral("flagged");
    case SummaryLine::Kind::Failed: return QStringLiteral("failed");
    case SummaryLine::Kind::NotApplicable:
    case SummaryLine::Kind::Cancelled: return QStringLiteral("na");
    case SummaryLine::Kind::NoneFaster:
    case SummaryLine::Kind::Note: break;
    }
    return {};
}

}  // namespace

QString summarySection(const ReportContext& ctx)
{
    const QList<SummaryLine> lines = summaryItems(summarizeRun(ctx.run));
    if (lines.isEmpty())
        return {};
    QString html = heading(QStringLiteral("summary"), tr("Summary")) + QStringLiteral("<ul class=\"summary\">\n");
    for (const auto& line : lines) {
        const QString cls = lineClass(line.kind);
        html += (cls.isEmpty() ? QStringLiteral("<li>") : QStringLiteral("<li class=\"%1\">").arg(cls))
            + prose(ctx, line.text) + QStringLiteral("</li>\n");
    }
    html += QStringLiteral("</ul>\n");
    return html
        + paragraph(tr("Faithful: outputs within the run's drift limits against eager's. A speed-up counts when it is "
                       "significant (p < 0.05 and its 95% CI excludes 1)."),
                    QStringLiteral("note"));
}

}  // namespace ob::report
