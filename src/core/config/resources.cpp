// SPDX-License-Identifier: MIT
#include "config/resources.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <limits>

#include "bench/modelinspect.h"
#include "config/enginespec.h"
#include "config/memoryinfo.h"
#include "i18n/tr.h"
#include "optibench/engine/engine.h"

namespace ob {
namespace {

// Live tensors of one forward of a residual block (input, fc1, relu, fc2, sum) with room for a strategy's
// scratch buffers; the evaluation runs in chunks of 256 rows (see the engine's evaluate()).
constexpr qint64 kActivationTensors = 8;
constexpr qint64 kEvaluationChunk = 256;
// A sample lives in the runner, in the queued signal, in the GUI's session and as text in the journal.
constexpr qint64 kSampleCopies = 6;
// What the process holds before any model: LibTorch and its libraries, Qt, OpenBLAS buffers.
constexpr qint64 kRuntimeBytes = 256LL * 1024 * 1024;

qint64 saturatingMul(qint64 a, qint64 b)
{
    if (a != 0 && b > std::numeric_limits<qint64>::max() / a)
        return std::numeric_limits<qint64>::max() / 4;
    return a * b;
}

}  // namespace

MemoryEstimate estimateMemory(const RunConfig& c)
{
    const engine::ModelSpec spec = modelSpecOf(c);
    qint64 fp32 = 0;
    try {
        fp32 = modelCost(spec).weightBytesFp32;
    } catch (const std::exception&) {
        fp32 = 0;  // an unknown model: validate() reports it
    }
    if (fp32 == 0 && c.model == QLatin1String("torchscript"))  // a file that does not load: at least its size
        fp32 = std::max<qint64>(0, QFileInfo(c.modelFile).size());
    QHash<QString, double> copies;
    for (const auto& s : engine::strategies())
        copies.insert(QString::fromStdString(s.id), s.weightCopies);

    MemoryEstimate e;
    const QStringList methods = expandMethods(c.methods);
    e.methods = static_cast<int>(methods.size());
    double weightCopies = 1.0;  // the workspace's base model
    for (const auto& method : methods)
        for (const auto& step : method.split(QLatin1Char('+')))
            weightCopies += copies.value(step, 1.0);
    e.weights = static_cast<qint64>(weightCopies * static_cast<double>(fp32));

    const int maxBatch = c.batches.isEmpty() ? 1 : *std::max_element(c.batches.begin(), c.batches.end());
    const qint64 rows = std::max<qint64>(maxBatch, kEvaluationChunk);
    const qint64 width = std::max({c.hidden, c.inputs, c.outputs});
    e.activations = saturatingMul(saturatingMul(rows, width), kActivationTensors * 4);

    // Adaptive length keeps at most max-calls samples per method and batch (fewer when calls are timed in blocks).
    const qint64 sampleCount = saturatingMul(saturatingMul(e.methods, c.batches.size()), c.iterations.value_or(c.maxCalls));
    e.samples = saturatingMul(sampleCount, qint64(sizeof(double)) * kSampleCopies);

    const qint64 evalFloats = saturatingMul(c.evalSamples, c.inputs + 3LL * c.outputs);  // inputs, reference, scores
    e.evaluation = saturatingMul(evalFloats, 4);
    e.runtime = kRuntimeBytes;
    return e;
}

MaybeError checkResources(const RunConfig& config, qint64 availableBytes)
{
    if (availableBytes < 0)
        return std::nullopt;
    const MemoryEstimate e = estimateMemory(config);
    if (e.total() <= availableBytes)
        return std::nullopt;
    const QString parts = QCoreApplication::translate(
                              "ob::Resources",
                              "weights %1 for %n method(s), activations %2, samples %3, evaluation set %4, runtime %5",
                              nullptr, e.methods)
                              .arg(formatBytes(e.weights), formatBytes(e.activations), formatBytes(e.samples),
                                   formatBytes(e.evaluation), formatBytes(e.runtime));
    return ValidationError{
        QStringLiteral("memory"), tr("estimated %1").arg(formatBytes(e.total())),
        tr("exceeds the available memory of %1 (%2)").arg(formatBytes(availableBytes), parts),
        tr("a run that fits in %1: fewer or smaller layers (hidden, layers), fewer methods, smaller batches, "
           "fewer iterations or eval-samples")
            .arg(formatBytes(availableBytes))};
}

MaybeError checkResources(const RunConfig& config)
{
    return checkResources(config, availableMemoryBytes());
}

QString formatBytes(qint64 bytes)
{
    constexpr double kMiB = 1024.0 * 1024.0;
    constexpr double kGiB = kMiB * 1024.0;
    if (bytes >= qint64(kGiB))
        return tr("%1 GiB").arg(static_cast<double>(bytes) / kGiB, 0, 'f', 1);
    if (bytes >= qint64(kMiB))
        return tr("%1 MiB").arg(static_cast<double>(bytes) / kMiB, 0, 'f', 1);
    return tr("%1 KiB").arg(static_cast<double>(bytes) / 1024.0, 0, 'f', 1);
}

}  // namespace ob
