// SPDX-License-Identifier: MIT
#pragma once
// Judgements over a whole run that no single method can make (a method that is numerically wrong although it ran,
// a "faster" method that is slower than eager, ...). They add flags and diagnoses to the results.

#include "results/runresult.h"

namespace ob {

/// The logit cosine below which a method is flagged "numerically_wrong" (option key: fidelity.min_cosine).
inline constexpr double kDefaultMinCosine = 0.99;

/// The max |Δ reasoning_scores| above which a traced method is taken to have followed another path than eager's.
inline constexpr double kTraceTolerance = 1e-4;

/// Flags a method whose outputs do not follow eager's (called once its fidelity is known). A step's hint
/// (trace_froze_control_flow, simplify_approximation) becomes a flag and the method's diagnosis when the fidelity
/// shows what it warns of.
void annotateFidelity(MethodResult& result, const RunConfig& config);
/// Adds the hints that compare methods with each other (called when the run has finished).
void annotateRun(RunResult& run);

}  // namespace ob
