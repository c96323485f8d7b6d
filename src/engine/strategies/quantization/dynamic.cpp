// SPDX-License-Identifier: MIT
// Dynamic quantization: dynamic_int8 (quantized::linear_prepack + linear_dynamic), dynamic_fp16
// (linear_prepack_fp16, FBGEMM only) and dynamic_qint16, the seed's request for a dtype LibTorch does not have.

#include <c10/core/ScalarType.h>
#include <torch/torch.h>

#include <algorithm>

#include "profile/op_scope.h"
#include "runtime/errors.h"
#include "strategies/quantization/model_file_quantization.h"
#include "strategies/quantization/qcommon.h"
#include "strategies/quantization/quantization.h"

namespace ob::engine::quant {
namespace {

class DynamicMlp : public Runnable {
public:
    DynamicMlp(std::vector<PackedLinear> layers, bool fusedRelu, bool reduceRange, std::int64_t bytes, std::string kind)
        : m_layers(std::move(layers)), m_fusedRelu(fusedRelu), m_reduceRange(reduceRange), m_bytes(bytes),
          m_kind(std::move(kind))
    {
    }

    c10::IValue forward(const at::Tensor& x) override
    {
        auto h = linear(0, x);
        const std::size_t blocks = (m_layers.size() - 2) / 2;
        for (std::size_t i = 0; i < blocks; ++i) {
            const auto r = m_fusedRelu ? linearRelu(fc1Index(i), h) : at::relu(linear(fc1Index(i), h));
            h = h + linear(fc2Index(i), r);
        }
        return simplifiedOutput(linear(m_layers.size() - 1, h));
    }

    std::string kind() const override { return m_kind; }
    std::int64_t weightBytes() const override { return m_bytes; }

private:
    at::Tensor linear(std::size_t i, const at::Tensor& x)
    {
        const profile::OpScope scope("quantized::linear_dynamic", i, m_layers.size());
        return m_layers[i]->apply_dynamic(x, m_reduceRange);
    }
    at::Tensor linearRelu(std::size_t i, const at::Tensor& x)
    {
        const profile::OpScope scope("quantized::linear_relu_dynamic", i, m_layers.size());
        return m_layers[i]->apply_dynamic_relu(x, m_reduceRange);
    }

    std::vector<PackedLinear> m_layers;
    bool m_fusedRelu;
    bool m_reduceRange;
    std::int64_t m_bytes;
    std::string m_kind;
};

StepOutput engineFailure(const EngineChoice& choice, const char* op, const c10::Error& e)
{
    const std::string text = errorText(e);
    return stepFailed(text, engineDiagnosis(choice, op, text));
}

class DynamicInt8Strategy : public Strategy {
public:
    StrategyInfo info() const override
    {
        StrategyInfo i;
        i.id = "dynamic_int8";
        i.group = "Quantization";
        i.summary = "Every Linear's weights in int8; activations quantized per call (quantized::linear_dynamic) on "
                    "the quantized engine chosen in the run's settings.";
        i.failsWhen = "No quantized engine is selected (NoQEngine), or the build lacks the requested engine.";
        i.options = {
            {"quant.per_channel", "bool", "false", {}, 0, 0, "one weight scale per output channel instead of one per tensor"},
            {"quant.fused_relu", "choice", "auto", {"auto", "on", "off"}, 0, 0,
             "quantized::linear_relu_dynamic for Linear+ReLU; auto = QNNPACK only (ONEDNN's is wrong in 1.13.1)"},
        };
        return i;
    }

    StepOutput apply(const StepInput& in) const override
    {
        const ResidualMlp* mlp = in.model->residualMlp();
        if (in.file && !mlp) {
            const auto choice = chooseEngine(in.settings);
            try {
                return dynamicInt8ForFile(in, choice, optionBool(in.settings, "quant.per_channel", false));
            } catch (const c10::Error& e) {
                return engineFailure(choice, "quantized::linear_prepack", e);
            }
        }
        if (!mlp)
            return noLowering(in, "dynamic_int8");
        const auto choice = chooseEngine(in.settings);
        const std::string fused = optionString(in.settings, "quant.fused_relu", "auto");
        if (fused != "auto" && fused != "on" && fused != "off")
            throw EngineError("option quant.fused_relu: '" + fused + "' is not a valid choice; allowed: auto, on, off");
        DynamicOptions o;
        o.perChannel = optionBool(in.settings, "quant.per_channel", false);
        o.fusedRelu = fused == "on" || (fused == "auto" && choice.engine == at::QEngine::QNNPACK);
        o.reduceRange = reduceRangeFor(choice.engine);
        RunnablePtr model;
        try {
            QEngineGuard guard(choice.engine);
            model = buildDynamicInt8(*mlp, o, "dynamic int8 (" + choice.name + ")");
        } catch (const c10::Error& e) {
            return engineFailure(choice, "quantized::linear_prepack", e);
        }
        return stepOk(model, "engine " + choice.name + " (" + choice.reason + "); "
                                 + (o.perChannel ? "per-channel" : "per-tensor") + " weights; ReLU "
                                 + (o.fusedRelu ? "fused (linear_relu_dynamic)" : "separate")
                                 + (o.reduceRange ? "; 7-bit activations (reduce_range: no VNNI)" : ""));
    }
};

class DynamicFp16Strategy : public Strategy {
public:
    StrategyInfo info() const override
    {
        StrategyInfo i;
        i.id = "dynamic_fp16";
        i.notForModelFiles = "it works on the residual-MLP family only (and needs FBGEMM, which this LibTorch lacks)";
        i.group = "Quantization";
        i.summary = "Every Linear's weights in fp16, fp32 activations (quantized::linear_dynamic_fp16).";
        i.failsWhen = "The quantized engine is not FBGEMM/X86: only FBGEMM implements fp16 weights.";
        return i;
    }

    StepOutput apply(const StepInput& in) const override
    {
        const ResidualMlp* mlp = in.model->residualMlp();
        if (!mlp)
            return noLowering(in, "dynamic_fp16");
        const auto choice = chooseEngine(in.settings);
        try {
            QEngineGuard guard(choice.engine);
            return stepOk(buildDynamicFp16(*mlp, "dynamic fp16 (" + choice.name + ")"), "engine " + choice.name);
        } catch (const c10::Error& e) {
            return engineFailure(choice, "quantized::linear_prepack_fp16", e);
        }
    }
};

class DynamicQint16Strategy : public Strategy {
public:
    StrategyInfo info() const override
    {
        StrategyInfo i;
        i.id = "dynamic_qint16";
        i.notForModelFiles = "it works on the residual-MLP family only";
        i.group = "Quantization";
        i.summary = "The seed's quantize_dynamic(..., qint16) fallback: answered with a diagnosis, since LibTorch has "
                    "no 16-bit quantized dtype.";
        i.failsWhen = "Always: qint16 is not a LibTorch dtype.";
        i.inAll = false;
        return i;
    }

    StepOutput apply(const StepInput&) const override
    {
        // The list comes from the library itself, so that the message stays true for another LibTorch.
        std::string dtypes;
        for (int t = 0; t < static_cast<int>(c10::ScalarType::NumOptions); ++t) {
            const auto st = static_cast<c10::ScalarType>(t);
            if (!c10::isQIntType(st))
                continue;
            std::string name = c10::toString(st);
            std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
            dtypes += (dtypes.empty() ? "" : ", ") + name;
        }
        return stepFailed("qint16 is not a quantized dtype of LibTorch; its quantized dtypes are " + dtypes,
                          Diagnosis{"int16_not_a_dtype", {{"dtypes", dtypes}}, {{"method", "", "dynamic_int8"}}});
    }
};

}  // namespace

RunnablePtr buildDynamicInt8(const ResidualMlp& mlp, const DynamicOptions& options, const std::string& kind)
{
    c10::InferenceMode guard;
    std::vector<PackedLinear> packed;
    std::int64_t bytes = 0;
    for (const auto& l : layersOf(mlp)) {
        const auto wq = quantizeWeight(l.weight, options.perChannel, options.scaleFactor);
        packed.push_back(prepackInt8(wq, l.bias));
        bytes += int8Bytes(wq, l.bias);
    }
    return std::make_shared<DynamicMlp>(std::move(packed), options.fusedRelu, options.reduceRange, bytes, kind);
}

RunnablePtr buildDynamicFp16(const ResidualMlp& mlp, const std::string& kind)
{
    c10::InferenceMode guard;
    std::vector<PackedLinear> packed;
    std::int64_t bytes = 0;
    for (const auto& l : layersOf(mlp)) {
        packed.push_back(prepackFp16(l.weight, l.bias));
        bytes += l.weight.numel() * 2 + bytesOf({l.bias});
    }
    return std::make_shared<DynamicMlp>(std::move(packed), false, false, bytes, kind);
}

void addDynamicStrategies(StrategyRegistry& registry)
{
    registry.add(std::make_unique<DynamicInt8Strategy>());
    registry.add(std::make_unique<DynamicFp16Strategy>());
}

void addInt16Answer(StrategyRegistry& registry)
{
    registry.add(std::make_unique<DynamicQint16Strategy>());
}

}  // namespace ob::engine::quant
