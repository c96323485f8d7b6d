// SPDX-License-Identifier: MIT
#pragma once
// Supervision of the worker processes that run the models (isolation "process", docs/worker.md). A run goes to an
// optibench-worker child as a job; its event lines feed the same RunObserver as a run in this process, so the CLI,
// the journal and the GUI's live charts see no difference. A forward that does not return within the call timeout,
// a crash (a signal) or an out-of-memory kill fails the method it happened in, naming the batch size and the
// signal, and the run goes on with the other methods and batch sizes in a new worker. Cancel stops the worker
// within half a second. Each worker runs under an address-space and a CPU-time limit.

#include <QJsonObject>
#include <QString>

#include <atomic>
#include <optional>

#include "bench/runner.h"
#include "bench/workerprocess.h"
#include "config/runconfig.h"
#include "optibench/engine/types.h"
#include "results/runresult.h"

namespace ob {

/// The worker executable: $OPTIBENCH_WORKER when set, else optibench-worker next to the running program (or, in a
/// build tree, in src/worker beside it). Empty when none exists.
QString workerExecutable();

/// The limits of `config`'s workers: worker-memory-limit (auto: 75% of the machine's memory) and worker-cpu-limit
/// (auto: at least an hour, ten times the run's time budget, per thread).
WorkerLimits workerLimitsFor(const RunConfig& config);
/// The machine's physical memory in bytes; -1 when unknown.
qint64 physicalMemoryBytes();

/// The environment's "worker" entry of a supervised run: isolation, executable, limits and call timeout in force.
QJsonObject processIsolationEnvironment(const RunConfig& config, const QString& executable);

/// Runs `config` in worker processes (`observer` gets every event, as from BenchmarkRunner). Nullopt, without any
/// event, when the worker executable cannot be found: the caller runs the models itself then.
std::optional<RunResult> superviseRun(const RunConfig& config, RunObserver& observer, const std::atomic<bool>& cancel);

/// engine::inspectModelFile() of `config` in a worker process. A worker that crashes or does not finish within the
/// inspection limit gives a result that is not ok (errorKind "interface") naming what happened.
engine::ModelFileInfo inspectInWorker(const RunConfig& config);

/// The longest a worker may take to load and probe a model file for inspectInWorker(): call-timeout when it is
/// longer than 10 s, else 10 s; auto: 120 s.
double inspectLimitSeconds(const RunConfig& config);
/// The longest the worker gives one step that is not a timed call (building the model, preparing or evaluating a
/// method): auto: 600 s; else 20 x call-timeout, at least 60 s.
double setupLimitSeconds(const RunConfig& config);

}  // namespace ob
