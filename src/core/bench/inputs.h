// SPDX-License-Identifier: MIT
#pragma once
// Seeded, platform-independent input data (std::normal_distribution differs between standard libraries).

#include <cstdint>
#include <vector>

namespace ob {

class InputGenerator {
public:
    explicit InputGenerator(std::uint64_t seed);
    /// Fills `out` with standard-normal floats.
    void fill(std::vector<float>& out);
    std::vector<float> next(std::size_t count);

private:
    std::uint64_t nextBits();
    double uniform();  // (0, 1)
    std::uint64_t m_state[4];
    bool m_hasSpare = false;
    double m_spare = 0;
};

/// Seeds derived from the run seed, so that each use gets its own independent stream.
std::uint64_t deriveSeed(std::uint64_t seed, std::uint64_t stream);

}  // namespace ob
