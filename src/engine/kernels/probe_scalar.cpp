// SPDX-License-Identifier: MIT
// The probe loops in portable C++ (what the scalar kernels can reach; the compiler may use baseline SIMD).

#include <cstdint>

#include "kernels/probe.h"

namespace ob::engine::kernels {
namespace {

constexpr int kChains = 16;

double fp32Scalar(long iterations, float* sink)
{
    float acc[kChains];
    for (int j = 0; j < kChains; ++j)
        acc[j] = 1.0f + 0.001f * static_cast<float>(j);
    const float m = 0.9999999f, b = 1e-7f;
    for (long i = 0; i < iterations; ++i)
        for (int j = 0; j < kChains; ++j)
            acc[j] = acc[j] * m + b;
    float sum = 0;
    for (int j = 0; j < kChains; ++j)
        sum += acc[j];
    *sink = sum;
    return 2.0 * kChains * static_cast<double>(iterations);
}

double int8Scalar(long iterations, int* sink)
{
    std::int32_t acc[kChains] = {};
    const std::uint8_t x[4] = {1, 2, 3, 4};
    std::int8_t w[kChains][4];
    for (int j = 0; j < kChains; ++j)
        for (int i = 0; i < 4; ++i)
            w[j][i] = static_cast<std::int8_t>(j - i);
    for (long it = 0; it < iterations; ++it)
        for (int j = 0; j < kChains; ++j)
            for (int i = 0; i < 4; ++i)
                acc[j] += x[i] * w[j][i] ^ static_cast<std::int32_t>(it & 1);
    int sum = 0;
    for (int j = 0; j < kChains; ++j)
        sum += acc[j];
    *sink = sum;
    return 2.0 * 4 * kChains * static_cast<double>(iterations);
}

float readScalar(const float* data, std::size_t n, int passes)
{
    float acc[8] = {};
    for (int p = 0; p < passes; ++p)
        for (std::size_t i = 0; i < n; i += 8)
            for (int j = 0; j < 8; ++j)
                acc[j] += data[i + j];
    float sum = 0;
    for (float v : acc)
        sum += v;
    return sum;
}

}  // namespace

const ProbeOps& scalarProbe()
{
    static const ProbeOps ops{"scalar", fp32Scalar, int8Scalar, readScalar};
    return ops;
}

}  // namespace ob::engine::kernels
