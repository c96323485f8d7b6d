// SPDX-License-Identifier: MIT
// jit_script: the model as TorchScript compiled from source (see script_builder.h), control flow preserved.

#include <torch/script.h>

#include "strategies/jit/jit_common.h"
#include "strategies/jit/jit_strategies.h"
#include "strategies/jit/script_builder.h"

namespace ob::engine {
namespace {

class ScriptStrategy : public Strategy {
public:
    StrategyInfo info() const override
    {
        StrategyInfo i;
        i.id = "jit_script";
        i.notForModelFiles = "a model file is TorchScript already";
        i.group = "JIT";
        i.summary = "TorchScript compiled from source that mirrors the model op for op (C++ cannot script an "
                    "nn::Module), weights as parameters. Loops and branches stay control flow, so every input takes "
                    "its own path; the nested dict of the original model is typed Dict[str, Any].";
        i.failsWhen = "The model has no TorchScript source in OptiBench (e.g. a quantized or native form).";
        return i;
    }

    StepOutput apply(const StepInput& in) const override
    {
        if (in.model->scriptModule())
            return stepSkipped(in.model, "the model is already TorchScript (" + in.model->kind() + ")");
        std::string whyNot;
        auto module = buildScriptModule(*in.model, whyNot);
        if (!module)
            return stepFailed("jit_script: " + whyNot);
        const auto graph = module->get_method("forward").graph();
        const auto counts = nodeCounts(*graph);
        const int branches = (counts.count("prim::If") ? counts.at("prim::If") : 0)
            + (counts.count("prim::Loop") ? counts.at("prim::Loop") : 0);
        auto scripted = std::make_shared<ScriptRunnable>(*module, "TorchScript (scripted)", in.model->weightBytes(),
                                                         in.model->dataDependentControlFlow());
        return stepOk(scripted, "compiled; the forward graph keeps " + std::to_string(branches)
                                    + " control-flow node(s) (prim::If, prim::Loop)");
    }
};

}  // namespace

std::unique_ptr<Strategy> makeScriptStrategy()
{
    return std::make_unique<ScriptStrategy>();
}

}  // namespace ob::engine
