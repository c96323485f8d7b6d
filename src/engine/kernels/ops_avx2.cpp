// SPDX-License-Identifier: MIT
// AVX2 + FMA kernels. This file alone is compiled with -mavx2 -mfma (see CMakeLists.txt) and is only called
// after the CPU was checked at run time. It uses no std:: algorithms or other inline code shared with the rest
// of the program, so that no AVX2 copy of a shared inline function can be picked by the linker.

#include "kernels/layers.h"

#if defined(__AVX2__) && (defined(__FMA__) || defined(_MSC_VER))

#include <immintrin.h>

#include <cstring>

// The register tiles below rely on their small loops being fully unrolled (otherwise the accumulators spill).
#if defined(__clang__)
#define OB_UNROLL _Pragma("unroll")
#elif defined(__GNUC__)
#define OB_UNROLL _Pragma("GCC unroll 16")
#else
#define OB_UNROLL
#endif

// Finishing one row before the next keeps 8 accumulators + 4 live values in the 16 ymm registers; left alone, GCC
// hoists all four broadcasts, spills an accumulator and the int8 tile runs 25% slower (measured at batch 16).
#if defined(__GNUC__)
#define OB_KEEP_IN_REGISTERS(a, b) __asm__("" : "+x"(a), "+x"(b))
#else
#define OB_KEEP_IN_REGISTERS(a, b)
#endif

namespace ob::engine::kernels {
namespace {

// ---- fp32 and bf16: one 16-column panel, MR rows, the k loop split KS ways for independent FMA chains ----

struct LoadFp32 {
    static void load(const float* w, __m256& w0, __m256& w1)
    {
        w0 = _mm256_load_ps(w);
        w1 = _mm256_load_ps(w + 8);
    }
};

struct LoadBf16 {
    static void load(const std::uint16_t* w, __m256& w0, __m256& w1)
    {
        const __m256i raw = _mm256_load_si256(reinterpret_cast<const __m256i*>(w));
        const __m256i zero = _mm256_setzero_si256();
        w0 = _mm256_castsi256_ps(_mm256_unpacklo_epi16(zero, raw));
        w1 = _mm256_castsi256_ps(_mm256_unpackhi_epi16(zero, raw));
    }
};

inline void storeTile(__m256 v, const float* bias, float* c, Epilogue epi)
{
    v = _mm256_add_ps(v, _mm256_loadu_ps(bias));
    if (epi == Epilogue::BiasRelu)
        v = _mm256_max_ps(v, _mm256_setzero_ps());
    else if (epi == Epilogue::BiasResidual)
        v = _mm256_add_ps(_mm256_loadu_ps(c), v);
    _mm256_storeu_ps(c, v);
}

template <int MR, int KS, typename Load, typename W>
inline void tileFloat(const float* a, int lda, int K, const W* w, const float* bias, float* c, int ldc, Epilogue epi)
{
    __m256 acc[KS][MR][2];
    OB_UNROLL
    for (int s = 0; s < KS; ++s) {
        OB_UNROLL
        for (int m = 0; m < MR; ++m)
            acc[s][m][0] = acc[s][m][1] = _mm256_setzero_ps();
    }
    int k = 0;
    for (; k + KS <= K; k += KS) {
        OB_UNROLL
        for (int s = 0; s < KS; ++s) {
            __m256 w0, w1;
            Load::load(w + static_cast<std::size_t>(k + s) * kPanel, w0, w1);
            OB_UNROLL
            for (int m = 0; m < MR; ++m) {
                const __m256 x = _mm256_broadcast_ss(a + static_cast<std::size_t>(m) * lda + k + s);
                acc[s][m][0] = _mm256_fmadd_ps(x, w0, acc[s][m][0]);
                acc[s][m][1] = _mm256_fmadd_ps(x, w1, acc[s][m][1]);
            }
        }
    }
    for (; k < K; ++k) {
        __m256 w0, w1;
        Load::load(w + static_cast<std::size_t>(k) * kPanel, w0, w1);
        OB_UNROLL
        for (int m = 0; m < MR; ++m) {
            const __m256 x = _mm256_broadcast_ss(a + static_cast<std::size_t>(m) * lda + k);
            acc[0][m][0] = _mm256_fmadd_ps(x, w0, acc[0][m][0]);
            acc[0][m][1] = _mm256_fmadd_ps(x, w1, acc[0][m][1]);
        }
    }
    OB_UNROLL
    for (int s = 1; s < KS; ++s) {
        OB_UNROLL
        for (int m = 0; m < MR; ++m) {
            acc[0][m][0] = _mm256_add_ps(acc[0][m][0], acc[s][m][0]);
            acc[0][m][1] = _mm256_add_ps(acc[0][m][1], acc[s][m][1]);
        }
    }
    OB_UNROLL
    for (int m = 0; m < MR; ++m) {
        float* row = c + static_cast<std::size_t>(m) * ldc;
        storeTile(acc[0][m][0], bias, row, epi);
        storeTile(acc[0][m][1], bias + 8, row + 8, epi);
    }
}

// Panel outer (its weights stay in L1 while the row blocks pass), rows inner in blocks of up to 6.
template <typename Load, typename Packed, typename W>
void gemmFloat(const Packed& l, const W* weights, const float* a, int lda, int rows, float* c, int ldc, Epilogue epi)
{
    const int K = l.in;
    for (int p = 0; p < l.outPad / kPanel; ++p) {
        const W* w = weights + static_cast<std::size_t>(p) * K * kPanel;
        const float* bias = l.bias.data() + p * kPanel;
        int m = 0;
        for (; rows - m >= 6 && rows - m != 7 && rows - m != 8; m += 6)
            tileFloat<6, 1, Load>(a + static_cast<std::size_t>(m) * lda, lda, K, w, bias,
                                  c + static_cast<std::size_t>(m) * ldc + p * kPanel, ldc, epi);
        if (rows - m >= 7) {  // 7 or 8 rows: 4 + 3 or 4 + 4 instead of 6 + 1 or 6 + 2
            tileFloat<4, 1, Load>(a + static_cast<std::size_t>(m) * lda, lda, K, w, bias,
                                  c + static_cast<std::size_t>(m) * ldc + p * kPanel, ldc, epi);
            m += 4;
        }
        const float* am = a + static_cast<std::size_t>(m) * lda;
        float* cm = c + static_cast<std::size_t>(m) * ldc + p * kPanel;
        switch (rows - m) {
        case 5: tileFloat<5, 1, Load>(am, lda, K, w, bias, cm, ldc, epi); break;
        case 4: tileFloat<4, 1, Load>(am, lda, K, w, bias, cm, ldc, epi); break;
        case 3: tileFloat<3, 2, Load>(am, lda, K, w, bias, cm, ldc, epi); break;
        case 2: tileFloat<2, 2, Load>(am, lda, K, w, bias, cm, ldc, epi); break;
        case 1: tileFloat<1, 4, Load>(am, lda, K, w, bias, cm, ldc, epi); break;
        default: break;
        }
    }
}

void fp32Avx2(const PackedFp32& l, const float* a, int lda, int rows, float* c, int ldc, Epilogue epi)
{
    gemmFloat<LoadFp32>(l, l.w.data(), a, lda, rows, c, ldc, epi);
}

void bf16Avx2(const PackedBf16& l, const float* a, int lda, int rows, float* c, int ldc, Epilogue epi)
{
    gemmFloat<LoadBf16>(l, l.w.data(), a, lda, rows, c, ldc, epi);
}

// ---- quantization of activations to u7 ----

inline float hmin(__m256 v)
{
    __m128 x = _mm_min_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
    x = _mm_min_ps(x, _mm_movehl_ps(x, x));
    x = _mm_min_ss(x, _mm_shuffle_ps(x, x, 1));
    return _mm_cvtss_f32(x);
}

inline float hmax(__m256 v)
{
    __m128 x = _mm_max_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
    x = _mm_max_ps(x, _mm_movehl_ps(x, x));
    x = _mm_max_ss(x, _mm_shuffle_ps(x, x, 1));
    return _mm_cvtss_f32(x);
}

inline float roundEven(float v)  // as std::nearbyint in the default rounding mode
{
    return _mm_cvtss_f32(_mm_round_ss(_mm_setzero_ps(), _mm_set_ss(v), _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC));
}

inline float clampf(float v, float lo, float hi)
{
    return v < lo ? lo : (v > hi ? hi : v);
}

void quantizeAvx2(const float* a, int lda, int rows, int k, int kPad, std::uint8_t* q, int ldq, float* scale,
                  std::int32_t* zeroPoint)
{
    const float levels = static_cast<float>(kActivationLevels);
    for (int m = 0; m < rows; ++m) {
        const float* x = a + static_cast<std::size_t>(m) * lda;
        __m256 vlo = _mm256_setzero_ps(), vhi = _mm256_setzero_ps();
        int i = 0;
        for (; i + 8 <= k; i += 8) {
            const __m256 v = _mm256_loadu_ps(x + i);
            vlo = _mm256_min_ps(vlo, v);
            vhi = _mm256_max_ps(vhi, v);
        }
        float lo = hmin(vlo), hi = hmax(vhi);
        for (; i < k; ++i) {
            lo = x[i] < lo ? x[i] : lo;
            hi = x[i] > hi ? x[i] : hi;
        }
        float s = (hi - lo) / levels;
        if (!(s > 0))
            s = 1.0f;
        const float inv = 1.0f / s;
        const float zp = clampf(roundEven(-lo * inv), 0.0f, levels);
        std::uint8_t* out = q + static_cast<std::size_t>(m) * ldq;
        const __m256 vinv = _mm256_set1_ps(inv);
        const __m256i vzp = _mm256_set1_epi32(static_cast<int>(zp));
        const __m256i perm = _mm256_setr_epi32(0, 4, 1, 5, 2, 6, 3, 7);
        const __m256i top = _mm256_set1_epi8(static_cast<char>(kActivationLevels));
        i = 0;
        for (; i + 32 <= k; i += 32) {
            __m256i v[4];
            OB_UNROLL
            for (int j = 0; j < 4; ++j)
                v[j] = _mm256_add_epi32(_mm256_cvtps_epi32(_mm256_mul_ps(_mm256_loadu_ps(x + i + 8 * j), vinv)), vzp);
            const __m256i ab = _mm256_packs_epi32(v[0], v[1]);
            const __m256i cd = _mm256_packs_epi32(v[2], v[3]);
            __m256i bytes = _mm256_permutevar8x32_epi32(_mm256_packus_epi16(ab, cd), perm);
            bytes = _mm256_min_epu8(bytes, top);
            _mm256_storeu_si256(reinterpret_cast<__m256i*>(out + i), bytes);
        }
        for (; i < k; ++i)
            out[i] = static_cast<std::uint8_t>(clampf(roundEven(x[i] * inv) + zp, 0.0f, levels));
        for (; i < kPad; ++i)
            out[i] = 0;
        scale[m] = s;
        zeroPoint[m] = static_cast<std::int32_t>(zp);
    }
}

// ---- int8: u7 activations x s8 weights with vpmaddubsw + vpmaddwd, exact in 32 bits ----

// MR rows x NP adjacent panels. A single row takes four panels at a time: one broadcast feeds all four and the
// panel loops start a quarter as often (batch 1, default model: 16.1 -> 15.1 us, medians of 8 processes). Two rows
// x two panels spilled and were slower, so more rows take one panel.
template <int MR, int NP>
inline void tileInt8(const PackedInt8& l, const std::int8_t* w, const QuantizedRows& a, int m0, int n0, float* c,
                     int ldc, Epilogue epi)
{
    const int quads = l.inPad / kQuad;
    const std::size_t panelBytes = static_cast<std::size_t>(l.inPad) * kPanel;
    const __m256i ones = _mm256_set1_epi16(1);
    __m256i acc[MR][NP][2];
    OB_UNROLL
    for (int m = 0; m < MR; ++m) {
        OB_UNROLL
        for (int j = 0; j < NP; ++j)
            acc[m][j][0] = acc[m][j][1] = _mm256_setzero_si256();
    }
    for (int kq = 0; kq < quads; ++kq) {
        __m256i wv[NP][2];
        OB_UNROLL
        for (int j = 0; j < NP; ++j) {
            wv[j][0] = _mm256_load_si256(reinterpret_cast<const __m256i*>(w + j * panelBytes + kq * 64));
            wv[j][1] = _mm256_load_si256(reinterpret_cast<const __m256i*>(w + j * panelBytes + kq * 64 + 32));
        }
        OB_UNROLL
        for (int m = 0; m < MR; ++m) {
            std::int32_t x4;
            std::memcpy(&x4, a.q + static_cast<std::size_t>(m0 + m) * a.ldq + kq * kQuad, sizeof x4);
            const __m256i x = _mm256_set1_epi32(x4);
            OB_UNROLL
            for (int j = 0; j < NP; ++j) {
                acc[m][j][0] =
                    _mm256_add_epi32(acc[m][j][0], _mm256_madd_epi16(_mm256_maddubs_epi16(x, wv[j][0]), ones));
                acc[m][j][1] =
                    _mm256_add_epi32(acc[m][j][1], _mm256_madd_epi16(_mm256_maddubs_epi16(x, wv[j][1]), ones));
            }
            if constexpr (NP == 1)
                OB_KEEP_IN_REGISTERS(acc[m][0][0], acc[m][0][1]);
        }
    }
    OB_UNROLL
    for (int m = 0; m < MR; ++m) {
        const __m256i zp = _mm256_set1_epi32(a.zeroPoint[m0 + m]);
        const __m256 sx = _mm256_set1_ps(a.scale[m0 + m]);
        float* row = c + static_cast<std::size_t>(m0 + m) * ldc + n0;
        OB_UNROLL
        for (int h = 0; h < 2 * NP; ++h) {
            const __m256i cs = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(l.colSum.data() + n0 + 8 * h));
            const __m256 v = _mm256_cvtepi32_ps(_mm256_sub_epi32(acc[m][h / 2][h % 2], _mm256_mullo_epi32(zp, cs)));
            const __m256 s = _mm256_mul_ps(sx, _mm256_loadu_ps(l.scale.data() + n0 + 8 * h));
            storeTile(_mm256_mul_ps(v, s), l.bias.data() + n0 + 8 * h, row + 8 * h, epi);
        }
    }
}

void int8Avx2(const PackedInt8& l, const QuantizedRows& a, int rows, float* c, int ldc, Epilogue epi)
{
    const int panels = l.outPad / kPanel;
    const std::size_t panelBytes = static_cast<std::size_t>(l.inPad) * kPanel;
    int p = 0;
    if (rows == 1)
        for (; panels - p >= 4; p += 4)
            tileInt8<1, 4>(l, l.w.data() + p * panelBytes, a, 0, p * kPanel, c, ldc, epi);
    for (; p < panels; ++p) {
        const std::int8_t* w = l.w.data() + p * panelBytes;
        const int n0 = p * kPanel;
        int m = 0;
        for (; rows - m >= 4; m += 4)
            tileInt8<4, 1>(l, w, a, m, n0, c, ldc, epi);
        switch (rows - m) {
        case 3: tileInt8<3, 1>(l, w, a, m, n0, c, ldc, epi); break;
        case 2: tileInt8<2, 1>(l, w, a, m, n0, c, ldc, epi); break;
        case 1: tileInt8<1, 1>(l, w, a, m, n0, c, ldc, epi); break;
        default: break;
        }
    }
}

}  // namespace

const KernelOps* avx2Ops()
{
    static const KernelOps ops{"avx2+fma", fp32Avx2, bf16Avx2, quantizeAvx2, int8Avx2};
    return &ops;
}

}  // namespace ob::engine::kernels

#else

namespace ob::engine::kernels {

const KernelOps* avx2Ops()
{
    return nullptr;
}

}  // namespace ob::engine::kernels

#endif
