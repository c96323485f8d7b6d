// SPDX-License-Identifier: MIT
#pragma once
// Repeated worker processes (forks, docs/worker.md): how each process measures (its share of the measurement
// budget), how the processes' batches combine into one, and what the processes say together: the shift between
// them and whether they fall into two states (quiet and busy). The supervisor (bench/supervisor.cpp) runs the
// processes; finishRun() calls analyzeProcessStates().

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

#include "config/runconfig.h"
#include "results/runresult.h"
#include "stats/hierarchical.h"

namespace ob {

/// A process's time budget is the run's divided by the forks, but at least this (or the run's, when shorter).
inline constexpr double kMinForkTimeBudgetS = 0.2;
/// A process measures at least this many calls (or min-calls, when fewer), whatever the division gives.
inline constexpr int kMinForkCalls = 20;
/// A process warms each method up with at least this many calls (or warmup, when fewer).
inline constexpr int kMinForkWarmup = 10;

/// The processes a run measures in: `forks`, or more (up to `max-forks`) while they disagree. One with isolation
/// "thread" (everything runs in the application's process).
int plannedForks(const RunConfig& config);
/// The most processes a run may grow to (max-forks, auto: forks; never fewer than forks).
int forkLimit(const RunConfig& config);

/// The configuration process `fork` (0-based) of `forks` measures with: 1/forks of the run's measurement
/// (time-budget, min-calls, max-calls, warmup, with the minimums above; iterations split exactly, at least 1 each,
/// and a process beyond `forks` takes the largest share) and a stop-rule target of target-ci × √forks, so that the
/// processes together take about the samples and the time one process took alone.
RunConfig forkConfig(const RunConfig& config, int forks, int fork = 0);
/// The run's own measurement keys put back into `config` (a worker's header carries its fork's).
void restoreMeasurement(RunConfig& config, const RunConfig& run);

/// Each batch of `parts` (the same method and batch size, one per process, in the order they ran) as one batch:
/// samples one process after the other, BatchResult::processes from each part's, calls and times added, then
/// analysed again (analyzeBatch: the hierarchical interval, the spread). `seed` as for analyzeBatch.
BatchResult combineProcesses(const std::vector<BatchResult>& parts, std::uint64_t seed);

/// `base` and `other` grouped by fork (index = ProcessBatch::fork), so that group i of both comes from process i.
std::pair<stats::GroupedSamples, stats::GroupedSamples> pairedGroups(const BatchResult& base, const BatchResult& other);

/// What the processes of a run say together.
struct ProcessSummary {
    int processes = 0;  // the most processes any batch was measured in
    double shift = 0;  // how far the slowest process is from the fastest, over every method and batch size (relative)
    double within = 0;  // the typical within-process noise (ProcessSpread::within, median over batches)
    bool shifted = false;  // shift > 2 × within and at least kMinProcessShift
    std::vector<double> levels;  // per fork: its speed relative to the others (stats::processLevels; > 1 is slower)
    stats::StateSplit states;  // quiet and busy processes
};

/// Summarises the processes of `run`'s measured batches (every batch with processes, every method).
ProcessSummary summarizeProcesses(const RunResult& run);

/// When the processes fall into two states: marks each ProcessBatch "quiet" or "busy" and gives every batch its
/// StateMedians (each state's median, interval and speed-up against eager). Else clears them.
void analyzeProcessStates(RunResult& run);

}  // namespace ob
