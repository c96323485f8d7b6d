// SPDX-License-Identifier: MIT
#include "format/seed_comparison.h"

#include <QCoreApplication>

#include "i18n/tr.h"

namespace ob {
namespace {

QString ms(double v)
{
    return QString::number(v, 'f', v < 1 ? 3 : 2);
}

QString speedup(double before, double after)
{
    return after > 0 ? QString::number(before / after, 'f', 1) + QStringLiteral("×") : QStringLiteral("-");
}

}  // namespace

QList<SeedRow> seedComparison(const RunResult& run)
{
    // 优化效果对比 (batch 1) and 批量性能对比 (batches 4, 8, 16) of the seed report.
    QList<SeedRow> rows{{1, 15.03, 0.30}, {4, 42.73, 0.48}, {8, 48.01, 0.47}, {16, 44.54, 0.50}};
    const MethodResult* original = run.result(QStringLiteral("eager"));
    const MethodResult* optimized = run.result(kSeedOptimizedMethod);
    for (auto& row : rows) {
        const BatchResult* a = original ? original->batch(row.batch) : nullptr;
        const BatchResult* b = optimized ? optimized->batch(row.batch) : nullptr;
        row.originalMs = a ? a->latencyMs.mean : -1;
        row.optimizedMs = b ? b->latencyMs.mean : -1;
    }
    return rows;
}

QString seedComparisonText(const RunResult& run)
{
    const auto rows = seedComparison(run);
    QString lines;
    for (const auto& r : rows) {
        if (r.originalMs < 0 || r.optimizedMs < 0)
            continue;
        lines += tr("  batch %1: seed %2 ms -> %3 ms (%4 faster); measured here %5 ms -> %6 ms (%7 faster)\n")
                     .arg(r.batch)
                     .arg(ms(r.seedOriginalMs), ms(r.seedOptimizedMs), speedup(r.seedOriginalMs, r.seedOptimizedMs),
                          ms(r.originalMs), ms(r.optimizedMs), speedup(r.originalMs, r.optimizedMs));
    }
    if (lines.isEmpty())
        return QString();
    QString text = QLatin1Char('\n')
        + tr("The seed's claim (original model -> \"optimized model\", unknown machine) next to this run (mean "
             "latency of eager on model %1 -> %2, measured interleaved in the same run):")
              .arg(run.config.model, kSeedOptimizedMethod)
        + QLatin1Char('\n') + lines;
    const MethodResult* optimized = run.result(kSeedOptimizedMethod);
    if (optimized && optimized->fidelity)
        text += tr("  The optimized model's answers against eager: logit cosine %1, argmax agreement %2 %; the seed "
                   "did not measure this.")
                    .arg(QString::number(optimized->fidelity->cosine, 'f', 4),
                         QString::number(optimized->fidelity->argmaxAgreement, 'f', 1))
            + QLatin1Char('\n');
    return text;
}

}  // namespace ob
