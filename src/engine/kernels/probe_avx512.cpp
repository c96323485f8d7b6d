// SPDX-License-Identifier: MIT
// The probe loops with AVX-512: zmm FMAs (fp32), vpdpbusd (int8, AVX512_VNNI) and vdpbf16ps (bf16, AVX512_BF16).
// This file alone is compiled with -mavx512f -mavx512bw -mavx512vl -mavx512vnni -mavx512bf16 (see CMakeLists.txt);
// machine_probe.cpp calls each loop only after the CPU check for its own extension.

#include "kernels/probe.h"

#if defined(__AVX512F__) && defined(__AVX512VNNI__) && defined(__AVX512BF16__)

#include <immintrin.h>

#if defined(__GNUC__)
#define OB_UNROLL16 _Pragma("GCC unroll 16")
#define OB_UNROLL24 _Pragma("GCC unroll 24")
#else
#define OB_UNROLL16
#define OB_UNROLL24
#endif

namespace ob::engine::kernels {
namespace {

// The sum of the lanes, only so that the loop's result is used. Not _mm512_reduce_add_*: with GCC 12 their
// extract intrinsics warn "'__Y' is used uninitialized" (_mm256_undefined_*), an error under -Werror.
float lanesSum(__m512 v)
{
    alignas(64) float lanes[16];
    _mm512_store_ps(lanes, v);
    float s = 0;
    for (float x : lanes)
        s += x;
    return s;
}

int lanesSum(__m512i v)
{
    alignas(64) int lanes[16];
    _mm512_store_si512(lanes, v);
    unsigned s = 0;  // wraps like the vector sum did (no signed overflow)
    for (int x : lanes)
        s += static_cast<unsigned>(x);
    return static_cast<int>(s);
}

// Independent chains: more than latency (4-6 cycles) x pipes (1-2) of each instruction, within the 32 zmm registers.
constexpr int kChains = 16;
constexpr int kBf16Chains = 24;

double fp32Avx512(long iterations, float* sink)
{
    __m512 acc[kChains];
    for (int j = 0; j < kChains; ++j)
        acc[j] = _mm512_set1_ps(1.0f + 0.001f * static_cast<float>(j));
    const __m512 m = _mm512_set1_ps(0.9999999f), b = _mm512_set1_ps(1e-7f);
    for (long i = 0; i < iterations; ++i) {
        OB_UNROLL16
        for (int j = 0; j < kChains; ++j)
            acc[j] = _mm512_fmadd_ps(acc[j], m, b);
    }
    __m512 sum = acc[0];
    for (int j = 1; j < kChains; ++j)
        sum = _mm512_add_ps(sum, acc[j]);
    *sink = lanesSum(sum);
    return 2.0 * 16 * kChains * static_cast<double>(iterations);
}

double int8Vnni(long iterations, int* sink)
{
    __m512i acc[kChains];
    for (int j = 0; j < kChains; ++j)
        acc[j] = _mm512_setzero_si512();
    const __m512i w = _mm512_set1_epi8(-3);
    __m512i x = _mm512_set1_epi8(3);
    const __m512i flip = _mm512_set1_epi8(1);
    for (long i = 0; i < iterations; ++i) {
        OB_UNROLL16
        for (int j = 0; j < kChains; ++j)
            acc[j] = _mm512_dpbusd_epi32(acc[j], x, w);
        x = _mm512_xor_si512(x, flip);  // keeps the compiler from hoisting the products out of the loop
    }
    __m512i sum = acc[0];
    for (int j = 1; j < kChains; ++j)
        sum = _mm512_add_epi32(sum, acc[j]);
    *sink = lanesSum(sum);
    return 2.0 * 64 * kChains * static_cast<double>(iterations);
}

double bf16Avx512(long iterations, float* sink)
{
    __m512 acc[kBf16Chains];
    for (int j = 0; j < kBf16Chains; ++j)
        acc[j] = _mm512_setzero_ps();
    // 1.0 and 1e-3 in bf16 (the upper halves of their fp32 bit patterns), 32 of each per register.
    const __m512bh a = (__m512bh)_mm512_set1_epi16(0x3f80);
    __m512bh b = (__m512bh)_mm512_set1_epi16(0x3a83);
    for (long i = 0; i < iterations; ++i) {
        OB_UNROLL24
        for (int j = 0; j < kBf16Chains; ++j)
            acc[j] = _mm512_dpbf16_ps(acc[j], a, b);
        __asm__("" : "+v"(b));  // an opaque operand per iteration: the products cannot be hoisted
    }
    __m512 sum = acc[0];
    for (int j = 1; j < kBf16Chains; ++j)
        sum = _mm512_add_ps(sum, acc[j]);
    *sink = lanesSum(sum);
    return 2.0 * 32 * kBf16Chains * static_cast<double>(iterations);
}

}  // namespace

const PeakProbe* avx512Fp32Probe()
{
    static const PeakProbe p{"avx512f (vfmadd231ps zmm)", fp32Avx512, nullptr};
    return &p;
}

const PeakProbe* avx512VnniProbe()
{
    static const PeakProbe p{"avx512_vnni (vpdpbusd zmm)", nullptr, int8Vnni};
    return &p;
}

const PeakProbe* avx512Bf16Probe()
{
    static const PeakProbe p{"avx512_bf16 (vdpbf16ps zmm)", bf16Avx512, nullptr};
    return &p;
}

}  // namespace ob::engine::kernels

#else

namespace ob::engine::kernels {

const PeakProbe* avx512Fp32Probe()
{
    return nullptr;
}

const PeakProbe* avx512VnniProbe()
{
    return nullptr;
}

const PeakProbe* avx512Bf16Probe()
{
    return nullptr;
}

}  // namespace ob::engine::kernels

#endif
