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

/// Flags a method whose outputs do not follow eager's (called once its fidelity is known).
void annotateFidelity(MethodResult& result, const RunConfig& config);
/// Adds the hints that compare methods with each other (called when the run has finished): for now, int8 methods
/// slower than eager by more than 10% (a flag on each such batch, and the diagnosis "int8_slower_than_eager").
void annotateRun(RunResult& run);

}  // namespace ob
