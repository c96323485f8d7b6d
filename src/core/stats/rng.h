// SPDX-License-Identifier: MIT
#pragma once
// A small seeded generator for resampling. Its own code (not std::uniform_int_distribution, which differs between
// standard libraries), so that a seed gives the same intervals on every platform.

#include <cstdint>

namespace ob::stats {

class SplitMix64 {
public:
    explicit SplitMix64(std::uint64_t seed)
        : m_state(seed)
    {
    }

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    /// Uniform in [0, n) for n < 2^32 (Lemire's multiply-shift; the bias is below 2^-32 and irrelevant here).
    std::uint32_t below(std::uint32_t n) { return static_cast<std::uint32_t>(((next() >> 32) * n) >> 32); }

    /// Uniform in (0, 1).
    double uniform() { return (static_cast<double>(next() >> 11) + 0.5) * (1.0 / 9007199254740992.0); }

private:
    std::uint64_t m_state;
};

}  // namespace ob::stats
