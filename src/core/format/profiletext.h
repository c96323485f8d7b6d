// SPDX-License-Identifier: MIT
#pragma once
// The profile as text: each method's top operators and two methods side by side (optibench-cli profile, run
// --profile), and the wordings the workbench and the report share.

#include <QString>

#include "results/profilecompare.h"
#include "results/runresult.h"

namespace ob {

/// "profiled 0.082 ms = 95% of the timed median 0.086 ms; a forward under the profiler took 0.120 ms (+40%)", and
/// a warning when the profile misses more than 15% of the time or the profiler inflates it.
QString profileCoverageText(const MethodProfile& profile);
/// "appeared", "vanished (fused or folded)", "faster", "slower", "same".
QString profileChangeText(ProfileDelta::Change change);
/// A row's module for display: "(top)" when empty.
QString profileModuleText(const ProfileRow& row);
/// Milliseconds with enough digits for microsecond operators.
QString profileMsText(double ms);

/// Every profiled method: its coverage and its `top` rows by self time (operator and module), then its
/// operators added up; a method whose profile failed shows the error. Then `base` and `other` side by side (empty:
/// defaultProfilePair). An empty text when no method was profiled.
QString profileText(const RunResult& run, int top, QString base = {}, QString other = {});
/// The side-by-side comparison alone.
QString profileComparisonText(const RunResult& run, const QString& base, const QString& other, int top);

}  // namespace ob
