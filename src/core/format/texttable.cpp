// SPDX-License-Identifier: MIT
#include "format/texttable.h"
#include "i18n/tr.h"

#include <QCoreApplication>
#include <QStringList>

#include <cmath>

#include "config/validation.h"
#include "diagnosis/catalog.h"
#include "diagnosis/fixrules.h"
#include "format/celltext.h"
#include "format/runsummary.h"
#include "format/statstext.h"

namespace ob {
namespace {

QString failedText(const MethodResult& r)
{
    QString e = r.error.section(QLatin1Char('\n'), 0, 0);
    if (e.size() > 70)
        e = e.left(67) + QStringLiteral("...");
    return tr("failed: %1").arg(e);
}

QString pad(const QString& text, int width, bool right)
{
    const int fill = std::max(0, width - displayWidth(text));
    return right ? QString(fill, QLatin1Char(' ')) + text : text + QString(fill, QLatin1Char(' '));
}

}  // namespace

int displayWidth(const QString& text)
{
    int w = 0;
    for (const QChar c : text) {
        const auto u = c.unicode();
        w += (u >= 0x1100 && (u <= 0x115f || (u >= 0x2e80 && u <= 0xa4cf) || (u >= 0xac00 && u <= 0xd7a3)
                              || (u >= 0xf900 && u <= 0xfaff) || (u >= 0xfe30 && u <= 0xfe4f)
                              || (u >= 0xff00 && u <= 0xff60) || (u >= 0xffe0 && u <= 0xffe6)))
            ? 2
            : 1;
    }
    return w;
}

namespace {

const bool kRightAligned[] = {false, true, true, true, true, true, false, true, false, false, true, false};

QStringList tableHeader()
{
    return {tr("method"),   tr("batch"),       tr("latency (ms)"), tr("jitter (ms)"), tr("p99 (ms)"), tr("median (ms)"),
            tr("vs eager"), tr("roofline"),    tr("score"),        tr("fidelity"),    tr("memory (MiB)"), tr("status")};
}

/// One row per method x batch; one row of dashes for a method without measured batches.
QList<QStringList> tableRows(const RunResult& run)
{
    QList<QStringList> rows;
    const QString dash = QStringLiteral("-");
    for (const auto& r : run.results) {
        const QString score = scoreText(run, r);
        if (r.batches.empty()) {
            rows << QStringList{r.method, dash, dash, dash, dash, dash, dash, dash, score, fidelityText(r),
                                mibText(r.memory.peakRssBytes), statusText(r, nullptr, failedText(r))};
            continue;
        }
        for (const auto& b : r.batches) {
            const SpeedupEntry* sp = r.speedup(b.batch);
            rows << QStringList{r.method,
                                QString::number(b.batch),
                                msText(b.latencyMs.mean),
                                msText(b.latencyMs.std),
                                msText(b.latencyMs.p99),
                                medianCiText(b),
                                r.method == QLatin1String("eager") ? tr("baseline") : (sp ? speedupText(*sp) : dash),
                                rooflineText(b),
                                score,
                                fidelityText(r),
                                mibText(r.memory.peakRssBytes),
                                statusText(r, &b, failedText(r))};
        }
    }
    return rows;
}

/// The header, a rule and the rows in columns as wide as their widest cell (the last column unpadded).
QString layOut(const QStringList& header, const QList<QStringList>& rows)
{
    QList<int> widths;
    for (const auto& h : header)
        widths << displayWidth(h);
    for (const auto& row : rows)
        for (int i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(row[i]));
    auto line = [&](const QStringList& cells) -> QString {
        QStringList out;
        for (int i = 0; i < cells.size(); ++i)
            out << pad(cells[i], i + 1 == cells.size() ? 0 : widths[i], kRightAligned[i]);
        return out.join(QStringLiteral("  ")).trimmed() + QLatin1Char('\n');
    };
    QString text = line(header);
    QStringList rule;
    for (int w : widths)
        rule << QString(w, QLatin1Char('-'));
    text += rule.join(QStringLiteral("  ")) + QLatin1Char('\n');
    for (const auto& row : rows)
        text += line(row);
    return text;
}

QString verdictText(const MethodResult& r)
{
    switch (r.status) {
    case MethodStatus::Failed: return tr("failed");
    case MethodStatus::NotApplicable: return tr("not applicable");
    default: return tr("flagged");
    }
}

/// The fixes worth trying, as options of optibench-cli (the diagnoses themselves name no option: the window and the
/// report show them too).
QString commandLineFixes(const RunResult& run, const MethodResult& r)
{
    QStringList out;
    for (const FixAction& fix : helpfulFixes(run, r.method, r.diagnosis)) {
        if (fix.kind == QLatin1String("machine"))
            out << QStringLiteral("optibench-cli roofline --remeasure");
        else if (fix.kind == QLatin1String("method"))
            out << QStringLiteral("--methods ") + fix.value;
        else if (fix.kind == QLatin1String("setting"))
            out << (configKeys().contains(fix.key) ? QStringLiteral("--%1 %2").arg(fix.key, fix.value)
                                                   : QStringLiteral("--option %1=%2").arg(fix.key, fix.value));
    }
    return out.join(tr(" or ", "alternatives on the command line"));
}

/// One block per failed, flagged or not applicable method: its error, the diagnosed cause and the fix.
QString diagnosisNotes(const RunResult& run)
{
    QString notes;
    for (const auto& r : run.results) {
        if (r.status != MethodStatus::Failed && r.diagnosis.isEmpty())
            continue;
        notes += QLatin1Char('\n') + r.method + QStringLiteral(": ") + verdictText(r) + QLatin1Char('\n');
        if (!r.error.isEmpty() && r.status != MethodStatus::NotApplicable)  // its reason is in the diagnosis
            notes += QStringLiteral("  ") + tr("error:") + QLatin1Char(' ') + r.error + QLatin1Char('\n');
        if (!r.diagnosis.isEmpty()) {
            const auto d = renderDiagnosis(r.diagnosis);
            notes += QStringLiteral("  ") + tr("cause:") + QLatin1Char(' ') + d.cause + QLatin1Char('\n');
            if (!d.fix.isEmpty())
                notes += QStringLiteral("  ") + tr("fix:") + QLatin1Char(' ') + d.fix + QLatin1Char('\n');
            if (const QString options = commandLineFixes(run, r); !options.isEmpty())
                notes += QStringLiteral("  ") + tr("on the command line:") + QLatin1Char(' ') + options + QLatin1Char('\n');
        }
    }
    return notes;
}

/// The run's own notes: why it failed or stopped, and the roofs the roofline column refers to.
QString runNotes(const RunResult& run)
{
    QString notes;
    if (!run.error.isEmpty())
        notes += QLatin1Char('\n') + tr("The run failed: %1").arg(run.error) + QLatin1Char('\n');
    if (run.cancelled)
        notes += QLatin1Char('\n') + tr("The run was cancelled; finished results are kept.") + QLatin1Char('\n');
    if (run.machine)
        notes += QLatin1Char('\n')
            + tr("roofline: % of the least time this core allows (%1 GFLOP/s fp32, %2 GOP/s int8; %3 / %4 / %5 / %6 "
                 "GB/s from L1 / L2 / L3 / DRAM), at the median latency.")
                  .arg(qRound(run.machine->peakGflopsFp32))
                  .arg(qRound(run.machine->peakGopsInt8))
                  .arg(qRound(run.machine->bandwidthL1))
                  .arg(qRound(run.machine->bandwidthL2))
                  .arg(qRound(run.machine->bandwidthL3))
                  .arg(QString::number(run.machine->bandwidthDram, 'f', 1))
            + (run.machine->peakGflopsBf16 > 0
                   ? QLatin1Char(' ') + tr("bf16 arithmetic is held to its own roof, %1 GFLOP/s.")
                                            .arg(qRound(run.machine->peakGflopsBf16))
                   : QString())
            + QLatin1Char('\n');
    return notes;
}

}  // namespace

QString runToText(const RunResult& run)
{
    QString notes;
    if (const QString summary = summaryText(summarizeRun(run)); !summary.isEmpty())
        notes += QLatin1Char('\n') + summary;
    if (!run.results.empty() && run.error.isEmpty())
        notes += QLatin1Char('\n') + measurementNotes(run);
    return layOut(tableHeader(), tableRows(run)) + notes + diagnosisNotes(run) + runNotes(run);
}

}  // namespace ob
