// SPDX-License-Identifier: MIT
#include "bench/modelinspect.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QMutex>

#include <atomic>

#include "bench/supervisor.h"
#include "config/enginespec.h"
#include "optibench/engine/engine.h"

namespace ob {
namespace {

std::atomic<bool> g_inProcess{false};

struct Cache {
    QMutex mutex;
    QHash<QString, engine::ModelFileInfo> entries;
};

Cache& cache()
{
    static Cache c;
    return c;
}

/// What an inspection depends on: the file as it is now and the inputs asked for.
QString keyOf(const engine::ModelSpec& spec)
{
    const QString path = QString::fromStdString(spec.path);
    const QFileInfo file(path);
    QStringList parts{file.absoluteFilePath(), QString::number(file.size()),
                      QString::number(file.lastModified().toMSecsSinceEpoch()),
                      QString::fromStdString(spec.exampleInputs), QString::fromStdString(spec.primaryOutput)};
    for (const auto& s : spec.inputSpecs)
        parts << QString::fromStdString(engine::inputSpecText(s));
    return parts.join(QLatin1Char('\n'));
}

std::optional<engine::ModelFileInfo> cached(const QString& key)
{
    Cache& c = cache();
    QMutexLocker lock(&c.mutex);
    const auto it = c.entries.constFind(key);
    return it == c.entries.constEnd() ? std::nullopt : std::optional(*it);
}

void store(const QString& key, const engine::ModelFileInfo& info)
{
    Cache& c = cache();
    QMutexLocker lock(&c.mutex);
    if (c.entries.size() > 64)
        c.entries.clear();
    c.entries.insert(key, info);
}

}  // namespace

void setInspectInProcess(bool inProcess)
{
    g_inProcess = inProcess;
}

engine::ModelFileInfo inspectModelFileFor(const RunConfig& config)
{
    const engine::ModelSpec spec = modelSpecOf(config);
    const bool inWorker = !g_inProcess && config.isolation == QLatin1String("process")
        && !workerExecutable().isEmpty();
    if (!inWorker)
        return engine::inspectModelFile(spec);  // the engine caches it in this process
    const QString key = keyOf(spec);
    if (auto info = cached(key))
        return *info;
    const engine::ModelFileInfo info = inspectInWorker(config);
    if (!info.errorKind.empty() || info.ok)  // a worker that could not be started is not an answer to keep
        store(key, info);
    return info;
}

void rememberModelFileInfo(const engine::ModelSpec& spec, const engine::ModelFileInfo& info)
{
    store(keyOf(spec), info);
}

std::optional<engine::ModelFileInfo> cachedModelFileInfo(const RunConfig& config)
{
    return cached(keyOf(modelSpecOf(config)));
}

engine::ModelCost modelCost(const engine::ModelSpec& spec)
{
    if (spec.model != "torchscript" || g_inProcess)
        return engine::estimateCost(spec);
    engine::ModelFileInfo info;
    if (auto known = cached(keyOf(spec))) {
        info = *known;
    } else {
        RunConfig c;  // only the model file's keys matter for an inspection
        c.model = QStringLiteral("torchscript");
        c.modelFile = QString::fromStdString(spec.path);
        for (const auto& s : spec.inputSpecs)
            c.inputSpecs << QString::fromStdString(engine::inputSpecText(s));
        c.exampleInputs = QString::fromStdString(spec.exampleInputs);
        c.primaryOutput = QString::fromStdString(spec.primaryOutput);
        info = inspectModelFileFor(c);
    }
    if (!info.ok)
        throw engine::EngineError(info.error);
    // As engine::estimateCost() derives it from the inspection.
    engine::ModelCost cost;
    cost.parameters = info.parameters;
    cost.weightBytesFp32 = info.weightBytes;
    cost.flopsPerSample = info.cost.flops;
    cost.activationBytesPerSample = info.cost.activationBytes;
    if (info.residualMlp)
        cost.activationBytesPerSample = 4.0
            * static_cast<double>(info.inputs + info.hidden + info.layers * 5LL * info.hidden + info.hidden
                                  + info.outputs);
    return cost;
}

}  // namespace ob
