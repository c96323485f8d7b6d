// SPDX-License-Identifier: MIT
#pragma once
// A closed interval [low, high], e.g. a confidence interval.

namespace ob::stats {

struct Interval {
    double low = 0;
    double high = 0;

    bool contains(double v) const { return low <= v && v <= high; }
    double width() const { return high - low; }
    /// The larger distance from `centre` to an end, relative to `centre` (0.02 = "within ±2%").
    double relativeHalfWidth(double centre) const;
    bool operator==(const Interval& o) const { return low == o.low && high == o.high; }
    bool operator!=(const Interval& o) const { return !(*this == o); }
};

inline double Interval::relativeHalfWidth(double centre) const
{
    if (centre == 0)
        return high == low ? 0 : 1e300;
    const double lo = centre - low;
    const double hi = high - centre;
    return (lo > hi ? lo : hi) / (centre < 0 ? -centre : centre);
}

}  // namespace ob::stats
