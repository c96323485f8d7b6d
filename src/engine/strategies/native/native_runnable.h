// SPDX-License-Identifier: MIT
#pragma once
// The residual MLP run by OptiBench's own fused kernels (kernels/native_mlp.h) behind the Runnable interface.

#include <vector>

#include "kernels/native_mlp.h"
#include "optibench/engine/types.h"
#include "runtime/runnable.h"

namespace ob::engine {

class NativeRunnable : public Runnable {
public:
    /// Lowers `view` (fp32 tensors); throws std::runtime_error naming the layer when a shape does not fit.
    NativeRunnable(const ResidualMlp& view, kernels::Precision precision, kernels::Isa isa);

    c10::IValue forward(const at::Tensor& x) override;
    bool forwardRaw(const float* input, int batch, float* scores) override;
    std::string kind() const override;
    std::int64_t weightBytes() const override { return m_mlp.weightBytes(); }

    const kernels::NativeMlp& mlp() const { return m_mlp; }

private:
    kernels::NativeMlp m_mlp;
    std::vector<float> m_confidence;
};

/// The plain-pointer view of a ResidualMlp's tensors; `keep` holds contiguous fp32 copies alive.
kernels::MlpWeights weightsOf(const ResidualMlp& view, std::vector<at::Tensor>& keep);

}  // namespace ob::engine
