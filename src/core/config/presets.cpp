// SPDX-License-Identifier: MIT
#include "config/presets.h"
#include "i18n/tr.h"

#include <QCoreApplication>

namespace ob {
namespace {

}  // namespace

QList<Preset> presets()
{
    RunConfig seed;
    seed.model = QStringLiteral("original");
    seed.methods = {QStringLiteral("eager"), QStringLiteral("dynamic_int8"), QStringLiteral("jit_trace"),
                    QStringLiteral("simplify+simplify_outputs+freeze_optimize")};
    RunConfig quick;
    quick.batches = {1, 16};
    quick.warmup = 10;
    quick.iterations = 40;
    quick.evalSamples = 256;
    quick.forks = 1;  // a first look: one worker process
    return {
        {QStringLiteral("default"), tr("Default"),
         tr("Every method on the default model (hidden 256, 7 layers), batches 1, 4, 8, 16."), RunConfig{}},
        {QStringLiteral("seed"), tr("Seed experiment"),
         tr("The seed report's table, measured here: the original model with eager, dynamic int8, JIT trace and "
            "the \"optimized\" pipeline."),
         seed},
        {QStringLiteral("quick"), tr("Quick"), tr("Few iterations and two batch sizes, for a first look."), quick},
    };
}

std::optional<RunConfig> presetConfig(const QString& id)
{
    for (const auto& p : presets())
        if (p.id == id)
            return p.config;
    return std::nullopt;
}

}  // namespace ob
