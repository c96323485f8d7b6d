// SPDX-License-Identifier: MIT
#pragma once
// The statistics of measured results: a batch's CI, outliers and drift; speed-ups against eager or between any two
// methods; score changes. Used by the runner, and by the GUI to compare two methods the user picks.

#include <QString>

#include <cstdint>
#include <vector>

#include "results/runresult.h"
#include "stats/compare.h"
#include "stats/interval.h"

namespace ob {

/// Confidence level of every interval OptiBench reports.
inline constexpr double kConfidenceLevel = 0.95;

/// A seed for the bootstrap of `what` (e.g. a method id) at one batch size, derived from the run seed, so that the
/// same samples give the same interval in every run and on every platform.
std::uint64_t bootstrapSeed(std::uint64_t runSeed, const QString& what, int batch);

/// The 95% bootstrap CI of the median of `samples`: the one interval both the stop rule and the report use.
stats::Interval medianCi(const std::vector<double>& samples, std::uint64_t seed);

/// Completes a measured batch from its samples: outliers and summary (see summarizeBatch), the CI of the median,
/// and the drift test that decides `steady`. With 2 or more processes (BatchResult::processes) the CI is the
/// hierarchical one for another run (stats/hierarchical.h), `spread` is set, and a batch drifts when a process does;
/// each process gets its own median and CI. `acrossProcesses` false: the CI of the pooled samples instead, a
/// millisecond instead of tens (a supervisor's live view while the next process measures).
void analyzeBatch(BatchResult& batch, std::uint64_t seed, bool acrossProcesses = true);

/// Marks an analysed batch as measured by one process (this one): BatchResult::processes with one entry, with the
/// share of the machine other processes used `during` the measurement.
void recordProcess(BatchResult& batch, const MachineNoise& during);

/// Sets the median's interval of every batch a run measured in 2 or more processes, for another run, with the spread
/// between processes no smaller than the run's (stats::runBetweenSpread over all its methods and batch sizes: they
/// share the processes, and three processes of one of them can agree by chance).
void addRunIntervals(RunResult& run);

/// The speed of `other` against `base` at every batch size both measured: median(base) / median(other); with
/// several processes, the ratio within each process combined over the processes (stats::compareGroupedLatencies),
/// its interval's spread between processes no smaller than `betweenFloor`.
std::vector<SpeedupEntry> compareMethods(
    const MethodResult& base, const MethodResult& other, std::uint64_t runSeed, double betweenFloor = 0);

/// Sets speedupVsEager of every result but eager's (nothing when eager has no measurements); with several processes,
/// the spread between processes of each interval no smaller than the run's (as addRunIntervals(), over the ratios).
void addSpeedups(RunResult& run);

/// The CI of a method's score from its reasoning_scores (n × width): the mean over rows, rows being independent.
stats::Interval scoreCi(const std::vector<float>& scores, int width);

/// A method's score against eager's score CI: inside it is "no change". Unknown without both scores.
stats::ScoreChange scoreChangeVsEager(const RunResult& run, const MethodResult& result);

}  // namespace ob
