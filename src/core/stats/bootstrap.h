// SPDX-License-Identifier: MIT
#pragma once
// Confidence intervals of medians: percentile bootstrap (seeded: the same data and seed give the same interval on
// every platform; each resampled median is drawn in O(1) from its exact distribution, so thousands of resamples of
// ten thousand samples take milliseconds) and the distribution-free interval from order statistics. Pure functions.

#include <cstdint>
#include <vector>

#include "stats/interval.h"

namespace ob::stats {

inline constexpr int kDefaultResamples = 2000;

/// Percentile bootstrap CI of the median at `level` (e.g. 0.95). One sample gives [x, x]; none gives [0, 0].
Interval bootstrapMedianCi(
    const std::vector<double>& values, double level = 0.95, int resamples = kDefaultResamples, std::uint64_t seed = 1);

/// The medians of `resamples` bootstrap resamples of `values` (for histograms, and to check the sampler).
std::vector<double> bootstrapMedians(const std::vector<double>& values, int resamples, std::uint64_t seed);

/// Percentile bootstrap CI of median(numerator) / median(denominator); the two samples are resampled independently.
/// Empty input, or a denominator median of 0, gives [NaN, NaN].
Interval bootstrapRatioCi(const std::vector<double>& numerator, const std::vector<double>& denominator,
    double level = 0.95, int resamples = kDefaultResamples, std::uint64_t seed = 1);

/// Distribution-free CI of the median from order statistics (binomial ranks; normal approximation above n = 1000).
/// Coverage is at least `level` for continuous data. Cheap: O(n) after a sort. Fewer than 2 values: [x, x].
Interval orderStatisticMedianCi(const std::vector<double>& values, double level = 0.95);

}  // namespace ob::stats
