// SPDX-License-Identifier: MIT
#include "diagnosis/titles.h"

#include <QCoreApplication>

#include "i18n/tr.h"

namespace ob {

QString diagnosisTitle(const QString& id)
{
    struct Title {
        const char* id;
        const char* text;
    };
    static const Title titles[] = {
        {"cancelled", QT_TRANSLATE_NOOP("ob", "cancelled before it finished")},
        {"unknown_strategy", QT_TRANSLATE_NOOP("ob", "a strategy this build does not have")},
        {"non_finite_output", QT_TRANSLATE_NOOP("ob", "its outputs are NaN or Inf")},
        {"non_finite_model", QT_TRANSLATE_NOOP("ob", "the model itself gives NaN or Inf")},
        {"worker_timeout", QT_TRANSLATE_NOOP("ob", "it hung and was stopped")},
        {"out_of_memory", QT_TRANSLATE_NOOP("ob", "out of memory")},
        {"worker_cpu_limit", QT_TRANSLATE_NOOP("ob", "it used up its CPU-time limit")},
        {"worker_crashed", QT_TRANSLATE_NOOP("ob", "it crashed its worker process")},
        {"numerically_wrong", QT_TRANSLATE_NOOP("ob", "its outputs are wrong")},
        {"output_drift", QT_TRANSLATE_NOOP("ob", "its outputs drift from eager's")},
        {"output_mismatch", QT_TRANSLATE_NOOP("ob", "its outputs differ in structure from eager's")},
        {"not_applicable", QT_TRANSLATE_NOOP("ob", "does not apply to this model")},
        {"qengine_none", QT_TRANSLATE_NOOP("ob", "no quantized engine selected")},
        {"qengine_unsupported", QT_TRANSLATE_NOOP("ob", "quantized engine missing in this build")},
        {"fp16_unsupported", QT_TRANSLATE_NOOP("ob", "no fp16 kernels in this build")},
        {"int16_not_a_dtype", QT_TRANSLATE_NOOP("ob", "LibTorch has no 16-bit quantized type")},
        {"quant_op_unsupported", QT_TRANSLATE_NOOP("ob", "a quantized operation cannot run here")},
        {"quant_needs_residual_mlp", QT_TRANSLATE_NOOP("ob", "needs the simplified model")},
        {"int8_slower_than_eager", QT_TRANSLATE_NOOP("ob", "int8 is slower than eager here")},
        {"oversubscribed", QT_TRANSLATE_NOOP("ob", "more threads than free cores")},
        {"blas_kernel_forced", QT_TRANSLATE_NOOP("ob", "OpenBLAS forced to older kernels")},
        {"roof_exceeded", QT_TRANSLATE_NOOP("ob", "faster than the measured roofs")},
        {"native_isa_unavailable", QT_TRANSLATE_NOOP("ob", "instruction set not available")},
        {"native_not_lowerable", QT_TRANSLATE_NOOP("ob", "layers the native kernels cannot run")},
        {"trace_mixed_outputs", QT_TRANSLATE_NOOP("ob", "the trace cannot follow the outputs")},
        {"trace_dict_output", QT_TRANSLATE_NOOP("ob", "the trace refuses a dict output")},
        {"trace_constant_output", QT_TRANSLATE_NOOP("ob", "an output does not depend on the input")},
        {"trace_requires_grad", QT_TRANSLATE_NOOP("ob", "weights that require gradients")},
        {"trace_froze_control_flow", QT_TRANSLATE_NOOP("ob", "the trace froze one path")},
        {"script_mixed_list", QT_TRANSLATE_NOOP("ob", "TorchScript cannot type a mixed list")},
        {"script_unsupported", QT_TRANSLATE_NOOP("ob", "code TorchScript cannot compile")},
        {"fuser_no_llvm", QT_TRANSLATE_NOOP("ob", "the fuser needs LLVM")},
        {"no_torchscript_form", QT_TRANSLATE_NOOP("ob", "no TorchScript form at this step")},
        {"freeze_training_mode", QT_TRANSLATE_NOOP("ob", "frozen in training mode")},
        {"simplify_approximation", QT_TRANSLATE_NOOP("ob", "an approximation of the model")},
    };
    for (const auto& t : titles)
        if (id == QLatin1String(t.id))
            return tr(t.text);
    return {};
}

QString flagText(const QString& flag)
{
    struct Name {
        const char* flag;
        const char* text;
    };
    static const Name names[] = {
        {"numerically_wrong", QT_TRANSLATE_NOOP("ob", "wrong outputs")},
        {"non_finite", QT_TRANSLATE_NOOP("ob", "NaN or Inf outputs")},
        {"drifted", QT_TRANSLATE_NOOP("ob", "outputs drift")},
        {"frozen_control_flow", QT_TRANSLATE_NOOP("ob", "frozen path")},
        {"approximation", QT_TRANSLATE_NOOP("ob", "approximation")},
        {"oversubscribed", QT_TRANSLATE_NOOP("ob", "too many threads")},
        {"blas_kernel_forced", QT_TRANSLATE_NOOP("ob", "old BLAS kernels")},
        {"int8_slower_than_eager", QT_TRANSLATE_NOOP("ob", "int8 slower than eager")},
        {"roof_exceeded", QT_TRANSLATE_NOOP("ob", "above the roofs")},
    };
    for (const auto& n : names)
        if (flag == QLatin1String(n.flag))
            return tr(n.text);
    return flag;
}

QString flagsText(const QStringList& flags)
{
    QStringList words;
    for (const auto& f : flags)
        words << flagText(f);
    return words.join(QStringLiteral(", "));
}

const QStringList& unfaithfulFlags()
{
    static const QStringList flags{QStringLiteral("numerically_wrong"), QStringLiteral("non_finite"),
                                   QStringLiteral("drifted"), QStringLiteral("frozen_control_flow"),
                                   QStringLiteral("approximation")};
    return flags;
}

}  // namespace ob
