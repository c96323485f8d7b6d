// SPDX-License-Identifier: MIT
#include "report/titlesection.h"

#include <QFileInfo>
#include <QLocale>

#include "format/runfacts.h"
#include "format/runsummary.h"
#include "format/verdict.h"
#include "i18n/language.h"
#include "report/reporttr.h"
#include "results/environment.h"

namespace ob::report {
namespace {

QString dateText(const RunResult& run)
{
    if (!run.started.isValid())
        return dash();
    const QLocale locale = i18n::currentLocale();
    QString text = locale.toString(run.started.toLocalTime(), QLocale::LongFormat);
    if (run.finished.isValid()) {
        const qint64 s = run.started.secsTo(run.finished);
        text += QStringLiteral(" (") + (s >= 60 ? tr("took %1 min %2 s").arg(s / 60).arg(s % 60)
                                                : tr("took %1 s").arg(s))
            + QLatin1Char(')');
    }
    return text;
}

QString methodsText(const RunResult& run)
{
    int failed = 0;
    int notApplicable = 0;
    for (const auto& r : run.results) {
        failed += r.status == MethodStatus::Failed ? 1 : 0;
        notApplicable += r.status == MethodStatus::NotApplicable ? 1 : 0;
    }
    QStringList batches;
    for (int b : run.config.batches)
        batches << QString::number(b);
    QString text = tr("%n method(s) at batch sizes %1", nullptr, int(run.results.size()))
                       .arg(batches.join(QStringLiteral(", ")));
    if (failed > 0)
        text += i18n::clauseSeparator() + tr("%n failed", nullptr, failed);
    if (notApplicable > 0)
        text += i18n::clauseSeparator() + tr("%n not applicable to this model", nullptr, notApplicable);
    return text;
}

}  // namespace

QString reportTitle(const RunResult& run)
{
    if (run.config.model == QLatin1String("torchscript") && !run.config.modelFile.isEmpty())
        return tr("OptiBench report: %1").arg(QFileInfo(run.config.modelFile).fileName());
    return tr("OptiBench report: %1 model").arg(run.config.model);
}

QString titleSection(const ReportContext& ctx)
{
    const RunResult& run = ctx.run;
    QString html = QStringLiteral("<h1 class=\"title\">") + esc(reportTitle(run)) + QStringLiteral("</h1>\n")
        + paragraph(methodsText(run), QStringLiteral("subtitle"));
    if (const QString verdict = verdictText(summarizeRun(run)); !verdict.isEmpty())
        html += QStringLiteral("<table class=\"verdict\" width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"8\">"
                               "<tr><td class=\"verdict\">")
            + prose(ctx, verdict) + QStringLiteral("</td></tr></table>\n");
    if (!run.error.isEmpty())
        html += paragraph(tr("The run failed: %1").arg(run.error), QStringLiteral("error"));
    if (run.cancelled)
        html += paragraph(tr("The run was cancelled; finished results are kept."), QStringLiteral("error"));
    const QList<Row> facts{
        {{tr("Model"), Cell::Label}, {modelFacts(run)}},
        {{tr("Machine"), Cell::Label}, {machineFacts(run)}},
        {{tr("Date"), Cell::Label}, {dateText(run)}},
        {{tr("OptiBench"), Cell::Label}, {run.toolVersion.isEmpty() ? versionString() : run.toolVersion}},
    };
    html += table(ctx, {}, facts, {}, QStringLiteral("facts"));
    // The title page ends here in the PDF (and in print): the PDF adds its contents below.
    html += QStringLiteral("<p class=\"endtitle\" style=\"page-break-after: always\">&nbsp;</p>\n");
    return QStringLiteral("<div class=\"titlepage\">\n") + html + QStringLiteral("</div>\n");
}

}  // namespace ob::report
