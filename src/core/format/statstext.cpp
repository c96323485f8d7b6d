// SPDX-License-Identifier: MIT
#include "format/statstext.h"

#include <QCoreApplication>
#include <QStringList>

#include <cmath>

#include "bench/analysis.h"
#include "bench/timer.h"
#include "diagnosis/steadiness.h"
#include "i18n/tr.h"
#include "stats/robust.h"
#include "i18n/language.h"

namespace ob {
namespace {

const QString kApprox = QString(QChar(0x2248));  // ≈
const QString kTimes = QString(QChar(0x00d7));  // ×
const QString kPlusMinus = QString(QChar(0x00b1));
const QString kDash = QString(QChar(0x2013));  // –

QString fixed(double v, int digits)
{
    return QString::number(v, 'f', digits);
}

QString ratioRange(double low, double high)
{
    return fixed(low, 2) + kDash + fixed(high, 2);
}

QString percent(double share, int digits = 1)
{
    return fixed(100.0 * share, digits) + QLatin1Char('%');
}

QString where(const MethodResult& r, const BatchResult& b)
{
    return tr("%1, batch %2").arg(r.method).arg(b.batch);
}

}  // namespace

QString medianCiText(const BatchResult& b)
{
    const double med = b.medianMs;
    const QString m = QString::number(med, 'f', med < 1 ? 4 : 3);
    if (!std::isfinite(b.medianCiMs.low) || b.latencyMs.n < 2)
        return m;
    return m + QLatin1Char(' ') + kPlusMinus + percent(b.medianCiMs.relativeHalfWidth(med));
}

QString speedupText(const SpeedupEntry& s)
{
    if (!std::isfinite(s.ratio) || s.ratio <= 0 || !std::isfinite(s.ci.low))
        return QStringLiteral("-");
    if (!s.significant)
        return kApprox + QStringLiteral(" (") + ratioRange(s.ci.low, s.ci.high) + QLatin1Char(')');
    if (s.ratio >= 1)
        return tr("%1 faster").arg(fixed(s.ratio, 2) + kTimes) + QStringLiteral(" (") + ratioRange(s.ci.low, s.ci.high)
            + QLatin1Char(')');
    // Slower: say how many times slower, with the interval inverted accordingly.
    return tr("%1 slower").arg(fixed(1 / s.ratio, 2) + kTimes) + QStringLiteral(" (")
        + ratioRange(1 / s.ci.high, 1 / s.ci.low) + QLatin1Char(')');
}

QString scoreText(const RunResult& run, const MethodResult& r)
{
    if (!r.score)
        return QStringLiteral("-");
    const QString score = fixed(*r.score, 6);
    if (r.method == QLatin1String("eager")) {
        if (!r.scoreCi || !std::isfinite(r.scoreCi->low))
            return score;
        return score + QLatin1Char(' ') + kPlusMinus + QString::number(r.scoreCi->width() / 2, 'g', 2);
    }
    switch (scoreChangeVsEager(run, r)) {
    case stats::ScoreChange::NoChange:
        return score + QLatin1Char(' ') + tr("(no change)");
    case stats::ScoreChange::Higher:
        return score + QLatin1Char(' ') + tr("(higher)");
    case stats::ScoreChange::Lower:
        return score + QLatin1Char(' ') + tr("(lower)");
    case stats::ScoreChange::Unknown:
        break;
    }
    return score;
}

namespace {

/// Appends a line of notes.
class Notes {
public:
    void line(const QString& text) { m_text += text + QLatin1Char('\n'); }
    QString text() const { return m_text; }

private:
    QString m_text;
};

void timerAndLength(const RunResult& run, Notes& notes)
{
    const RunConfig& c = run.config;
    if (run.timer.overheadNs > 0)
        notes.line(tr("Timer: resolution %1 ns; a timed empty call costs %2 ns.")
                       .arg(QString::number(run.timer.resolutionNs, 'g', 3),
                           QString::number(run.timer.overheadNs, 'g', 3)));
    if (c.iterations)
        notes.line(tr("Length: exactly %1 measured calls per method and batch (a fixed count).").arg(*c.iterations));
    else
        notes.line(tr("Length: adaptive, until the 95% CI of each median is within %1%2% (%3..%4 calls, at most %5 s "
                      "per method and batch).")
                       .arg(kPlusMinus, QString::number(c.targetCi))
                       .arg(c.minCalls)
                       .arg(c.maxCalls)
                       .arg(QString::number(c.timeBudget)));
}

void machineNoise(const MachineNoise& n, Notes& notes)
{
    if (n.cpus <= 0)
        return;
    QStringList parts;
    if (n.loadBefore || n.loadAfter)
        parts << tr("load %1 before, %2 after on %3 CPUs")
                     .arg(n.loadBefore ? fixed(*n.loadBefore, 2) : QStringLiteral("?"),
                         n.loadAfter ? fixed(*n.loadAfter, 2) : QStringLiteral("?"))
                     .arg(n.cpus);
    if (n.cpuMhzBefore && n.cpuMhzAfter)
        parts << tr("CPU %1 MHz before, %2 MHz after").arg(fixed(*n.cpuMhzBefore, 0), fixed(*n.cpuMhzAfter, 0));
    if (n.otherCpuShare)
        parts << tr("other processes used %1 of the machine").arg(percent(*n.otherCpuShare));
    if (n.stealShare)
        parts << tr("steal %1").arg(percent(*n.stealShare));
    notes.line(tr("Machine: %1.")
                   .arg(parts.isEmpty() ? tr("no load figures on this platform") : parts.join(i18n::clauseSeparator())));
    if (n.busy)
        notes.line(tr("Warning: the machine was busy during the measurement; latencies are noisier and slower than "
                      "on an idle machine. Ratios measured in this run remain comparable."));
}

/// What needs saying about one batch: a stop rule other than the target, block timing, drift.
void batchNotes(const RunConfig& c, const MethodResult& r, const BatchResult& b, Notes& notes)
{
    if (b.stopRule == QLatin1String(stoprule::kMaxCalls) || b.stopRule == QLatin1String(stoprule::kTimeBudget))
        notes.line(tr("%1: stopped by the %2 with the CI of the median at %3%4 (target %3%5%).")
                       .arg(where(r, b),
                           b.stopRule == QLatin1String(stoprule::kMaxCalls) ? tr("maximum number of calls")
                                                                            : tr("time budget"),
                           kPlusMinus, percent(b.medianCiMs.relativeHalfWidth(b.medianMs)),
                           QString::number(c.targetCi)));
    if (b.block > 1)
        notes.line(tr("%1: timed in blocks of %2 calls (one call is shorter than %3%4 the cost of a timed empty "
                      "call); samples are per-call means of a block.")
                       .arg(where(r, b))
                       .arg(b.block)
                       .arg(kMinCallToTimerCost)
                       .arg(kTimes));
    if (driftMatters(r, b))  // a drift too small to change the comparison is not worth a note
        notes.line(tr("%1: not steady. %2").arg(where(r, b), driftAdvice(r, b)));
}

void outlierNotes(const RunResult& run, Notes& notes)
{
    const RunConfig& c = run.config;
    QStringList counts;
    for (const auto& r : run.results)
        for (const auto& b : r.batches)
            if (b.outliers > 0)
                counts << QStringLiteral("%1/%2: %3").arg(r.method).arg(b.batch).arg(b.outliers);
    if (counts.isEmpty() && !c.excludeOutliers)
        return;
    notes.line(tr("Outliers (beyond median %1 %2%3 1.4826 MAD): %4.")
                   .arg(kPlusMinus, QString::number(stats::kDefaultMadFence), kTimes,
                       counts.isEmpty() ? tr("none") : counts.join(QStringLiteral(", "))));
    notes.line(c.excludeOutliers ? tr("Outliers are EXCLUDED from the summaries and comparisons (as the run was set "
                                      "up); they stay in the samples.")
                                 : tr("Outliers are kept in the summaries; the run can be set up to leave them out."));
}

}  // namespace

QString measurementNotes(const RunResult& run)
{
    Notes notes;
    timerAndLength(run, notes);
    machineNoise(run.noise, notes);
    bool anyApprox = false;
    for (const auto& r : run.results) {
        for (const auto& sp : r.speedupVsEager)
            anyApprox = anyApprox || !sp.significant;
        for (const auto& b : r.batches)
            batchNotes(run.config, r, b, notes);
    }
    outlierNotes(run, notes);
    if (anyApprox)
        notes.line(tr("%1: not significantly different from eager (Mann-Whitney p >= 0.05, or the 95% CI of the ratio "
                      "contains 1).")
                       .arg(kApprox));
    return notes.text();
}

QString comparisonText(const RunResult& run, const QString& base, const QString& other)
{
    const MethodResult* a = run.result(base);
    const MethodResult* b = run.result(other);
    if (!a || !b)
        return tr("Cannot compare %1 with %2: not both are in the run.").arg(base, other) + QLatin1Char('\n');
    QString out = tr("%1 against %2 (ratio of medians, 95% CI, Mann-Whitney p):").arg(other, base) + QLatin1Char('\n');
    const auto entries = compareMethods(*a, *b, run.config.seed);
    if (entries.empty())
        out += QStringLiteral("  ") + tr("no batch size was measured for both") + QLatin1Char('\n');
    for (const auto& e : entries)
        out += QStringLiteral("  ")
            + tr("batch %1: %2, p = %3").arg(e.batch).arg(speedupText(e), QString::number(e.pValue, 'g', 2))
            + QLatin1Char('\n');
    return out;
}

}  // namespace ob
