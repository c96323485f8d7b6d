// SPDX-License-Identifier: MIT
#include "stats/robust.h"

#include <algorithm>
#include <cmath>

#include "stats/descriptive.h"

namespace ob::stats {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return quantileSorted(values, 0.5);
}

double mad(const std::vector<double>& values)
{
    if (values.empty())
        return 0;
    const double m = median(values);
    std::vector<double> dev;
    dev.reserve(values.size());
    for (double v : values)
        dev.push_back(std::abs(v - m));
    return median(std::move(dev));
}

Fences madFences(const std::vector<double>& values, double k)
{
    if (values.empty())
        return {};
    const double m = median(values);
    double sigma = kMadToSigma * mad(values);
    if (sigma == 0) {
        double sum = 0;
        for (double v : values)
            sum += std::abs(v - m);
        sigma = 1.2533141373155003 * sum / static_cast<double>(values.size());  // sqrt(pi / 2)
    }
    return {m - k * sigma, m + k * sigma};
}

Fences tukeyFences(const std::vector<double>& values, double k)
{
    if (values.empty())
        return {};
    std::vector<double> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    const double q1 = quantileSorted(sorted, 0.25);
    const double q3 = quantileSorted(sorted, 0.75);
    return {q1 - k * (q3 - q1), q3 + k * (q3 - q1)};
}

std::vector<std::size_t> outlierIndices(const std::vector<double>& values, const Fences& fences)
{
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < values.size(); ++i)
        if (!fences.contains(values[i]))
            out.push_back(i);
    return out;
}

std::vector<double> insideFences(const std::vector<double>& values, const Fences& fences)
{
    std::vector<double> out;
    out.reserve(values.size());
    for (double v : values)
        if (fences.contains(v))
            out.push_back(v);
    return out;
}

}  // namespace ob::stats
