// SPDX-License-Identifier: MIT
// dynamic_int8 and bf16 on any model file: the graph-mode forms. dynamic_int8 freezes the module and replaces every
// aten::linear whose weight is a constant by quantized::linear_dynamic with the weight prepacked once (what Python's
// quantize_dynamic_jit ends with); bf16 converts a deep copy of the module and its float inputs to bfloat16.

#include <torch/csrc/jit/ir/constants.h>
#include <torch/csrc/jit/ir/ir.h>
#include <torch/csrc/jit/passes/dead_code_elimination.h>
#include <torch/csrc/jit/passes/freeze_module.h>
#include <torch/script.h>
#include <torch/torch.h>

#include <optional>

#include "env/cpu_features.h"
#include "strategies/jit/jit_common.h"
#include "strategies/quantization/model_file_quantization.h"
#include "strategies/quantization/qcommon.h"

namespace ob::engine::quant {
namespace {

void collect(torch::jit::Block* block, const char* kind, std::vector<torch::jit::Node*>& out)
{
    for (auto* node : block->nodes()) {
        if (node->kind() == c10::Symbol::fromQualString(kind))
            out.push_back(node);
        for (auto* sub : node->blocks())
            collect(sub, kind, out);
    }
}

std::optional<at::Tensor> constantTensor(torch::jit::Value* v)
{
    if (v->node()->kind() != c10::prim::Constant)
        return std::nullopt;
    const auto c = torch::jit::toIValue(v);
    if (!c || !c->isTensor())
        return std::nullopt;
    return c->toTensor();
}

}  // namespace

StepOutput dynamicInt8ForFile(const StepInput& in, const EngineChoice& choice, bool perChannel)
{
    auto frozen = torch::jit::freeze(scriptedCopy(*in.model, "dynamic_int8"));
    auto graph = frozen.get_method("forward").graph();
    std::vector<torch::jit::Node*> linears, recurrent;
    collect(graph->block(), "aten::linear", linears);
    for (const char* kind : {"aten::lstm", "aten::gru", "aten::rnn_tanh", "aten::rnn_relu"})
        collect(graph->block(), kind, recurrent);
    const bool reduceRange = reduceRangeFor(choice.engine);
    std::int64_t savedBytes = 0;
    int replaced = 0;
    QEngineGuard guard(choice.engine);
    for (auto* node : linears) {
        const auto weight = constantTensor(node->input(1));
        if (!weight || weight->dim() != 2 || weight->scalar_type() != at::kFloat)
            continue;
        const auto bias = constantTensor(node->input(2));
        const auto weightQ = quantizeWeight(*weight, perChannel);
        const at::Tensor b = bias ? *bias : at::Tensor();
        const PackedLinear packed = prepackInt8(weightQ, b);
        torch::jit::WithInsertPoint point(node);
        auto* packedValue = graph->insertConstant(c10::IValue(packed));
        auto* reduceValue = graph->insertConstant(reduceRange);
        auto* q = graph->create(c10::Symbol::fromQualString("quantized::linear_dynamic"),
                                {node->input(0), packedValue, reduceValue});
        graph->insertNode(q);
        q->output()->setType(node->output()->type());
        node->output()->replaceAllUsesWith(q->output());
        node->destroy();
        savedBytes += weight->numel() * 4 + (bias ? bias->numel() * 4 : 0) - int8Bytes(weightQ, b);
        ++replaced;
    }
    if (replaced == 0)
        return stepNotApplicable(
            "the frozen graph has no Linear layer with constant fp32 weights to quantize"
            + std::string(recurrent.empty() ? "" : " (its recurrent layers stay fp32: OptiBench quantizes Linear "
                                                   "layers)"));
    torch::jit::EliminateDeadCode(graph);
    const std::int64_t bytes = std::max<std::int64_t>(0, in.model->weightBytes() - savedBytes);
    auto runnable = std::make_shared<ScriptRunnable>(frozen, "TorchScript (frozen, dynamic int8 Linear, " + choice.name
                                                                 + ")",
                                                     bytes, in.model->dataDependentControlFlow());
    return stepOk(runnable, "engine " + choice.name + " (" + choice.reason + "); " + std::to_string(replaced) + " of "
                                + std::to_string(linears.size()) + " Linear layer(s) as quantized::linear_dynamic, "
                                + (perChannel ? "per-channel" : "per-tensor") + " weights"
                                + (recurrent.empty() ? "" : "; " + std::to_string(recurrent.size())
                                                              + " recurrent layer(s) stay fp32")
                                + (reduceRange ? "; 7-bit activations (reduce_range: no VNNI)" : ""));
}

StepOutput bf16ForFile(const StepInput& in)
{
    const auto& cpu = cpuFeatures();
    if (!cpu.avx512bf16)
        return stepNotApplicable("not supported on this CPU: bf16 needs AVX512_BF16 or AMX; without them LibTorch "
                                 "emulates it, slower than fp32");
    const auto* source = in.model->scriptModule();
    if (!source)
        return stepNotApplicable("the model has no TorchScript form to convert");
    auto module = source->deepcopy();
    module.eval();
    module.to(at::kBFloat16);
    auto toBf16 = [](const at::Tensor& t) { return t.is_floating_point() ? t.to(at::kBFloat16) : t; };
    auto toFloat = [](const at::Tensor& t) { return t.scalar_type() == at::kBFloat16 ? t.to(at::kFloat) : t; };
    auto runnable = std::make_shared<ConvertingRunnable>(module, "TorchScript in bfloat16",
                                                         std::max<std::int64_t>(0, in.model->weightBytes() / 2),
                                                         toBf16, toFloat);
    return stepOk(runnable, "parameters and float inputs in bfloat16, outputs compared in fp32; this CPU has "
                            "AVX512-BF16");
}

}  // namespace ob::engine::quant
