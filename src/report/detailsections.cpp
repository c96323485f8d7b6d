// SPDX-License-Identifier: MIT
#include "report/detailsections.h"

#include <QJsonArray>
#include <QJsonObject>

#include "format/celltext.h"
#include "format/configtext.h"
#include "format/seed_comparison.h"
#include "report/reporttr.h"
#include "results/environment.h"

namespace ob::report {
namespace {

/// How a measurement ended, in words: the stop rule, blocks, outliers and whether it was steady.
QString measurementText(const BatchResult& b)
{
    QStringList parts{stopRuleText(b.stopRule)};
    if (b.block > 1)
        parts << tr("blocks of %1 calls").arg(b.block);
    if (b.outliers > 0)
        parts << (b.outliersExcluded ? tr("%n outlier(s) excluded", nullptr, b.outliers)
                                     : tr("%n outlier(s)", nullptr, b.outliers));
    if (!b.steady)
        parts << tr("not steady");
    parts.removeAll(QString());
    return parts.join(QStringLiteral(", "));
}

QString environmentValue(const QJsonValue& v)
{
    if (v.isArray()) {
        QStringList items;
        for (const auto& item : v.toArray())
            items << environmentValue(item);
        return items.join(QStringLiteral(", "));
    }
    if (v.isBool())
        return v.toBool() ? tr("yes") : tr("no");
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 10);
    if (v.isNull())
        return dash();
    return v.toString();
}

}  // namespace

QString batchSection(const ReportContext& ctx)
{
    QList<Row> rows;
    for (const auto& r : ctx.run.results)
        for (std::size_t i = 0; i < r.batches.size(); ++i) {
            const BatchResult& b = r.batches[i];
            Row row;
            if (i == 0)
                row << Cell{r.method, Cell::Method, int(r.batches.size())};
            row << Cell{QString::number(b.batch), Cell::Number} << Cell{QString::number(b.calls), Cell::Number}
                << Cell{msText(b.latencyMs.mean), Cell::Number} << Cell{msText(b.latencyMs.std), Cell::Number}
                << Cell{msText(b.medianMs) + QStringLiteral(" (") + msText(b.medianCiMs.low) + QStringLiteral("–")
                            + msText(b.medianCiMs.high) + QLatin1Char(')'),
                        Cell::Number}
                << Cell{msText(b.latencyMs.p99), Cell::Number}
                << Cell{QString::number(b.throughputPerS, 'f', 0), Cell::Number} << Cell{measurementText(b)}
                << Cell{rooflineText(b), Cell::Number};
            rows << row;
        }
    if (rows.isEmpty())
        return heading(QStringLiteral("batches"), tr("Per batch size")) + paragraph(tr("Nothing was measured."));
    return heading(QStringLiteral("batches"), tr("Per batch size"))
        + table(ctx,
                {tr("method"), tr("batch"), tr("calls"), tr("mean (ms)"), tr("std (ms)"),
                 tr("median (ms) and its 95% CI"), tr("p99 (ms)"), tr("samples/s"), tr("measurement"), tr("roofline")},
                rows, {}, QStringLiteral("data"), {0, 0, 0, 0, 0, 0, 0, 0, 17, 0})
        + paragraph(tr("Roofline: the share of the least time the machine's measured roofs allow, and what bounds "
                       "it (compute, or the cache level or memory the weights are read from)."),
                    QStringLiteral("note"));
}

QString seedSection(const ReportContext& ctx)
{
    QList<Row> rows;
    for (const auto& s : seedComparison(ctx.run)) {
        if (s.originalMs < 0 || s.optimizedMs < 0)
            continue;
        const auto ratio = [](double a, double b) -> QString {
            return b > 0 ? QString::number(a / b, 'f', 1) + QStringLiteral("×") : dash();
        };
        rows << Row{{QString::number(s.batch), Cell::Number},
                    {msText(s.seedOriginalMs), Cell::Number},
                    {msText(s.seedOptimizedMs), Cell::Number},
                    {ratio(s.seedOriginalMs, s.seedOptimizedMs), Cell::Number},
                    {msText(s.originalMs), Cell::Number},
                    {msText(s.optimizedMs), Cell::Number},
                    {ratio(s.originalMs, s.optimizedMs), Cell::Number}};
    }
    if (rows.isEmpty())
        return {};
    return heading(QStringLiteral("seed"), tr("Against the seed report"))
        + table(ctx,
                {tr("batch"), tr("seed: original (ms)"), tr("seed: optimized (ms)"), tr("seed: speed-up"),
                 tr("here: eager (ms)"), tr("here: %1 (ms)").arg(kSeedOptimizedMethod), tr("here: speed-up")},
                rows)
        + paragraph(tr("The seed's numbers were measured on an unknown machine; they are claims, not targets. This "
                       "run's numbers are means on this machine."),
                    QStringLiteral("note"));
}

QString stepsSection(const ReportContext& ctx)
{
    QList<Row> rows;
    for (const auto& r : ctx.run.results) {
        if (r.steps.empty())
            continue;
        for (std::size_t i = 0; i < r.steps.size(); ++i) {
            const StepResult& s = r.steps[i];
            Row row;
            if (i == 0)
                row << Cell{r.method + QStringLiteral(" (") + tr("setup %1 ms").arg(QString::number(r.setupMs, 'f', 1))
                                + QLatin1Char(')'),
                            Cell::Method, int(r.steps.size())};
            const QString status = s.status == QLatin1String("ok") ? tr("ok")
                : s.status == QLatin1String("skipped")              ? tr("skipped")
                                                                    : tr("failed");
            const QString what = s.status == QLatin1String("failed") ? s.error.section(QLatin1Char('\n'), 0, 0)
                                                                     : s.message;
            row << Cell{s.strategy, Cell::Method} << Cell{status}
                << Cell{QString::number(s.setupMs, 'f', 1), Cell::Number} << Cell{what.isEmpty() ? dash() : what};
            rows << row;
        }
    }
    if (rows.isEmpty())
        return {};
    return heading(QStringLiteral("steps"), tr("Steps of each method"))
        + table(ctx, {tr("method"), tr("step"), tr("status"), tr("time (ms)"), tr("what it did")}, rows, {},
                QStringLiteral("data"), {0, 0, 0, 0, 50});
}

QString configurationSection(const ReportContext& ctx)
{
    QList<Row> rows;
    for (const auto& s : configurationTexts(ctx.run.config))
        rows << Row{{s.label}, {s.value}};
    return heading(QStringLiteral("configuration"), tr("Configuration"))
        + table(ctx, {tr("setting"), tr("value")}, rows, {}, QStringLiteral("data settings"), {35, 65});
}

QString environmentSection(const ReportContext& ctx)
{
    const RunResult& run = ctx.run;
    QList<Row> rows;
    for (auto it = run.environment.begin(); it != run.environment.end(); ++it) {
        if (it.value().isObject()) {  // e.g. "extra": one row per inner key, under the outer label
            const QJsonObject inner = it.value().toObject();
            for (auto jt = inner.begin(); jt != inner.end(); ++jt)
                rows << Row{{environmentLabel(it.key() + QLatin1Char('.') + jt.key())}, {environmentValue(jt.value())}};
            continue;
        }
        rows << Row{{environmentLabel(it.key())}, {environmentValue(it.value())}};
    }
    rows << Row{{tr("Timer resolution (ns)")}, {QString::number(run.timer.resolutionNs, 'f', 1)}};
    rows << Row{{tr("Timer overhead per call (ns)")}, {QString::number(run.timer.overheadNs, 'f', 1)}};
    if (run.machine)
        rows << Row{{tr("Roofs (one core)")},
                    {tr("%1 GFLOP/s fp32, %2 GOP/s int8; %3 / %4 / %5 / %6 GB/s from L1 / L2 / L3 / DRAM")
                         .arg(qRound(run.machine->peakGflopsFp32))
                         .arg(qRound(run.machine->peakGopsInt8))
                         .arg(qRound(run.machine->bandwidthL1))
                         .arg(qRound(run.machine->bandwidthL2))
                         .arg(qRound(run.machine->bandwidthL3))
                         .arg(QString::number(run.machine->bandwidthDram, 'f', 1))}};
    return heading(QStringLiteral("environment"), tr("Environment"))
        + table(ctx, {tr("item"), tr("value")}, rows, {}, QStringLiteral("data settings"), {35, 65});
}

}  // namespace ob::report
