// SPDX-License-Identifier: MIT
#pragma once
// What an optimization did, operator by operator: two methods' profiles side by side.

#include <QString>

#include <utility>
#include <vector>

#include "results/profile.h"

namespace ob {

struct MethodResult;
struct RunResult;

/// A profile's rows added up per operator (module left empty), by self time, longest first.
std::vector<ProfileRow> operatorTotals(const MethodProfile& profile);

/// One operator in two profiles, per forward.
struct ProfileDelta {
    enum class Change { Appeared, Vanished, Faster, Slower, Same };
    QString op;
    double baseMs = 0;     // self time in the base method (0 when absent)
    double otherMs = 0;    // ... in the other
    double baseCalls = 0;  // 0: absent
    double otherCalls = 0;
    Change change = Change::Same;
};

/// An operator whose self time moved by less than this share of the larger (or than kProfileSameMs) is "same".
inline constexpr double kProfileSameShare = 0.1;
inline constexpr double kProfileSameMs = 0.0005;

/// Every operator of either profile: appeared (only in `other`), vanished (only in `base`: fused or folded), or
/// its self time faster, slower or the same; the largest changes first.
std::vector<ProfileDelta> compareProfiles(const MethodProfile& base, const MethodProfile& other);

/// The methods of the run with a profile that has rows, in run order.
std::vector<const MethodResult*> profiledMethods(const RunResult& run);

/// The pair a comparison shows by default: eager (or the first profiled method) and the fastest other profiled
/// method (the lowest timed median at the profile's batch size). Empty strings when fewer than two are profiled.
std::pair<QString, QString> defaultProfilePair(const RunResult& run);

}  // namespace ob
