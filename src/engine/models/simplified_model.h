// SPDX-License-Identifier: MIT
#pragma once
// The seed's "quantization-friendly" reasoning model: Linear(in,h) -> L residual blocks
// x = x + Linear(h,h)(Dropout(0.1)(ReLU(Linear(h,h)(x)))) -> Linear(h,out); outputs the two-key dict.

#include <torch/nn/module.h>
#include <torch/nn/modules/container/modulelist.h>
#include <torch/nn/modules/dropout.h>
#include <torch/nn/modules/linear.h>

#include "optibench/engine/types.h"
#include "runtime/runnable.h"

namespace ob::engine {

class SimplifiedNetImpl : public torch::nn::Module {
public:
    explicit SimplifiedNetImpl(const ModelSpec& spec);
    /// The logits (before sigmoid), [batch, outputs].
    at::Tensor logits(const at::Tensor& x);

    torch::nn::Linear input{nullptr};
    torch::nn::ModuleList fc1{nullptr};
    torch::nn::ModuleList fc2{nullptr};
    torch::nn::Dropout dropout{nullptr};
    torch::nn::Linear output{nullptr};
};
TORCH_MODULE(SimplifiedNet);

/// The simplified model as built (fp32, eval mode): the `eager` baseline.
class SimplifiedModel : public Runnable {
public:
    explicit SimplifiedModel(const ModelSpec& spec);
    /// Wraps an existing network (e.g. one trained by distillation).
    explicit SimplifiedModel(SimplifiedNet net);

    c10::IValue forward(const at::Tensor& x) override;
    std::string kind() const override { return "eager nn::Module (fp32)"; }
    std::int64_t weightBytes() const override;
    std::vector<std::pair<std::string, at::Tensor>> namedWeights() const override;
    const ResidualMlp* residualMlp() const override { return &m_view; }

    SimplifiedNet& net() { return m_net; }

private:
    void buildView();
    SimplifiedNet m_net;
    ResidualMlp m_view;
};

}  // namespace ob::engine
