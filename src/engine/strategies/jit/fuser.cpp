// SPDX-License-Identifier: MIT
// fuser: the scripted, frozen model run with LibTorch's graph fusers switched on, and a report of what fused.
// The fuser settings are process-wide, so they are set around each call of this method only and restored after.

#include <torch/csrc/jit/passes/tensorexpr_fuser.h>
#include <torch/csrc/jit/runtime/graph_executor.h>
#include <torch/csrc/jit/tensorexpr/kernel.h>
#include <torch/script.h>
#include <torch/torch.h>

#include <dlfcn.h>

#include "strategies/jit/jit_common.h"
#include "strategies/jit/jit_strategies.h"

// Exported by libtorch_cpu, but their header (torch/csrc/jit/codegen/fuser/interface.h) is not shipped by Debian.
namespace torch::jit {
TORCH_API void overrideCanFuseOnCPU(bool value);
TORCH_API bool canFuseOnCPU();
}  // namespace torch::jit

namespace ob::engine {
namespace {

const std::vector<std::string> kFusionKinds{"prim::TensorExprGroup", "prim::FusionGroup", "prim::oneDNNFusionGroup",
                                            "prim::LlgaFusionGroup", "prim::TensorExprDynamicGroup"};

/// Switches the fusers on for the lifetime of the guard, restoring the previous process-wide settings after.
class FuserGuard {
public:
    explicit FuserGuard(bool llvmRequired)
        : m_cpu(torch::jit::canFuseOnCPU()), m_texpr(torch::jit::tensorExprFuserEnabled()),
          m_llvm(torch::jit::tensorexpr::getTEMustUseLLVMOnCPU())
    {
        torch::jit::overrideCanFuseOnCPU(true);
        torch::jit::setTensorExprFuserEnabled(true);
        torch::jit::tensorexpr::getTEMustUseLLVMOnCPU() = llvmRequired;
    }
    ~FuserGuard()
    {
        torch::jit::overrideCanFuseOnCPU(m_cpu);
        torch::jit::setTensorExprFuserEnabled(m_texpr);
        torch::jit::tensorexpr::getTEMustUseLLVMOnCPU() = m_llvm;
    }
    FuserGuard(const FuserGuard&) = delete;
    FuserGuard& operator=(const FuserGuard&) = delete;

private:
    bool m_cpu, m_texpr, m_llvm;
};

class FusedRunnable : public ScriptRunnable {
public:
    FusedRunnable(torch::jit::Module module, std::int64_t weightBytes, bool dataDependent, bool llvmRequired)
        : ScriptRunnable(std::move(module), "TorchScript (frozen, TensorExpr fuser on)", weightBytes, dataDependent),
          m_llvmRequired(llvmRequired)
    {
    }

    c10::IValue forward(const at::Tensor& x) override
    {
        FuserGuard guard(m_llvmRequired);
        return m_module.forward({x});
    }
    c10::IValue call(const std::vector<c10::IValue>& args) override
    {
        FuserGuard guard(m_llvmRequired);
        return m_module.forward(args);
    }

private:
    bool m_llvmRequired;
};

bool onednnGraphFuserInBuild()
{
    // torch::jit::fuser::onednn::fuseGraph(std::shared_ptr<torch::jit::Graph>&), only in builds with LLGA.
    return dlsym(RTLD_DEFAULT, "_ZN5torch3jit5fuser6onednn9fuseGraphERSt10shared_ptrINS0_5GraphEE") != nullptr;
}

class FuserStrategy : public Strategy {
public:
    StrategyInfo info() const override
    {
        StrategyInfo i;
        i.id = "fuser";
        i.group = "Compile";
        i.summary = std::string("The scripted, frozen model run with the TensorExpr (NNC) fuser on and CPU fusion "
                                "forced on; reports which fusion groups formed. The oneDNN Graph fuser is used where "
                                "this LibTorch build has it. ")
            + kNoTorchCompile;
        i.failsWhen = "The model has no TorchScript form. Nothing fusing is not a failure: the report says so.";
        i.options.push_back({"fuser.llvm_required", "bool", "true", {}, 0, 0,
                             "LibTorch's default: NNC fuses on CPU only with its LLVM backend. false lets it fuse "
                             "without LLVM, running the fused groups in its IR interpreter (slow)."});
        return i;
    }

    StepOutput apply(const StepInput& in) const override
    {
        const bool llvmRequired = optionBool(in.settings, "fuser.llvm_required", true);
        auto frozen = torch::jit::freeze(scriptedCopy(*in.model, "fuser"));
        auto runnable = std::make_shared<FusedRunnable>(frozen, in.model->weightBytes(),
                                                        in.model->dataDependentControlFlow(), llvmRequired);
        // The profiling executor optimizes (and fuses) after it has seen a few calls of a shape.
        std::map<std::string, int> fused;
        {
            c10::InferenceMode guard;
            for (int i = 0; i < 3; ++i)
                (void)runExample(*runnable, in);
            if (const auto graph = torch::jit::lastExecutedOptimizedGraph())
                fused = nodeCounts(*graph);
        }
        int groups = 0;
        for (const auto& k : kFusionKinds)
            groups += fused.count(k) ? fused.at(k) : 0;
        std::string msg = groups > 0 ? "fused: " + countsText(fused, kFusionKinds)
                                     : std::string("nothing fused (no fusion group in the executed graph");
        if (groups == 0)
            msg += llvmRequired ? "; this LibTorch's NNC has no LLVM backend and requires it on CPU)" : ")";
        msg += std::string("; oneDNN Graph fuser: ")
            + (onednnGraphFuserInBuild() ? "in this build" : "not in this LibTorch build");
        return stepOk(runnable, msg);
    }
};

}  // namespace

std::unique_ptr<Strategy> makeFuserStrategy()
{
    return std::make_unique<FuserStrategy>();
}

}  // namespace ob::engine
