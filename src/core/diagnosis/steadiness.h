// SPDX-License-Identifier: MIT
#pragma once
// "Not steady", only when it matters. With thousands of samples the drift test finds a trend of a few percent in
// almost every series; that is worth a word only when it is large against the difference it could change.

#include <QString>

#include "results/runresult.h"

namespace ob {

/// Below this drift (|median of the last quarter / median of the first − 1|) a series counts as steady enough.
inline constexpr double kDriftNotable = 0.05;

/// Whether the drift of `batch` could change what the run says about `result` there: the drift test found a trend
/// of at least kDriftNotable, and (for a method with a speed-up against eager) at least half the distance of that
/// speed-up from 1, so that "faster", "slower" or "≈" might read otherwise. Eager, the baseline of every other
/// method, and methods without a speed-up: a notable drift matters.
bool driftMatters(const MethodResult& result, const BatchResult& batch);
/// What the drift means and what to do, in words for a person (the current language), e.g. "The latency moved
/// +7.2% during the measurement, as much as half this method's difference from eager: …".
QString driftAdvice(const MethodResult& result, const BatchResult& batch);

}  // namespace ob
