// SPDX-License-Identifier: MIT
#include "stats/bootstrap.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "stats/descriptive.h"
#include "stats/hypothesis.h"
#include "stats/rng.h"

namespace ob::stats {
namespace {

/// Draws bootstrap medians of a sorted sample: a resample is a histogram of n draws over the sorted values, and its
/// median is found by walking the cumulative counts, O(n) per resample without sorting.
class MedianResampler {
public:
    explicit MedianResampler(const std::vector<double>& values)
        : m_sorted(values)
        , m_counts(values.size())
    {
        std::sort(m_sorted.begin(), m_sorted.end());
    }

    double draw(SplitMix64& rng)
    {
        const auto n = static_cast<std::uint32_t>(m_sorted.size());
        std::fill(m_counts.begin(), m_counts.end(), 0u);
        for (std::uint32_t i = 0; i < n; ++i)
            ++m_counts[rng.below(n)];
        // Type 7 median of n values: the element of rank (n-1)/2, averaged with the next one when n is even.
        const std::uint32_t lowRank = (n - 1) / 2;
        const std::uint32_t highRank = n / 2;
        double low = 0;
        std::uint32_t seen = 0;
        for (std::uint32_t j = 0; j < n; ++j) {
            const std::uint32_t next = seen + m_counts[j];
            if (seen <= lowRank && lowRank < next)
                low = m_sorted[j];
            if (seen <= highRank && highRank < next)
                return 0.5 * (low + m_sorted[j]);
            seen = next;
        }
        return low;
    }

    double median() const { return quantileSorted(m_sorted, 0.5); }

private:
    std::vector<double> m_sorted;
    std::vector<std::uint32_t> m_counts;
};

Interval percentileInterval(std::vector<double>& draws, double level)
{
    std::sort(draws.begin(), draws.end());
    const double alpha = 1.0 - level;
    return {quantileSorted(draws, alpha / 2), quantileSorted(draws, 1.0 - alpha / 2)};
}

/// The largest rank j (1-based) with P(B <= j - 1) <= tail for B ~ Binomial(n, 1/2); 0 when there is none.
int binomialLowerRank(int n, double tail)
{
    const double logHalfN = n * std::log(0.5);
    double cdf = 0;
    int k = 0;
    for (; k <= n / 2; ++k) {
        cdf += std::exp(std::lgamma(n + 1.0) - std::lgamma(k + 1.0) - std::lgamma(n - k + 1.0) + logHalfN);
        if (cdf > tail)
            break;
    }
    return k; // P(B <= k - 1) <= tail < P(B <= k)
}

} // namespace

Interval bootstrapMedianCi(const std::vector<double>& values, double level, int resamples, std::uint64_t seed)
{
    if (values.empty())
        return {};
    if (values.size() == 1)
        return {values.front(), values.front()};
    MedianResampler resampler(values);
    SplitMix64 rng(seed);
    std::vector<double> draws(static_cast<std::size_t>(std::max(resamples, 1)));
    for (auto& d : draws)
        d = resampler.draw(rng);
    return percentileInterval(draws, level);
}

Interval bootstrapRatioCi(const std::vector<double>& numerator, const std::vector<double>& denominator, double level,
    int resamples, std::uint64_t seed)
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    if (numerator.empty() || denominator.empty())
        return {nan, nan};
    MedianResampler num(numerator);
    MedianResampler den(denominator);
    if (den.median() == 0)
        return {nan, nan};
    SplitMix64 rng(seed);
    std::vector<double> draws;
    draws.reserve(static_cast<std::size_t>(std::max(resamples, 1)));
    for (int b = 0; b < std::max(resamples, 1); ++b) {
        const double n = num.draw(rng);
        const double d = den.draw(rng);
        draws.push_back(d != 0 ? n / d : std::numeric_limits<double>::infinity());
    }
    return percentileInterval(draws, level);
}

Interval orderStatisticMedianCi(const std::vector<double>& values, double level)
{
    if (values.empty())
        return {};
    std::vector<double> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    const int n = static_cast<int>(sorted.size());
    if (n < 2)
        return {sorted.front(), sorted.front()};
    const double alpha = 1.0 - level;
    // The largest rank j (1-based) with P(B <= j - 1) <= alpha / 2; the interval is [x_(j), x_(n + 1 - j)].
    int j = 0;
    if (n <= 1000) {
        j = binomialLowerRank(n, alpha / 2);
    } else {
        j = static_cast<int>(std::floor(0.5 * n - normalQuantile(1 - alpha / 2) * 0.5 * std::sqrt(n)));
    }
    j = std::clamp(j, 1, n / 2); // too few samples for the level: the widest interval there is
    return {sorted[static_cast<std::size_t>(j - 1)], sorted[static_cast<std::size_t>(n - j)]};
}

} // namespace ob::stats
