// SPDX-License-Identifier: MIT
#include "bench/forks.h"

#include <algorithm>
#include <cmath>

#include "bench/analysis.h"
#include "stats/robust.h"

namespace ob {
namespace {

int divided(int value, int forks, int atLeast)
{
    const int share = static_cast<int>((static_cast<qint64>(value) + forks - 1) / forks);
    return std::max({share, std::min(value, atLeast), 1});
}

/// A measured batch of a run that has 2 or more processes, with its samples grouped by fork.
struct Series {
    std::size_t method = 0;  // index into RunResult::results
    std::size_t batch = 0;  // ... and into its batches
    stats::GroupedSamples groups;  // index = fork
};

stats::GroupedSamples byFork(const BatchResult& b)
{
    const stats::GroupedSamples groups = summarizedGroups(b);
    if (groups.size() != b.processes.size())
        return groups;
    int forks = 0;
    for (const auto& p : b.processes)
        forks = std::max(forks, p.fork + 1);
    stats::GroupedSamples out(static_cast<std::size_t>(forks));
    for (std::size_t i = 0; i < groups.size(); ++i)
        if (b.processes[i].fork >= 0)
            out[static_cast<std::size_t>(b.processes[i].fork)] = groups[i];
    return out;
}

std::vector<Series> seriesOf(const RunResult& run)
{
    std::vector<Series> out;
    for (std::size_t m = 0; m < run.results.size(); ++m) {
        const MethodResult& r = run.results[m];
        if (r.status == MethodStatus::Failed || r.status == MethodStatus::NotApplicable)
            continue;
        for (std::size_t b = 0; b < r.batches.size(); ++b)
            if (r.batches[b].processes.size() >= 2)
                out.push_back({m, b, byFork(r.batches[b])});
    }
    return out;
}

}  // namespace

int plannedForks(const RunConfig& c)
{
    return c.isolation == QLatin1String("thread") ? 1 : std::max(1, c.forks);
}

int forkLimit(const RunConfig& c)
{
    if (c.isolation == QLatin1String("thread"))
        return 1;
    return std::max(plannedForks(c), c.maxForks.value_or(plannedForks(c)));
}

RunConfig forkConfig(const RunConfig& c, int forks, int fork)
{
    RunConfig f = c;
    if (forks <= 1)
        return f;
    f.timeBudget = std::max(c.timeBudget / forks, std::min(c.timeBudget, kMinForkTimeBudgetS));
    f.minCalls = divided(c.minCalls, forks, kMinForkCalls);
    f.maxCalls = divided(c.maxCalls, forks, f.minCalls);
    if (c.iterations) {  // exactly the calls asked for in all: the first N mod forks processes take one more
        const int n = *c.iterations;
        f.iterations = std::max(1, fork < forks ? n / forks + (fork < n % forks ? 1 : 0) : (n + forks - 1) / forks);
    }
    f.targetCi = std::min(50.0, c.targetCi * std::sqrt(static_cast<double>(forks)));
    if (c.warmup > 0)
        f.warmup = divided(c.warmup, forks, kMinForkWarmup);
    return f;
}

void restoreMeasurement(RunConfig& config, const RunConfig& run)
{
    config.timeBudget = run.timeBudget;
    config.minCalls = run.minCalls;
    config.maxCalls = run.maxCalls;
    config.iterations = run.iterations;
    config.targetCi = run.targetCi;
    config.forks = run.forks;
    config.maxForks = run.maxForks;
    config.isolation = run.isolation;
}

BatchResult combineProcesses(const std::vector<BatchResult>& parts, std::uint64_t seed)
{
    if (parts.empty())
        return {};
    if (parts.size() == 1) {
        BatchResult b = parts.front();
        if (b.processes.size() != 1)
            b.processes.resize(1);
        b.processes.front().samples = static_cast<int>(b.samplesMs.size());
        b.processes.front().calls = b.calls;
        return b;
    }
    BatchResult b;
    const BatchResult& first = parts.front();
    b.batch = first.batch;
    b.block = first.block;
    b.outliersExcluded = first.outliersExcluded;
    b.stopRule = first.stopRule;
    b.complete = true;
    for (const auto& part : parts) {
        b.samplesMs.insert(b.samplesMs.end(), part.samplesMs.begin(), part.samplesMs.end());
        b.calls += part.calls;
        b.measureSeconds += part.measureSeconds;
        b.complete = b.complete && part.complete;
        for (const auto& flag : part.flags)
            if (!b.flags.contains(flag))
                b.flags << flag;
        if (part.stopRule != b.stopRule && part.stopRule == QLatin1String(stoprule::kCancelled))
            b.stopRule = part.stopRule;
        ProcessBatch p = part.processes.empty() ? ProcessBatch{} : part.processes.front();
        p.samples = static_cast<int>(part.samplesMs.size());
        p.calls = part.calls;
        b.processes.push_back(p);
    }
    analyzeBatch(b, seed);
    return b;
}

std::pair<stats::GroupedSamples, stats::GroupedSamples> pairedGroups(const BatchResult& base, const BatchResult& other)
{
    stats::GroupedSamples a = byFork(base);
    stats::GroupedSamples b = byFork(other);
    const std::size_t n = std::max(a.size(), b.size());
    a.resize(n);
    b.resize(n);
    return {a, b};
}

ProcessSummary summarizeProcesses(const RunResult& run)
{
    ProcessSummary s;
    std::vector<stats::GroupedSamples> groups;
    std::vector<double> withins;
    for (const auto& x : seriesOf(run)) {
        s.processes = std::max(s.processes, stats::processCount(x.groups));
        groups.push_back(x.groups);
        if (const auto& spread = run.results[x.method].batches[x.batch].spread)
            withins.push_back(spread->within);
    }
    if (s.processes < 2)
        return s;
    s.levels = stats::processLevels(groups);
    std::vector<double> present;
    for (double l : s.levels)
        if (l > 0)
            present.push_back(l);
    const auto [lo, hi] = std::minmax_element(present.begin(), present.end());
    s.shift = present.empty() ? 0 : *hi / *lo - 1;
    s.within = withins.empty() ? 0 : stats::median(withins);
    s.shifted = s.shift > 2 * s.within && s.shift >= stats::kMinProcessShift;
    s.states = stats::splitStates(s.levels, s.within);
    return s;
}

void analyzeProcessStates(RunResult& run)
{
    const ProcessSummary summary = summarizeProcesses(run);
    const std::vector<Series> series = seriesOf(run);
    const MethodResult* eager = run.result(QStringLiteral("eager"));
    for (const auto& x : series) {
        const MethodResult& method = run.results[x.method];
        BatchResult& b = run.results[x.method].batches[x.batch];
        b.states.reset();
        for (auto& p : b.processes) {
            const auto fork = static_cast<std::size_t>(p.fork);
            p.state = summary.states.split && fork < summary.states.busy.size()
                ? (summary.states.busy[fork] ? QStringLiteral("busy") : QStringLiteral("quiet"))
                : QString();
        }
        if (!summary.states.split)
            continue;
        std::vector<bool> busy = summary.states.busy;
        busy.resize(x.groups.size(), false);
        std::vector<bool> quiet(busy.size());
        for (std::size_t i = 0; i < busy.size(); ++i)
            quiet[i] = !busy[i] && !x.groups[i].empty();
        const stats::GroupedSamples q = stats::selectGroups(x.groups, quiet);
        const stats::GroupedSamples k = stats::selectGroups(x.groups, busy);
        if (stats::processCount(q) == 0 || stats::processCount(k) == 0)
            continue;
        const std::uint64_t seed = bootstrapSeed(run.config.seed, method.method + QStringLiteral("/states"), b.batch);
        StateMedians m;
        m.quietProcesses = stats::processCount(q);
        m.busyProcesses = stats::processCount(k);
        m.quietMs = stats::pooledMedian(q);
        m.busyMs = stats::pooledMedian(k);
        const auto interval = [&](const stats::GroupedSamples& g, std::uint64_t s) {
            return stats::hierarchicalMedianCi(
                g, kConfidenceLevel, stats::kDefaultResamples, s, stats::IntervalTarget::AnotherRun);
        };
        m.quietCiMs = interval(q, seed);
        m.busyCiMs = interval(k, seed + 1);
        if (eager && eager != &method)
            if (const BatchResult* e = eager->batch(b.batch)) {
                const auto [eagerGroups, mine] = pairedGroups(*e, b);
                std::vector<bool> quietPairs = quiet;
                std::vector<bool> busyPairs = busy;
                quietPairs.resize(eagerGroups.size(), false);
                busyPairs.resize(eagerGroups.size(), false);
                const double qr = stats::pairedRatio(
                    stats::selectGroups(eagerGroups, quietPairs), stats::selectGroups(mine, quietPairs));
                const double br = stats::pairedRatio(
                    stats::selectGroups(eagerGroups, busyPairs), stats::selectGroups(mine, busyPairs));
                if (std::isfinite(qr))
                    m.quietSpeedup = qr;
                if (std::isfinite(br))
                    m.busySpeedup = br;
            }
        b.states = m;
    }
}

}  // namespace ob
