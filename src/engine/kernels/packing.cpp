// SPDX-License-Identifier: MIT
// Weight packing shared by every instruction set (the scalar kernels read the same layouts).

#include <algorithm>
#include <cmath>
#include <cstring>

#include "kernels/layers.h"

namespace ob::engine::kernels {
namespace {

template <typename Packed>
void packBias(Packed& p, const float* bias)
{
    p.bias.resize(static_cast<std::size_t>(p.outPad));
    if (bias)
        std::copy(bias, bias + p.out, p.bias.data());
}

}  // namespace

float bf16ToFloat(std::uint16_t v)
{
    const std::uint32_t bits = static_cast<std::uint32_t>(v) << 16;
    float f;
    std::memcpy(&f, &bits, sizeof f);
    return f;
}

std::uint16_t floatToBf16(float v)
{
    std::uint32_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    if (std::isnan(v))
        return static_cast<std::uint16_t>((bits >> 16) | 0x40);
    bits += 0x7fff + ((bits >> 16) & 1);  // round to nearest even
    return static_cast<std::uint16_t>(bits >> 16);
}

PackedFp32 packFp32(const float* weight, const float* bias, int in, int out)
{
    PackedFp32 p;
    p.in = in;
    p.out = out;
    p.outPad = roundUp(out, kPanel);
    p.w.resize(static_cast<std::size_t>(p.outPad) * in);
    for (int n = 0; n < out; ++n) {
        float* panel = p.w.data() + static_cast<std::size_t>(n / kPanel) * in * kPanel;
        for (int k = 0; k < in; ++k)
            panel[static_cast<std::size_t>(k) * kPanel + n % kPanel] = weight[static_cast<std::size_t>(n) * in + k];
    }
    packBias(p, bias);
    return p;
}

PackedBf16 packBf16(const float* weight, const float* bias, int in, int out)
{
    PackedBf16 p;
    p.in = in;
    p.out = out;
    p.outPad = roundUp(out, kPanel);
    p.w.resize(static_cast<std::size_t>(p.outPad) * in);
    for (int n = 0; n < out; ++n) {
        std::uint16_t* panel = p.w.data() + static_cast<std::size_t>(n / kPanel) * in * kPanel;
        for (int k = 0; k < in; ++k)
            panel[static_cast<std::size_t>(k) * kPanel + bf16Slot(n % kPanel)] =
                floatToBf16(weight[static_cast<std::size_t>(n) * in + k]);
    }
    packBias(p, bias);
    return p;
}

PackedInt8 packInt8(const float* weight, const float* bias, int in, int out)
{
    PackedInt8 p;
    p.in = in;
    p.inPad = roundUp(std::max(in, 1), kQuad);
    p.out = out;
    p.outPad = roundUp(out, kPanel);
    p.w.resize(static_cast<std::size_t>(p.outPad) * p.inPad);
    p.scale.resize(static_cast<std::size_t>(p.outPad));
    p.colSum.resize(static_cast<std::size_t>(p.outPad));
    for (int n = 0; n < out; ++n) {
        const float* row = weight + static_cast<std::size_t>(n) * in;
        float maxAbs = 0;
        for (int k = 0; k < in; ++k)
            maxAbs = std::max(maxAbs, std::fabs(row[k]));
        const float scale = maxAbs > 0 ? maxAbs / 127.0f : 1.0f;
        p.scale[static_cast<std::size_t>(n)] = scale;
        std::int8_t* panel = p.w.data() + static_cast<std::size_t>(n / kPanel) * p.inPad * kPanel;
        std::int32_t sum = 0;
        for (int k = 0; k < in; ++k) {
            const int q = std::clamp(static_cast<int>(std::lround(row[k] / scale)), -127, 127);
            sum += q;
            panel[static_cast<std::size_t>(k / kQuad) * kPanel * kQuad + (n % kPanel) * kQuad + k % kQuad] =
                static_cast<std::int8_t>(q);
        }
        p.colSum[static_cast<std::size_t>(n)] = sum;
    }
    packBias(p, bias);
    return p;
}

}  // namespace ob::engine::kernels
