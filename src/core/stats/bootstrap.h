// SPDX-License-Identifier: MIT
#pragma once
// Confidence intervals of medians: percentile bootstrap (seeded: the same data and seed give the same interval on
// every platform) and the distribution-free interval from order statistics. Pure functions.

#include <cstdint>
#include <vector>

#include "stats/interval.h"

namespace ob::stats {

inline constexpr int kDefaultResamples = 1000;

/// Percentile bootstrap CI of the median at `level` (e.g. 0.95). One sample gives [x, x]; none gives [0, 0].
Interval bootstrapMedianCi(
    const std::vector<double>& values, double level = 0.95, int resamples = kDefaultResamples, std::uint64_t seed = 1);

/// Percentile bootstrap CI of median(numerator) / median(denominator); the two samples are resampled independently.
/// Empty input, or a denominator median of 0, gives [NaN, NaN].
Interval bootstrapRatioCi(const std::vector<double>& numerator, const std::vector<double>& denominator,
    double level = 0.95, int resamples = kDefaultResamples, std::uint64_t seed = 1);

/// Distribution-free CI of the median from order statistics (binomial ranks; normal approximation above n = 1000).
/// Coverage is at least `level` for continuous data. Cheap: O(n) after a sort. Fewer than 2 values: [x, x].
Interval orderStatisticMedianCi(const std::vector<double>& values, double level = 0.95);

} // namespace ob::stats
