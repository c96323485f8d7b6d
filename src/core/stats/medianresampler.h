// SPDX-License-Identifier: MIT
#pragma once
// The bootstrap of a median in O(1) per resample, shared by the interval functions (bootstrap.h, hierarchical.h).

#include <cstddef>
#include <vector>

#include "stats/interval.h"
#include "stats/rng.h"

namespace ob::stats {

/// Draws medians of bootstrap resamples of one sample from their exact distribution, O(1) each. Needs a non-empty
/// sample.
class MedianResampler {
public:
    explicit MedianResampler(const std::vector<double>& values);
    /// The median of one bootstrap resample.
    double draw(SplitMix64& rng) const;
    /// The sample's own median.
    double median() const;
    const std::vector<double>& sorted() const { return m_sorted; }

private:
    std::size_t index(double u) const;
    static double normal(SplitMix64& rng);
    static double gamma(SplitMix64& rng, double shape);
    static double beta(SplitMix64& rng, double a, double b);

    std::vector<double> m_sorted;
};

/// The percentile interval of bootstrap draws at `level` (sorts `draws`; non-empty).
Interval percentileInterval(std::vector<double>& draws, double level);

}  // namespace ob::stats
