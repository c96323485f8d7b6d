// SPDX-License-Identifier: MIT
#include <torch/torch.h>

#include "bench_weights.h"
#include "models/model_factory.h"
#include "strategies/native/native_runnable.h"

namespace ob::bench {

PlainMlp plainWeights(const engine::ModelSpec& spec)
{
    const auto model = engine::buildModel(spec);
    std::vector<at::Tensor> keep;
    const auto view = engine::weightsOf(*model->residualMlp(), keep);
    PlainMlp out;
    out.store.reserve(4 * view.blocks.size() + 4);
    auto copy = [&](const engine::kernels::MlpWeights::Layer& l, int outW, int inW) {
        engine::kernels::MlpWeights::Layer c;
        out.store.emplace_back(l.weight, l.weight + static_cast<size_t>(outW) * inW);
        c.weight = out.store.back().data();
        out.store.emplace_back(static_cast<size_t>(outW), 0.0f);
        if (l.bias)
            std::copy(l.bias, l.bias + outW, out.store.back().begin());
        c.bias = out.store.back().data();
        return c;
    };
    out.weights.inputs = view.inputs;
    out.weights.hidden = view.hidden;
    out.weights.outputs = view.outputs;
    out.weights.input = copy(view.input, view.hidden, view.inputs);
    for (const auto& b : view.blocks)
        out.weights.blocks.push_back({copy(b.fc1, view.hidden, view.hidden), copy(b.fc2, view.hidden, view.hidden)});
    out.weights.output = copy(view.output, view.outputs, view.hidden);
    return out;
}

}  // namespace ob::bench
