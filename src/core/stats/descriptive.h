// SPDX-License-Identifier: MIT
#pragma once
// Descriptive statistics of latency samples. Pure functions.

#include <vector>

namespace ob::stats {

/// Summary of a sample. Standard deviation is the sample (n-1) deviation, 0 for n < 2.
struct Summary {
    int n = 0;
    double mean = 0;
    double std = 0;
    double min = 0;
    double p50 = 0;
    double p90 = 0;
    double p99 = 0;
    double max = 0;
    double iqr = 0;  // p75 - p25
    double cv = 0;   // std / mean, 0 when mean is 0
};

/// The q-quantile (q in [0,1]) of sorted values, linear interpolation between closest ranks
/// (Hyndman & Fan type 7, the default of R and NumPy). Empty input gives 0.
double quantileSorted(const std::vector<double>& sorted, double q);
double quantile(std::vector<double> values, double q);
double mean(const std::vector<double>& values);
/// Sample standard deviation (n-1); 0 for fewer than two values.
double stddev(const std::vector<double>& values);
Summary summarize(const std::vector<double>& values);

}  // namespace ob::stats
