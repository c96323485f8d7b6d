// SPDX-License-Identifier: MIT
// Portable kernels: the same packed layouts and the same arithmetic as the SIMD kernels, in plain C++.
// They run on any CPU (ARM included) and are the reference the SIMD paths are tested against.

#include <algorithm>
#include <cmath>

#include "kernels/layers.h"

namespace ob::engine::kernels {
namespace {

inline void finish(float* c, const float* acc, const float* bias, Epilogue epi)
{
    for (int j = 0; j < kPanel; ++j) {
        const float v = acc[j] + bias[j];
        switch (epi) {
        case Epilogue::Bias: c[j] = v; break;
        case Epilogue::BiasRelu: c[j] = std::max(v, 0.0f); break;
        case Epilogue::BiasResidual: c[j] += v; break;
        }
    }
}

void fp32Scalar(const PackedFp32& l, const float* a, int lda, int rows, float* c, int ldc, Epilogue epi)
{
    for (int p = 0; p < l.outPad / kPanel; ++p) {
        const float* w = l.w.data() + static_cast<std::size_t>(p) * l.in * kPanel;
        for (int m = 0; m < rows; ++m) {
            float acc[kPanel] = {};
            const float* x = a + static_cast<std::size_t>(m) * lda;
            for (int k = 0; k < l.in; ++k)
                for (int j = 0; j < kPanel; ++j)
                    acc[j] += x[k] * w[static_cast<std::size_t>(k) * kPanel + j];
            finish(c + static_cast<std::size_t>(m) * ldc + p * kPanel, acc, l.bias.data() + p * kPanel, epi);
        }
    }
}

void bf16Scalar(const PackedBf16& l, const float* a, int lda, int rows, float* c, int ldc, Epilogue epi)
{
    int slot[kPanel];
    for (int j = 0; j < kPanel; ++j)
        slot[j] = bf16Slot(j);
    for (int p = 0; p < l.outPad / kPanel; ++p) {
        const std::uint16_t* w = l.w.data() + static_cast<std::size_t>(p) * l.in * kPanel;
        for (int m = 0; m < rows; ++m) {
            float acc[kPanel] = {};
            const float* x = a + static_cast<std::size_t>(m) * lda;
            for (int k = 0; k < l.in; ++k)
                for (int j = 0; j < kPanel; ++j)
                    acc[j] += x[k] * bf16ToFloat(w[static_cast<std::size_t>(k) * kPanel + slot[j]]);
            finish(c + static_cast<std::size_t>(m) * ldc + p * kPanel, acc, l.bias.data() + p * kPanel, epi);
        }
    }
}

void quantizeScalar(const float* a, int lda, int rows, int k, int kPad, std::uint8_t* q, int ldq, float* scale,
                    std::int32_t* zeroPoint)
{
    for (int m = 0; m < rows; ++m) {
        const float* x = a + static_cast<std::size_t>(m) * lda;
        float lo = 0, hi = 0;
        for (int i = 0; i < k; ++i) {
            lo = std::min(lo, x[i]);
            hi = std::max(hi, x[i]);
        }
        float s = (hi - lo) / static_cast<float>(kActivationLevels);
        if (!(s > 0))
            s = 1.0f;
        const float inv = 1.0f / s;
        const float zp = std::clamp(std::nearbyint(-lo * inv), 0.0f, static_cast<float>(kActivationLevels));
        std::uint8_t* out = q + static_cast<std::size_t>(m) * ldq;
        for (int i = 0; i < k; ++i)
            out[i] = static_cast<std::uint8_t>(
                std::clamp(std::nearbyint(x[i] * inv) + zp, 0.0f, static_cast<float>(kActivationLevels)));
        std::fill(out + k, out + kPad, std::uint8_t(0));
        scale[m] = s;
        zeroPoint[m] = static_cast<std::int32_t>(zp);
    }
}

void int8Scalar(const PackedInt8& l, const QuantizedRows& a, int rows, float* c, int ldc, Epilogue epi)
{
    const int quads = l.inPad / kQuad;
    for (int p = 0; p < l.outPad / kPanel; ++p) {
        const std::int8_t* w = l.w.data() + static_cast<std::size_t>(p) * l.inPad * kPanel;
        for (int m = 0; m < rows; ++m) {
            std::int32_t acc[kPanel] = {};
            const std::uint8_t* x = a.q + static_cast<std::size_t>(m) * a.ldq;
            for (int kq = 0; kq < quads; ++kq)
                for (int j = 0; j < kPanel; ++j)
                    for (int i = 0; i < kQuad; ++i)
                        acc[j] += static_cast<std::int32_t>(x[kq * kQuad + i])
                            * w[(static_cast<std::size_t>(kq) * kPanel + j) * kQuad + i];
            float v[kPanel];
            for (int j = 0; j < kPanel; ++j) {
                const int n = p * kPanel + j;
                v[j] = static_cast<float>(acc[j] - a.zeroPoint[m] * l.colSum[n]) * (a.scale[m] * l.scale[n]);
            }
            finish(c + static_cast<std::size_t>(m) * ldc + p * kPanel, v, l.bias.data() + p * kPanel, epi);
        }
    }
}

}  // namespace

const KernelOps& scalarOps()
{
    static const KernelOps ops{"scalar", fp32Scalar, bf16Scalar, quantizeScalar, int8Scalar};
    return ops;
}

}  // namespace ob::engine::kernels
