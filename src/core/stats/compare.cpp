// SPDX-License-Identifier: MIT
#include "stats/compare.h"

#include <algorithm>
#include <cmath>

#include "stats/hypothesis.h"
#include "stats/robust.h"

namespace ob::stats {

Comparison compareLatencies(
    const std::vector<double>& base, const std::vector<double>& other, std::uint64_t seed, double level, int resamples)
{
    Comparison c;
    if (base.empty() || other.empty())
        return c;
    const double mo = median(other);
    c.ratio = mo != 0 ? median(base) / mo : 0;
    c.ci = bootstrapRatioCi(base, other, level, resamples, seed);
    c.pValue = mannWhitneyU(base, other).pValue;
    c.significant = c.pValue < 1 - level && std::isfinite(c.ci.low) && !c.ci.contains(1.0);
    return c;
}

Comparison compareGroupedLatencies(const GroupedSamples& base, const GroupedSamples& other, std::uint64_t seed,
    double level, int resamples, IntervalTarget target, double betweenFloor)
{
    std::vector<double> pooledBase;
    std::vector<double> pooledOther;
    int pairs = 0;
    for (std::size_t i = 0; i < std::min(base.size(), other.size()); ++i) {
        if (base[i].empty() || other[i].empty())
            continue;
        ++pairs;
        pooledBase.insert(pooledBase.end(), base[i].begin(), base[i].end());
        pooledOther.insert(pooledOther.end(), other[i].begin(), other[i].end());
    }
    if (pairs < 2)
        return compareLatencies(pooledBase, pooledOther, seed, level, resamples);
    Comparison c;
    c.ratio = pairedRatio(base, other);
    c.ci = pairedRatioCi(base, other, level, resamples, seed, target, betweenFloor);
    c.pValue = mannWhitneyU(pooledBase, pooledOther).pValue;
    c.significant = c.pValue < 1 - level && std::isfinite(c.ci.low) && !c.ci.contains(1.0);
    return c;
}

ScoreChange scoreChange(double score, const Interval& referenceCi)
{
    if (!std::isfinite(score) || !std::isfinite(referenceCi.low) || !std::isfinite(referenceCi.high))
        return ScoreChange::Unknown;
    if (referenceCi.contains(score))
        return ScoreChange::NoChange;
    return score > referenceCi.high ? ScoreChange::Higher : ScoreChange::Lower;
}

}  // namespace ob::stats
