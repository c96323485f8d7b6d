// SPDX-License-Identifier: MIT
#include "stats/descriptive.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ob::stats {

double quantileSorted(const std::vector<double>& sorted, double q)
{
    if (sorted.empty())
        return 0;
    q = std::clamp(q, 0.0, 1.0);
    const double h = q * static_cast<double>(sorted.size() - 1);
    const auto lo = static_cast<std::size_t>(std::floor(h));
    const auto hi = std::min(lo + 1, sorted.size() - 1);
    return sorted[lo] + (h - static_cast<double>(lo)) * (sorted[hi] - sorted[lo]);
}

double quantile(std::vector<double> values, double q)
{
    std::sort(values.begin(), values.end());
    return quantileSorted(values, q);
}

double mean(const std::vector<double>& values)
{
    if (values.empty())
        return 0;
    return std::accumulate(values.begin(), values.end(), 0.0) / static_cast<double>(values.size());
}

double stddev(const std::vector<double>& values)
{
    if (values.size() < 2)
        return 0;
    const double m = mean(values);
    double ss = 0;
    for (double v : values)
        ss += (v - m) * (v - m);
    return std::sqrt(ss / static_cast<double>(values.size() - 1));
}

Summary summarize(const std::vector<double>& values)
{
    Summary s;
    if (values.empty())
        return s;
    std::vector<double> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    s.n = static_cast<int>(values.size());
    s.mean = mean(values);
    s.std = stddev(values);
    s.min = sorted.front();
    s.max = sorted.back();
    s.p50 = quantileSorted(sorted, 0.50);
    s.p90 = quantileSorted(sorted, 0.90);
    s.p99 = quantileSorted(sorted, 0.99);
    s.iqr = quantileSorted(sorted, 0.75) - quantileSorted(sorted, 0.25);
    s.cv = s.mean != 0 ? s.std / s.mean : 0;
    return s;
}

}  // namespace ob::stats
