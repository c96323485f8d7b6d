// SPDX-License-Identifier: MIT
#include "bench/analysis.h"

#include <cmath>

#include "bench/forks.h"
#include "stats/bootstrap.h"
#include "stats/hypothesis.h"
#include "stats/robust.h"

namespace ob {
namespace {

std::uint64_t mix(std::uint64_t x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

}  // namespace

std::uint64_t bootstrapSeed(std::uint64_t runSeed, const QString& what, int batch)
{
    std::uint64_t h = 0xcbf29ce484222325ULL;  // FNV-1a over the UTF-16 code units: stable across Qt versions
    for (const QChar c : what) {
        h ^= c.unicode();
        h *= 0x100000001b3ULL;
    }
    return mix(runSeed ^ mix(h ^ (static_cast<std::uint64_t>(batch) << 32)));
}

stats::Interval medianCi(const std::vector<double>& samples, std::uint64_t seed)
{
    return stats::bootstrapMedianCi(samples, kConfidenceLevel, stats::kDefaultResamples, seed);
}

void analyzeBatch(BatchResult& b, std::uint64_t seed, bool acrossProcesses)
{
    summarizeBatch(b);
    const stats::GroupedSamples groups = summarizedGroups(b);
    if (stats::processCount(groups) < 2) {
        b.medianCiMs = medianCi(summarizedSamples(b), seed);
        b.drift = stats::driftTest(b.samplesMs);
        b.spread.reset();
    } else {
        // Processes: the interval holds what another run would report; drift is a trend within a process.
        b.medianCiMs = acrossProcesses ? stats::hierarchicalMedianCi(groups, kConfidenceLevel,
                                             stats::kDefaultResamples, seed, stats::IntervalTarget::AnotherRun)
                                       : medianCi(summarizedSamples(b), seed);
        b.spread = stats::processSpread(groups);
        b.drift = {};
        for (const auto& g : groupedSamples(b)) {
            const stats::Drift d = stats::driftTest(g);
            if ((d.drifting && !b.drift.drifting)
                || (d.drifting == b.drift.drifting && std::abs(d.relativeChange) > std::abs(b.drift.relativeChange)))
                b.drift = d;
        }
    }
    b.steady = !b.drift.drifting;
    for (std::size_t i = 0; i < b.processes.size() && groups.size() == b.processes.size(); ++i) {
        ProcessBatch& p = b.processes[i];
        p.medianMs = groups[i].empty() ? 0 : stats::median(groups[i]);
        p.medianCiMs = groups.size() == 1 ? b.medianCiMs : medianCi(groups[i], seed + i);
    }
}

void recordProcess(BatchResult& b, const MachineNoise& during)
{
    ProcessBatch p;
    p.samples = static_cast<int>(b.samplesMs.size());
    p.calls = b.calls;
    const std::vector<double> summarized = summarizedSamples(b);
    p.medianMs = summarized.empty() ? 0 : stats::median(summarized);
    p.medianCiMs = b.medianCiMs;
    p.otherCpuShare = during.otherCpuShare;
    b.processes = {p};
}

void addRunIntervals(RunResult& run)
{
    std::vector<BatchResult*> batches;
    std::vector<stats::ProcessBootstrap> bootstraps;
    for (auto& r : run.results)
        for (auto& b : r.batches) {
            const stats::GroupedSamples groups = summarizedGroups(b);
            if (stats::processCount(groups) < 2)
                continue;
            const std::uint64_t seed = bootstrapSeed(run.config.seed, r.method, b.batch);
            bootstraps.push_back(stats::medianBootstrap(groups, kConfidenceLevel, stats::kDefaultResamples, seed));
            batches.push_back(&b);
        }
    const double floor = stats::runBetweenSpread(bootstraps);
    for (std::size_t i = 0; i < batches.size(); ++i)
        batches[i]->medianCiMs
            = stats::widened(bootstraps[i], kConfidenceLevel, stats::IntervalTarget::AnotherRun, floor);
}

std::vector<SpeedupEntry> compareMethods(
    const MethodResult& base, const MethodResult& other, std::uint64_t runSeed, double betweenFloor)
{
    std::vector<SpeedupEntry> out;
    for (const auto& mine : other.batches) {
        const BatchResult* bb = base.batch(mine.batch);
        if (!bb || bb->samplesMs.empty() || mine.samplesMs.empty())
            continue;
        const auto [baseGroups, otherGroups] = pairedGroups(*bb, mine);
        const auto c = stats::compareGroupedLatencies(baseGroups, otherGroups,
            bootstrapSeed(runSeed, base.method + QLatin1Char('/') + other.method, mine.batch), kConfidenceLevel,
            stats::kDefaultResamples, stats::IntervalTarget::AnotherRun, betweenFloor);
        out.push_back(SpeedupEntry{mine.batch, c.ratio, c.ci, c.pValue, c.significant});
    }
    return out;
}

void addSpeedups(RunResult& run)
{
    const MethodResult* eager = run.result(QStringLiteral("eager"));
    if (!eager || eager->batches.empty())
        return;
    std::vector<stats::ProcessBootstrap> bootstraps;
    for (const auto& r : run.results)
        for (const auto& b : r.batches)
            if (const BatchResult* e = eager->batch(b.batch); e && &r != eager) {
                const auto [eagerGroups, groups] = pairedGroups(*e, b);
                const std::uint64_t seed
                    = bootstrapSeed(run.config.seed, r.method + QStringLiteral("/spread"), b.batch);
                bootstraps.push_back(stats::pairedRatioBootstrap(
                    eagerGroups, groups, kConfidenceLevel, stats::kDefaultResamples, seed));
            }
    const double floor = stats::runBetweenSpread(bootstraps);
    for (auto& r : run.results)
        if (&r != eager)
            r.speedupVsEager = compareMethods(*eager, r, run.config.seed, floor);
}

stats::Interval scoreCi(const std::vector<float>& scores, int width)
{
    if (width <= 0)
        return stats::meanCi({});
    std::vector<double> rows;
    rows.reserve(scores.size() / static_cast<std::size_t>(width));
    for (std::size_t i = 0; i + static_cast<std::size_t>(width) <= scores.size();
         i += static_cast<std::size_t>(width)) {
        double sum = 0;
        for (int k = 0; k < width; ++k)
            sum += scores[i + static_cast<std::size_t>(k)];
        rows.push_back(sum / width);
    }
    return stats::meanCi(rows, kConfidenceLevel);
}

stats::ScoreChange scoreChangeVsEager(const RunResult& run, const MethodResult& r)
{
    const MethodResult* eager = run.result(QStringLiteral("eager"));
    if (!eager || !eager->scoreCi || !r.score)
        return stats::ScoreChange::Unknown;
    return stats::scoreChange(*r.score, *eager->scoreCi);
}

}  // namespace ob
