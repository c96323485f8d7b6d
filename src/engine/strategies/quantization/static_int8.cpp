// SPDX-License-Identifier: MIT
// static_int8: int8 weights and int8 activations with scales calibrated on a seeded data set
// (quantized::linear / quantized::linear_relu with a fixed output scale and zero point per layer).

#include <ATen/core/dispatch/Dispatcher.h>
#include <torch/torch.h>

#include <sstream>

#include "profile/op_scope.h"
#include "runtime/errors.h"
#include "strategies/quantization/qcommon.h"
#include "strategies/quantization/quantization.h"

namespace ob::engine::quant {
namespace {

at::Tensor quantizedAdd(const at::Tensor& a, const at::Tensor& b, const QParams& q)
{
    static const auto op = c10::Dispatcher::singleton()
                               .findSchemaOrThrow("quantized::add", "")
                               .typed<at::Tensor(at::Tensor, at::Tensor, double, std::int64_t)>();
    return op.call(a, b, q.scale, q.zeroPoint);
}

// Every packed weight is always called with the same input and output parameters: QNNPACK caches the output
// scale and zero point of the first call on a packed weight and gives wrong results for any others.
struct StaticLayer {
    PackedLinear packed;
    QParams out;
};

class StaticMlp : public Runnable {
public:
    StaticMlp(std::vector<StaticLayer> layers, QParams input, std::vector<QParams> hidden, const StaticOptions& options,
              std::int64_t bytes, std::string kind)
        : m_layers(std::move(layers)), m_input(input), m_hidden(std::move(hidden)), m_options(options), m_bytes(bytes),
          m_kind(std::move(kind))
    {
    }

    c10::IValue forward(const at::Tensor& x) override
    {
        const std::size_t blocks = (m_layers.size() - 2) / 2;
        auto hq = apply(0, at::quantize_per_tensor(x.contiguous(), m_input.scale, m_input.zeroPoint, at::kQUInt8));
        if (m_options.residual == Residual::QuantizedAdd) {
            QEngineGuard engine(m_options.engine);  // quantized::add picks its kernel from the global engine
            for (std::size_t i = 0; i < blocks; ++i)
                hq = quantizedAdd(hq, block(i, hq), m_hidden[i + 1]);
            return simplifiedOutput(apply(m_layers.size() - 1, hq).dequantize());
        }
        // The residual stream stays fp32; each block's input is quantized, its output dequantized and added.
        auto h = hq.dequantize();
        for (std::size_t i = 0; i < blocks; ++i) {
            if (i > 0)
                hq = at::quantize_per_tensor(h, m_hidden[i].scale, m_hidden[i].zeroPoint, at::kQUInt8);
            h = h + block(i, hq).dequantize();
        }
        hq = at::quantize_per_tensor(h, m_hidden[blocks].scale, m_hidden[blocks].zeroPoint, at::kQUInt8);
        return simplifiedOutput(apply(m_layers.size() - 1, hq).dequantize());
    }

    std::string kind() const override { return m_kind; }
    std::int64_t weightBytes() const override { return m_bytes; }

private:
    at::Tensor apply(std::size_t i, const at::Tensor& xq)
    {
        const profile::OpScope scope("quantized::linear", i, m_layers.size());
        return m_layers[i].packed->apply(xq, m_layers[i].out.scale, m_layers[i].out.zeroPoint);
    }

    // fc2(relu(fc1(x))) on quantized tensors. linear_relu is fused: its output zero point is 0 (calibrated ReLU
    // ranges start at 0), the only case in which ONEDNN's linear_relu is correct in LibTorch 1.13.1.
    at::Tensor block(std::size_t i, const at::Tensor& hq)
    {
        const auto& fc1 = m_layers[fc1Index(i)];
        at::Tensor r;
        {
            const profile::OpScope scope("quantized::linear_relu", fc1Index(i), m_layers.size());
            r = fc1.packed->apply_relu(hq, fc1.out.scale, fc1.out.zeroPoint);
        }
        return apply(fc2Index(i), r);
    }

    std::vector<StaticLayer> m_layers;
    QParams m_input;
    std::vector<QParams> m_hidden;
    StaticOptions m_options;
    std::int64_t m_bytes;
    std::string m_kind;
};

ObserverKind observerOf(const std::string& name)
{
    if (name == "minmax")
        return ObserverKind::MinMax;
    if (name == "percentile")
        return ObserverKind::Percentile;
    throw EngineError("option quant.observer: '" + name + "' is not a valid choice; allowed: minmax, percentile");
}

// Measured (docs/performance.md): quantized::add is 10-25% faster than dequantize-add-quantize at hidden 256 and
// costs little fidelity with 8-bit activations (QNNPACK cosine 0.998 vs 0.999); with 7-bit activations (reduce_range)
// the int8 residual stream loses more (ONEDNN on AVX2: 0.993 vs 0.996), so "auto" keeps it in fp32 there.
Residual residualOf(const std::string& name, bool reduceRange)
{
    if (name == "auto")
        return reduceRange ? Residual::Float : Residual::QuantizedAdd;
    if (name == "float")
        return Residual::Float;
    if (name == "qadd")
        return Residual::QuantizedAdd;
    throw EngineError("option quant.residual: '" + name + "' is not a valid choice; allowed: auto, float, qadd");
}

class StaticInt8Strategy : public Strategy {
public:
    StrategyInfo info() const override
    {
        StrategyInfo i;
        i.id = "static_int8";
        i.notForModelFiles = "its calibration and int8 chain are built for the residual-MLP family; dynamic_int8 quantizes any "
            "model's Linear layers";
        i.group = "Quantization";
        i.summary = "int8 weights and activations; activation scales calibrated on a seeded data set "
                    "(quantized::linear / linear_relu). Calibration counts as setup.";
        i.failsWhen = "No quantized engine is selected (NoQEngine), or the build lacks the requested engine.";
        i.options = {
            {"quant.per_channel", "bool", "false", {}, 0, 0, "one weight scale per output channel instead of one per tensor"},
            {"quant.calib_batches", "int", "32", {}, 1, 10000, "calibration batches"},
            {"quant.calib_batch_size", "int", "64", {}, 1, 65536, "rows per calibration batch"},
            {"quant.observer", "choice", "minmax", {"minmax", "percentile"}, 0, 0,
             "activation ranges: extremes, or percentiles averaged over batches"},
            {"quant.percentile", "double", "99.99", {}, 50, 100, "percentile of the percentile observer"},
            {"quant.residual", "choice", "auto", {"auto", "float", "qadd"}, 0, 0,
             "residual add: quantized::add on int8, or dequantize-add in fp32; auto = qadd unless activations "
             "are 7-bit"},
        };
        return i;
    }

    StepOutput apply(const StepInput& in) const override
    {
        const ResidualMlp* mlp = in.model->residualMlp();
        if (!mlp)
            return noLowering(in, "static_int8");
        CalibrationOptions c;
        c.batches = static_cast<int>(optionInt(in.settings, "quant.calib_batches", 32));
        c.batchSize = static_cast<int>(optionInt(in.settings, "quant.calib_batch_size", 64));
        c.observer = observerOf(optionString(in.settings, "quant.observer", "minmax"));
        c.percentile = optionDouble(in.settings, "quant.percentile", 99.99);
        c.seed = in.spec.seed;
        checkOptionRange("quant.calib_batches", c.batches, 1, 10000);
        checkOptionRange("quant.calib_batch_size", c.batchSize, 1, 65536);
        checkOptionRange("quant.percentile", c.percentile, 50, 100);
        const auto choice = chooseEngine(in.settings);
        StaticOptions o;
        o.perChannel = optionBool(in.settings, "quant.per_channel", false);
        o.reduceRange = reduceRangeFor(choice.engine);
        o.residual = residualOf(optionString(in.settings, "quant.residual", "auto"), o.reduceRange);
        o.engine = choice.engine;

        RunnablePtr model;
        try {
            QEngineGuard guard(choice.engine);  // before calibrating: an engine the build lacks fails at once
            const auto ranges = calibrate(*mlp, in.spec.inputs, c, &in);
            model = buildStaticInt8(*mlp, ranges, o, "static int8 (" + choice.name + ")");
        } catch (const c10::Error& e) {
            const std::string text = errorText(e);
            return stepFailed(text, engineDiagnosis(choice, "quantized::linear_prepack", text));
        }
        std::ostringstream msg;
        msg << "engine " << choice.name << " (" << choice.reason << "); calibrated on " << c.batches << " seeded batches of "
            << c.batchSize << " with the " << (c.observer == ObserverKind::MinMax ? "min/max" : "percentile")
            << " observer; " << (o.perChannel ? "per-channel" : "per-tensor") << " weights; residual "
            << (o.residual == Residual::Float ? "in fp32" : "by quantized::add")
            << (o.reduceRange ? "; 7-bit activations (reduce_range: no VNNI)" : "");
        return stepOk(model, msg.str());
    }
};

}  // namespace

RunnablePtr buildStaticInt8(const ResidualMlp& mlp, const ActivationRanges& ranges, const StaticOptions& options,
                            const std::string& kind)
{
    c10::InferenceMode guard;
    const std::size_t blocks = mlp.blocks.size();
    auto q = [&](const Range& r) { return qparamsOf(r, options.reduceRange); };
    std::vector<QParams> outputs{q(ranges.hidden.at(0))};
    for (std::size_t i = 0; i < blocks; ++i) {
        outputs.push_back(q(ranges.relu.at(i)));
        outputs.push_back(q(ranges.blockOut.at(i)));
    }
    outputs.push_back(q(ranges.logits));
    std::vector<QParams> hidden;
    for (const auto& r : ranges.hidden)
        hidden.push_back(q(r));

    std::vector<StaticLayer> layers;
    std::int64_t bytes = 0;
    const auto all = layersOf(mlp);
    for (std::size_t i = 0; i < all.size(); ++i) {
        const auto wq = quantizeWeight(all[i].weight, options.perChannel);
        layers.push_back({prepackInt8(wq, all[i].bias), outputs[i]});
        bytes += int8Bytes(wq, all[i].bias);
    }
    return std::make_shared<StaticMlp>(std::move(layers), q(ranges.input), std::move(hidden), options, bytes, kind);
}

void addStaticStrategies(StrategyRegistry& registry)
{
    registry.add(std::make_unique<StaticInt8Strategy>());
}

}  // namespace ob::engine::quant
