// SPDX-License-Identifier: MIT
#pragma once
// The residual MLP run by OptiBench's own fused kernels (kernels/native_mlp.h) behind the Runnable interface.

#include <vector>

#include <memory>

#include "kernels/backend.h"
#include "kernels/native_mlp.h"
#include "optibench/engine/types.h"
#include "runtime/runnable.h"

namespace ob::engine {

class NativeRunnable : public Runnable {
public:
    /// Lowers `view` (fp32 tensors) to the kernels only; throws std::runtime_error naming the layer when a shape
    /// does not fit.
    NativeRunnable(const ResidualMlp& view, kernels::Precision precision, kernels::Isa isa);
    /// Lowers `view` and, per the plan, measures the kernels against oneDNN at each of `batches` (backend.h).
    NativeRunnable(const ResidualMlp& view, kernels::Precision precision, kernels::Isa isa,
                   const kernels::BackendPlan& plan, const std::vector<int>& batches, std::uint64_t seed);

    c10::IValue forward(const at::Tensor& x) override;
    bool forwardRaw(const float* input, int batch, float* scores) override;
    std::string kind() const override;
    std::int64_t weightBytes() const override { return m_backends->weightBytes(); }

    const kernels::NativeMlp& mlp() const { return m_backends->kernels(); }
    const kernels::MlpBackends& backends() const { return *m_backends; }
    kernels::MlpBackends& backends() { return *m_backends; }
    /// One choice per prepared batch size (StepReport::choices).
    std::vector<BatchChoice> choices() const;

private:
    std::unique_ptr<kernels::MlpBackends> m_backends;
    std::vector<float> m_confidence;
};

/// The plain-pointer view of a ResidualMlp's tensors; `keep` holds contiguous fp32 copies alive.
kernels::MlpWeights weightsOf(const ResidualMlp& view, std::vector<at::Tensor>& keep);

}  // namespace ob::engine
