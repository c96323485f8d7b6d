// SPDX-License-Identifier: MIT
#include "i18n/engine_texts.h"

#include <QCoreApplication>

namespace ob::i18n {
namespace {

// The engine's texts, verbatim (tst_engine_texts lists any text of engine::strategies() or engine::models() that is
// missing here, ready to paste).
const char* const kTexts[] = {
    QT_TRANSLATE_NOOP("ob::EngineText", "Baseline"),
    QT_TRANSLATE_NOOP("ob::EngineText", "Quantization"),
    QT_TRANSLATE_NOOP("ob::EngineText", "JIT"),
    QT_TRANSLATE_NOOP("ob::EngineText", "Compile"),
    QT_TRANSLATE_NOOP("ob::EngineText", "Simplification"),
    QT_TRANSLATE_NOOP("ob::EngineText",
        "The fp32 model as built, run by LibTorch op by op: the baseline of every comparison."),
    QT_TRANSLATE_NOOP("ob::EngineText", "Never, unless the model itself fails."),
    QT_TRANSLATE_NOOP("ob::EngineText",
        "A convolutional model's 4-D weights and inputs in channels-last (NHWC) memory order, which oneDNN's CPU "
        "convolutions prefer; compose it with freeze_optimize (channels_last+freeze_optimize)."),
    QT_TRANSLATE_NOOP("ob::EngineText",
        "Not applicable to models without 2-D convolutions or without a 4-D float input."),
    QT_TRANSLATE_NOOP("ob::EngineText", "The model has no TorchScript form."),
    QT_TRANSLATE_NOOP("ob::EngineText",
        "The model has no TorchScript form. Nothing fusing is not a failure: the report says so."),
    QT_TRANSLATE_NOOP("ob::EngineText",
        "LibTorch's default: NNC fuses on CPU only with its LLVM backend. false lets it fuse without LLVM, running the "
        "fused groups in its IR interpreter (slow)."),
    QT_TRANSLATE_NOOP("ob::EngineText",
        "TorchScript compiled from source that mirrors the model op for op (C++ cannot script an nn::Module), weights "
        "as parameters. Loops and branches stay control flow, so every input takes its own path; the nested dict of "
        "the original model is typed Dict[str, Any]."),
    QT_TRANSLATE_NOOP("ob::EngineText",
        "The model has no TorchScript source in OptiBench (e.g. a quantized or native form)."),
    QT_TRANSLATE_NOOP("ob::EngineText",
        "LibTorch's XNNPACK rewrite of a TorchScript module (prepacked linear ops with a fused clamp for ReLU), built "
        "here from the model's Linear/ReLU/residual view."),
    QT_TRANSLATE_NOOP("ob::EngineText",
        "Skipped when the model is not a Linear/ReLU/residual chain; fails when this LibTorch build has no XNNPACK."),
    QT_TRANSLATE_NOOP("ob::EngineText",
        "prepack: insertPrePackedOps, freeze, fusePrePackedLinearConvWithClamp, FoldPrePackingOps (fuses the ReLU); "
        "optimize_for_mobile: torch::jit::optimizeForMobile as is."),
    QT_TRANSLATE_NOOP("ob::EngineText",
        "Skipped when the model is not a chain of Linear/ReLU/residual blocks; fails when native.isa names an "
        "instruction set this CPU or build lacks."),
    QT_TRANSLATE_NOOP("ob::EngineText",
        "Instruction set of the kernels: auto picks the best this CPU has (or OPTIBENCH_NATIVE_ISA); scalar is the "
        "portable fallback."),
    QT_TRANSLATE_NOOP("ob::EngineText",
        "Weights and activations in bfloat16 (8-bit mantissa); fast only on CPUs with AVX512-BF16."),
    QT_TRANSLATE_NOOP("ob::EngineText",
        "Never on CPU in LibTorch 1.13.1; slow where the CPU has no native bf16 arithmetic."),
    QT_TRANSLATE_NOOP("ob::EngineText",
        "Every Linear's weights in int8; activations quantized per call (quantized::linear_dynamic) on the "
        "quantized engine chosen in the run's settings."),
    QT_TRANSLATE_NOOP("ob::EngineText",
        "No quantized engine is selected (NoQEngine), or the build lacks the requested engine."),
    QT_TRANSLATE_NOOP("ob::EngineText",
        "Every Linear's weights in fp16, fp32 activations (quantized::linear_dynamic_fp16)."),
    QT_TRANSLATE_NOOP("ob::EngineText", "The quantized engine is not FBGEMM/X86: only FBGEMM implements fp16 weights."),
    QT_TRANSLATE_NOOP("ob::EngineText",
        "The seed's quantize_dynamic(..., qint16) fallback: answered with a diagnosis, since LibTorch has no 16-bit "
        "quantized dtype."),
    QT_TRANSLATE_NOOP("ob::EngineText", "Always: qint16 is not a LibTorch dtype."),
    QT_TRANSLATE_NOOP("ob::EngineText", "one weight scale per output channel instead of one per tensor"),
    QT_TRANSLATE_NOOP("ob::EngineText",
        "quantized::linear_relu_dynamic for Linear+ReLU; auto = QNNPACK only (ONEDNN's is wrong in 1.13.1)"),
    QT_TRANSLATE_NOOP("ob::EngineText",
        "int8 weights and activations; activation scales calibrated on a seeded data set (quantized::linear / "
        "linear_relu). Calibration counts as setup."),
    QT_TRANSLATE_NOOP("ob::EngineText", "calibration batches"),
    QT_TRANSLATE_NOOP("ob::EngineText", "rows per calibration batch"),
    QT_TRANSLATE_NOOP("ob::EngineText", "activation ranges: extremes, or percentiles averaged over batches"),
    QT_TRANSLATE_NOOP("ob::EngineText", "percentile of the percentile observer"),
    QT_TRANSLATE_NOOP("ob::EngineText",
        "residual add: quantized::add on int8, or dequantize-add in fp32; auto = qadd unless activations are 7-bit"),
    QT_TRANSLATE_NOOP("ob::EngineText",
        "Replaces the model by the simplified architecture (residual MLP of the same hidden size and layers) distilled "
        "from it: trained with Adam to reproduce its logits on seeded random inputs within a time budget. An "
        "approximation: its fidelity against the original is what it is."),
    QT_TRANSLATE_NOOP("ob::EngineText",
        "Cancelled while distilling. Skipped when the model already is the simplified architecture."),
    QT_TRANSLATE_NOOP("ob::EngineText",
        "Time budget of the distillation in seconds (the result depends on the machine's speed)."),
    QT_TRANSLATE_NOOP("ob::EngineText",
        "Stop after this many training steps (0: only the time budget); for repeatable results."),
    QT_TRANSLATE_NOOP("ob::EngineText", "Inputs per training step."),
    QT_TRANSLATE_NOOP("ob::EngineText", "Adam's initial learning rate (cosine decay over the budget)."),
    QT_TRANSLATE_NOOP("ob::EngineText",
        "The seed's output format simplification: the nested dict becomes a tuple of tensors (reasoning_scores first; "
        "a list's tensors are stacked; ints are dropped, since a trace cannot follow them). Composes: "
        "simplify_outputs+jit_trace, simplify_outputs+jit_script."),
    QT_TRANSLATE_NOOP("ob::EngineText", "An output holds a value that has no tensor form (e.g. a string)."),
    QT_TRANSLATE_NOOP("ob::EngineText",
        "torch::jit::freeze + optimize_for_inference on the TorchScript form (scripted from source first when the "
        "model is not TorchScript yet). C++ has no torch.compile (it is a Python-only feature of PyTorch 2); the "
        "Compile group is LibTorch's TorchScript optimizer instead: freezing, optimize_for_inference and the graph "
        "fusers."),
    QT_TRANSLATE_NOOP("ob::EngineText",
        "The scripted, frozen model run with the TensorExpr (NNC) fuser on and CPU fusion forced on; reports which "
        "fusion groups formed. The oneDNN Graph fuser is used where this LibTorch build has it. C++ has no "
        "torch.compile (it is a Python-only feature of PyTorch 2); the Compile group is LibTorch's TorchScript "
        "optimizer instead: freezing, optimize_for_inference and the graph fusers."),
    QT_TRANSLATE_NOOP("ob::EngineText",
        "TorchScript by tracing with LibTorch's C++ tracer (strict): records the tensor operations one seeded example "
        "input executes, weights as constants. Control flow is not recorded: the example's path is."),
    QT_TRANSLATE_NOOP("ob::EngineText",
        "The C++ tracer in non-strict mode: also accepts a dict of tensors as output (measured on LibTorch 1.13.1), "
        "still refuses ints, lists and nested dicts in the output."),
    QT_TRANSLATE_NOOP("ob::EngineText", "The output is a dict, or holds ints or lists mixing int and Tensor."),
    QT_TRANSLATE_NOOP("ob::EngineText", "The output holds ints, lists or nested dicts."),
    QT_TRANSLATE_NOOP("ob::EngineText",
        "The residual MLP in fp32, per batch size the faster of OptiBench's fused kernels (prepacked weights, bias + "
        "ReLU + residual in each layer's pass, activations kept in cache, no framework overhead) and oneDNN's matmul "
        "with the same post-ops."),
    QT_TRANSLATE_NOOP("ob::EngineText",
        "The residual MLP in int8, per batch size the faster of OptiBench's fused kernels (per-channel int8 weights, "
        "activations quantized per row to 7 bits at run time, exact u8 x s8 products) and oneDNN's int8 matmul "
        "(static activation scales, VNNI); fp32 residual stream."),
    QT_TRANSLATE_NOOP("ob::EngineText",
        "The residual MLP with bf16 weights, per batch size the faster of oneDNN's bf16 matmul (bf16 arithmetic, "
        "fp32 accumulation and residual stream) and the fused kernels (bf16 weights widened to fp32); error about "
        "1e-2. Only on CPUs with AVX512_BF16 or AMX."),
    QT_TRANSLATE_NOOP("ob::EngineText",
        "What runs each batch size: auto measures OptiBench's kernels against oneDNN at preparation and keeps the "
        "faster; kernels or onednn forces one."),
    QT_TRANSLATE_NOOP("ob::EngineText",
        "Not applicable where the CPU has no bf16 arithmetic (AVX512_BF16 or AMX); skipped when the model is not a "
        "chain of Linear/ReLU/residual blocks."),
    QT_TRANSLATE_NOOP("ob::EngineText",
        "Picks, per batch size, the fastest faithful method for this model on this machine: prepares the candidates "
        "(eager, freeze_optimize, native_fp32, native_int8, native_bf16, dynamic_int8, mobile_xnnpack), keeps those "
        "whose outputs match the model's on a few rows (logit cosine at least auto.min_cosine), times them briefly "
        "at each batch size and runs each batch size on its pick."),
    QT_TRANSLATE_NOOP("ob::EngineText",
        "Fails when no candidate prepares; not applicable to a model file with its own inputs."),
    QT_TRANSLATE_NOOP("ob::EngineText",
        "Fidelity floor: a candidate is eligible at a batch size when the logit cosine of its outputs against the "
        "model's on 64 seeded rows is at least this."),
    QT_TRANSLATE_NOOP("ob::EngineText",
        "Measurement time per candidate and batch size at preparation, in milliseconds."),
    QT_TRANSLATE_NOOP("ob::EngineText",
        "Residual MLP: Linear(in,h), L residual blocks, Linear(h,out); returns a dict of tensors"),
    QT_TRANSLATE_NOOP("ob::EngineText",
        "The seed's original reasoning model: memory bank read by multi-head attention, a reasoning chain of up to L "
        "steps that stops when confident, a strategy selector picking one of 3 sub-networks; returns a nested dict "
        "mixing ints and tensors"),
    QT_TRANSLATE_NOOP("ob::EngineText",
        "A TorchScript module loaded from a file (torch::jit::save archive, e.g. a model saved by OptiBench); its "
        "forward takes a [batch, inputs] float tensor; the file defines its sizes"),
};

}  // namespace

QString engineText(const std::string& english)
{
    return QCoreApplication::translate("ob::EngineText", english.c_str());
}

QStringList engineTextSources()
{
    QStringList out;
    for (const char* text : kTexts)
        out << QString::fromUtf8(text);
    return out;
}

}  // namespace ob::i18n
