// SPDX-License-Identifier: MIT
#include "models/simplified_model.h"

#include <torch/torch.h>

#include "models/init.h"

namespace ob::engine {

SimplifiedNetImpl::SimplifiedNetImpl(const ModelSpec& spec)
{
    auto gen = makeGenerator(spec.seed);
    input = register_module("input", torch::nn::Linear(spec.inputs, spec.hidden));
    initLinear(input, gen);
    fc1 = register_module("fc1", torch::nn::ModuleList());
    fc2 = register_module("fc2", torch::nn::ModuleList());
    for (int i = 0; i < spec.layers; ++i) {
        torch::nn::Linear a(spec.hidden, spec.hidden);
        torch::nn::Linear b(spec.hidden, spec.hidden);
        initLinear(a, gen);
        initLinear(b, gen);
        fc1->push_back(a);
        fc2->push_back(b);
    }
    dropout = register_module("dropout", torch::nn::Dropout(0.1));
    output = register_module("output", torch::nn::Linear(spec.hidden, spec.outputs));
    initLinear(output, gen);
    for (auto& p : parameters())
        p.set_requires_grad(false);
    eval();
}

at::Tensor SimplifiedNetImpl::logits(const at::Tensor& x)
{
    auto h = input(x);
    for (size_t i = 0; i < fc1->size(); ++i) {
        auto r = torch::relu(fc1[i]->as<torch::nn::Linear>()->forward(h));
        h = h + fc2[i]->as<torch::nn::Linear>()->forward(dropout(r));
    }
    return output(h);
}

SimplifiedModel::SimplifiedModel(const ModelSpec& spec) : m_net(spec)
{
    buildView();
}

SimplifiedModel::SimplifiedModel(SimplifiedNet net) : m_net(std::move(net))
{
    m_net->eval();
    buildView();
}

void SimplifiedModel::buildView()
{
    auto lin = [](const torch::nn::LinearImpl& l) { return ResidualMlp::Linear{l.weight.detach(), l.bias.detach()}; };
    m_view.input = lin(*m_net->input);
    m_view.blocks.clear();
    for (size_t i = 0; i < m_net->fc1->size(); ++i) {
        ResidualMlp::Block block;
        block.fc1 = lin(*m_net->fc1[i]->as<torch::nn::Linear>());
        block.fc2 = lin(*m_net->fc2[i]->as<torch::nn::Linear>());
        m_view.blocks.push_back(block);
    }
    m_view.output = lin(*m_net->output);
}

c10::IValue SimplifiedModel::forward(const at::Tensor& x)
{
    return simplifiedOutput(m_net->logits(x));
}

std::vector<std::pair<std::string, at::Tensor>> SimplifiedModel::namedWeights() const
{
    std::vector<std::pair<std::string, at::Tensor>> out;
    for (const auto& p : m_net->named_parameters())
        out.emplace_back(p.key(), p.value());
    return out;
}

std::int64_t SimplifiedModel::weightBytes() const
{
    return bytesOf(m_net->parameters());
}

}  // namespace ob::engine
