// SPDX-License-Identifier: MIT
#include "strategies/quantization/qcommon.h"

#include <ATen/Context.h>
#include <ATen/core/dispatch/Dispatcher.h>
#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <sstream>

#include "env/cpu_features.h"

namespace ob::engine::quant {
namespace {

using PrepackFn = PackedLinear(at::Tensor, c10::optional<at::Tensor>);

at::QEngine engineOf(const std::string& name)
{
    if (name == "qnnpack")
        return at::QEngine::QNNPACK;
    if (name == "onednn")
        return at::QEngine::ONEDNN;
    if (name == "fbgemm")
        return at::QEngine::FBGEMM;
    if (name == "x86")
        return at::QEngine::X86;
    if (name == "none")
        return at::QEngine::NoQEngine;
    throw EngineError("qengine: '" + name + "' is not a quantized engine; allowed: auto, qnnpack, onednn, fbgemm, x86, none");
}

bool supported(at::QEngine e)
{
    const auto& all = at::globalContext().supportedQEngines();
    return std::find(all.begin(), all.end(), e) != all.end();
}

PackedLinear callPrepack(const char* op, const at::Tensor& w, const at::Tensor& bias)
{
    static const auto int8 = c10::Dispatcher::singleton().findSchemaOrThrow("quantized::linear_prepack", "").typed<PrepackFn>();
    static const auto fp16 =
        c10::Dispatcher::singleton().findSchemaOrThrow("quantized::linear_prepack_fp16", "").typed<PrepackFn>();
    const auto& fn = std::string(op) == "quantized::linear_prepack" ? int8 : fp16;
    return fn.call(w, bias.defined() ? c10::optional<at::Tensor>(bias) : c10::nullopt);
}

}  // namespace

EngineChoice chooseEngine(const EngineSettings& settings)
{
    const auto [name, reason] = resolveQEngine(settings.qengine);
    return {engineOf(name), name, reason};
}

std::string supportedEngineList()
{
    std::string out;
    for (auto e : at::globalContext().supportedQEngines()) {
        if (e == at::QEngine::NoQEngine)
            continue;
        std::string name = c10::toString(e);
        std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
        out += (out.empty() ? "" : ", ") + name;
    }
    return out.empty() ? "none" : out;
}

QEngineGuard::QEngineGuard(at::QEngine engine) : m_previous(at::globalContext().qEngine())
{
    at::globalContext().setQEngine(engine);
}

QEngineGuard::~QEngineGuard()
{
    try {
        at::globalContext().setQEngine(m_previous);
    } catch (...) {  // the previous engine was valid when it was read; never throw from a destructor
    }
}

bool reduceRangeFor(at::QEngine engine)
{
    if (engine == at::QEngine::FBGEMM || engine == at::QEngine::X86)
        return true;
    if (engine == at::QEngine::ONEDNN) {
        const auto& cpu = cpuFeatures();
        return !(cpu.avx512vnni || cpu.avxvnni);
    }
    return false;
}

at::Tensor quantizeWeight(const at::Tensor& weight, bool perChannel, double scaleFactor)
{
    constexpr double kMinScale = 1e-8;  // an all-zero row still needs a positive scale
    const auto w = weight.to(at::kFloat).contiguous();
    if (!perChannel) {
        const double scale = std::max(w.abs().max().item<double>() / 127.0, kMinScale) * scaleFactor;
        return at::quantize_per_tensor(w, scale, 0, at::kQInt8);
    }
    const auto scales = (std::get<0>(w.abs().max(1)).to(at::kDouble) / 127.0).clamp_min(kMinScale) * scaleFactor;
    const auto zeroPoints = at::zeros({w.size(0)}, at::kLong);
    return at::quantize_per_channel(w, scales, zeroPoints, /*axis=*/0, at::kQInt8);
}

PackedLinear prepackInt8(const at::Tensor& weightQ, const at::Tensor& bias)
{
    return callPrepack("quantized::linear_prepack", weightQ, bias);
}

PackedLinear prepackFp16(const at::Tensor& weight, const at::Tensor& bias)
{
    return callPrepack("quantized::linear_prepack_fp16", weight, bias);
}

std::int64_t int8Bytes(const at::Tensor& weightQ, const at::Tensor& bias)
{
    std::int64_t bytes = weightQ.numel();  // one byte per value
    if (weightQ.qscheme() == at::kPerChannelAffine || weightQ.qscheme() == at::kPerChannelSymmetric)
        bytes += weightQ.size(0) * static_cast<std::int64_t>(sizeof(double) + sizeof(std::int64_t));
    else
        bytes += sizeof(double) + sizeof(std::int64_t);
    return bytes + bytesOf({bias});
}

std::vector<ResidualMlp::Linear> layersOf(const ResidualMlp& mlp)
{
    std::vector<ResidualMlp::Linear> out{mlp.input};
    for (const auto& b : mlp.blocks) {
        out.push_back(b.fc1);
        out.push_back(b.fc2);
    }
    out.push_back(mlp.output);
    return out;
}

StepOutput noLowering(const StepInput& in, const std::string& strategy)
{
    Diagnosis d{"quant_needs_residual_mlp", {{"strategy", strategy}, {"model", in.model->kind()}}, {}};
    return stepFailed(strategy + " lowers a Linear/ReLU/residual chain, but the model here (" + in.model->kind()
                          + ") has no such view; put " + strategy + " directly on the simplified model",
                      d);
}

Diagnosis engineDiagnosis(const EngineChoice& choice, const std::string& op, const std::string& error)
{
    const std::string list = supportedEngineList();
    const std::string best = resolveQEngine("auto").first;
    std::map<std::string, std::string> args{{"engine", choice.name}, {"op", op}, {"supported", list}, {"suggested", best}};
    if (choice.engine == at::QEngine::NoQEngine)
        return {"qengine_none", args, {{"setting", "qengine", best}}};
    if (!supported(choice.engine))
        return {"qengine_unsupported", args, {{"setting", "qengine", best}}};
    if (op == "quantized::linear_prepack_fp16" && error.find("not supported") != std::string::npos) {
        for (const char* fp16Engine : {"x86", "fbgemm"})
            if (list.find(fp16Engine) != std::string::npos)
                return {"fp16_unsupported", args, {{"setting", "qengine", fp16Engine}}};
        return {"fp16_unsupported", args, {{"method", "", "bf16"}}};
    }
    return {};
}

void checkOptionRange(const std::string& key, double value, double lo, double hi)
{
    if (value >= lo && value <= hi)
        return;
    std::ostringstream s;
    s << "option " << key << ": " << value << " is out of range; allowed " << lo << ".." << hi;
    throw EngineError(s.str());
}

}  // namespace ob::engine::quant
