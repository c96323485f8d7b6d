// SPDX-License-Identifier: MIT
#pragma once
// The benchmark runner: prepares each method, checks its outputs against `eager`, then measures every
// method at every batch size in interleaved rounds. Runs synchronously in the calling thread
// (use RunWorker to run it on a dedicated thread); reports through a RunObserver. With isolation "process" (the
// default) the models run in supervised optibench-worker processes (bench/supervisor.h, docs/worker.md).

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

#include "config/runconfig.h"
#include "results/runresult.h"

namespace ob::engine {
class Workspace;
struct ModelSpec;
struct EngineSettings;
}  // namespace ob::engine

namespace ob {

/// Builds the engine workspace of a run; tests substitute their own.
using WorkspaceFactory =
    std::function<std::unique_ptr<engine::Workspace>(const engine::ModelSpec&, const engine::EngineSettings&)>;

class RunObserver {
public:
    virtual ~RunObserver() = default;
    virtual void runStarted(const RunResult& header) {}
    virtual void progress(const RunProgress& progress) {}
    virtual void methodPrepared(const MethodResult& result) {}
    virtual void samplesAdded(const QString& method, int batch, const std::vector<double>& samplesMs) {}
    virtual void batchFinished(const QString& method, const BatchResult& result) {}
    /// --profile: the method's profile, taken after its timing at the batch size it is profiled at.
    virtual void methodProfiled(const QString& method, const MethodProfile& profile) {}
    virtual void methodFinished(const MethodResult& result) {}
    /// The run ended (finished, cancelled, or refused: then runStarted was never called).
    virtual void runFinished(const RunResult& result) {}

    // For a supervisor (the worker process streams these; docs/worker.md). Called on the benchmark thread.
    /// While a batch size was measured, `result` failed (status, error, diagnosis) or was flagged (flags).
    virtual void methodChanged(const MethodResult& result) {}
    /// The benchmark thread begins `phase` of `method` at `batch` (0 outside a batch size): "prepare", "evaluate",
    /// "check" (the untimed finiteness call at a batch size), "warmup", or "measure" (one turn of a round).
    virtual void activity(const QString& phase, const QString& method, int batch) {}
    /// `calls` forward calls of the current activity are about to run back to back (outside the timed window).
    virtual void callsStarting(int calls) {}
    /// ... and returned after `ns` nanoseconds (not called when they threw).
    virtual void callsEnded(int calls, double ns) {}
};

/// A part of a run, as one worker process runs it (bench/supervisor.h): the run's configuration restricted to some
/// methods and batch sizes. Events are reported as in a whole run, except that `evaluated` methods are prepared
/// again without a methodPrepared (unless they fail now), and there is no methodFinished: the supervisor finishes.
struct RunJob {
    QStringList methods;    // to prepare and measure, in run order; empty: every method of the run
    QStringList evaluated;  // of those, the methods an earlier worker prepared and evaluated
    QList<int> batches;     // to measure (of the run's batch sizes); empty: all
    bool roofs = true;      // measure the machine's roofs (a supervisor measures them itself)
    bool exportModel = true;  // --save-model (see bench/model_export.h); a second methodPrepared reports its step
};

/// Runs `job` of the run `config` synchronously (the worker process's entry point). Never throws.
RunResult runJob(const RunConfig& config, const RunJob& job, RunObserver& observer, const std::atomic<bool>& cancel);

class BenchmarkRunner {
public:
    /// A custom `factory` (tests' fake workspaces) runs in this process whatever the configured isolation.
    explicit BenchmarkRunner(RunConfig config, WorkspaceFactory factory = {});
    /// Runs the benchmark. Never throws: a run that cannot start comes back with RunResult::error set.
    RunResult run(RunObserver& observer, const std::atomic<bool>& cancel);

    /// Calls per method and batch in one round of the interleaved measurement.
    static int roundLength(int iterations);

private:
    RunResult execute(RunObserver& observer, const std::atomic<bool>& cancel);

    RunConfig m_config;
    WorkspaceFactory m_factory;
    bool m_customFactory = false;
};

}  // namespace ob
