// SPDX-License-Identifier: MIT
// channels_last: a convolutional model's 4-D weights and 4-D float inputs in NHWC memory order, which oneDNN's
// convolutions prefer on CPU. Applies to models with 2-D convolutions only.

#include <torch/csrc/jit/passes/inliner.h>
#include <torch/script.h>
#include <torch/torch.h>

#include "strategies/jit/jit_common.h"
#include "strategies/jit/jit_strategies.h"

namespace ob::engine {
namespace {

int convolutions(const torch::jit::Module& module)
{
    auto graph = module.get_method("forward").graph()->copy();
    torch::jit::Inline(*graph);
    const auto counts = nodeCounts(*graph);
    int n = 0;
    for (const char* kind : {"aten::conv2d", "aten::_convolution", "aten::convolution"})
        n += counts.count(kind) ? counts.at(kind) : 0;
    return n;
}

class ChannelsLastStrategy : public Strategy {
public:
    StrategyInfo info() const override
    {
        StrategyInfo i;
        i.id = "channels_last";
        i.group = "Compile";
        i.summary = "A convolutional model's 4-D weights and inputs in channels-last (NHWC) memory order, which "
                    "oneDNN's CPU convolutions prefer; compose it with freeze_optimize (channels_last+freeze_optimize).";
        i.failsWhen = "Not applicable to models without 2-D convolutions or without a 4-D float input.";
        i.inAll = false;  // not applicable to the built-in models
        i.weightCopies = 1;
        return i;
    }

    StepOutput apply(const StepInput& in) const override
    {
        const auto* source = in.model->scriptModule();
        if (!in.file || !source)
            return stepNotApplicable("the model has no 2-D convolution (the built-in models are MLPs)");
        bool image = false;
        for (const auto& a : in.file->example)
            image = image || (a.isTensor() && a.toTensor().dim() == 4 && a.toTensor().is_floating_point());
        const int convs = convolutions(*source);
        if (convs == 0 || !image)
            return stepNotApplicable(convs == 0 ? "the graph has no 2-D convolution"
                                                : "no input is a 4-D float tensor (N, C, H, W)");
        auto module = source->deepcopy();
        module.eval();
        int converted = 0;
        for (auto sub : module.modules())
            for (const auto& p : sub.named_parameters(/*recurse=*/false))
                if (p.value.dim() == 4) {
                    sub.setattr(p.name, p.value.contiguous(at::MemoryFormat::ChannelsLast));
                    ++converted;
                }
        auto toNhwc = [](const at::Tensor& t) {
            return t.dim() == 4 && t.is_floating_point() ? t.contiguous(at::MemoryFormat::ChannelsLast) : t;
        };
        auto runnable = std::make_shared<ConvertingRunnable>(module, "TorchScript (channels_last)",
                                                             in.model->weightBytes(), toNhwc);
        return stepOk(runnable, std::to_string(converted) + " 4-D weight(s) and the 4-D inputs in channels-last "
                                    "order; " + std::to_string(convs) + " convolution(s) in the graph");
    }
};

}  // namespace

std::unique_ptr<Strategy> makeChannelsLastStrategy()
{
    return std::make_unique<ChannelsLastStrategy>();
}

}  // namespace ob::engine
