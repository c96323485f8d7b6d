// SPDX-License-Identifier: MIT
#include "bench/inputs.h"

#include <cmath>

namespace ob {
namespace {

std::uint64_t splitmix(std::uint64_t& x)
{
    std::uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

std::uint64_t rotl(std::uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

}  // namespace

std::uint64_t deriveSeed(std::uint64_t seed, std::uint64_t stream)
{
    std::uint64_t x = seed ^ (stream * 0xd1342543de82ef95ULL);
    return splitmix(x);
}

InputGenerator::InputGenerator(std::uint64_t seed)
{
    for (auto& s : m_state)
        s = splitmix(seed);
}

std::uint64_t InputGenerator::nextBits()
{
    // xoshiro256**
    const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
    const std::uint64_t t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotl(m_state[3], 45);
    return result;
}

double InputGenerator::uniform()
{
    return (static_cast<double>(nextBits() >> 11) + 0.5) * (1.0 / 9007199254740992.0);
}

void InputGenerator::fill(std::vector<float>& out)
{
    for (auto& v : out) {
        if (m_hasSpare) {
            v = static_cast<float>(m_spare);
            m_hasSpare = false;
            continue;
        }
        const double r = std::sqrt(-2.0 * std::log(uniform()));
        const double phi = 6.283185307179586 * uniform();
        v = static_cast<float>(r * std::cos(phi));
        m_spare = r * std::sin(phi);
        m_hasSpare = true;
    }
}

std::vector<float> InputGenerator::next(std::size_t count)
{
    std::vector<float> out(count);
    fill(out);
    return out;
}

}  // namespace ob
