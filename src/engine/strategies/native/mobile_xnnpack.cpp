// SPDX-License-Identifier: MIT
// mobile_xnnpack: LibTorch's own XNNPACK rewrite, as a LibTorch user would apply it. The residual MLP is written
// as TorchScript here (from its Linear/ReLU/residual view), then rewritten to prepacked XNNPACK linear ops.

#include <torch/csrc/jit/passes/freeze_module.h>
#include <torch/csrc/jit/passes/xnnpack_rewrite.h>
#include <torch/script.h>

#include <sstream>

#include "runtime/strategy.h"
#include "strategies/jit/jit_common.h"

namespace ob::engine {
namespace {

constexpr const char* kRewriteKey = "xnnpack.rewrite";

class XnnpackRunnable : public Runnable {
public:
    XnnpackRunnable(torch::jit::Module module, std::string how, std::int64_t weightBytes)
        : m_module(std::move(module)), m_how(std::move(how)), m_weightBytes(weightBytes)
    {
    }
    c10::IValue forward(const at::Tensor& x) override { return m_module.forward({x}); }
    std::string kind() const override { return "TorchScript with XNNPACK prepacked linear ops (" + m_how + ")"; }
    std::int64_t weightBytes() const override { return m_weightBytes; }
    const torch::jit::Module* scriptModule() const override { return &m_module; }

private:
    torch::jit::Module m_module;
    std::string m_how;
    std::int64_t m_weightBytes;
};

/// The residual MLP as a scripted module with the simplified model's output dict (dropout is a no-op in eval).
torch::jit::Module scriptedMlp(const ResidualMlp& view)
{
    torch::jit::Module m("NativeResidualMlp");
    m.register_attribute("training", c10::BoolType::get(), false);
    auto param = [&](const std::string& name, const at::Tensor& t) {
        m.register_parameter(name, t.detach().clone(), /*is_buffer=*/false);
    };
    auto linear = [&](const std::string& name, const ResidualMlp::Linear& l, const std::string& x) {
        param(name + "_w", l.weight);
        if (l.bias.defined()) {
            param(name + "_b", l.bias);
            return "torch.linear(" + x + ", self." + name + "_w, self." + name + "_b)";
        }
        return "torch.linear(" + x + ", self." + name + "_w)";
    };
    std::ostringstream src;
    src << "def forward(self, x: Tensor) -> Dict[str, Tensor]:\n";
    src << "    h = " << linear("input", view.input, "x") << "\n";
    for (std::size_t i = 0; i < view.blocks.size(); ++i) {
        const auto n = std::to_string(i);
        src << "    r = torch.relu(" << linear("fc1_" + n, view.blocks[i].fc1, "h") << ")\n";
        src << "    h = h + " << linear("fc2_" + n, view.blocks[i].fc2, "r") << "\n";
    }
    src << "    logits = " << linear("output", view.output, "h") << "\n";
    src << "    confidence = torch.softmax(logits, -1).max(-1, keepdim=True)[0]\n";
    src << "    return {\"reasoning_scores\": torch.sigmoid(logits), \"confidence\": confidence}\n";
    m.define(src.str());
    m.eval();
    return m;
}

std::int64_t viewBytes(const ResidualMlp& v)
{
    std::vector<at::Tensor> all{v.input.weight, v.input.bias, v.output.weight, v.output.bias};
    for (const auto& b : v.blocks)
        for (const auto* l : {&b.fc1, &b.fc2}) {
            all.push_back(l->weight);
            all.push_back(l->bias);
        }
    return bytesOf(all);
}

class MobileXnnpackStrategy : public Strategy {
public:
    StrategyInfo info() const override
    {
        StrategyInfo i;
        i.id = "mobile_xnnpack";
        i.group = "Compile";
        i.summary = "LibTorch's XNNPACK rewrite of a TorchScript module (prepacked linear ops with a fused clamp for "
                    "ReLU), built here from the model's Linear/ReLU/residual view.";
        i.failsWhen = "Skipped when the model is not a Linear/ReLU/residual chain; fails when this LibTorch build has "
                      "no XNNPACK.";
        OptionInfo how;
        how.key = kRewriteKey;
        how.type = "choice";
        how.defaultValue = "prepack";
        how.choices = {"prepack", "optimize_for_mobile"};
        how.summary = "prepack: insertPrePackedOps, freeze, fusePrePackedLinearConvWithClamp, FoldPrePackingOps "
                      "(fuses the ReLU); optimize_for_mobile: torch::jit::optimizeForMobile as is.";
        i.options.push_back(how);
        return i;
    }

    StepOutput apply(const StepInput& in) const override
    {
        const ResidualMlp* view = in.model->residualMlp();
        if (in.file && !view) {
            // Any graph: LibTorch's own mobile rewrite (freeze, XNNPACK prepacked conv/linear, fusions) as is.
            auto out = torch::jit::optimizeForMobile(scriptedCopy(*in.model, "mobile_xnnpack"));
            auto model = std::make_shared<ScriptRunnable>(std::move(out), "TorchScript (optimizeForMobile)",
                                                          in.model->weightBytes(), in.model->dataDependentControlFlow());
            const auto counts = nodeCounts(*model->scriptModule()->get_method("forward").graph());
            int prepacked = 0;
            for (const auto& [kind, n] : counts)
                if (kind.rfind("prepacked::", 0) == 0)
                    prepacked += n;
            return stepOk(model, "optimizeForMobile: " + std::to_string(prepacked)
                                     + " XNNPACK prepacked op(s) in the graph");
        }
        if (!view)
            return stepSkipped(in.model, "the model (" + in.model->kind()
                                             + ") is not a Linear/ReLU/residual chain that can be written as "
                                               "TorchScript here; it is left as it is");
        const std::string how = optionString(in.settings, kRewriteKey, "prepack");
        if (how != "prepack" && how != "optimize_for_mobile")
            return stepFailed("option " + std::string(kRewriteKey) + ": '" + how
                              + "' is not a rewrite; allowed: prepack, optimize_for_mobile");
        torch::jit::Module scripted = scriptedMlp(*view);
        in.report("rewrite", 0.5);
        torch::jit::Module out;
        if (how == "optimize_for_mobile") {
            out = torch::jit::optimizeForMobile(scripted);
        } else {
            torch::jit::insertPrePackedOps(scripted);
            out = torch::jit::freeze(scripted);
            torch::jit::fusePrePackedLinearConvWithClamp(out);
            torch::jit::FoldPrePackingOps(out);
        }
        auto model = std::make_shared<XnnpackRunnable>(std::move(out), how, viewBytes(*view));
        return stepOk(model, model->kind());
    }
};

}  // namespace

void registerMobileXnnpack(StrategyRegistry& registry)
{
    registry.add(std::make_unique<MobileXnnpackStrategy>());
}

}  // namespace ob::engine
