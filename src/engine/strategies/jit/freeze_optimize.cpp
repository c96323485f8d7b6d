// SPDX-License-Identifier: MIT
// freeze_optimize: TorchScript freezing (parameters folded into constants) followed by optimize_for_inference
// (which, among others, rewrites aten::linear into a matmul with a pre-transposed constant weight and may convert
// to oneDNN where it judges it pays). A model that is not TorchScript yet is scripted from source first.

#include <torch/script.h>

#include "strategies/jit/jit_common.h"
#include "strategies/jit/jit_strategies.h"

namespace ob::engine {
namespace {

const std::vector<std::string> kTracked{"aten::linear", "aten::matmul", "aten::add", "prim::If", "prim::Loop",
                                        "aten::to_mkldnn", "prim::mkldnn_convert", "prim::ConstantChunk"};

class FreezeOptimizeStrategy : public Strategy {
public:
    StrategyInfo info() const override
    {
        StrategyInfo i;
        i.id = "freeze_optimize";
        i.group = "Compile";
        i.summary = std::string("torch::jit::freeze + optimize_for_inference on the TorchScript form (scripted from "
                                "source first when the model is not TorchScript yet). ")
            + kNoTorchCompile;
        i.failsWhen = "The model has no TorchScript form.";
        return i;
    }

    StepOutput apply(const StepInput& in) const override
    {
        auto module = scriptedCopy(*in.model, "freeze_optimize");
        const bool scriptedHere = in.model->scriptModule() == nullptr;
        auto frozen = torch::jit::freeze(module);
        const auto before = nodeCounts(*frozen.get_method("forward").graph());
        auto optimized = torch::jit::optimize_for_inference(frozen);
        const auto after = nodeCounts(*optimized.get_method("forward").graph());
        auto runnable = std::make_shared<ScriptRunnable>(
            optimized, "TorchScript (frozen, optimize_for_inference)", in.model->weightBytes(),
            in.model->dataDependentControlFlow());
        return stepOk(runnable, std::string(scriptedHere ? "scripted from source, " : "") + "frozen graph: "
                                    + countsText(before, kTracked) + "; after optimize_for_inference: "
                                    + countsText(after, kTracked));
    }
};

}  // namespace

const char* const kNoTorchCompile =
    "C++ has no torch.compile (it is a Python-only feature of PyTorch 2); the Compile group is LibTorch's "
    "TorchScript optimizer instead: freezing, optimize_for_inference and the graph fusers.";

std::unique_ptr<Strategy> makeFreezeOptimizeStrategy()
{
    return std::make_unique<FreezeOptimizeStrategy>();
}

}  // namespace ob::engine
