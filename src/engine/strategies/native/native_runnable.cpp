// SPDX-License-Identifier: MIT
#include "strategies/native/native_runnable.h"

#include <torch/torch.h>

#include <stdexcept>

namespace ob::engine {
namespace {

kernels::MlpWeights::Layer layerOf(const ResidualMlp::Linear& l, std::int64_t out, std::int64_t in,
                                   const std::string& name, std::vector<at::Tensor>& keep)
{
    if (!l.weight.defined() || l.weight.dim() != 2 || l.weight.size(0) != out || l.weight.size(1) != in)
        throw std::runtime_error("cannot lower layer " + name + ": weight of shape "
                                 + (l.weight.defined() ? c10::str(l.weight.sizes()) : std::string("(none)"))
                                 + ", expected [" + std::to_string(out) + ", " + std::to_string(in) + "]");
    if (l.bias.defined() && (l.bias.dim() != 1 || l.bias.size(0) != out))
        throw std::runtime_error("cannot lower layer " + name + ": bias of shape " + c10::str(l.bias.sizes())
                                 + ", expected [" + std::to_string(out) + "]");
    keep.push_back(l.weight.detach().to(torch::kFloat).contiguous());
    kernels::MlpWeights::Layer layer;
    layer.weight = keep.back().data_ptr<float>();
    if (l.bias.defined()) {
        keep.push_back(l.bias.detach().to(torch::kFloat).contiguous());
        layer.bias = keep.back().data_ptr<float>();
    }
    return layer;
}

}  // namespace

kernels::MlpWeights weightsOf(const ResidualMlp& view, std::vector<at::Tensor>& keep)
{
    if (!view.input.weight.defined() || view.input.weight.dim() != 2 || !view.output.weight.defined()
        || view.output.weight.dim() != 2)
        throw std::runtime_error("cannot lower the model: its input or output layer has no 2-d weight");
    kernels::MlpWeights w;
    w.hidden = static_cast<int>(view.input.weight.size(0));
    w.inputs = static_cast<int>(view.input.weight.size(1));
    w.outputs = static_cast<int>(view.output.weight.size(0));
    w.input = layerOf(view.input, w.hidden, w.inputs, "input", keep);
    for (std::size_t i = 0; i < view.blocks.size(); ++i) {
        const auto n = std::to_string(i);
        w.blocks.push_back({layerOf(view.blocks[i].fc1, w.hidden, w.hidden, "fc1." + n, keep),
                            layerOf(view.blocks[i].fc2, w.hidden, w.hidden, "fc2." + n, keep)});
    }
    w.output = layerOf(view.output, w.outputs, w.hidden, "output", keep);
    return w;
}

NativeRunnable::NativeRunnable(const ResidualMlp& view, kernels::Precision precision, kernels::Isa isa)
    : NativeRunnable(view, precision, isa, kernels::BackendPlan{true, {}, {}, {kernels::Backend::Kernels}, {}}, {}, 0)
{
}

NativeRunnable::NativeRunnable(const ResidualMlp& view, kernels::Precision precision, kernels::Isa isa,
                               const kernels::BackendPlan& plan, const std::vector<int>& batches,
                               std::uint64_t seed)
{
    at::internal::lazy_init_num_threads();  // oneDNN runs with this thread's OpenMP count: LibTorch's setting
    std::vector<at::Tensor> keep;
    const auto w = weightsOf(view, keep);
    m_backends = std::make_unique<kernels::MlpBackends>(w, precision, isa, plan, batches, seed);
}

c10::IValue NativeRunnable::forward(const at::Tensor& x)
{
    const auto& mlp = m_backends->kernels();
    if (x.dim() != 2 || x.size(1) != mlp.inputs())
        throw std::runtime_error("native forward: input of shape " + c10::str(x.sizes()) + ", expected [batch, "
                                 + std::to_string(mlp.inputs()) + "]");
    at::internal::lazy_init_num_threads();
    const auto in = x.to(torch::kFloat).contiguous();
    const auto batch = in.size(0);
    auto scores = torch::empty({batch, mlp.outputs()}, torch::kFloat);
    auto confidence = torch::empty({batch, 1}, torch::kFloat);
    m_backends->forward(in.data_ptr<float>(), static_cast<int>(batch), scores.data_ptr<float>(),
                        confidence.data_ptr<float>());
    c10::Dict<std::string, at::Tensor> out;
    out.insert("reasoning_scores", scores);
    out.insert("confidence", confidence);
    return out;
}

bool NativeRunnable::forwardRaw(const float* input, int batch, float* scores)
{
    if (m_confidence.size() < static_cast<std::size_t>(batch))
        m_confidence.resize(static_cast<std::size_t>(batch));
    at::internal::lazy_init_num_threads();
    m_backends->forward(input, batch, scores, m_confidence.data());
    return true;
}

std::string NativeRunnable::kind() const
{
    const auto& mlp = m_backends->kernels();
    std::string text = "native " + kernels::precisionName(mlp.precision()) + " (" + kernels::opsFor(mlp.isa()).name
        + " kernels" + (mlp.hugePages() ? ", weights on huge pages (madvise)" : "") + ")";
    bool onednn = false;
    for (const auto& p : m_backends->picks())
        onednn = onednn || p.backend == kernels::Backend::Onednn;
    if (onednn)
        text += " and " + kernels::onednnDescription();
    return text;
}

std::vector<BatchChoice> NativeRunnable::choices() const
{
    const auto& mlp = m_backends->kernels();
    std::vector<BatchChoice> out;
    for (const auto& p : m_backends->picks()) {
        BatchChoice c;
        c.batch = p.batch;
        c.choice = kernels::backendName(p.backend);
        c.detail = p.backend == kernels::Backend::Onednn ? kernels::onednnDescription()
                                                         : std::string(kernels::opsFor(mlp.isa()).name);
        c.arithmetic = kernels::precisionName(mlp.precision());
        if (mlp.precision() == kernels::Precision::Bf16 && p.backend == kernels::Backend::Kernels)
            c.arithmetic = "fp32";  // bf16 weights widened to fp32 in registers
        c.us = p.us;
        c.weightBytes = mlp.weightBytes();
        out.push_back(c);
    }
    return out;
}

}  // namespace ob::engine
