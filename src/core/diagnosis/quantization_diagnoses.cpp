// SPDX-License-Identifier: MIT
// Diagnoses of quantization failures. Patterns cover LibTorch's C++ texts and the Python wordings of the same
// failures (Python prefixes "RuntimeError: " and the like, and has a few messages of its own).

#include <QCoreApplication>

#include "diagnosis/catalog.h"
#include "i18n/tr.h"
#include "optibench/engine/engine.h"

namespace ob {
namespace {

// The engines of this build, when the diagnosis does not carry them (a log line, a Python message).
QString supportedEngines(const QMap<QString, QString>& args)
{
    if (args.contains(QStringLiteral("supported")))
        return args.value(QStringLiteral("supported"));
    static const QString here = [] {
        QStringList names;
        for (const auto& e : engine::captureEnvironment().supportedQEngines)
            if (e != "none")
                names << QString::fromStdString(e);
        return names.isEmpty() ? QStringLiteral("-") : names.join(QStringLiteral(", "));
    }();
    return here;
}

// Fills the placeholders that have defaults: {supported} (the engines of this build), {ENGINE} (upper case),
// {op}; the others are filled from the diagnosis' arguments when it is rendered.
QString expand(QString text, const QMap<QString, QString>& a, const char* op = "?")
{
    text.replace(QStringLiteral("{supported}"), supportedEngines(a));
    text.replace(QStringLiteral("{ENGINE}"), a.value(QStringLiteral("engine"), QStringLiteral("?")).toUpper());
    text.replace(QStringLiteral("{op}"), a.value(QStringLiteral("op"), QLatin1String(op)));
    return text;
}

// The one-click fix that the engine and operator failures offer.
FixAction useQnnpack()
{
    return FixAction{QStringLiteral("setting"), QStringLiteral("qengine"), QStringLiteral("qnnpack")};
}

// The quantized engine: none selected (the seed's failure), or one this build lacks.
QList<DiagnosisEntry> qengineDiagnoses()
{
    QList<DiagnosisEntry> list;
    list << DiagnosisEntry{
        QStringLiteral("qengine_none"),
        {QStringLiteral("Didn't find engine for operation (?<op>[\\w:]+) NoQEngine")},
        [](const QMap<QString, QString>& a) -> QString {
            return expand(tr("No quantized engine is selected (NoQEngine), so LibTorch has no kernel for {op}. This is "
                             "the seed's failure. This build supports: {supported}."),
                          a, "quantized::linear_prepack");
        },
        [](const QMap<QString, QString>& a) -> QString {
            return expand(a.contains(QStringLiteral("suggested"))
                              ? tr("Choose the quantized engine {suggested} (or auto) in the run's settings; this "
                                   "build has: {supported}.")
                              : tr("Choose a quantized engine in the run's settings (auto picks one of: {supported})."),
                          a);
        },
        {useQnnpack()}};
    list << DiagnosisEntry{
        QStringLiteral("qengine_unsupported"),
        {QStringLiteral("quantized engine (?<engine>\\w+) is not supported"),
         QStringLiteral("(?<engine>\\w+) is not a valid value for quantized engine")},
        [](const QMap<QString, QString>& a) -> QString {
            return expand(tr("This LibTorch build has no {ENGINE} quantized engine (FBGEMM and X86 come with the "
                             "official x86 builds; Debian's LibTorch has neither). This build supports: {supported}."),
                          a);
        },
        [](const QMap<QString, QString>& a) -> QString {
            return expand(a.contains(QStringLiteral("suggested"))
                              ? tr("Choose the quantized engine {suggested} (or auto) in the run's settings; this "
                                   "build has: {supported}.")
                              : tr("Choose an engine this build has: {supported}."),
                          a);
        },
        {useQnnpack()}};
    return list;
}

// 16-bit weights: fp16 needs FBGEMM, and LibTorch has no qint16.
QList<DiagnosisEntry> dtypeDiagnoses()
{
    QList<DiagnosisEntry> list;
    list << DiagnosisEntry{
        QStringLiteral("fp16_unsupported"),
        {QStringLiteral("(?<op>quantized::\\w*fp16\\w*) is currently not supported by (?<engine>\\w+)"),
         QStringLiteral("This PyTorch installation was not built with FBGEMM operators")},
        [](const QMap<QString, QString>& a) -> QString {
            return expand(a.contains(QStringLiteral("engine"))
                              ? tr("fp16 weights ({op}) are implemented by FBGEMM only; the {ENGINE} engine has no "
                                   "fp16 kernels. This build supports: {supported}.")
                              : tr("fp16 weights ({op}) are implemented by FBGEMM only, and this LibTorch was built "
                                   "without FBGEMM. This build supports: {supported}."),
                          a, "quantized::linear_prepack_fp16");
        },
        [](const QMap<QString, QString>&) -> QString {
            return tr("Use bf16 for 16-bit weights, or a LibTorch built with FBGEMM (the official x86 builds) with "
                      "the FBGEMM quantized engine.");
        },
        {FixAction{QStringLiteral("method"), QString(), QStringLiteral("bf16")}}};
    list << DiagnosisEntry{
        QStringLiteral("int16_not_a_dtype"),
        {QStringLiteral("qint16 is not a quantized dtype of LibTorch"),
         QStringLiteral("module 'torch' has no attribute 'qint16'"),
         QStringLiteral("Don't know how to quantize with default settings for torch\\.int16")},
        [](const QMap<QString, QString>& a) -> QString {
            QString text = tr("There is no 16-bit quantized dtype in LibTorch (its quantized dtypes are {dtypes}), so "
                              "the seed's quantize_dynamic(..., qint16) fallback could never have worked.");
            if (!a.contains(QStringLiteral("dtypes")))
                text.replace(QStringLiteral("{dtypes}"), QStringLiteral("qint8, quint8, qint32, quint4x2, quint2x4"));
            return text;
        },
        [](const QMap<QString, QString>&) -> QString { return tr("Use dynamic_int8 (or bf16 for 16-bit weights)."); },
        {FixAction{QStringLiteral("method"), QString(), QStringLiteral("dynamic_int8")}}};
    return list;
}

// Quantized operations that cannot run here, and lowerings that need the simplified model.
QList<DiagnosisEntry> operatorDiagnoses()
{
    QList<DiagnosisEntry> list;
    list << DiagnosisEntry{
        QStringLiteral("quant_op_unsupported"),
        {QStringLiteral("Could not run '(?<op>quantized::\\w+(?:\\.\\w+)?)' with arguments from the '(?<backend>\\w+)' "
                        "backend"),
         QStringLiteral("(?<op>quantized::\\w+) is currently not supported by (?<engine>\\w+)"),
         QStringLiteral("(?<op>quantized::\\w+|qlinear\\w*) \\((?<engine>qnnpack|onednn|ONEDNN|xnnpack|fbgemm)\\)"),
         QStringLiteral("(?<op>quantized::\\w+): (?<engine>ONEDNN) only supports symmetric quantization")},
        [](const QMap<QString, QString>& a) -> QString {
            return expand(a.contains(QStringLiteral("backend"))
                              ? tr("The quantized operation {op} has no kernel for tensors of the {backend} backend "
                                   "(a float tensor given to a quantized op, or the reverse). This build supports: "
                                   "{supported}.")
                              : tr("The quantized operation {op} cannot run on the {ENGINE} engine: the engine lacks "
                                   "this kernel or this input type. This build supports: {supported}."),
                          a);
        },
        [](const QMap<QString, QString>&) -> QString {
            return tr("Try another quantized engine, or keep this layer in fp32.");
        },
        {useQnnpack()}};
    list << DiagnosisEntry{
        QStringLiteral("quant_needs_residual_mlp"),
        {QStringLiteral("(?<strategy>\\w+) lowers a Linear/ReLU/residual chain, but the model here \\((?<model>[^)]*)\\)")},
        [](const QMap<QString, QString>&) -> QString {
            return tr("{strategy} rewrites the Linear/ReLU/residual chain of the simplified model; the model at this "
                      "step ({model}) does not expose one.");
        },
        [](const QMap<QString, QString>&) -> QString {
            return tr("Put {strategy} first in the pipeline, on the simplified model; on the original model, distill "
                      "it into the simplified architecture first: simplify+{strategy}.");
        },
        {}};
    return list;
}

// A quantized method that ran but lost to eager.
QList<DiagnosisEntry> slowdownDiagnoses()
{
    QList<DiagnosisEntry> list;
    list << DiagnosisEntry{
        QStringLiteral("int8_slower_than_eager"),
        {},
        [](const QMap<QString, QString>&) -> QString {
            return tr("{method} is slower than eager by more than 10% at batch {batches} (median latency {ratios} × "
                      "eager's). The whole model does only about {mflop} MFLOP per sample, so quantizing and "
                      "dequantizing the activations and the per-op overhead of the quantized kernels cost more "
                      "than the int8 arithmetic saves.");
        },
        [](const QMap<QString, QString>&) -> QString {
            return tr("Quantization pays off for larger layers or batches; for a model this small, keep fp32.");
        },
        {}};
    return list;
}

}  // namespace

QList<DiagnosisEntry> quantizationDiagnoses()
{
    QList<DiagnosisEntry> list;
    list << qengineDiagnoses() << dtypeDiagnoses() << operatorDiagnoses() << slowdownDiagnoses();
    return list;
}

}  // namespace ob
