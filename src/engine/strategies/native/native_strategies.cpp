// SPDX-License-Identifier: MIT
// The native strategies of the Compile group: the residual MLP lowered to OptiBench's fused kernels
// (native_fp32, native_int8, native_bf16), and LibTorch's own XNNPACK rewrite (mobile_xnnpack, in mobile_xnnpack.cpp).

#include "strategies/native/native_runnable.h"

#include <ATen/Parallel.h>

#include <algorithm>

#include "env/cpu_features.h"
#include "kernels/backend.h"
#include "kernels/onednn_net.h"
#include "runtime/strategy.h"

namespace ob::engine {

void registerMobileXnnpack(StrategyRegistry& registry);
void registerAutoStrategy(StrategyRegistry& registry);

/// The batch sizes a per-batch choice prepares (EngineSettings::batches, or 1, 4, 8, 16).
std::vector<int> preparedBatches(const EngineSettings& settings)
{
    return settings.batches.empty() ? std::vector<int>{1, 4, 8, 16} : settings.batches;
}

namespace {

constexpr const char* kIsaKey = "native.isa";
constexpr const char* kBackendKey = "native.backend";

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
        if (m_precision == kernels::Precision::Bf16)
            i.failsWhen = "Not applicable where the CPU has no bf16 arithmetic (AVX512_BF16 or AMX); skipped when the "
                          "model is not a chain of Linear/ReLU/residual blocks.";
        i.inAll = m_inAll;
        i.arithmetic = kernels::precisionName(m_precision);
        // The kernels' packed copy and oneDNN's (shared by its nets); int8 packs an fp32 copy for its calibration.
        i.weightCopies = m_precision == kernels::Precision::Fp32 ? 2.0 : m_precision == kernels::Precision::Int8 ? 1.5 : 1.0;
        OptionInfo isa;
        isa.key = kIsaKey;
        isa.type = "choice";
        isa.defaultValue = "auto";
        isa.choices = {"auto", "avx2", "scalar"};
        isa.summary = "Instruction set of the kernels: auto picks the best this CPU has (or OPTIBENCH_NATIVE_ISA); "
                      "scalar is the portable fallback.";
        i.options.push_back(isa);
        OptionInfo backend;
        backend.key = kBackendKey;
        backend.type = "choice";
        backend.defaultValue = "auto";
        backend.choices = {"auto", "kernels", "onednn"};
        backend.summary = "What runs each batch size: auto measures OptiBench's kernels against oneDNN at preparation "
                          "and keeps the faster; kernels or onednn forces one.";
        i.options.push_back(backend);
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
        const auto& cpu = cpuFeatures();
        const auto plan = kernels::planBackends(m_precision, cpu, kernels::onednnFeatures(cpu),
                                                kernels::onednnInBuild(),
                                                optionString(in.settings, kBackendKey, "auto"));
        if (!plan.error.empty())
            return stepFailed("option " + std::string(kBackendKey) + ": " + plan.error);
        if (!plan.applicable)
            return stepNotApplicable(plan.reason);
        in.report("measure kernels against oneDNN", 0.1);
        auto model = std::make_shared<NativeRunnable>(*view, m_precision, isa, plan, preparedBatches(in.settings),
                                                      in.spec.seed);
        std::string message = model->kind() + ", " + std::to_string(model->weightBytes()) + " bytes of weights";
        const std::string summary = model->backends().summary();
        if (!summary.empty())
            message += "; per batch size: " + summary;
        if (model->kind().find("oneDNN") != std::string::npos) {
            const int threads = at::get_num_threads();  // oneDNN's OpenMP threads: LibTorch's setting
            message += "; oneDNN on " + std::to_string(threads) + " OpenMP thread" + (threads == 1 ? "" : "s");
        }
        for (const auto& note : plan.notes)
            message += "; " + note;
        auto out = stepOk(model, message);
        out.report.choices = model->choices();
        return out;
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
        "The residual MLP in fp32, per batch size the faster of OptiBench's fused kernels (prepacked weights, bias + "
        "ReLU + residual in each layer's pass, activations kept in cache, no framework overhead) and oneDNN's matmul "
        "with the same post-ops.",
        true));
    registry.add(std::make_unique<NativeStrategy>(
        kernels::Precision::Int8,
        "The residual MLP in int8, per batch size the faster of OptiBench's fused kernels (per-channel int8 weights, "
        "activations quantized per row to 7 bits at run time, exact u8 x s8 products) and oneDNN's int8 matmul "
        "(static activation scales, VNNI); fp32 residual stream.",
        true));
    registry.add(std::make_unique<NativeStrategy>(
        kernels::Precision::Bf16,
        "The residual MLP with bf16 weights, per batch size the faster of oneDNN's bf16 matmul (bf16 arithmetic, "
        "fp32 accumulation and residual stream) and the fused kernels (bf16 weights widened to fp32); error about "
        "1e-2. Only on CPUs with AVX512_BF16 or AMX.",
        false));
    registerMobileXnnpack(registry);
    registerAutoStrategy(registry);
}

}  // namespace ob::engine
