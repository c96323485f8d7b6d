// SPDX-License-Identifier: MIT
#pragma once
// Robust statistics: median, MAD and outlier fences. Pure functions.

#include <cstddef>
#include <vector>

namespace ob::stats {

/// 1 / Φ⁻¹(3/4): scales the MAD to the standard deviation of a normal distribution.
inline constexpr double kMadToSigma = 1.482602218505602;
/// The default fence of the modified z-score rule (Iglewicz & Hoaglin): |x − median| > 3.5 · 1.4826 · MAD.
inline constexpr double kDefaultMadFence = 3.5;

double median(std::vector<double> values);
/// Median absolute deviation from the median, unscaled (0 for empty input).
double mad(const std::vector<double>& values);

/// Samples outside [low, high] are outliers.
struct Fences {
    double low = 0;
    double high = 0;
    bool contains(double v) const { return low <= v && v <= high; }
};

/// median ± k · 1.4826 · MAD. When the MAD is 0 (more than half the samples equal), the mean absolute deviation
/// from the median × 1.2533 stands in for σ, so that a quantised timer does not make every other sample an outlier.
Fences madFences(const std::vector<double>& values, double k = kDefaultMadFence);
/// Tukey's fences [Q1 − k·IQR, Q3 + k·IQR] (k = 1.5 "outside", 3 "far out").
Fences tukeyFences(const std::vector<double>& values, double k = 1.5);

/// Indices of the samples outside the fences, in order.
std::vector<std::size_t> outlierIndices(const std::vector<double>& values, const Fences& fences);
/// The samples inside the fences, in order.
std::vector<double> insideFences(const std::vector<double>& values, const Fences& fences);

}  // namespace ob::stats
