// SPDX-License-Identifier: MIT
#include "history/runcompare.h"

#include <algorithm>
#include <cmath>

#include "i18n/tr.h"
#include "stats/bootstrap.h"
#include "stats/descriptive.h"
#include "stats/hierarchical.h"
#include "stats/hypothesis.h"

namespace ob {
namespace {

/// Methods whose flags say their answers changed against eager.
bool drifted(const MethodResult& r)
{
    return !r.flags.isEmpty() || (r.fidelity && r.fidelity->faithful == false);
}

/// Enough resamples that each tail of a percentile interval at `level` holds about 25 of them.
int resamplesFor(double level)
{
    const double tail = (1 - level) / 2;
    return std::clamp(static_cast<int>(std::ceil(25 / tail)), stats::kDefaultResamples, 200000);
}

/// A pair measured in one process (on either side): the bootstrap interval of the ratio of medians within the processes,
/// widened on both sides by the run-to-run variation, which one process cannot show.
void withinProcessInterval(BatchChange& c, const std::vector<double>& reference, const std::vector<double>& other,
    double level, double floor, std::uint64_t seed)
{
    const stats::Interval inner = stats::bootstrapRatioCi(other, reference, level, resamplesFor(level), seed);
    c.ci = {inner.low / (1 + floor), inner.high * (1 + floor)};
    c.betweenProcesses = false;
}

/// A pair measured in several processes on both sides: the hierarchical interval of the ratio of the runs' medians
/// (processes resampled, then samples; each side widened for its few processes), for the long-run value of each.
void betweenProcessInterval(BatchChange& c, const stats::GroupedSamples& reference, const stats::GroupedSamples& other,
    double level, std::uint64_t seed)
{
    c.ci = stats::unpairedRatioCi(other, reference, level, resamplesFor(level), seed, stats::IntervalTarget::LongRun);
    c.betweenProcesses = true;
}

} // namespace

bool RunComparison::betweenProcesses() const
{
    return !batches.empty()
        && std::all_of(batches.begin(), batches.end(), [](const BatchChange& c) { return c.betweenProcesses; });
}

bool RunComparison::withinProcessOnly() const
{
    return std::any_of(batches.begin(), batches.end(), [](const BatchChange& c) { return !c.betweenProcesses; });
}

RunComparison compareRuns(const RunResult& reference, const RunResult& other, const CompareOptions& options)
{
    RunComparison out;
    out.gate = options.failIfSlower >= 0;
    out.threshold = std::max(0.0, options.failIfSlower);
    out.level = options.level;
    out.noiseFloor = options.noiseFloor;
    out.referenceBusy = measuredBusy(reference);
    out.otherBusy = measuredBusy(other);
    out.environment = environmentChanges(reference, other);
    out.config = configChanges(reference, other);

    // The pairs: a method measured at a batch size in both runs.
    struct Pair {
        const MethodResult* a;
        const MethodResult* b;
        const BatchResult* ba;
        const BatchResult* bb;
    };
    std::vector<Pair> pairs;
    for (const auto& ra : reference.results) {
        const MethodResult* rb = other.result(ra.method);
        MethodChange m;
        m.method = ra.method;
        m.referenceStatus = statusId(ra.status);
        m.otherStatus = rb ? statusId(rb->status) : QString();
        m.referenceScore = ra.score;
        m.referenceDrifted = drifted(ra);
        if (rb) {
            m.otherScore = rb->score;
            m.otherDrifted = drifted(*rb);
            if (rb->score && ra.scoreCi)
                m.score = stats::scoreChange(*rb->score, *ra.scoreCi);
        }
        const bool scoreMoved = m.score == stats::ScoreChange::Higher || m.score == stats::ScoreChange::Lower;
        if (m.referenceStatus != m.otherStatus || scoreMoved || m.referenceDrifted != m.otherDrifted)
            out.methods.push_back(m);
        for (const auto& ba : ra.batches) {
            const BatchResult* bb = rb ? rb->batch(ba.batch) : nullptr;
            if (bb && !ba.samplesMs.empty() && !bb->samplesMs.empty())
                pairs.push_back({&ra, rb, &ba, bb});
            else
                out.notCompared << QStringLiteral("%1 @ %2").arg(ra.method).arg(ba.batch);
        }
    }
    for (const auto& rb : other.results) {
        const MethodResult* ra = reference.result(rb.method);
        if (!ra) {
            MethodChange m;
            m.method = rb.method;
            m.otherStatus = statusId(rb.status);
            m.otherScore = rb.score;
            m.otherDrifted = drifted(rb);
            out.methods.push_back(m);
        }
        for (const auto& bb : rb.batches)
            if (!ra || !ra->batch(bb.batch))
                out.notCompared << QStringLiteral("%1 @ %2").arg(rb.method).arg(bb.batch);
    }

    // Bonferroni: the level holds for all pairs together, so one noisy pair out of many does not fail a gate.
    const int count = static_cast<int>(pairs.size());
    out.pairLevel = count > 0 ? 1 - (1 - options.level) / count : options.level;
    const double slower = 1 + out.threshold;
    std::uint64_t seed = options.seed;
    for (const auto& p : pairs) {
        BatchChange c;
        c.method = p.a->method;
        c.batch = p.ba->batch;
        const std::vector<double> sa = summarizedSamples(*p.ba);
        const std::vector<double> sb = summarizedSamples(*p.bb);
        const stats::GroupedSamples ga = summarizedGroups(*p.ba);
        const stats::GroupedSamples gb = summarizedGroups(*p.bb);
        c.referenceProcesses = std::max(1, stats::processCount(ga));
        c.otherProcesses = std::max(1, stats::processCount(gb));
        c.referenceMs = stats::runMedian(ga);  // each run's median, as its table showed it (BatchResult::medianMs)
        c.otherMs = stats::runMedian(gb);
        c.ratio = c.referenceMs > 0 ? c.otherMs / c.referenceMs : std::nan("");
        c.pValue = stats::mannWhitneyU(sa, sb).pValue;
        if (c.referenceProcesses >= 2 && c.otherProcesses >= 2)
            betweenProcessInterval(c, ga, gb, out.pairLevel, seed++);
        else
            withinProcessInterval(c, sa, sb, out.pairLevel, options.noiseFloor, seed++);
        c.inconclusive = !c.betweenProcesses && (out.referenceBusy || out.otherBusy);
        c.significant = !c.inconclusive && std::isfinite(c.ci.low) && std::isfinite(c.ci.high) && !c.ci.contains(1.0);
        if (c.significant)
            c.kind = c.ratio > 1 ? ChangeKind::Slower : ChangeKind::Faster;
        c.regression = c.kind == ChangeKind::Slower && c.ratio > slower;
        c.improvement = c.kind == ChangeKind::Faster && c.ratio < 1 / slower;
        out.regressions += c.regression ? 1 : 0;
        out.improvements += c.improvement ? 1 : 0;
        out.inconclusive += c.inconclusive ? 1 : 0;
        out.batches.push_back(c);
    }
    return out;
}

bool CompareSet::gateFailed() const
{
    return std::any_of(comparisons.begin(), comparisons.end(), [](const RunComparison& c) { return c.gateFailed(); });
}

CompareSet compareRunSet(const RunResult& reference, const QString& referenceLabel,
    const std::vector<std::pair<QString, RunResult>>& others, const CompareOptions& options)
{
    CompareSet set;
    set.referenceLabel = referenceLabel;
    for (const auto& [label, run] : others) {
        set.labels << label;
        set.comparisons.push_back(compareRuns(reference, run, options));
    }
    return set;
}

std::vector<ConditionRow> conditionRows(const CompareSet& set)
{
    std::vector<ConditionRow> rows;
    const std::size_t n = set.comparisons.size();
    const auto add = [&](const std::vector<EnvironmentChange>& changes, std::size_t i, const QString& prefix) {
        for (const auto& e : changes) {
            const QString key = prefix + e.key;
            auto it = std::find_if(rows.begin(), rows.end(), [&](const ConditionRow& r) { return r.key == key; });
            if (it == rows.end()) {
                ConditionRow row;
                row.key = key;
                row.label = prefix.isEmpty() ? changeLabel(e.key) : tr("configuration: %1").arg(e.key);
                row.reference = e.reference;
                row.load = e.load;
                for (std::size_t k = 0; k < n; ++k)
                    row.others << e.reference; // a run where the key did not differ has the reference's value
                rows.push_back(row);
                it = rows.end() - 1;
            }
            it->others[static_cast<qsizetype>(i)] = e.other;
        }
    };
    for (std::size_t i = 0; i < n; ++i) {
        add(set.comparisons[i].environment, i, QString());
        add(set.comparisons[i].config, i, QStringLiteral("config:"));
    }
    return rows;
}

std::optional<double> parsePercent(const QString& text)
{
    QString t = text.trimmed();
    if (t.endsWith(QLatin1Char('%')))
        t.chop(1);
    bool ok = false;
    const double v = t.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v) || v < 0 || v > 1000)
        return std::nullopt;
    return v / 100;
}

} // namespace ob
