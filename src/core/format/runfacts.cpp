// SPDX-License-Identifier: MIT
#include "format/runfacts.h"

#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>

#include "format/celltext.h"
#include "i18n/tr.h"

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

QString modelFacts(const RunResult& run)
{
    const RunConfig& c = run.config;
    QString text;
    if (c.model == QLatin1String("torchscript")) {
        text = tr("%1 (TorchScript file)").arg(QFileInfo(c.modelFile).fileName());
        if (!c.inputSpecs.isEmpty())
            text += QStringLiteral("; ") + tr("inputs %1").arg(c.inputSpecs.join(QStringLiteral(", ")));
        if (!c.primaryOutput.isEmpty())
            text += QStringLiteral("; ") + tr("top-1 agreement on %1").arg(c.primaryOutput);
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
        text += QStringLiteral("; ") + tr("weights %1 MiB (fp32)").arg(mibText(eager->weightBytes));
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
    return parts.join(QStringLiteral("; "));
}

}  // namespace ob
