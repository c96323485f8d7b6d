// SPDX-License-Identifier: MIT
// The probe loops with AVX2 + FMA (compiled with -mavx2 -mfma; called only after a run-time CPU check).

#include "kernels/probe.h"

#if defined(__AVX2__) && (defined(__FMA__) || defined(_MSC_VER))

#include <immintrin.h>

namespace ob::engine::kernels {
namespace {

constexpr int kChains = 12;  // > FMA latency (4) x FMA ports (2): enough independent work to reach the peak

double fp32Avx2(long iterations, float* sink)
{
    __m256 acc[kChains];
    for (int j = 0; j < kChains; ++j)
        acc[j] = _mm256_set1_ps(1.0f + 0.001f * static_cast<float>(j));
    const __m256 m = _mm256_set1_ps(0.9999999f), b = _mm256_set1_ps(1e-7f);
    for (long i = 0; i < iterations; ++i) {
#if defined(__GNUC__)
#pragma GCC unroll 12
#endif
        for (int j = 0; j < kChains; ++j)
            acc[j] = _mm256_fmadd_ps(acc[j], m, b);
    }
    __m256 sum = acc[0];
    for (int j = 1; j < kChains; ++j)
        sum = _mm256_add_ps(sum, acc[j]);
    alignas(32) float lanes[8];
    _mm256_store_ps(lanes, sum);
    *sink = lanes[0] + lanes[7];
    return 2.0 * 8 * kChains * static_cast<double>(iterations);
}

double int8Avx2(long iterations, int* sink)
{
    constexpr int kInt8Chains = 8;
    __m256i acc[kInt8Chains];
    __m256i w[kInt8Chains];
    for (int j = 0; j < kInt8Chains; ++j) {
        acc[j] = _mm256_setzero_si256();
        w[j] = _mm256_set1_epi8(static_cast<char>(j - 3));
    }
    const __m256i ones = _mm256_set1_epi16(1);
    __m256i x = _mm256_set1_epi8(3);
    for (long i = 0; i < iterations; ++i) {
#if defined(__GNUC__)
#pragma GCC unroll 8
#endif
        for (int j = 0; j < kInt8Chains; ++j)
            acc[j] = _mm256_add_epi32(acc[j], _mm256_madd_epi16(_mm256_maddubs_epi16(x, w[j]), ones));
        x = _mm256_xor_si256(x, ones);  // keeps the compiler from hoisting the products out of the loop
    }
    __m256i sum = acc[0];
    for (int j = 1; j < kInt8Chains; ++j)
        sum = _mm256_add_epi32(sum, acc[j]);
    *sink = _mm256_extract_epi32(sum, 0) + _mm256_extract_epi32(sum, 7);
    return 2.0 * 32 * kInt8Chains * static_cast<double>(iterations);
}

float readAvx2(const float* data, std::size_t n, int passes)
{
    __m256 a0 = _mm256_setzero_ps(), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0, a6 = a0, a7 = a0;
    for (int p = 0; p < passes; ++p) {
        for (std::size_t i = 0; i < n; i += 64) {
            a0 = _mm256_add_ps(a0, _mm256_load_ps(data + i));
            a1 = _mm256_add_ps(a1, _mm256_load_ps(data + i + 8));
            a2 = _mm256_add_ps(a2, _mm256_load_ps(data + i + 16));
            a3 = _mm256_add_ps(a3, _mm256_load_ps(data + i + 24));
            a4 = _mm256_add_ps(a4, _mm256_load_ps(data + i + 32));
            a5 = _mm256_add_ps(a5, _mm256_load_ps(data + i + 40));
            a6 = _mm256_add_ps(a6, _mm256_load_ps(data + i + 48));
            a7 = _mm256_add_ps(a7, _mm256_load_ps(data + i + 56));
        }
    }
    const __m256 s = _mm256_add_ps(_mm256_add_ps(_mm256_add_ps(a0, a1), _mm256_add_ps(a2, a3)),
                                   _mm256_add_ps(_mm256_add_ps(a4, a5), _mm256_add_ps(a6, a7)));
    alignas(32) float lanes[8];
    _mm256_store_ps(lanes, s);
    return lanes[0] + lanes[3] + lanes[7];
}

}  // namespace

const ProbeOps* avx2Probe()
{
    static const ProbeOps ops{"avx2+fma", fp32Avx2, int8Avx2, readAvx2};
    return &ops;
}

}  // namespace ob::engine::kernels

#else

namespace ob::engine::kernels {

const ProbeOps* avx2Probe()
{
    return nullptr;
}

}  // namespace ob::engine::kernels

#endif
