// SPDX-License-Identifier: MIT
// Known failures of tracing, scripting and compiling, in LibTorch C++ and Python wordings, and the two hints that
// explain a JIT or simplified method whose answers differ from eager's (turned into flags by diagnosis/hints.cpp).
// The C++ texts were measured on LibTorch 1.13.1 (see strategies/jit/ in the engine); the Python ones are those of
// torch 1.13.1's torch.jit.trace / torch.jit.script, which users bring in their logs.

#include <QCoreApplication>

#include "diagnosis/catalog.h"
#include "i18n/tr.h"

namespace ob {
namespace {

FixAction method(const char* value)
{
    return FixAction{QStringLiteral("method"), QString(), QLatin1String(value)};
}

FixAction setting(const char* key, const char* value)
{
    return FixAction{QStringLiteral("setting"), QLatin1String(key), QLatin1String(value)};
}

QString fidelityClause(const QMap<QString, QString>& args)
{
    if (!args.contains(QStringLiteral("cosine")))
        return QString();
    return QLatin1Char(' ')
        + tr("Over the evaluation set: logit cosine {cosine}, argmax agreement {argmax} %, max |Δ score| {max_error}.");
}

// Tracing against the model's outputs: types it cannot infer, dicts, outputs that do not depend on the input.
QList<DiagnosisEntry> traceOutputDiagnoses()
{
    QList<DiagnosisEntry> list;
    list << DiagnosisEntry{
        QStringLiteral("trace_mixed_outputs"),
        {QStringLiteral("Tracer cannot infer type of"), QStringLiteral("Could not infer type of list element"),
         QStringLiteral("List inputs to traced functions must have consistent element type"),
         QStringLiteral("Only tensors, lists, tuples of tensors, or dictionary of tensors can be output from traced"),
         QStringLiteral("of traced region cannot be understood by the tracer, only outputs matching"),
         QStringLiteral("Only tensors or \\(possibly nested\\) dict or tuples of tensors can be inputs to traced")},
        [](const QMap<QString, QString>& args) -> QString {
            QString text = tr("The model's output mixes Python ints with tensors (an int such as a strategy id, or a "
                              "list of int step ids and Tensor states, inside a nested dict). The tracer records "
                              "tensor operations only: it can neither type nor follow such an output.");
            if (args.contains(QStringLiteral("outputs")))
                text += QLatin1Char(' ') + tr("Here: {outputs}.");
            return text;
        },
        [](const QMap<QString, QString>& args) -> QString {
            if (args.value(QStringLiteral("control_flow")) == QLatin1String("data-dependent"))
                return tr("This model's path depends on its input, so script it: simplify_outputs+jit_script (or "
                          "jit_script, which types the nested dict as Dict[str, Any]). A trace of the simplified "
                          "outputs would freeze one path.");
            return tr("Flatten the outputs into a tuple of tensors before tracing (simplify_outputs+jit_trace), or "
                      "script the model (jit_script). Tracing is only right if no loop or branch depends on the "
                      "input.");
        },
        {method("simplify_outputs+jit_trace"), method("jit_script")}};
    list << DiagnosisEntry{
        QStringLiteral("trace_dict_output"),
        {QStringLiteral("Encountering a dict at the output of the tracer")},
        [](const auto&) -> QString {
            return tr("The model returns a dict. In strict mode (the default) the tracer refuses dicts, because their "
                      "structure could change with the input.");
        },
        [](const auto&) -> QString {
            return tr("Add simplify_outputs before jit_trace (a tuple of tensors), or trace in non-strict mode "
                      "(jit_trace_nonstrict: it accepts a flat dict of tensors only), or use jit_script.");
        },
        {method("simplify_outputs+jit_trace"), method("jit_trace_nonstrict"), method("jit_script")}};
    list << DiagnosisEntry{
        QStringLiteral("trace_constant_output"),
        {QStringLiteral("did not have observable data dependence with trace inputs")},
        [](const auto&) -> QString {
            return tr("An output of the traced function does not depend on its input as far as the tracer can see: "
                      "typically an int computed with .item() and turned back into a tensor, or a constant.");
        },
        [](const auto&) -> QString {
            return tr("Leave such values out of the traced outputs (simplify_outputs drops ints) or compute them with "
                      "tensor operations; or use jit_script.");
        },
        {method("jit_script")}};
    return list;
}

// Tracing against the model itself: weights that require grad, control flow frozen into one path.
QList<DiagnosisEntry> traceModelDiagnoses()
{
    QList<DiagnosisEntry> list;
    list << DiagnosisEntry{
        QStringLiteral("trace_requires_grad"),
        {QStringLiteral("Cannot insert a Tensor that requires grad as a constant")},
        [](const auto&) -> QString {
            return tr("The tracer met a weight that requires grad. It bakes weights into the graph as constants and "
                      "refuses ones that require grad (in C++, a NoGradGuard is not enough).");
        },
        [](const auto&) -> QString {
            return tr("Set requires_grad to false on every parameter before tracing (OptiBench's jit_trace does).");
        },
        {}};
    list << DiagnosisEntry{
        QStringLiteral("trace_froze_control_flow"),
        {QStringLiteral("Converting a tensor to a Python (boolean|integer|index|number|float) might cause the trace "
                        "to be incorrect"),
         QStringLiteral("Output nr \\d+\\. of the traced function does not match the corresponding output of the "
                        "Python function")},
        [](const QMap<QString, QString>& args) -> QString {
            QString text = tr("The trace recorded one path through the model and replays it for every input. This "
                              "model's path depends on its input (how many reasoning steps, which strategy branch), "
                              "so inputs that take another path get wrong answers.");
            if (args.contains(QStringLiteral("path")))
                text += QLatin1Char(' ') + tr("The example input's path: {path}.");
            return text + fidelityClause(args) + QLatin1Char(' ')
                + tr("The trace froze data-dependent control flow; use jit_script.");
        },
        [](const auto&) -> QString {
            return tr("Use jit_script (simplify_outputs+jit_script when the outputs must be tensors): scripting keeps "
                      "the loops and branches, so every input takes its own path.");
        },
        {method("jit_script")}};
    return list;
}

// Scripting: what TorchScript cannot type or compile.
QList<DiagnosisEntry> scriptDiagnoses()
{
    QList<DiagnosisEntry> list;
    list << DiagnosisEntry{
        QStringLiteral("script_mixed_list"),
        {QStringLiteral("Type variable 't' previously matched to type Tensor is matched to type int"),
         QStringLiteral("Type variable 't' previously matched to type int is matched to type Tensor")},
        [](const auto&) -> QString {
            return tr("TorchScript typed a list from its first use (List[Tensor] or List[int]) and then met an "
                      "element of the other type: the model keeps int step ids and Tensor states in one list.");
        },
        [](const auto&) -> QString {
            return tr("Annotate the list as List[Any] (and the dict holding it as Dict[str, Any]); TorchScript 1.13 "
                      "accepts them, and OptiBench's jit_script does this. Or drop the ints: "
                      "simplify_outputs+jit_script.");
        },
        {method("jit_script"), method("simplify_outputs+jit_script")}};
    list << DiagnosisEntry{
        QStringLiteral("script_unsupported"),
        {QStringLiteral("NotSupportedError"), QStringLiteral("UnsupportedNodeError"),
         QStringLiteral("is currently not supported in Torchscript"),
         QStringLiteral("attribute lookup is not defined on builtin")},
        [](const auto&) -> QString {
            return tr("TorchScript cannot compile a Python construct the model uses (a builtin, a library call or a "
                      "syntax it does not support).");
        },
        [](const auto&) -> QString {
            return tr("Rewrite that line with torch operations TorchScript knows; until then, compare the eager "
                      "model and, if its path never depends on the input, a trace.");
        },
        {}};
    return list;
}

// Fusers, freezing and steps that need a TorchScript form.
QList<DiagnosisEntry> compileDiagnoses()
{
    QList<DiagnosisEntry> list;
    list << DiagnosisEntry{
        QStringLiteral("fuser_no_llvm"),
        {QStringLiteral("^LLVM Backend not found")},
        [](const auto&) -> QString {
            return tr("With CPU fusion switched on, the TensorExpr (NNC) fuser formed fusion groups, but this LibTorch "
                      "build has no LLVM backend to compile them, and NNC requires LLVM on CPU by default.");
        },
        [](const auto&) -> QString {
            return tr("Let the fuser run without LLVM (NNC then runs the fused groups in its IR interpreter, which "
                      "is much slower), or use freeze_optimize.");
        },
        {setting("fuser.llvm_required", "false"), method("freeze_optimize")}};
    list << DiagnosisEntry{
        QStringLiteral("no_torchscript_form"),
        {QStringLiteral("needs a TorchScript form of the model"), QStringLiteral("has no TorchScript form")},
        [](const auto&) -> QString {
            return tr("This needs the model as TorchScript. OptiBench writes TorchScript for the original model and "
                      "the residual MLP (each optionally behind simplify_outputs); the form the model has at this "
                      "point of the pipeline (e.g. quantized or native kernels) has none.");
        },
        [](const auto&) -> QString {
            return tr("Put the JIT or Compile step before the steps that lower the model, or add one (e.g. "
                      "jit_script) to a method that has none.");
        },
        {}};
    list << DiagnosisEntry{
        QStringLiteral("freeze_training_mode"),
        {QStringLiteral("Freezing is currently only implemented for modules in eval mode")},
        [](const auto&) -> QString { return tr("The module was frozen while in training mode."); },
        [](const auto&) -> QString { return tr("Call eval() on the module before freezing it."); },
        {}};
    return list;
}

// The simplified model: an approximation, with its fidelity cost.
QList<DiagnosisEntry> simplifyDiagnoses()
{
    QList<DiagnosisEntry> list;
    list << DiagnosisEntry{
        QStringLiteral("simplify_approximation"),
        {},
        [](const QMap<QString, QString>& args) -> QString {
            return tr("simplify replaced the model by the simplified architecture, distilled from it in {seconds} s "
                      "({steps} training steps): an approximation, not the same model.")
                + fidelityClause(args) + QLatin1Char(' ')
                + tr("Its speed is bought with these answers.");
        },
        [](const auto&) -> QString {
            return tr("Give the distillation more time (its time budget among the simplify options), or compare "
                      "with a method that keeps the original model (jit_script, freeze_optimize).");
        },
        {}};
    return list;
}

}  // namespace

QList<DiagnosisEntry> jitDiagnoses()
{
    QList<DiagnosisEntry> list;
    list << traceOutputDiagnoses() << traceModelDiagnoses() << scriptDiagnoses() << compileDiagnoses()
         << simplifyDiagnoses();
    return list;
}

}  // namespace ob
