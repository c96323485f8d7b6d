// SPDX-License-Identifier: MIT
#include "stats/hierarchical.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

#include "stats/descriptive.h"
#include "stats/hypothesis.h"
#include "stats/medianresampler.h"
#include "stats/rng.h"
#include "stats/robust.h"

namespace ob::stats {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

GroupedSamples nonEmpty(const GroupedSamples& groups)
{
    GroupedSamples out;
    for (const auto& g : groups)
        if (!g.empty())
            out.push_back(g);
    return out;
}

std::size_t totalSize(const GroupedSamples& groups)
{
    std::size_t n = 0;
    for (const auto& g : groups)
        n += g.size();
    return n;
}

/// The median of `values` in place (reorders them).
double medianInPlace(std::vector<double>& values)
{
    const std::size_t n = values.size();
    const auto mid = values.begin() + static_cast<std::ptrdiff_t>(n / 2);
    std::nth_element(values.begin(), mid, values.end());
    if (n % 2 == 1)
        return *mid;
    return 0.5 * (*mid + *std::max_element(values.begin(), mid));
}

/// Draws runMedian() of a hierarchical resample: the processes with replacement, then each drawn process's median
/// from the bootstrap of its samples (O(1) each), and their median.
class RunMedianResampler {
public:
    explicit RunMedianResampler(const GroupedSamples& groups)
    {
        for (const auto& g : groups)
            if (!g.empty())
                m_processes.emplace_back(g);
        m_buffer.resize(m_processes.size());
    }

    double draw(SplitMix64& rng)
    {
        const auto count = static_cast<std::uint32_t>(m_processes.size());
        for (auto& b : m_buffer)
            b = m_processes[rng.below(count)].draw(rng);
        return medianInPlace(m_buffer);
    }

private:
    std::vector<MedianResampler> m_processes;
    std::vector<double> m_buffer;
};

struct Pair {
    MedianResampler numerator;
    MedianResampler denominator;
};

std::vector<Pair> validPairs(const GroupedSamples& numerator, const GroupedSamples& denominator)
{
    std::vector<Pair> pairs;
    for (std::size_t i = 0; i < std::min(numerator.size(), denominator.size()); ++i) {
        if (numerator[i].empty() || denominator[i].empty())
            continue;
        Pair p{MedianResampler(numerator[i]), MedianResampler(denominator[i])};
        if (p.denominator.median() > 0 && p.numerator.median() > 0)
            pairs.push_back(std::move(p));
    }
    return pairs;
}

/// The variance (a squared half-width in log space) an interval of `processes` processes is to have, from the
/// bootstrap's `bootstrapVar` and the within-process part `withinVar` (the noise of the estimate if the processes
/// agreed). The hierarchical bootstrap counts the within-process noise twice (through the processes' medians and
/// through their samples) and the spread between processes as (G − 1) / G of its sample variance; the spread between
/// is then scaled by (t_{G−1} / z)², and for AnotherRun everything counts twice (this run's and the other run's).
/// The spread between `processes` (>= 2) processes in the bootstrap's variance: what is left of it once the noise
/// within processes is taken out, as the variance of the estimate (of all the processes together).
double betweenVariance(double bootstrapVar, double withinVar, int processes)
{
    const double g = processes;
    return std::max(0.0, (bootstrapVar - withinVar) * g / (g - 1) - withinVar);
}

double targetVariance(double bootstrapVar, double withinVar, int processes, double level, IntervalTarget target,
    double betweenFloor = 0)
{
    if (processes < 2)
        return bootstrapVar;
    const double g = processes;
    const double between = std::max(betweenVariance(bootstrapVar, withinVar, processes), betweenFloor / g);
    const double p = 0.5 + level / 2;
    const double tz = studentTQuantile(p, g - 1) / normalQuantile(p);
    return (target == IntervalTarget::AnotherRun ? 2 : 1) * (tz * tz * between + withinVar);
}

/// Half the width of `ci` around `estimate` in log space (ends on the wrong side of the estimate count as 0).
double logHalfWidth(const Interval& ci, double estimate)
{
    if (!(ci.low > 0) || !(estimate > 0))
        return 0;
    return 0.5 * (std::max(0.0, std::log(estimate / ci.low)) + std::max(0.0, std::log(ci.high / estimate)));
}

/// `ci` around `estimate`, its log-space distances to the estimate scaled so that its squared half-width is `var`: the
/// bootstrap's shape kept. One process of three in a busy state makes it reach far above the estimate (another run
/// may draw two busy processes) but hardly below (no run is faster than the quiet state).
Interval scaled(const Interval& ci, double estimate, double var)
{
    const double half = logHalfWidth(ci, estimate);
    if (!(half > 0) || !std::isfinite(var))
        return ci;
    const double scale = std::sqrt(var) / half;
    const double lo = std::max(0.0, std::log(estimate / ci.low));
    const double hi = std::max(0.0, std::log(ci.high / estimate));
    return {estimate * std::exp(-lo * scale), estimate * std::exp(hi * scale)};
}

/// The interval exp(±√var) around `estimate`, symmetric in log space (a ratio of two runs' medians, from the two
/// sides' variances).
Interval logSymmetric(double estimate, double var)
{
    const double half = std::sqrt(std::max(var, 0.0));
    return {estimate * std::exp(-half), estimate * std::exp(half)};
}

/// The log-space half-width of the 95% (`level`) CI of one process's median (distribution-free).
double processLogHalfWidth(const std::vector<double>& samples, double level)
{
    if (samples.size() < 2)
        return 0;
    const double m = median(samples);
    return logHalfWidth(orderStatisticMedianCi(samples, level), m);
}

/// The within-process part of a pooled estimate over `halfWidths` processes: the typical process's, / √G.
double withinVariance(std::vector<double> halfWidths)
{
    if (halfWidths.empty())
        return 0;
    const double w = median(halfWidths);
    return w * w / static_cast<double>(halfWidths.size());
}

/// The relative range max / min − 1 of positive values sorted ascending, from index `first` to `last` inclusive.
double relativeRange(const std::vector<double>& sorted, std::size_t first, std::size_t last)
{
    return sorted[first] > 0 ? sorted[last] / sorted[first] - 1 : 0;
}

}  // namespace

std::vector<double> groupMedians(const GroupedSamples& groups)
{
    std::vector<double> out;
    for (const auto& g : groups)
        if (!g.empty())
            out.push_back(median(g));
    return out;
}

double pooledMedian(const GroupedSamples& groups)
{
    std::vector<double> all;
    all.reserve(totalSize(groups));
    for (const auto& g : groups)
        all.insert(all.end(), g.begin(), g.end());
    return all.empty() ? 0 : medianInPlace(all);
}

int processCount(const GroupedSamples& groups)
{
    return static_cast<int>(std::count_if(groups.begin(), groups.end(), [](const auto& g) { return !g.empty(); }));
}

double runMedian(const GroupedSamples& groups)
{
    std::vector<double> medians = groupMedians(groups);
    return medians.empty() ? 0 : medianInPlace(medians);
}

double ProcessBootstrap::betweenPerProcess() const
{
    return processes < 2 ? 0 : betweenVariance(bootstrapVar, withinVar, processes) * processes;
}

double runBetweenSpread(const std::vector<ProcessBootstrap>& bootstraps)
{
    std::vector<double> spreads;
    for (const auto& b : bootstraps)
        if (b.processes >= 2)
            spreads.push_back(b.betweenPerProcess());
    return spreads.empty() ? 0 : medianInPlace(spreads);
}

Interval widened(const ProcessBootstrap& b, double level, IntervalTarget target, double betweenFloor)
{
    if (b.processes < 2 || !(b.estimate > 0))
        return b.percentile;
    return scaled(b.percentile, b.estimate,
        targetVariance(b.bootstrapVar, b.withinVar, b.processes, level, target, betweenFloor));
}

ProcessBootstrap medianBootstrap(const GroupedSamples& groups, double level, int resamples, std::uint64_t seed)
{
    ProcessBootstrap out;
    std::vector<double> halfWidths;
    for (const auto& g : groups)
        if (!g.empty())
            halfWidths.push_back(processLogHalfWidth(g, level));
    out.processes = static_cast<int>(halfWidths.size());
    out.estimate = runMedian(groups);
    RunMedianResampler resampler(groups);
    SplitMix64 rng(seed);
    std::vector<double> draws(static_cast<std::size_t>(std::max(resamples, 1)));
    for (auto& d : draws)
        d = resampler.draw(rng);
    out.percentile = percentileInterval(draws, level);
    const double half = logHalfWidth(out.percentile, out.estimate);
    out.bootstrapVar = half * half;
    out.withinVar = withinVariance(std::move(halfWidths));
    return out;
}

Interval hierarchicalMedianCi(const GroupedSamples& groups, double level, int resamples, std::uint64_t seed,
    IntervalTarget target, double betweenFloor)
{
    const GroupedSamples used = nonEmpty(groups);
    if (used.empty())
        return {};
    if (used.size() == 1)
        return bootstrapMedianCi(used.front(), level, resamples, seed);
    return widened(medianBootstrap(used, level, resamples, seed), level, target, betweenFloor);
}

double pairedRatio(const GroupedSamples& numerator, const GroupedSamples& denominator)
{
    const std::vector<Pair> pairs = validPairs(numerator, denominator);
    if (pairs.empty())
        return kNaN;
    std::vector<double> logRatios;
    for (const auto& p : pairs)
        logRatios.push_back(std::log(p.numerator.median() / p.denominator.median()));
    return std::exp(medianInPlace(logRatios));
}

ProcessBootstrap pairedRatioBootstrap(const GroupedSamples& numerator, const GroupedSamples& denominator,
    double level, int resamples, std::uint64_t seed)
{
    ProcessBootstrap out;
    const std::vector<Pair> pairs = validPairs(numerator, denominator);
    out.processes = static_cast<int>(pairs.size());
    out.estimate = pairedRatio(numerator, denominator);
    if (pairs.empty())
        return out;
    SplitMix64 rng(seed);
    const auto count = static_cast<std::uint32_t>(pairs.size());
    std::vector<double> logRatios(count);
    std::vector<double> draws(static_cast<std::size_t>(std::max(resamples, 1)));
    for (auto& d : draws) {
        for (auto& r : logRatios) {
            const Pair& p = pairs[rng.below(count)];
            // Latencies are positive; a zero sample would make a ratio 0 or infinite, not a number to take.
            r = std::log(std::max(p.numerator.draw(rng), std::numeric_limits<double>::min()))
                - std::log(std::max(p.denominator.draw(rng), std::numeric_limits<double>::min()));
        }
        d = std::exp(medianInPlace(logRatios));
    }
    out.percentile = percentileInterval(draws, level);
    std::vector<double> halfWidths;
    for (const auto& p : pairs) {
        const double a = processLogHalfWidth(p.numerator.sorted(), level);
        const double b = processLogHalfWidth(p.denominator.sorted(), level);
        halfWidths.push_back(std::sqrt(a * a + b * b));
    }
    const double half = logHalfWidth(out.percentile, out.estimate);
    out.bootstrapVar = half * half;
    out.withinVar = withinVariance(std::move(halfWidths));
    return out;
}

Interval pairedRatioCi(const GroupedSamples& numerator, const GroupedSamples& denominator, double level,
    int resamples, std::uint64_t seed, IntervalTarget target, double betweenFloor)
{
    const std::vector<Pair> pairs = validPairs(numerator, denominator);
    if (pairs.empty())
        return {kNaN, kNaN};
    if (pairs.size() == 1) {
        const auto& p = pairs.front();
        return bootstrapRatioCi(p.numerator.sorted(), p.denominator.sorted(), level, resamples, seed);
    }
    return widened(pairedRatioBootstrap(numerator, denominator, level, resamples, seed), level, target, betweenFloor);
}

double unpairedRatio(const GroupedSamples& numerator, const GroupedSamples& denominator)
{
    const double den = runMedian(denominator);
    if (totalSize(numerator) == 0 || totalSize(denominator) == 0 || den == 0)
        return kNaN;
    return runMedian(numerator) / den;
}

Interval unpairedRatioCi(const GroupedSamples& numerator, const GroupedSamples& denominator, double level,
    int resamples, std::uint64_t seed, IntervalTarget target)
{
    GroupedSamples num = nonEmpty(numerator);
    GroupedSamples den = nonEmpty(denominator);
    if (num.empty() || den.empty() || runMedian(den) == 0)
        return {kNaN, kNaN};
    if (num.size() == 1 && den.size() == 1)
        return bootstrapRatioCi(num.front(), den.front(), level, resamples, seed);
    // Each side's share of the ratio's variance, from its own bootstrap, widened for its own processes.
    const auto sideVariance = [&](const GroupedSamples& side, std::uint64_t sideSeed) {
        const ProcessBootstrap b = medianBootstrap(side, level, resamples, sideSeed);
        return targetVariance(b.bootstrapVar, b.withinVar, b.processes, level, target);
    };
    const double var = sideVariance(num, seed) + sideVariance(den, seed ^ 0x9e3779b97f4a7c15ULL);
    return logSymmetric(unpairedRatio(num, den), var);
}

ProcessSpread processSpread(const GroupedSamples& groups, double minShift)
{
    ProcessSpread s;
    const std::vector<double> medians = groupMedians(groups);
    s.processes = static_cast<int>(medians.size());
    if (medians.empty())
        return s;
    std::vector<double> halfWidths;
    for (const auto& g : groups) {
        if (g.size() < 2)
            continue;
        const double m = median(g);
        halfWidths.push_back(orderStatisticMedianCi(g).relativeHalfWidth(m));
    }
    s.within = halfWidths.empty() ? 0 : median(halfWidths);
    const double pooled = pooledMedian(groups);
    const auto [lo, hi] = std::minmax_element(medians.begin(), medians.end());
    s.between = pooled != 0 ? (*hi - *lo) / std::abs(pooled) : 0;
    s.shifted = s.processes >= 2 && s.between > 2 * s.within && s.between >= minShift;
    return s;
}

StateSplit splitStates(const std::vector<double>& levels, double within)
{
    StateSplit out;
    out.busy.assign(levels.size(), false);
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < levels.size(); ++i)
        if (levels[i] > 0)
            order.push_back(i);
    if (static_cast<int>(order.size()) < kMinSplitProcesses)
        return out;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return levels[a] < levels[b]; });
    std::vector<double> sorted;
    for (std::size_t i : order)
        sorted.push_back(levels[i]);
    std::size_t cut = 0;  // the gap lies between sorted[cut] and sorted[cut + 1]
    for (std::size_t i = 0; i + 1 < sorted.size(); ++i) {
        const double gap = sorted[i + 1] / sorted[i] - 1;
        if (gap > out.gap) {
            out.gap = gap;
            cut = i;
        }
    }
    const double spread = std::max(relativeRange(sorted, 0, cut), relativeRange(sorted, cut + 1, sorted.size() - 1));
    out.split = out.gap >= kMinStateGap && out.gap > kStateGapToWithin * within && out.gap > kStateGapToSpread * spread;
    if (!out.split)
        return out;  // the gap is reported all the same
    for (std::size_t k = cut + 1; k < order.size(); ++k)
        out.busy[order[k]] = true;
    out.busyCount = static_cast<int>(order.size() - cut - 1);
    const auto boundary = sorted.begin() + static_cast<std::ptrdiff_t>(cut + 1);
    out.quietLevel = quantileSorted(std::vector<double>(sorted.begin(), boundary), 0.5);
    out.busyLevel = quantileSorted(std::vector<double>(boundary, sorted.end()), 0.5);
    return out;
}

StateSplit splitStates(const GroupedSamples& groups)
{
    std::vector<double> levels;
    for (const auto& g : groups)
        levels.push_back(g.empty() ? 0 : median(g));
    return splitStates(levels, processSpread(groups).within);
}

std::vector<double> processLevels(const std::vector<GroupedSamples>& series)
{
    std::size_t processes = 0;
    for (const auto& s : series)
        processes = std::max(processes, s.size());
    std::vector<double> logSum(processes, 0);
    std::vector<int> count(processes, 0);
    for (const auto& s : series) {
        const double pooled = pooledMedian(s);
        if (!(pooled > 0))
            continue;
        for (std::size_t p = 0; p < s.size(); ++p) {
            if (s[p].empty())
                continue;
            const double m = median(s[p]);
            if (!(m > 0))
                continue;
            logSum[p] += std::log(m / pooled);
            ++count[p];
        }
    }
    std::vector<double> levels(processes, 0);
    for (std::size_t p = 0; p < processes; ++p)
        if (count[p] > 0)
            levels[p] = std::exp(logSum[p] / count[p]);
    return levels;
}

GroupedSamples selectGroups(const GroupedSamples& groups, const std::vector<bool>& keep)
{
    GroupedSamples out;
    for (std::size_t i = 0; i < groups.size() && i < keep.size(); ++i)
        if (keep[i])
            out.push_back(groups[i]);
    return out;
}

}  // namespace ob::stats
