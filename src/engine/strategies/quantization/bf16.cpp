// SPDX-License-Identifier: MIT
// bf16: weights and activations in bfloat16; the logits go back to fp32 for the sigmoid and softmax.

#include <torch/torch.h>

#include "env/cpu_features.h"
#include "strategies/quantization/model_file_quantization.h"
#include "strategies/quantization/qcommon.h"
#include "strategies/quantization/quantization.h"

namespace ob::engine::quant {
namespace {

class Bf16Mlp : public Runnable {
public:
    explicit Bf16Mlp(std::vector<ResidualMlp::Linear> layers) : m_layers(std::move(layers)) {}

    c10::IValue forward(const at::Tensor& x) override
    {
        auto h = linear(0, x.to(at::kBFloat16));
        const std::size_t blocks = (m_layers.size() - 2) / 2;
        for (std::size_t i = 0; i < blocks; ++i)
            h = h + linear(fc2Index(i), at::relu(linear(fc1Index(i), h)));
        return simplifiedOutput(linear(m_layers.size() - 1, h).to(at::kFloat));
    }

    std::string kind() const override { return "bf16"; }

    std::vector<std::pair<std::string, at::Tensor>> namedWeights() const override
    {
        std::vector<std::pair<std::string, at::Tensor>> out;
        for (std::size_t i = 0; i < m_layers.size(); ++i) {
            out.emplace_back(residualLayerName(i, m_layers.size()) + ".weight", m_layers[i].weight);
            out.emplace_back(residualLayerName(i, m_layers.size()) + ".bias", m_layers[i].bias);
        }
        return out;
    }

    std::int64_t weightBytes() const override
    {
        std::vector<at::Tensor> all;
        for (const auto& l : m_layers)
            all.insert(all.end(), {l.weight, l.bias});
        return bytesOf(all);
    }

private:
    at::Tensor linear(std::size_t i, const at::Tensor& x) { return at::linear(x, m_layers[i].weight, m_layers[i].bias); }

    std::vector<ResidualMlp::Linear> m_layers;
};

class Bf16Strategy : public Strategy {
public:
    StrategyInfo info() const override
    {
        StrategyInfo i;
        i.id = "bf16";
        i.arithmetic = "bf16";  // the roofline's bf16 roof (widened to fp32 where the CPU has none)
        i.group = "Quantization";
        i.summary = "Weights and activations in bfloat16 (8-bit mantissa); fast only on CPUs with AVX512-BF16.";
        i.failsWhen = "Never on CPU in LibTorch 1.13.1; slow where the CPU has no native bf16 arithmetic.";
        return i;
    }

    StepOutput apply(const StepInput& in) const override
    {
        const ResidualMlp* mlp = in.model->residualMlp();
        if (in.file && !mlp)
            return bf16ForFile(in);
        if (!mlp)
            return noLowering(in, "bf16");
        const auto& cpu = cpuFeatures();
        return stepOk(buildBf16(*mlp),
                      cpu.avx512bf16 ? "this CPU has AVX512-BF16: oneDNN runs bf16 matmuls natively"
                                     : "this CPU has no AVX512-BF16: bf16 arithmetic is emulated, expect it slower "
                                       "than fp32 (the gain here is half the weight bytes)");
    }
};

}  // namespace

RunnablePtr buildBf16(const ResidualMlp& mlp)
{
    c10::InferenceMode guard;
    auto layers = layersOf(mlp);
    for (auto& l : layers) {
        l.weight = l.weight.to(at::kBFloat16).contiguous();
        l.bias = l.bias.defined() ? l.bias.to(at::kBFloat16) : l.bias;
    }
    return std::make_shared<Bf16Mlp>(std::move(layers));
}

void addBf16Strategies(StrategyRegistry& registry)
{
    registry.add(std::make_unique<Bf16Strategy>());
}

}  // namespace ob::engine::quant
