// SPDX-License-Identifier: MIT
#pragma once
// Judgements over a whole run that no single method can make (a method that is numerically wrong although it ran,
// a "faster" method that is slower than eager, ...). They add flags and diagnoses to the results.

#include "results/runresult.h"

namespace ob {

/// The logit cosine below which a method is flagged "numerically_wrong" (option key: fidelity.min_cosine).
inline constexpr double kDefaultMinCosine = 0.99;
/// A batch of an int8 method whose median latency is above this multiple of eager's is flagged "int8_slower_than_eager".
inline constexpr double kInt8SlowdownLimit = 1.10;

/// The max |Δ reasoning_scores| above which a traced method is taken to have followed another path than eager's.
inline constexpr double kTraceTolerance = 1e-4;

/// Flags a method whose outputs do not follow eager's (called once its fidelity is known). A step's hint
/// (trace_froze_control_flow, simplify_approximation) becomes a flag and the method's diagnosis when the fidelity
/// shows what it warns of. Records fidelity.faithful by the run's drift thresholds (cosine, argmax agreement).
void annotateFidelity(MethodResult& result, const RunConfig& config);
/// Adds the hints that compare methods with each other (called when the run has finished): for now, int8 methods
/// slower than eager by more than 10% (a flag on each such batch, and the diagnosis "int8_slower_than_eager").
/// Adds the hints that compare methods with each other or with the environment (called when the run has finished):
/// "oversubscribed" (stalls at the scheduler tick with more than one thread) and "blas_kernel_forced".
void annotateRun(RunResult& run);

/// Adds `flag` to a method (once) and makes `d` its diagnosis unless it already has one.
void setHint(MethodResult& r, const QString& flag, const DiagnosisRef& d);

/// The Linux scheduler tick that stalls oversubscribed OpenMP threads (CONFIG_HZ=250).
inline constexpr double kSchedulerTickMs = 4.0;
/// True when the slow samples of a batch (at least 3/4 of a tick above the fast ones, and at least 5% of them)
/// mostly (>= 60%) sit within 15% of a tick of a whole number of ticks: threads waiting for the scheduler.
bool clusteredAtTicks(const std::vector<double>& samplesMs, double tickMs = kSchedulerTickMs);
/// The vector ISA level of an OpenBLAS core type: 0 SSE-era, 1 AVX, 2 AVX2, 3 AVX-512; -1 unknown.
int blasCoreLevel(const QString& coreType);
/// The best level the CPU flags allow (same scale), -1 when the flags say nothing.
int cpuVectorLevel(const QStringList& cpuFlags);

}  // namespace ob
