// SPDX-License-Identifier: MIT
#pragma once
// The residual MLP on oneDNN primitives used directly (the library LibTorch links): a matmul per layer with
// bias, ReLU and residual sum as post-ops; bf16 with bf16 weights and each layer's f32 input reordered to bf16 (f32
// output, f32 residual stream); int8 with static per-tensor s8 activations (calibrated) and per-channel s8 weights.
// Benchmark code only: it is the library path, used as documented, that OptiBench is compared with.

#include <memory>
#include <vector>

#include "kernels/native_mlp.h"

namespace ob::bench {

class OnednnMlp {
public:
    enum class Kind { Fp32, Bf16, Int8 };
    /// Builds the primitives for one batch size. `calibration` (rows x inputs) sets the int8 activation scales.
    OnednnMlp(const engine::kernels::MlpWeights& w, int batch, Kind kind, const std::vector<float>& calibration);
    ~OnednnMlp();
    /// logits (batch x outputs) of batch rows of inputs.
    void logits(const float* input, float* out);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

/// oneDNN's version and the ISA it dispatches to ("avx2", ...), for the report.
const char* onednnVersion();

}  // namespace ob::bench
