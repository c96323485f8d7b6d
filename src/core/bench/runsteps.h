// SPDX-License-Identifier: MIT
#pragma once
// Steps of a run shared by the in-process runner (bench/runner.cpp) and the supervisor of worker processes
// (bench/supervisor.cpp): the roofs measured before the methods, and the end of a run.

#include <QJsonObject>
#include <QString>

#include <atomic>
#include <optional>

#include "bench/progress.h"
#include "bench/runner.h"
#include "config/runconfig.h"
#include "results/runresult.h"

namespace ob {

/// The machine's roofs for a run (cached per CPU model; measured in the calling thread the first time, with
/// progress), or none when the option roofline is off, or when they cannot be measured or were cancelled.
std::optional<MachineRoofs> roofsForRun(const RunConfig& config, ProgressTracker& progress,
                                        const std::atomic<bool>& cancel);

/// The end of a run: every method still pending becomes ok (all batch sizes measured and complete) or cancelled;
/// speed-ups, hints and the roofline are added; methodFinished is called for every method; the end time is set.
void finishRun(RunResult& run, bool cancelled, const std::optional<MachineRoofs>& roofs, RunObserver& observer);

/// The environment's "worker" entry of a run in this process: isolation "thread" and why (`reason`: "configured"
/// for isolation=thread, "custom_workspace" for a runner given its own workspace factory, "worker_not_found").
QJsonObject threadIsolationEnvironment(const QString& reason);

}  // namespace ob
