// SPDX-License-Identifier: MIT
#pragma once
// What a run measures: the model, the methods and how to measure them.

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace ob {

struct RunConfig {
    QString model = QStringLiteral("simplified");
    QString modelFile;  // model "torchscript": the TorchScript file (key model-file); the file defines the sizes
    QStringList inputSpecs;  // model "torchscript": one input spec per tensor argument of forward (key input)
    QString exampleInputs;   // model "torchscript": a torch.save file of forward's inputs (key example-inputs)
    QString primaryOutput;   // model "torchscript": the output leaf top-1 agreement is measured on (key primary-output)
    double driftCosine = 0.999;  // fidelity: an output whose cosine to eager is below this has drifted (0..1)
    double driftTop1 = 99;       // fidelity: top-1 agreement with eager below this many percent has drifted
    int hidden = 256;
    int layers = 7;
    int inputs = 4;
    int outputs = 13;
    QList<int> batches{1, 4, 8, 16};
    QStringList methods{QStringLiteral("all")};  // method ids, "all" expands to every registered method
    int warmup = 50;
    /// Measured calls per method and batch: exactly this many when given; otherwise the adaptive length below.
    std::optional<int> iterations;
    double targetCi = 2.0;     // adaptive: stop once the 95% CI of the median is within ± this many percent
    int minCalls = 100;        // adaptive: at least this many calls (unless the time budget runs out first)
    int maxCalls = 10000;      // adaptive: at most this many calls
    double timeBudget = 1.0;   // adaptive: seconds of measurement per method and batch at most
    bool excludeOutliers = false;  // summaries without the samples outside the robust fences (they stay in the data)
    bool profile = false;  // a per-operator profile of each method after its timing (key profile; docs/profile.md)
    int threads = 1;      // LibTorch intra-op threads
    int blasThreads = 1;  // OpenBLAS threads
    QString qengine = QStringLiteral("auto");
    qulonglong seed = 42;
    int evalSamples = 1024;              // size of the evaluation set for score and fidelity
    QMap<QString, QString> options;       // strategy options (key -> value)
    // Where the models run (docs/worker.md): "process" (supervised optibench-worker processes) or "thread" (in this
    // process, on the benchmark thread: no protection from a hang or a crash; for fake workspaces and debugging).
    QString isolation = QStringLiteral("process");
    std::optional<double> callTimeout;    // seconds a forward call may take (key call-timeout); empty: auto
    std::optional<qint64> workerMemoryMiB;  // address space of a worker (key worker-memory-limit); empty: auto, 0: none
    std::optional<qint64> workerCpuSeconds;  // CPU time of a worker (key worker-cpu-limit); empty: auto, 0: none
    // Repeated worker processes (docs/worker.md, "Forks"): each method is measured in `forks` processes, each taking
    // 1/forks of the measurement; while they disagree, more are added up to max-forks (empty: auto, = forks).
    int forks = 3;
    std::optional<int> maxForks;

    bool operator==(const RunConfig& o) const;
    bool operator!=(const RunConfig& o) const { return !(*this == o); }
};

}  // namespace ob
