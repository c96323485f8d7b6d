// SPDX-License-Identifier: MIT
#include "format/runfacts.h"

#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>

#include "format/celltext.h"
#include "i18n/tr.h"
#include "i18n/language.h"

namespace ob {

QStringList vectorExtensions(const QJsonObject& environment)
{
    QStringList flags;
    for (const auto& f : environment.value(QStringLiteral("cpu_flags")).toArray())
        flags << f.toString();
    static const struct {
        const char* flag;
        const char* name;
    } known[] = {{"avx2", "AVX2"},        {"fma", "FMA"},
                 {"avx512f", "AVX-512"},  {"avx512_vnni", "AVX-512 VNNI"},
                 {"avx512_bf16", "AVX-512 BF16"}, {"amx_tile", "AMX"},
                 {"asimd", "NEON"},       {"sve", "SVE"}};
    QStringList out;
    for (const auto& k : known)
        if (flags.contains(QLatin1String(k.flag)))
            out << QLatin1String(k.name);
    return out;
}

namespace {

/// "42.8 KiB" below a MiB, else "3.5 MiB".
QString sizeText(qint64 bytes)
{
    return bytes < (1 << 20) ? tr("%1 KiB").arg(QString::number(bytes / 1024.0, 'f', 1))
                             : tr("%1 MiB").arg(mibText(bytes));
}

/// A model file's outputs as its evaluation saw them: "logits Float[B, 7], count Long[B]" (the evaluation batch
/// shown as B).
QString outputsText(const RunResult& run)
{
    for (const auto& r : run.results) {
        if (!r.fidelity || r.fidelity->leaves.empty())
            continue;
        QStringList leaves;
        for (const auto& leaf : r.fidelity->leaves) {
            QStringList dims;
            for (std::size_t i = 0; i < leaf.shape.size(); ++i)
                dims << (i == 0 && leaf.shape[i] == run.config.evalSamples ? QStringLiteral("B")
                                                                            : QString::number(leaf.shape[i]));
            leaves << (leaf.path.isEmpty() ? QString() : leaf.path + QLatin1Char(' ')) + leaf.dtype
                    + QLatin1Char('[') + dims.join(QStringLiteral(", ")) + QLatin1Char(']');
        }
        return leaves.join(QStringLiteral(", "));
    }
    return {};
}

}  // namespace

QString modelFacts(const RunResult& run)
{
    const RunConfig& c = run.config;
    QString text;
    if (c.model == QLatin1String("torchscript")) {
        text = tr("%1 (TorchScript file)").arg(QFileInfo(c.modelFile).fileName());
        if (!c.inputSpecs.isEmpty())
            text += i18n::clauseSeparator() + tr("inputs %1").arg(c.inputSpecs.join(QStringLiteral(", ")));
        if (const QString outputs = outputsText(run); !outputs.isEmpty())
            text += i18n::clauseSeparator() + tr("outputs %1").arg(outputs);
        QString primary = c.primaryOutput;
        for (const auto& r : run.results)  // when not configured: the leaf the evaluation chose
            if (primary.isEmpty() && r.fidelity)
                primary = r.fidelity->primaryOutput;
        if (!primary.isEmpty())
            text += i18n::clauseSeparator() + tr("top-1 agreement on %1").arg(primary);
    } else {
        text = tr("%1 (built in): hidden size %2, %3 layers, %4 input features, %5 output features")
                   .arg(c.model)
                   .arg(c.hidden)
                   .arg(c.layers)
                   .arg(c.inputs)
                   .arg(c.outputs);
    }
    const MethodResult* eager = run.result(QStringLiteral("eager"));
    if (eager && eager->weightBytes >= 0)
        text += i18n::clauseSeparator() + tr("weights %1 (fp32)").arg(sizeText(eager->weightBytes));
    return text;
}

QString machineFacts(const RunResult& run)
{
    const QJsonObject& env = run.environment;
    QStringList parts;
    QStringList cpu;
    const QString model = env.value(QStringLiteral("cpu_model")).toString();
    if (!model.isEmpty())
        cpu << model;
    if (const int cores = env.value(QStringLiteral("logical_cores")).toInt(); cores > 0)
        cpu << tr("%n logical core(s)", nullptr, cores);
    const QString arch = env.value(QStringLiteral("arch")).toString();
    if (!arch.isEmpty())
        cpu << arch;
    if (!cpu.isEmpty())
        parts << cpu.join(QStringLiteral(", "));
    const QStringList isa = vectorExtensions(env);
    if (!isa.isEmpty())
        parts << isa.join(QStringLiteral(", "));
    parts << tr("%n LibTorch thread(s)", nullptr, run.intraOpThreads()) + QStringLiteral(", ")
            + tr("%n BLAS thread(s)", nullptr, run.blasThreads());
    const QString os = env.value(QStringLiteral("os")).toString();
    if (!os.isEmpty())
        parts << os;
    return parts.join(i18n::clauseSeparator());
}

}  // namespace ob
