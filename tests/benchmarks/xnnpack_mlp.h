// SPDX-License-Identifier: MIT
#pragma once
// The residual MLP on XNNPACK's qs8 operators used directly (the XNNPACK LibTorch links): the library path for
// int8 at small batch sizes. Static per-tensor scales from calibration (the qs8 fully-connected operator takes one
// weight scale per tensor), the residual stream in fp32: per block convert x -> qs8, FC1 (ReLU as the output
// clamp), FC2, convert back to fp32 and add. The input and output layers are fp32 FC operators. Benchmark code only.

#include <memory>
#include <vector>

#include "kernels/native_mlp.h"

namespace ob::bench {

class XnnpackMlp {
public:
    /// Builds and sets up the operators for one batch size; `calibration` (rows x inputs) sets the scales.
    /// Throws std::runtime_error when XNNPACK refuses an operator.
    XnnpackMlp(const engine::kernels::MlpWeights& w, int batch, const std::vector<float>& calibration);
    ~XnnpackMlp();
    /// logits (batch x outputs) of batch rows of inputs.
    void logits(const float* input, float* out);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

/// XNNPACK's snapshot and whether it initialised, for the report.
const char* xnnpackVersion();

}  // namespace ob::bench
