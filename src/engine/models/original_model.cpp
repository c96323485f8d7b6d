// SPDX-License-Identifier: MIT
#include "models/original_model.h"

#include <torch/torch.h>

#include <cmath>

#include "models/init.h"

namespace ob::engine {
namespace {

// The confidence of step i gets a bias rising linearly from kRampFirst (first step) to kRampLast (last step):
// reasoning longer makes the model surer. With the threshold 0.5 this spreads the chain lengths of N(0,1) inputs
// over the whole range 1..layers (tests/engine/tst_original_model.cpp checks that the evaluation set takes
// several paths).
constexpr double kRampFirst = -1.5;
constexpr double kRampLast = 1.5;

at::Tensor branchActivation(int strategy, const at::Tensor& t)
{
    switch (strategy) {
    case 0: return torch::relu(t);
    case 1: return torch::tanh(t);
    default: return torch::silu(t);
    }
}

torch::nn::Linear makeLinear(int in, int out, at::Generator& gen)
{
    torch::nn::Linear l(in, out);
    initLinear(l, gen);
    return l;
}

}  // namespace

int OriginalShape::heads(int hidden)
{
    return hidden % 4 == 0 ? 4 : hidden % 2 == 0 ? 2 : 1;
}

OriginalNetImpl::OriginalNetImpl(const ModelSpec& spec) : hidden(spec.hidden), heads(OriginalShape::heads(spec.hidden))
{
    auto gen = makeGenerator(spec.seed);
    const int h = spec.hidden;
    input = register_module("input", makeLinear(spec.inputs, h, gen));
    {
        torch::NoGradGuard noGrad;
        memory = register_parameter("memory", torch::empty({OriginalShape::kMemorySlots, h}));
        memory.normal_(0.0, 1.0, gen);
    }
    query = register_module("query", makeLinear(h, h, gen));
    key = register_module("key", makeLinear(h, h, gen));
    value = register_module("value", makeLinear(h, h, gen));
    attnOut = register_module("attn_out", makeLinear(h, h, gen));
    fc1 = register_module("fc1", torch::nn::ModuleList());
    fc2 = register_module("fc2", torch::nn::ModuleList());
    for (int i = 0; i < spec.layers; ++i) {
        fc1->push_back(makeLinear(h, h, gen));
        fc2->push_back(makeLinear(h, h, gen));
    }
    confidence = register_module("confidence", makeLinear(h, 1, gen));
    stepBias = register_parameter("step_bias", spec.layers > 1 ? torch::linspace(kRampFirst, kRampLast, spec.layers)
                                                               : torch::zeros({spec.layers}));
    selector = register_module("selector", makeLinear(h, OriginalShape::kStrategies, gen));
    branches = register_module("branches", torch::nn::ModuleList());
    for (int s = 0; s < OriginalShape::kStrategies; ++s)
        branches->push_back(makeLinear(h, h, gen));
    output = register_module("output", makeLinear(h, spec.outputs, gen));
    for (auto& p : parameters())
        p.set_requires_grad(false);  // the C++ tracer refuses constants that require grad
    eval();
}

std::pair<at::Tensor, at::Tensor> OriginalNetImpl::attend(const at::Tensor& h, const at::Tensor& keys,
                                                          const at::Tensor& values)
{
    const long d = hidden / heads;
    const auto q = query(h).view({-1, heads, 1, d});                                // [B,H,1,D]
    const auto w = torch::softmax(torch::matmul(q, keys) / std::sqrt(static_cast<double>(d)), -1);  // [B,H,1,S]
    const auto a = torch::matmul(w, values).reshape({-1, hidden});                  // [B,H,1,D] -> [B,h]
    return {attnOut(a), w.squeeze(2).mean(1)};
}

at::Tensor OriginalNetImpl::confidenceOf(const at::Tensor& h, long step)
{
    auto logit = confidence(torch::layer_norm(h, {hidden}));
    if (step >= 0)
        logit = logit + stepBias[step];
    return torch::sigmoid(logit);
}

c10::IValue OriginalNetImpl::forward(const at::Tensor& x, OriginalPaths* paths)
{
    // No batch size is read as an int: in C++, x.size(0) is a plain number that a trace would freeze (the
    // traced graph would then only accept the example's batch). Shapes follow x through -1 and *_like.
    const long slots = OriginalShape::kMemorySlots;
    const long d = hidden / heads;
    // The memory bank, projected once per call: keys [H,D,S], values [H,S,D].
    const auto keys = key(memory).view({slots, heads, d}).permute({1, 2, 0});
    const auto values = value(memory).view({slots, heads, d}).permute({1, 0, 2});

    const auto encoded = input(x);
    auto h = encoded;
    auto conf = confidenceOf(h, -1);
    auto weights = torch::zeros_like(x.narrow(1, 0, 1)).repeat({1, slots});
    auto active = torch::ones_like(x.select(1, 0), torch::kBool);
    auto steps = torch::zeros_like(x.select(1, 0), torch::kLong);
    c10::impl::GenericList chain(c10::AnyType::get());
    for (long i = 0; i < static_cast<long>(fc1->size()); ++i) {
        const auto [a, w] = attend(h, keys, values);
        const auto r = torch::relu(fc1[i]->as<torch::nn::Linear>()->forward(h + a));
        const auto next = h + fc2[i]->as<torch::nn::Linear>()->forward(r);
        const auto rows = active.unsqueeze(1);
        h = torch::where(rows, next, h);
        weights = torch::where(rows, w, weights);
        conf = torch::where(rows, confidenceOf(h, i), conf);
        steps = steps + active.to(torch::kLong);
        chain.push_back(c10::IValue(static_cast<int64_t>(i)));
        chain.push_back(h);
        active = active & (conf.squeeze(1) <= OriginalShape::kConfidenceThreshold);
        if (!active.any().item<bool>())  // data-dependent: the chain ends when every row is confident
            break;
    }

    // The selector reads the encoded problem (the reasoning states share a large common part from the memory bank,
    // which would make one branch win for almost every input).
    const auto choice = selector(torch::layer_norm(encoded, {hidden})).argmax(-1);  // [B]
    auto y = h;
    for (int s = 0; s < OriginalShape::kStrategies; ++s) {
        const auto mask = choice == s;
        if (mask.any().item<bool>())  // data-dependent: only the branches some row chose run
            y = torch::where(mask.unsqueeze(1), h + branchActivation(s, branches[s]->as<torch::nn::Linear>()->forward(h)), y);
    }
    const auto logits = output(y);

    // The ints summarise the batch: the strategy most rows chose, the memory slots read above uniform weight.
    const auto strategy = torch::bincount(choice, {}, OriginalShape::kStrategies).argmax().item<int64_t>();
    const auto slotsUsed = (weights.mean(0) > 1.0 / static_cast<double>(slots)).sum().item<int64_t>();

    c10::impl::GenericDict attention(c10::StringType::get(), c10::AnyType::get());
    attention.insert("weights", weights);
    attention.insert("memory_slots_used", slotsUsed);
    c10::impl::GenericDict out(c10::StringType::get(), c10::AnyType::get());
    out.insert("reasoning_scores", torch::sigmoid(logits));
    out.insert("confidence", conf);
    out.insert("attention", attention);
    out.insert("reasoning_chain", chain);
    out.insert("strategy", strategy);
    if (paths)
        *paths = OriginalPaths{steps, choice};
    return out;
}

OriginalModel::OriginalModel(const ModelSpec& spec) : m_net(spec) {}

c10::IValue OriginalModel::forward(const at::Tensor& x)
{
    return m_net->forward(x);
}

OriginalPaths OriginalModel::paths(const at::Tensor& x) const
{
    OriginalPaths p;
    c10::InferenceMode guard;
    (void)m_net.ptr()->forward(x, &p);  // a forward in eval mode changes nothing
    return p;
}

std::vector<std::pair<std::string, at::Tensor>> OriginalModel::namedWeights() const
{
    std::vector<std::pair<std::string, at::Tensor>> out;
    for (const auto& p : m_net->named_parameters())
        out.emplace_back(p.key(), p.value());
    return out;
}

std::int64_t OriginalModel::weightBytes() const
{
    return bytesOf(m_net->parameters());
}

std::int64_t originalParameters(const ModelSpec& spec)
{
    const std::int64_t h = spec.hidden;
    const std::int64_t S = OriginalShape::kStrategies;
    return (spec.inputs * h + h) + OriginalShape::kMemorySlots * h + 4 * (h * h + h)
        + static_cast<std::int64_t>(spec.layers) * (2 * (h * h + h) + 1) + (h + 1) + (h * S + S) + S * (h * h + h)
        + (h * spec.outputs + spec.outputs);
}

double originalMaxFlopsPerSample(const ModelSpec& spec)
{
    const double h = spec.hidden;
    const double slots = OriginalShape::kMemorySlots;
    const double S = OriginalShape::kStrategies;
    const double memoryProjection = 2.0 * 2.0 * slots * h * h;  // keys and values, once per call
    const double perStep = 2.0 * h * h                        // query
        + 2.0 * 2.0 * slots * h                               // scores and weighted sum over all heads
        + 2.0 * h * h                                         // attention output
        + 2.0 * 2.0 * h * h                                   // reasoning block
        + 2.0 * h;                                            // confidence
    return 2.0 * spec.inputs * h + 2.0 * h + memoryProjection + spec.layers * perStep + 2.0 * h * S
        + S * 2.0 * h * h + 2.0 * h * spec.outputs;
}

}  // namespace ob::engine
