// SPDX-License-Identifier: MIT
#pragma once
// Judgements over a whole run that no single method can make (a method that is numerically wrong although it ran,
// a "faster" method that is slower than eager, ...). They add flags and diagnoses to the results.

#include "results/runresult.h"

namespace ob {

/// The logit cosine below which a method is flagged "numerically_wrong" (option key: fidelity.min_cosine).
inline constexpr double kDefaultMinCosine = 0.99;

/// Flags a method whose outputs do not follow eager's (called once its fidelity is known).
void annotateFidelity(MethodResult& result, const RunConfig& config);
/// Adds the hints that compare methods with each other (called when the run has finished).
void annotateRun(RunResult& run);

}  // namespace ob
