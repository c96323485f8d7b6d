// SPDX-License-Identifier: MIT
#include "report/resultsections.h"

#include <cmath>

#include "diagnosis/catalog.h"
#include "diagnosis/titles.h"
#include "format/celltext.h"
#include "format/statstext.h"
#include "report/reporttr.h"

namespace ob::report {

QString resultsSection(const ReportContext& ctx)
{
    const RunResult& run = ctx.run;
    const QString failed = tr("failed (see Failures and diagnoses)");  // the report explains failures below
    // The jitter (standard deviation) is in the details and its chart: without it the method ids have room.
    const QStringList header{tr("method"),   tr("batch"),    tr("median (ms)"), tr("mean (ms)"),
                             tr("p99 (ms)"), tr("vs eager"), tr("status")};
    QList<Row> rows;
    QStringList classes;
    for (const auto& r : run.results) {
        const QString cls = rowClass(r);
        const int span = std::max(1, int(r.batches.size()));
        if (r.batches.empty()) {
            rows << Row{{r.method, Cell::Method}, {dash()}, {dash()}, {dash()}, {dash()}, {dash()},
                        {statusText(r, nullptr, failed)}};
            classes << cls;
            continue;
        }
        for (std::size_t i = 0; i < r.batches.size(); ++i) {
            const BatchResult& b = r.batches[i];
            const SpeedupEntry* sp = r.speedup(b.batch);
            Row row;
            if (i == 0)  // the method once, beside all its batch sizes
                row << Cell{r.method, Cell::Method, span};
            row << Cell{QString::number(b.batch), Cell::Number} << Cell{medianCiText(b), Cell::Number}
                << Cell{msText(b.latencyMs.mean), Cell::Number} << Cell{msText(b.latencyMs.p99), Cell::Number}
                << Cell{r.method == QLatin1String("eager") ? tr("baseline") : (sp ? speedupText(*sp) : dash()),
                        Cell::NoWrap}
                << Cell{statusText(r, &b, failed)};
            rows << row;
            classes << cls;
        }
    }
    QString html = heading(QStringLiteral("results"), tr("Results"))
        + table(ctx, header, rows, classes, QStringLiteral("data"), {0, 0, 0, 0, 0, 0, 24});
    html += paragraph(tr("Per call, in milliseconds. The median carries the half-width of its 95% bootstrap "
                         "confidence interval. \"vs eager\" is the ratio of the medians with its 95% CI; \"≈\" marks "
                         "a difference that is not significant (p ≥ 0.05 or the CI includes 1), which is not a win. "
                         "The jitter (standard deviation) of each measurement is in the details."),
                      QStringLiteral("note"));
    html += memoryBlock(ctx);
    if (!run.results.empty() && run.error.isEmpty())
        html += subheading(tr("How this run measured")) + notes(measurementNotes(run));
    return html;
}

QString memoryBlock(const ReportContext& ctx)
{
    QList<Row> rows;
    bool inexact = false;
    qint64 base = -1;
    for (const auto& r : ctx.run.results) {
        const MethodMemory& m = r.memory;
        if (!m.measured() && r.weightBytes < 0)
            continue;
        rows << Row{{r.method, Cell::Method},
                    {mibText(r.weightBytes), Cell::Number},
                    {mibText(m.peakRssBytes), Cell::Number},
                    {mibText(m.retainedBytes), Cell::Number},
                    {mibText(m.preparePeakBytes), Cell::Number},
                    {mibText(m.runPeakBytes), Cell::Number}};
        inexact = inexact || (m.measured() && !m.exact);
        if (m.baseBytes >= 0)
            base = std::max(base, m.baseBytes);
    }
    if (rows.isEmpty())
        return {};
    // The method column gets a share of the width: with short method names Qt's layout overran the page by a pixel.
    QString html = subheading(tr("Memory per method"))
        + table(ctx,
                {tr("method"), tr("weights (MiB)"), tr("peak resident (MiB)"), tr("kept (MiB)"),
                 tr("preparation peak (MiB)"), tr("call peak (MiB)")},
                rows, {}, QStringLiteral("data"), {30});
    QString note = tr("Weights: what one forward reads, at the method's precision. Peak resident: a process that held "
                      "only this method. Kept: what the prepared method keeps resident. The peaks during its "
                      "preparation and its calls are above the memory before them.");
    if (base >= 0)
        note += QLatin1Char(' ') + tr("The process held %1 MiB before any method (runtime, model, inputs).")
                                       .arg(mibText(base));
    if (inexact)
        note += QLatin1Char(' ') + tr("This system cannot reset the peak: the peaks are upper bounds.");
    return html + paragraph(note, QStringLiteral("note"));
}

QString qualitySection(const ReportContext& ctx)
{
    QList<Row> rows;
    QStringList classes;
    for (const auto& r : ctx.run.results) {
        const QString ci = r.scoreCi ? QStringLiteral("%1 – %2").arg(QString::number(r.scoreCi->low, 'f', 6),
                                                                     QString::number(r.scoreCi->high, 'f', 6))
                                     : dash();
        Row row{{r.method, Cell::Method}, {r.score ? QString::number(*r.score, 'f', 6) : dash(), Cell::Number},
                {ci, Cell::Number}};
        if (r.fidelity && r.fidelity->finite)
            row << Cell{QString::number(r.fidelity->maxAbsError, 'e', 2), Cell::Number}
                << Cell{QString::number(r.fidelity->cosine, 'f', 6), Cell::Number}
                << Cell{QString::number(r.fidelity->relL2Error, 'e', 2), Cell::Number}
                << Cell{std::isfinite(r.fidelity->argmaxAgreement)
                            ? QString::number(r.fidelity->argmaxAgreement, 'f', 1) : dash(), Cell::Number};
        else
            row << Cell{r.fidelity ? tr("NaN/Inf") : dash()} << Cell{dash()} << Cell{dash()} << Cell{dash()};
        row << Cell{r.flags.isEmpty() ? dash() : flagsText(r.flags)};
        rows << row;
        classes << rowClass(r);
    }
    return heading(QStringLiteral("quality"), tr("Score and fidelity"))
        + table(ctx,
                {tr("method"), tr("score"), tr("score 95% CI"), tr("max |Δ score|"), tr("logit cosine"),
                 tr("relative L2 error"), tr("argmax agreement (%)"), tr("flags")},
                rows, classes, QStringLiteral("data"), {0, 0, 0, 0, 0, 0, 0, 16})
        + paragraph(tr("Score: mean reasoning score over the evaluation set. Fidelity compares each method's answers "
                       "with eager's on the same inputs."),
                    QStringLiteral("note"));
}

QString failuresSection(const ReportContext& ctx)
{
    QString html;
    for (const auto& r : ctx.run.results) {
        if (r.status != MethodStatus::Failed && r.diagnosis.isEmpty())
            continue;
        const QString cls = r.status == MethodStatus::Failed ? QStringLiteral("failed")
            : (r.status == MethodStatus::NotApplicable ? QStringLiteral("na") : QStringLiteral("flagged"));
        const QString verdict = r.status == MethodStatus::Failed ? tr("failed")
            : (r.status == MethodStatus::NotApplicable ? tr("not applicable") : tr("flagged"));
        html += subheading(r.method + QStringLiteral(": ") + verdict, cls);
        if (!r.error.isEmpty() && r.status != MethodStatus::NotApplicable)  // its reason is in the diagnosis
            html += QStringLiteral("<p><b>") + esc(tr("Error (as LibTorch wrote it):")) + QStringLiteral("</b></p>\n")
                + QStringLiteral("<pre class=\"error\">") + prose(ctx, r.error) + QStringLiteral("</pre>\n");
        if (!r.diagnosis.isEmpty()) {
            const auto d = renderDiagnosis(r.diagnosis);
            html += QStringLiteral("<p><b>") + esc(tr("Cause:")) + QStringLiteral("</b> ") + prose(ctx, d.cause)
                + QStringLiteral("</p>\n");
            if (!d.fix.isEmpty())
                html += QStringLiteral("<p><b>") + esc(tr("Fix:")) + QStringLiteral("</b> ") + prose(ctx, d.fix)
                    + QStringLiteral("</p>\n");
        } else if (r.status == MethodStatus::Failed) {
            html += paragraph(tr("No known diagnosis matches this error."));
        }
    }
    if (html.isEmpty())
        html = paragraph(tr("No method failed or was flagged."));
    return heading(QStringLiteral("failures"), tr("Failures and diagnoses")) + html;
}

}  // namespace ob::report
