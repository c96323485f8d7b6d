// SPDX-License-Identifier: MIT
#pragma once
// The seed's "original" reasoning model, the one its tracer could not handle, rebuilt faithfully:
// input projection -> a reasoning chain whose length depends on the data (each step reads a learned memory bank
// with multi-head attention, then a residual reasoning block; the chain stops once the confidence passes a
// threshold) -> a strategy selector (reading the encoded input) whose argmax picks one of several sub-networks ->
// output projection.
// Its output is a nested dict mixing ints and tensors:
//   {reasoning_scores: Tensor[B,out], confidence: Tensor[B,1],
//    attention: {weights: Tensor[B,slots], memory_slots_used: int},
//    reasoning_chain: [0, state0, 1, state1, ...] (int step ids mixed with Tensor[B,h] states),
//    strategy: int}
// Every row follows its own path (rows that stopped keep their state; each row gets its own branch), so a row's
// answer does not depend on the other rows of its batch. The ints summarise the batch (see forward()).

#include <torch/nn/module.h>
#include <torch/nn/modules/container/modulelist.h>
#include <torch/nn/modules/linear.h>

#include "optibench/engine/types.h"
#include "runtime/runnable.h"

namespace ob::engine {

/// Fixed parts of the architecture (hidden size and layers come from the ModelSpec).
struct OriginalShape {
    static constexpr int kMemorySlots = 32;
    static constexpr int kStrategies = 3;  // branch activations: relu, tanh, silu
    /// A row stops reasoning once its confidence exceeds this (checked after every step).
    static constexpr double kConfidenceThreshold = 0.5;
    /// Attention heads for a hidden size: 4 when it divides, else 2, else 1.
    static int heads(int hidden);
};

/// The path one row took: how many reasoning steps and which strategy branch.
struct OriginalPaths {
    at::Tensor steps;     // [B] int64, 0..layers
    at::Tensor strategy;  // [B] int64, 0..kStrategies-1
};

class OriginalNetImpl : public torch::nn::Module {
public:
    explicit OriginalNetImpl(const ModelSpec& spec);

    /// The nested output dict; `paths`, when given, receives each row's path.
    c10::IValue forward(const at::Tensor& x, OriginalPaths* paths = nullptr);

    int hidden = 0;
    int heads = 1;
    torch::nn::Linear input{nullptr};
    at::Tensor memory;  // [slots, hidden]
    torch::nn::Linear query{nullptr}, key{nullptr}, value{nullptr}, attnOut{nullptr};
    torch::nn::ModuleList fc1{nullptr}, fc2{nullptr};  // one reasoning block per step
    torch::nn::Linear confidence{nullptr};             // hidden -> 1, on the layer-normalised state
    at::Tensor stepBias;                               // [layers], added to the confidence logit of each step
    torch::nn::Linear selector{nullptr};               // hidden -> kStrategies
    torch::nn::ModuleList branches{nullptr};           // kStrategies x Linear(hidden, hidden)
    torch::nn::Linear output{nullptr};

private:
    std::pair<at::Tensor, at::Tensor> attend(const at::Tensor& h, const at::Tensor& keys, const at::Tensor& values);
    at::Tensor confidenceOf(const at::Tensor& h, long step);
};
TORCH_MODULE(OriginalNet);

/// The original model as built (fp32, eval mode): `eager` on --model original.
class OriginalModel : public Runnable {
public:
    explicit OriginalModel(const ModelSpec& spec);

    c10::IValue forward(const at::Tensor& x) override;
    std::string kind() const override { return "eager nn::Module (fp32, data-dependent control flow)"; }
    std::int64_t weightBytes() const override;
    std::vector<std::pair<std::string, at::Tensor>> namedWeights() const override;
    bool dataDependentControlFlow() const override { return true; }

    const OriginalNet& net() const { return m_net; }
    /// Each row's path for `x` (the test of the frozen-trace trap uses it).
    OriginalPaths paths(const at::Tensor& x) const;

private:
    OriginalNet m_net;
};

/// Parameters of the original model for `spec`.
std::int64_t originalParameters(const ModelSpec& spec);
/// FLOPs of one sample at the maximum path (see model_factory.cpp).
double originalMaxFlopsPerSample(const ModelSpec& spec);

}  // namespace ob::engine
