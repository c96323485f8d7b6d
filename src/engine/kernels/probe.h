// SPDX-License-Identifier: MIT
#pragma once
// Loops that measure one core's limits: peak arithmetic and read bandwidth (plain C++ interface, per-ISA bodies).

#include <cstddef>

namespace ob::engine::kernels {

struct ProbeOps {
    const char* name;
    /// Runs `iterations` rounds of independent FMAs; returns the fp32 operations done (multiply-add = 2).
    double (*fp32Peak)(long iterations, float* sink);
    /// Runs `iterations` rounds of u8 x s8 multiply-accumulates into s32; returns the operations done (2 per MAC),
    /// or 0 when this instruction set has no int8 dot product worth measuring.
    double (*int8Peak)(long iterations, int* sink);
    /// Reads `n` floats (n a multiple of 64, data 64-byte aligned) `passes` times; returns their sum.
    float (*readSweep)(const float* data, std::size_t n, int passes);
};

const ProbeOps& scalarProbe();
const ProbeOps* avx2Probe();  // nullptr when not compiled in

/// One peak loop of an ISA extension (probe_avx512.cpp): `isa` names the extension and the instruction,
/// e.g. "avx512_vnni (vpdpbusd zmm)". Exactly one of the two loops is set; each returns the operations done.
struct PeakProbe {
    const char* isa;
    double (*floatPeak)(long iterations, float* sink);  // fp32 or bf16 multiply-adds (2 operations each)
    double (*intPeak)(long iterations, int* sink);      // u8 x s8 -> s32 multiply-adds (2 operations each)
};
/// nullptr when not compiled in. Call each only on a CPU with its extension (AVX512F, AVX512_VNNI, AVX512_BF16).
const PeakProbe* avx512Fp32Probe();
const PeakProbe* avx512VnniProbe();
const PeakProbe* avx512Bf16Probe();

}  // namespace ob::engine::kernels
