// SPDX-License-Identifier: MIT
#pragma once
// Packed linear layers and the table of fused layer kernels, one table per instruction set.
// Plain C++ (no torch): the ISA-specific tables live in their own translation units with their own flags.

#include <cstdint>

#include "kernels/aligned.h"

namespace ob::engine::kernels {

/// Output columns per packed panel: two AVX2 registers of fp32 (or one AVX-512 register).
constexpr int kPanel = 16;
/// int8 inputs are consumed four at a time (u8x4 · s8x4 -> s32).
constexpr int kQuad = 4;
/// Activations are quantized to 7 bits (0..127) so that vpmaddubsw's pair sums cannot saturate:
/// 2 * 127 * 127 = 32258 <= 32767.
constexpr int kActivationLevels = 127;

inline int roundUp(int v, int m)
{
    return (v + m - 1) / m * m;
}

/// What follows the matrix product in the same pass: C = acc + bias, relu(acc + bias), or C + acc + bias.
enum class Epilogue { Bias, BiasRelu, BiasResidual };

/// fp32 weights in panels: w[panel][k][16], output columns zero-padded to a multiple of 16.
struct PackedFp32 {
    int in = 0;
    int out = 0;
    int outPad = 0;
    AlignedArray<float> w;
    AlignedArray<float> bias;  // outPad
};

/// bf16 weights (the upper 16 bits of fp32, rounded to nearest even) in the fp32 panel order, except that
/// each 16-column row is stored as columns 0-3, 8-11, 4-7, 12-15 so that AVX2 unpacks it with two vpunpck*wd.
struct PackedBf16 {
    int in = 0;
    int out = 0;
    int outPad = 0;
    AlignedArray<std::uint16_t> w;
    AlignedArray<float> bias;
};
/// Position of column c (0..15) inside a packed bf16 row.
inline int bf16Slot(int c)
{
    return (c & 3) | ((c & 4) << 1) | ((c & 8) >> 1);
}

/// int8 weights, symmetric per output column (-127..127): w[panel][k/4][16][4]; inputs padded to a multiple of 4.
struct PackedInt8 {
    int in = 0;
    int inPad = 0;
    int out = 0;
    int outPad = 0;
    AlignedArray<std::int8_t> w;
    AlignedArray<float> scale;   // weight scale per output column
    AlignedArray<std::int32_t> colSum;  // sum over k of the quantized weights of each column (zero-point term)
    AlignedArray<float> bias;
};

PackedFp32 packFp32(const float* weight, const float* bias, int in, int out);
PackedBf16 packBf16(const float* weight, const float* bias, int in, int out);
PackedInt8 packInt8(const float* weight, const float* bias, int in, int out);
float bf16ToFloat(std::uint16_t v);
std::uint16_t floatToBf16(float v);

/// Rows quantized to u7 with a per-row scale and zero point: x ~ (q - zp) * scale.
struct QuantizedRows {
    const std::uint8_t* q = nullptr;
    int ldq = 0;
    const float* scale = nullptr;
    const std::int32_t* zeroPoint = nullptr;
};

/// One instruction set's kernels. Each computes C[m][0..outPad) for m < rows; a has `lda` floats per row.
struct KernelOps {
    const char* name;
    void (*fp32)(const PackedFp32& l, const float* a, int lda, int rows, float* c, int ldc, Epilogue epi);
    void (*bf16)(const PackedBf16& l, const float* a, int lda, int rows, float* c, int ldc, Epilogue epi);
    /// Quantizes rows of k floats to u7 (padding up to kPad with the zero point's code, which the zero weights ignore).
    void (*quantize)(const float* a, int lda, int rows, int k, int kPad, std::uint8_t* q, int ldq, float* scale,
                     std::int32_t* zeroPoint);
    void (*int8)(const PackedInt8& l, const QuantizedRows& a, int rows, float* c, int ldc, Epilogue epi);
};

/// Portable C++ kernels (any CPU).
const KernelOps& scalarOps();
/// AVX2 + FMA kernels; nullptr when this build has none (not x86-64).
const KernelOps* avx2Ops();

}  // namespace ob::engine::kernels
