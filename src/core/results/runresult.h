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
#include "results/measurement.h"
#include "results/profile.h"
#include "stats/descriptive.h"
#include "stats/fidelity.h"
#include "stats/hierarchical.h"
#include "stats/hypothesis.h"
#include "stats/interval.h"
#include "stats/robust.h"

namespace ob {

/// An action that fixes a failure: kind "setting" (key = value), "method" (replace the method by value) or
/// "machine" (key "remeasure": measure the machine's roofs again).
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

/// What a step chose for one batch size (native_*: kernels or oneDNN; auto: a method), measured at preparation.
struct StepChoice {
    int batch = 0;
    QString choice;            // "kernels", "onednn", or auto's method id
    QString detail;            // e.g. "avx2+fma", "oneDNN 2.6.3, ISA avx512_core_bf16"
    QString arithmetic;        // "fp32", "bf16", "int8"; empty: unknown
    double us = 0;             // median at preparation; 0: not measured
    std::optional<double> cosine;  // auto: logit cosine against its input model on a few rows
    qint64 weightBytes = -1;   // bytes of weights one forward reads on this path; -1: the method's
};

struct StepResult {
    QString strategy;
    QString status;  // "ok", "failed", "skipped"
    QString error;
    QString message;
    DiagnosisRef diagnosis;
    double setupMs = 0;
    std::vector<StepChoice> choices;  // per batch size, for steps that choose per batch size (JSON "choices")
};

/// Why the measurement of a method at a batch size ended (JSON `stop_rule`).
namespace stoprule {
inline constexpr char kIterations[] = "iterations";    // the exact --iterations count was reached
inline constexpr char kCiTarget[] = "ci_target";       // the 95% CI of the median is within the target
inline constexpr char kMaxCalls[] = "max_calls";       // the maximum number of calls, before the target
inline constexpr char kTimeBudget[] = "time_budget";   // the time budget, before the target
inline constexpr char kCancelled[] = "cancelled";
}  // namespace stoprule
/// One core's limits (the roofs of a roofline), as measured by the engine and cached per CPU model.
struct MachineRoofs {
    QString cpuModel;
    QString kernels;             // instruction set of the probe loops, e.g. "avx2+fma"
    double peakGflopsFp32 = 0;   // GFLOP/s (multiply-add = 2)
    double peakGopsInt8 = 0;     // GOP/s of u8 x s8 multiply-adds; 0 when not measured
    double peakGflopsBf16 = 0;   // GFLOP/s of bf16 multiply-adds (fp32 accumulation); 0: no bf16 arithmetic
    QString isaFp32;             // the instructions each peak was measured with, e.g. "avx512f (vfmadd231ps zmm)";
    QString isaInt8;             // empty in caches older than these fields
    QString isaBf16;
    double bandwidthL1 = 0;      // GB/s of reads from each level
    double bandwidthL2 = 0;
    double bandwidthL3 = 0;
    double bandwidthDram = 0;
    qint64 cacheL1 = 0;          // bytes
    qint64 cacheL2 = 0;
    qint64 cacheL3 = 0;
    double seconds = 0;          // how long the measurement took
    QDateTime measured;
    double loadAverage = -1;     // 1-minute load average when the measurement started; -1 unknown
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

/// One worker process's part of a batch size (JSON "processes"). A run with forks measures every batch size in several
/// processes; BatchResult::samplesMs holds their samples one process after the other, in this order.
struct ProcessBatch {
    int fork = 0;  // which process of the run, 0-based, in the order they ran
    int samples = 0;  // its samples: the next `samples` of samplesMs
    qint64 calls = 0;
    double medianMs = 0;
    stats::Interval medianCiMs;  // 95% bootstrap CI of its own median
    QString cpus;  // the cores it was pinned to, e.g. "1" or "0,1"; empty: not pinned
    std::optional<double> loadBefore;  // share of the machine other processes used just before it started (0..1)
    std::optional<double> loadAfter;  // ... just after it ended
    std::optional<double> otherCpuShare;  // ... while it measured this batch size (when that took a second or more)
    QString state;  // "quiet" or "busy" when the run's processes fall into two states; else empty
};

/// A batch size's medians in the quiet and in the busy processes, when the run's processes fall into two states.
struct StateMedians {
    int quietProcesses = 0;
    int busyProcesses = 0;
    double quietMs = 0;  // the median of the quiet processes' samples
    double busyMs = 0;
    stats::Interval quietCiMs;  // hierarchical 95% interval, as for the whole batch
    stats::Interval busyCiMs;
    std::optional<double> quietSpeedup;  // speed against eager in the quiet processes (as SpeedupEntry::ratio)
    std::optional<double> busySpeedup;   // ... in the busy ones
};

struct BatchResult {
    int batch = 0;
    stats::Summary latencyMs;  // of the summarised samples: all, or those inside the fences when outliers are excluded
    double throughputPerS = 0;
    std::vector<double> samplesMs;  // one per timed block, in measurement order: the block's time / its calls
    bool complete = true;  // false when the run was cancelled while this batch was measured
    qint64 calls = 0;      // measured forward calls
    int block = 1;         // calls per timed block (> 1 when one call is too short for the clock)
    double medianMs = 0;  // the run's median: latencyMs.p50 with one process; with several, the median of the
                          // processes' medians (stats::runMedian), which one slow process does not move
    stats::Interval medianCiMs;    // 95% bootstrap CI of medianMs (with several processes: for another run)
    stats::Fences outlierFencesMs;  // median ± 3.5 · 1.4826 · MAD of all samples
    int outliers = 0;               // samples outside the fences (always kept in samplesMs)
    bool outliersExcluded = false;  // the summary leaves the outliers out
    QString stopRule;               // one of stoprule::*
    bool steady = true;             // no drift between the first and last quarter of the samples
    stats::Drift drift;
    double measureSeconds = 0;      // wall time spent measuring this method at this batch size
    QStringList flags;     // hints that hold at this batch size only, e.g. "int8_slower_than_eager"
    std::optional<RooflinePoint> roofline;
    std::vector<ProcessBatch> processes;  // per worker process, in samplesMs order; empty: unknown (an older file)
    std::optional<stats::ProcessSpread> spread;  // between against within the processes, when there are 2 or more
    std::optional<StateMedians> states;  // when the run's processes fall into two states
};

/// Fills the outlier fences and count, the latency summary and the throughput of a batch from its samples.
void summarizeBatch(BatchResult& batch);
/// The samples the summary is made of: all of them, or those inside the fences when outliers are excluded.
std::vector<double> summarizedSamples(const BatchResult& batch);
/// The samples of each process (BatchResult::processes), in order; one group of all samples when the processes are
/// unknown or do not add up to the samples.
stats::GroupedSamples groupedSamples(const BatchResult& batch);
/// The same for summarizedSamples(): each process's samples inside the fences when outliers are excluded.
stats::GroupedSamples summarizedGroups(const BatchResult& batch);

/// A method's speed against eager at one batch size: median(eager) / median(method), > 1 is faster.
struct SpeedupEntry {
    int batch = 0;
    double ratio = 0;
    stats::Interval ci;       // 95% bootstrap CI of the ratio
    double pValue = 1;        // Mann–Whitney U, two-sided
    bool significant = false;  // p < 0.05 and the CI excludes 1; otherwise the difference is noise ("≈")
    bool operator==(const SpeedupEntry& o) const
    {
        return batch == o.batch && ratio == o.ratio && ci == o.ci && pValue == o.pValue && significant == o.significant;
    }
};

/// A method's memory, measured in the process that ran it (JSON "memory"). Bytes; -1 where not measured.
struct MethodMemory {
    qint64 peakRssBytes = -1;      // a process that held only this method: baseBytes + max(preparePeak, retained + runPeak)
    qint64 baseBytes = -1;         // resident memory of the process before any method was prepared (runtime, model, inputs)
    qint64 retainedBytes = -1;     // resident memory the prepared method holds: after its preparation - before
    qint64 preparePeakBytes = -1;  // peak during its preparation and evaluation, above the resident memory before
    qint64 runPeakBytes = -1;      // peak during its warm-up calls (the largest over the batch sizes), above before
    bool exact = false;            // the peak was reset before each phase (Linux); else peaks are the process's so far
    bool measured() const { return peakRssBytes >= 0 || retainedBytes >= 0; }
};

/// NotApplicable: a strategy of the method does not apply to the model (MethodResult::error says why); neither a
/// failure nor measured.
enum class MethodStatus { Pending, Ok, Failed, Cancelled, NotApplicable };
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
    MethodMemory memory;
    std::optional<double> score;
    std::optional<stats::Interval> scoreCi;  // 95% CI of the score over the evaluation set
    std::optional<stats::Fidelity> fidelity;
    QStringList flags;  // e.g. "numerically_wrong", "non_finite"
    std::vector<StepResult> steps;
    std::vector<BatchResult> batches;
    std::vector<SpeedupEntry> speedupVsEager;  // one per batch measured by both; empty for eager itself
    std::optional<MethodProfile> profile;  // --profile: where a forward's time goes (results/profile.h)

    const BatchResult* batch(int size) const;
    const SpeedupEntry* speedup(int batch) const;
};

/// Marks a method that does not apply to the model: status NotApplicable, the reason as its error and the diagnosis
/// "not_applicable" (arg "reason").
void markNotApplicable(MethodResult& result, const QString& reason);

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
    TimerCalibration timer;
    MachineNoise noise;
    std::optional<MachineRoofs> machine;  // the roofs the efficiencies refer to
    std::vector<MethodResult> results;

    const MethodResult* result(const QString& method) const;
    MethodResult* result(const QString& method);
    /// The intra-op (LibTorch) and OpenBLAS threads the run used: the configured ones, or more when the
    /// environment recorded more.
    int intraOpThreads() const;
    int blasThreads() const;
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
    bool totalEstimated = false;  // adaptive length: callsTotal is an estimate from the share of the CI target reached
};

}  // namespace ob

Q_DECLARE_METATYPE(ob::RunProgress)
Q_DECLARE_METATYPE(ob::MethodResult)
Q_DECLARE_METATYPE(ob::BatchResult)
Q_DECLARE_METATYPE(ob::RunResult)
