// SPDX-License-Identifier: MIT
#pragma once
// Comparing two latency samples: a speed-up as a ratio of medians with a bootstrap confidence interval and a
// Mann–Whitney test. A difference counts only when both say so. Pure functions.

#include <cstdint>
#include <vector>

#include "stats/bootstrap.h"
#include "stats/hierarchical.h"
#include "stats/interval.h"

namespace ob::stats {

struct Comparison {
    double ratio = 0;  // median(base) / median(other): > 1 means `other` is faster
    Interval ci;  // bootstrap CI of the ratio
    double pValue = 1;  // Mann–Whitney, two-sided
    bool significant = false;  // pValue < 1 − level and the CI excludes 1
};

/// Speed of `other` relative to `base` (both samples of latency).
Comparison compareLatencies(const std::vector<double>& base, const std::vector<double>& other, std::uint64_t seed,
    double level = 0.95, int resamples = kDefaultResamples);

/// The same for samples measured in several processes, paired by process (group i of both from process i): the
/// ratio and its interval from stats::pairedRatio / pairedRatioCi (for `target`, with the spread between processes no
/// smaller than `betweenFloor`), the p-value of the pooled samples. One process gives compareLatencies().
Comparison compareGroupedLatencies(const GroupedSamples& base, const GroupedSamples& other, std::uint64_t seed,
    double level = 0.95, int resamples = kDefaultResamples, IntervalTarget target = IntervalTarget::AnotherRun,
    double betweenFloor = 0);

/// The verdict of a score difference against the reference's confidence interval.
enum class ScoreChange { NoChange, Higher, Lower, Unknown };
/// `score` against `referenceCi` (the CI of the reference's score): inside it is "no change".
ScoreChange scoreChange(double score, const Interval& referenceCi);

}  // namespace ob::stats
