// SPDX-License-Identifier: MIT
#pragma once
// The benchmark runner: prepares each method, checks its outputs against `eager`, then measures every
// method at every batch size in interleaved rounds. Runs synchronously in the calling thread
// (use RunWorker to run it on a dedicated thread); reports through a RunObserver.

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
    virtual void methodFinished(const MethodResult& result) {}
    /// The run ended (finished, cancelled, or refused: then runStarted was never called).
    virtual void runFinished(const RunResult& result) {}
};

class BenchmarkRunner {
public:
    explicit BenchmarkRunner(RunConfig config, WorkspaceFactory factory = {});
    /// Runs the benchmark. Never throws: a run that cannot start comes back with RunResult::error set.
    RunResult run(RunObserver& observer, const std::atomic<bool>& cancel);

    /// Calls per method and batch in one round of the interleaved measurement.
    static int roundLength(int iterations);

private:
    RunResult execute(RunObserver& observer, const std::atomic<bool>& cancel);

    RunConfig m_config;
    WorkspaceFactory m_factory;
};

}  // namespace ob
