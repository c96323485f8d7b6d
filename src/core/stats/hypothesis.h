// SPDX-License-Identifier: MIT
#pragma once
// Distributions and tests: the normal and Student t quantiles, the Mann–Whitney U test, a drift test between the
// first and the last quarter of a series, and the confidence interval of a mean. Pure functions.

#include <vector>

#include "stats/interval.h"

namespace ob::stats {

double normalCdf(double z);
/// Φ⁻¹(p) for p in (0, 1); ±infinity at 0 and 1.
double normalQuantile(double p);
/// P(T <= t) for Student's t with `df` degrees of freedom (df > 0).
double studentTCdf(double t, double df);
/// The p-quantile of Student's t with `df` degrees of freedom.
double studentTQuantile(double p, double df);

struct MannWhitney {
    double u = 0;  // U of the first sample: pairs (a, b) with a > b, plus half the tied pairs (R's W)
    double z = 0;  // standardised U (tie and continuity corrected); 0 when the p-value is exact
    double pValue = 1;  // two-sided
    bool exact = false;  // exact distribution (no ties, n1 + n2 <= kMannWhitneyExactMax)
};

/// Samples up to this combined size without ties get the exact distribution of U.
inline constexpr int kMannWhitneyExactMax = 50;

/// Two-sided Mann–Whitney U (Wilcoxon rank-sum) test of `a` against `b`. Normal approximation with tie correction
/// and continuity correction for larger or tied samples. An empty sample gives p = 1.
MannWhitney mannWhitneyU(const std::vector<double>& a, const std::vector<double>& b);

struct Drift {
    double relativeChange = 0;  // median(last quarter) / median(first quarter) − 1
    double pValue = 1;  // Mann–Whitney, first against last quarter
    bool drifting = false;  // pValue < alpha and |relativeChange| >= minRelativeChange
};

inline constexpr double kDriftAlpha = 0.01;
inline constexpr double kDriftMinChange = 0.02;
/// Fewer samples than this are not tested (a quarter needs at least 2).
inline constexpr int kDriftMinSamples = 8;

/// Tests a series in measurement order for a trend between its first and last quarter. A change must be both
/// significant and large enough to matter: with thousands of samples a 0.1% drift is significant but harmless.
Drift driftTest(
    const std::vector<double>& series, double alpha = kDriftAlpha, double minRelativeChange = kDriftMinChange);

/// Student t confidence interval of the mean; fewer than 2 values give [NaN, NaN].
Interval meanCi(const std::vector<double>& values, double level = 0.95);

}  // namespace ob::stats
