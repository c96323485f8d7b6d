// SPDX-License-Identifier: MIT
#pragma once
// Statistics of samples measured in several processes (a run's forks). A process is one draw of the machine's state
// (its load, its cores, where its memory landed), so samples of one process are not independent of each other: an
// interval from one process describes that process, not what another run would see. These intervals resample the
// processes, then the samples within each (the hierarchical bootstrap). Pure functions, seeded and deterministic; one
// process gives exactly the one-process intervals of bootstrap.h.

#include <cstdint>
#include <vector>

#include "stats/bootstrap.h"
#include "stats/interval.h"

namespace ob::stats {

/// Samples grouped by the process that measured them: one group per process, each in measurement order.
using GroupedSamples = std::vector<std::vector<double>>;

/// What an interval from several processes is to hold. A bootstrap over few processes knows the spread between them
/// poorly, so the part of the interval that comes from it is widened as a Student t interval with (processes − 1)
/// degrees of freedom would be (Cameron, Gelbach & Miller 2008); the part from the noise within processes is not.
/// LongRun: the value many processes would give (a confidence interval). AnotherRun: the value another run with as
/// many processes would report (a prediction interval: the spread between processes counts for both runs).
enum class IntervalTarget { LongRun, AnotherRun };

/// The median of each non-empty group, in group order.
std::vector<double> groupMedians(const GroupedSamples& groups);
/// The median of all samples pooled (the `p50` of a run's latency percentiles). 0 when there are none.
double pooledMedian(const GroupedSamples& groups);
/// The run's median: the median of the processes' medians (one process: the median of its samples; two: their mean).
/// One slow process of three does not move it, where it moves the pooled median by part of a process's own spread
/// (the fast processes' samples above their median). 0 when there are none.
double runMedian(const GroupedSamples& groups);
/// The number of non-empty groups.
int processCount(const GroupedSamples& groups);

/// A hierarchical bootstrap before it is widened for its target, with what the widening needs. Several of them
/// (every method and batch size of a run: they share the run's processes) give the run's spread between processes.
struct ProcessBootstrap {
    double estimate = 0;  // the estimate the interval is around
    Interval percentile;  // the bootstrap's percentile interval
    double bootstrapVar = 0;  // its squared log-space half-width
    double withinVar = 0;  // the part of it the noise within processes explains
    int processes = 0;  // processes (groups or pairs) used
    /// The spread between processes as the squared log-space half-width one process's level has (the bootstrap's
    /// variance less the noise within processes, per process): 0 when the processes agree within their noise.
    double betweenPerProcess() const;
};

/// The run's spread between processes: the median of betweenPerProcess() over the bootstraps of 2 or more
/// processes (0 when there are none). Three processes of one series can agree by chance; the run's other series,
/// measured in the same processes, tell how much they usually differ.
double runBetweenSpread(const std::vector<ProcessBootstrap>& bootstraps);

/// The interval of `b` at `level` for `target`: the percentile interval's log-space distances to the estimate scaled
/// so that the part from the spread between processes is widened as a Student t interval with (processes − 1)
/// degrees of freedom would be, taken no smaller than `betweenFloor` (a spread per process, e.g. runBetweenSpread()).
/// One process: the percentile interval as it is.
Interval widened(const ProcessBootstrap& b, double level, IntervalTarget target, double betweenFloor = 0);

/// Hierarchical bootstrap of runMedian() at `level`: each resample draws the processes with replacement, then each
/// drawn process's median from the bootstrap of its samples, and takes their median. Needs 2 or more processes.
ProcessBootstrap medianBootstrap(const GroupedSamples& groups, double level = 0.95,
    int resamples = kDefaultResamples, std::uint64_t seed = 1);
/// The interval of runMedian() for `target` (medianBootstrap(), widened()). One process gives bootstrapMedianCi(); no
/// samples give [0, 0].
Interval hierarchicalMedianCi(const GroupedSamples& groups, double level = 0.95, int resamples = kDefaultResamples,
    std::uint64_t seed = 1, IntervalTarget target = IntervalTarget::LongRun, double betweenFloor = 0);

/// Paired speed ratio: numerator and denominator measured in the same processes (group i of each from process i):
/// the median over processes of median(numerator_i) / median(denominator_i), in log space (two processes: their
/// geometric mean), so that one process in another state does not move it. Processes where either is empty or a
/// median is not positive are skipped; none left gives NaN.
double pairedRatio(const GroupedSamples& numerator, const GroupedSamples& denominator);
/// Its hierarchical bootstrap: processes drawn with replacement, each one's two medians from their bootstrap
/// distributions. Needs 2 or more valid processes.
ProcessBootstrap pairedRatioBootstrap(const GroupedSamples& numerator, const GroupedSamples& denominator,
    double level = 0.95, int resamples = kDefaultResamples, std::uint64_t seed = 1);
/// Its interval for `target` (pairedRatioBootstrap(), widened()). One process gives bootstrapRatioCi(); none gives
/// [NaN, NaN].
Interval pairedRatioCi(const GroupedSamples& numerator, const GroupedSamples& denominator, double level = 0.95,
    int resamples = kDefaultResamples, std::uint64_t seed = 1, IntervalTarget target = IntervalTarget::LongRun,
    double betweenFloor = 0);

/// Unpaired ratio: two different sets of processes (e.g. two runs, before and after): runMedian(numerator) /
/// runMedian(denominator). NaN when either is empty or the denominator's median is 0.
double unpairedRatio(const GroupedSamples& numerator, const GroupedSamples& denominator);
/// Its CI: both sides resampled hierarchically and independently, each widened for its own number of processes.
/// One process on each side gives bootstrapRatioCi(); empty input gives [NaN, NaN].
Interval unpairedRatioCi(const GroupedSamples& numerator, const GroupedSamples& denominator, double level = 0.95,
    int resamples = kDefaultResamples, std::uint64_t seed = 1, IntervalTarget target = IntervalTarget::LongRun);

/// A shift between processes smaller than this (relative) is not reported, however precise the processes are.
inline constexpr double kMinProcessShift = 0.02;

/// How much processes differ, against the noise inside each.
struct ProcessSpread {
    int processes = 0;  // non-empty groups
    double between = 0;  // (largest − smallest process median) / pooled median
    double within = 0;  // median over processes of the relative half-width of the 95% CI of its median
    bool shifted = false;  // processes >= 2, between > 2 x within and between >= minShift
};

/// The spread of process medians against the within-process CI (distribution-free, orderStatisticMedianCi).
ProcessSpread processSpread(const GroupedSamples& groups, double minShift = kMinProcessShift);

/// Two states are told apart only when their gap is at least this (relative), ...
inline constexpr double kMinStateGap = 0.05;
/// ... this many times the within-process spread (ProcessSpread::within), ...
inline constexpr double kStateGapToWithin = 4;
/// ... and this many times the spread inside either state (their largest relative range).
inline constexpr double kStateGapToSpread = 2;
/// Fewer processes than this are never split.
inline constexpr int kMinSplitProcesses = 3;

/// Processes in two distinct states: quiet (faster) and busy (slower).
struct StateSplit {
    bool split = false;
    std::vector<bool> busy;  // per level given; all false when not split
    int busyCount = 0;
    double gap = 0;  // the largest relative gap between consecutive sorted levels (upper / lower − 1)
    double quietLevel = 0;  // the median of the quiet levels (when split)
    double busyLevel = 0;  // ... of the busy levels
};

/// Splits `levels` (one per process, larger is slower: e.g. process medians) at their largest gap, when the gap is
/// large against both `within` (the relative noise of one level) and the spread inside each side: a gap-based
/// two-cluster split that stays quiet on one continuous, noisy state.
StateSplit splitStates(const std::vector<double>& levels, double within);
/// The same on the medians of `groups` (within: processSpread(groups).within). Empty groups count as quiet.
StateSplit splitStates(const GroupedSamples& groups);

/// Each process's speed relative to the others over several series measured in the same processes (e.g. every
/// method and batch size of a run): the geometric mean over series of (process median / pooled median). 1 for a
/// process at the middle; 0 for a process that has no samples in any series.
std::vector<double> processLevels(const std::vector<GroupedSamples>& series);

/// The groups with `keep[i]` true (e.g. the quiet processes of a split).
GroupedSamples selectGroups(const GroupedSamples& groups, const std::vector<bool>& keep);

}  // namespace ob::stats
