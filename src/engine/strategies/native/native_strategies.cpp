// SPDX-License-Identifier: MIT
// The native strategies of the Compile group: the residual MLP lowered to OptiBench's fused kernels
// (native_fp32, native_int8, native_bf16), and LibTorch's own XNNPACK rewrite (mobile_xnnpack, in mobile_xnnpack.cpp).

#include "strategies/native/native_runnable.h"

#include <algorithm>

#include "runtime/strategy.h"

namespace ob::engine {

void registerMobileXnnpack(StrategyRegistry& registry);

namespace {

constexpr const char* kIsaKey = "native.isa";

std::string availableText()
{
    std::string text;
    for (auto isa : kernels::availableIsas())
        text += (text.empty() ? "" : ", ") + kernels::isaName(isa);
    return text;
}

class NativeStrategy : public Strategy {
public:
    NativeStrategy(kernels::Precision precision, std::string summary, bool inAll)
        : m_precision(precision), m_summary(std::move(summary)), m_inAll(inAll)
    {
    }

    StrategyInfo info() const override
    {
        StrategyInfo i;
        i.id = "native_" + kernels::precisionName(m_precision);
        i.notForModelFiles = "the native kernels run the residual-MLP family (Linear, ReLU, residual blocks) only; this "
            "model's graph is not one";
        i.group = "Compile";
        i.summary = m_summary;
        i.failsWhen = "Skipped when the model is not a chain of Linear/ReLU/residual blocks; fails when native.isa "
                      "names an instruction set this CPU or build lacks.";
        i.inAll = m_inAll;
        OptionInfo isa;
        isa.key = kIsaKey;
        isa.type = "choice";
        isa.defaultValue = "auto";
        isa.choices = {"auto", "avx2", "scalar"};
        isa.summary = "Instruction set of the kernels: auto picks the best this CPU has (or OPTIBENCH_NATIVE_ISA); "
                      "scalar is the portable fallback.";
        i.options.push_back(isa);
        return i;
    }

    StepOutput apply(const StepInput& in) const override
    {
        const ResidualMlp* view = in.model->residualMlp();
        if (!view)
            return stepSkipped(in.model, "the model (" + in.model->kind()
                                             + ") is not a Linear/ReLU/residual chain that the native kernels can "
                                               "run; it is left as it is");
        kernels::Isa isa = kernels::defaultIsa();
        const std::string wanted = optionString(in.settings, kIsaKey, "auto");
        if (wanted != "auto") {
            if (!kernels::parseIsa(wanted, isa))
                return stepFailed("option " + std::string(kIsaKey) + ": '" + wanted
                                  + "' is not an instruction set; allowed: auto, avx2, scalar");
            const auto available = kernels::availableIsas();
            if (std::find(available.begin(), available.end(), isa) == available.end())
                return stepFailed("option " + std::string(kIsaKey) + ": '" + wanted
                                  + "' is not available on this CPU or build; available: " + availableText());
        }
        auto model = std::make_shared<NativeRunnable>(*view, m_precision, isa);
        return stepOk(model, model->kind() + ", " + std::to_string(model->weightBytes()) + " bytes of weights");
    }

private:
    kernels::Precision m_precision;
    std::string m_summary;
    bool m_inAll;
};

}  // namespace

void registerNativeStrategies(StrategyRegistry& registry)
{
    registry.add(std::make_unique<NativeStrategy>(
        kernels::Precision::Fp32,
        "The residual MLP in OptiBench's fused fp32 kernels: prepacked weights, bias + ReLU + residual in each "
        "layer's pass, activations kept in cache, no framework overhead.",
        true));
    registry.add(std::make_unique<NativeStrategy>(
        kernels::Precision::Int8,
        "The residual MLP in fused int8 kernels: per-channel int8 weights, activations quantized per row to 7 bits "
        "at run time (exact u8 x s8 products on AVX2), fp32 residual stream.",
        true));
    registry.add(std::make_unique<NativeStrategy>(
        kernels::Precision::Bf16,
        "The fused kernels with bf16 weights (fp32 arithmetic): half the weight bytes of fp32, error about 1e-2.",
        false));
    registerMobileXnnpack(registry);
}

}  // namespace ob::engine
