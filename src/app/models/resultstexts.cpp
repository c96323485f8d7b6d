// SPDX-License-Identifier: MIT
// ResultsTableModel: the translated texts of its cells (status, measurement) and their tooltips.

#include <QLocale>

#include <cmath>

#include "models/resultstablemodel.h"
#include "diagnosis/catalog.h"
#include "diagnosis/steadiness.h"
#include "format/celltext.h"
#include "i18n/tr.h"

namespace ob::app {

QString ResultsTableModel::statusText(const MethodResult& r, const BatchResult* b)
{
    // The live states only the workbench sees; everything else in the words of the CLI table and the report.
    if (r.status == MethodStatus::Pending && b)
        return b->complete ? measuredText(r, b) : tr("measuring");
    if (r.status == MethodStatus::Ok && b && !b->complete)
        return tr("partial");
    return ob::statusText(r, b, tr("failed: %1").arg(r.error.section(QLatin1Char('\n'), 0, 0)));
}

QString ResultsTableModel::measurementText(const BatchResult& b)
{
    const QString text = stopRuleText(b.stopRule);
    QStringList parts;
    if (!text.isEmpty())
        parts << text;
    if (b.outliers > 0)
        parts << (b.outliersExcluded ? tr("%n outlier(s) excluded", nullptr, b.outliers)
                                     : tr("%n outlier(s)", nullptr, b.outliers));
    return parts.join(QStringLiteral(" · "));
}

QString ResultsTableModel::tooltip(const Row& row, int column) const
{
    const MethodResult& r = m_results[static_cast<std::size_t>(row.method)];
    const BatchResult* b = row.batch >= 0 ? &r.batches[static_cast<std::size_t>(row.batch)] : nullptr;
    const QLocale locale;
    const auto ms = [&](double v) -> QString { return locale.toString(v, 'f', 4); };
    switch (column) {
    case Method: return r.method;  // elided in a narrow column
    case Memory: {
        const MethodMemory& m = r.memory;
        if (!m.measured())
            return {};
        const auto mib = [&](qint64 bytes) {
            return bytes >= 0 ? locale.toString(static_cast<double>(bytes) / (1024.0 * 1024.0), 'f', 1)
                              : QStringLiteral("–");
        };
        QString text = tr("Weights %1 MiB at this method's precision; the method keeps %2 MiB; peak %3 MiB while "
                          "it was prepared, %4 MiB during its calls; the process before any method: %5 MiB")
                           .arg(mib(r.weightBytes), mib(m.retainedBytes), mib(m.preparePeakBytes), mib(m.runPeakBytes),
                                mib(m.baseBytes));
        if (!m.exact)
            text += QLatin1Char('\n') + tr("This system cannot reset the peak: the peaks are upper bounds.");
        return text;
    }
    case Latency:
    case Ci:
    case Jitter:
    case P99:
        if (!b)
            return {};
        return tr("%1 calls; median %2 ms (95% CI %3–%4 ms); mean %5 ms, std %6 ms, IQR %7 ms, p99 %8 ms, "
                  "min %9 ms, max %10 ms")
            .arg(b->calls > 0 ? b->calls : b->latencyMs.n)
            .arg(ms(b->medianMs), ms(b->medianCiMs.low), ms(b->medianCiMs.high), ms(b->latencyMs.mean),
                ms(b->latencyMs.std), ms(b->latencyMs.iqr), ms(b->latencyMs.p99), ms(b->latencyMs.min))
            .arg(ms(b->latencyMs.max));
    case Speedup: {
        const SpeedupEntry* s = b ? r.speedup(b->batch) : nullptr;
        if (!s)
            return b && r.method != QLatin1String("eager")
                ? tr("Provisional: ratio of the medians so far; the confidence interval and the test come when the "
                     "run ends.")
                : QString();
        const QString ratio = tr("%1× (95% CI %2–%3×), Mann–Whitney p = %4")
                                  .arg(locale.toString(s->ratio, 'f', 3), locale.toString(s->ci.low, 'f', 3),
                                      locale.toString(s->ci.high, 'f', 3), locale.toString(s->pValue, 'g', 3));
        return s->significant ? tr("%1: a real difference.").arg(ratio)
                              : tr("%1: not significant; this method is as fast as eager (≈).").arg(ratio);
    }
    case Efficiency: {
        if (!b || !b->roofline)
            return {};
        const RooflinePoint& p = *b->roofline;
        // "compute" is a word (the same as the CLI's roofline column); L1, L2, L3 and DRAM are names.
        const QString limit = p.limit == QLatin1String("compute") ? ob::tr("compute", "roofline: bound by arithmetic")
                                                                 : p.limit;
        return tr("%1 % of the bound: at least %2 µs (bound by %3); %4 GFLOP/s achieved at %5 FLOP/byte")
            .arg(locale.toString(p.efficiency * 100, 'f', 1), locale.toString(p.boundUs, 'f', 2), limit,
                locale.toString(p.achievedGflops, 'f', 2), locale.toString(p.intensity, 'f', 2));
    }
    case Measurement:
        if (!b)
            return {};
        return tr("%1 calls in %2 s%3; %4")
            .arg(b->calls)
            .arg(locale.toString(b->measureSeconds, 'f', 2))
            .arg(b->block > 1 ? tr(", timed in blocks of %1 calls").arg(b->block) : QString())
            .arg(b->steady ? tr("steady: no drift between the first and last quarter")
                           : driftMatters(r, *b) ? driftAdvice(r, *b)
                                                 : tr("a small drift that does not change the comparison"));
    case Fidelity: {
        if (!r.fidelity)
            return {};
        const stats::Fidelity& f = *r.fidelity;
        const QString argmax = std::isfinite(f.argmaxAgreement) ? locale.toString(f.argmaxAgreement, 'f', 1)
                                                                : QStringLiteral("–");
        const auto leaf = [](const QString& path) { return path.isEmpty() ? tr("(the output)") : path; };
        if (!f.leaves.empty())  // a model file: the leaf furthest from eager's, and the one the score is on
            return tr("Worst output %1: cosine %2, max |Δ| %3, relative L2 error %4; top-1 agreement on %5: %6 %")
                .arg(leaf(f.worstLeaf), locale.toString(f.cosine, 'f', 6), locale.toString(f.maxAbsError, 'e', 2),
                    locale.toString(f.relL2Error, 'e', 2), leaf(f.primaryOutput), argmax);
        return tr("Logit cosine %1; max |Δ score| %2; relative L2 error %3; argmax agreement %4 %")
            .arg(locale.toString(f.cosine, 'f', 6), locale.toString(f.maxAbsError, 'e', 2),
                locale.toString(f.relL2Error, 'e', 2), argmax);
    }
    case Status:
        if (!r.error.isEmpty())
            return r.error;  // a failure's real error, or why the method does not apply
        if (r.flags.contains(QStringLiteral("drifted")) && !r.diagnosis.isEmpty())
            return renderDiagnosis(r.diagnosis).cause;
        if (b && b->complete && driftMatters(r, *b))
            return statusText(r, b) + QStringLiteral("\n") + driftAdvice(r, *b);
        return statusText(r, b);
    default:
        return {};
    }
}

} // namespace ob::app
