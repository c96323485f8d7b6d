// SPDX-License-Identifier: MIT
#pragma once
// The results of a run: immutable value objects handed from the worker to the GUI and the reports.

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

#include "config/runconfig.h"
#include "stats/descriptive.h"
#include "stats/fidelity.h"

namespace ob {

/// An action that fixes a failure: kind "setting" (key = value) or "method" (replace the method by value).
struct FixAction {
    QString kind;
    QString key;
    QString value;
    bool operator==(const FixAction& o) const { return kind == o.kind && key == o.key && value == o.value; }
};

/// A diagnosis by id with its arguments; the sentence comes from the diagnosis catalog in the current language.
struct DiagnosisRef {
    QString id;
    QMap<QString, QString> args;
    QList<FixAction> fixes;
    bool isEmpty() const { return id.isEmpty(); }
    bool operator==(const DiagnosisRef& o) const { return id == o.id && args == o.args && fixes == o.fixes; }
};

struct StepResult {
    QString strategy;
    QString status;  // "ok", "failed", "skipped"
    QString error;
    QString message;
    DiagnosisRef diagnosis;
    double setupMs = 0;
};

/// One core's limits (the roofs of a roofline), as measured by the engine and cached per CPU model.
struct MachineRoofs {
    QString cpuModel;
    QString kernels;             // instruction set of the probe loops, e.g. "avx2+fma"
    double peakGflopsFp32 = 0;   // GFLOP/s (multiply-add = 2)
    double peakGopsInt8 = 0;     // GOP/s of u8 x s8 multiply-adds; 0 when not measured
    double bandwidthL1 = 0;      // GB/s of reads from each level
    double bandwidthL2 = 0;
    double bandwidthL3 = 0;
    double bandwidthDram = 0;
    qint64 cacheL1 = 0;          // bytes
    qint64 cacheL2 = 0;
    qint64 cacheL3 = 0;
    double seconds = 0;          // how long the measurement took
    QDateTime measured;
    bool isValid() const { return peakGflopsFp32 > 0 && bandwidthDram > 0; }
};

/// Where a method x batch stands against the machine's roofs (see roofline/roofline.h).
struct RooflinePoint {
    double flops = 0;           // per forward
    double bytes = 0;           // per forward: weights at the method's precision + fp32 activations
    double intensity = 0;       // flops / bytes
    double achievedGflops = 0;  // flops / median latency
    double boundUs = 0;         // the least time the roofs allow
    QString limit;              // what bounds it: "compute", "L1", "L2", "L3", "DRAM"
    double efficiency = 0;      // boundUs / median latency (1 = at the roof)
};

struct BatchResult {
    int batch = 0;
    stats::Summary latencyMs;
    double throughputPerS = 0;
    std::vector<double> samplesMs;
    bool complete = true;  // false when the run was cancelled while this batch was measured
    std::optional<RooflinePoint> roofline;
};

/// Fills the latency summary and the throughput of a batch from its samples.
void summarizeBatch(BatchResult& batch);

enum class MethodStatus { Pending, Ok, Failed, Cancelled };
QString statusId(MethodStatus s);
MethodStatus statusFromId(const QString& id);

struct MethodResult {
    QString method;
    QString model;
    MethodStatus status = MethodStatus::Pending;
    QString error;
    DiagnosisRef diagnosis;
    double setupMs = 0;
    qint64 weightBytes = -1;
    std::optional<double> score;
    std::optional<stats::Fidelity> fidelity;
    QStringList flags;  // e.g. "numerically_wrong", "non_finite"
    std::vector<StepResult> steps;
    std::vector<BatchResult> batches;

    const BatchResult* batch(int size) const;
};

struct RunResult {
    QString schema = QStringLiteral("optibench.run/1");
    QString toolVersion;
    QJsonObject environment;
    RunConfig config;
    QStringList methods;  // expanded method list, in run order
    QDateTime started;
    QDateTime finished;
    bool cancelled = false;
    QString error;  // set when the run could not start (e.g. the model could not be built)
    std::optional<MachineRoofs> machine;  // the roofs the efficiencies refer to
    std::vector<MethodResult> results;

    const MethodResult* result(const QString& method) const;
    MethodResult* result(const QString& method);
};

/// Per-call progress of a run.
struct RunProgress {
    QString stage;  // "prepare", "evaluate", "warmup", "measure", "done"
    QString method;
    int batch = 0;
    qint64 callsDone = 0;
    qint64 callsTotal = 0;
    double fraction = 0;     // overall, 0..1
    double etaSeconds = -1;  // -1 unknown
};

}  // namespace ob

Q_DECLARE_METATYPE(ob::RunProgress)
Q_DECLARE_METATYPE(ob::MethodResult)
Q_DECLARE_METATYPE(ob::BatchResult)
Q_DECLARE_METATYPE(ob::RunResult)
