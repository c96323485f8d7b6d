// SPDX-License-Identifier: MIT
#include "stats/bootstrap.h"
#include "stats/medianresampler.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "stats/descriptive.h"
#include "stats/hypothesis.h"

namespace ob::stats {
namespace {

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
    return k;  // P(B <= k - 1) <= tail < P(B <= k)
}

}  // namespace

MedianResampler::MedianResampler(const std::vector<double>& values)
    : m_sorted(values)
{
    std::sort(m_sorted.begin(), m_sorted.end());
}

// A resample's k-th smallest element is sorted[floor(n · U(k))], where U(k) is the k-th order statistic of n
// uniforms, distributed Beta(k, n + 1 − k): the index draws floor(n · U) of a resample are uniform over the sample,
// and flooring keeps their order. For an even n the next order statistic follows as
// U(k+1) = U(k) + (1 − U(k)) · Beta(1, n − k). So this is the bootstrap distribution of the median exactly, without
// drawing n indices per resample.
double MedianResampler::draw(SplitMix64& rng) const
{
    const double n = static_cast<double>(m_sorted.size());
    const std::size_t count = m_sorted.size();
    const std::size_t k = (count + 1) / 2;  // 1-based rank of the (lower) middle element
    const double uk = beta(rng, static_cast<double>(k), n + 1 - static_cast<double>(k));
    const double lower = m_sorted[index(uk)];
    if (count % 2 == 1)
        return lower;
    const double next = uk + (1 - uk) * (1 - std::pow(rng.uniform(), 1 / (n - static_cast<double>(k))));
    return 0.5 * (lower + m_sorted[index(next)]);
}

double MedianResampler::median() const
{
    return quantileSorted(m_sorted, 0.5);
}

std::size_t MedianResampler::index(double u) const
{
    const auto i = static_cast<std::size_t>(u * static_cast<double>(m_sorted.size()));
    return std::min(i, m_sorted.size() - 1);
}

double MedianResampler::normal(SplitMix64& rng)
{
    return std::sqrt(-2 * std::log(rng.uniform())) * std::cos(6.283185307179586 * rng.uniform());
}

/// Marsaglia & Tsang (2000), for shape >= 1.
double MedianResampler::gamma(SplitMix64& rng, double shape)
{
    const double d = shape - 1.0 / 3.0;
    const double c = 1 / std::sqrt(9 * d);
    for (;;) {
        double x = 0;
        double v = 0;
        do {
            x = normal(rng);
            v = 1 + c * x;
        } while (v <= 0);
        v = v * v * v;
        const double u = rng.uniform();
        if (u < 1 - 0.0331 * x * x * x * x || std::log(u) < 0.5 * x * x + d * (1 - v + std::log(v)))
            return d * v;
    }
}

double MedianResampler::beta(SplitMix64& rng, double a, double b)
{
    const double x = gamma(rng, a);
    return x / (x + gamma(rng, b));
}

Interval percentileInterval(std::vector<double>& draws, double level)
{
    std::sort(draws.begin(), draws.end());
    const double alpha = 1.0 - level;
    return {quantileSorted(draws, alpha / 2), quantileSorted(draws, 1.0 - alpha / 2)};
}

std::vector<double> bootstrapMedians(const std::vector<double>& values, int resamples, std::uint64_t seed)
{
    if (values.empty())
        return {};
    MedianResampler resampler(values);
    SplitMix64 rng(seed);
    std::vector<double> draws(static_cast<std::size_t>(std::max(resamples, 1)));
    for (auto& d : draws)
        d = resampler.draw(rng);
    return draws;
}

Interval bootstrapMedianCi(const std::vector<double>& values, double level, int resamples, std::uint64_t seed)
{
    if (values.empty())
        return {};
    if (values.size() == 1)
        return {values.front(), values.front()};
    std::vector<double> draws = bootstrapMedians(values, resamples, seed);
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
    j = std::clamp(j, 1, n / 2);  // too few samples for the level: the widest interval there is
    return {sorted[static_cast<std::size_t>(j - 1)], sorted[static_cast<std::size_t>(n - j)]};
}

}  // namespace ob::stats
