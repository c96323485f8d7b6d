// SPDX-License-Identifier: MIT
#pragma once
// A method's "profile" in the optibench.run/1 JSON (docs/reports.md):
// {"batch", "forwards", "excluded_forwards", "coverage", "profiled_ms", "wall_ms", "timed_median_ms", "unmatched",
//  "error",
//  "rows": [{"op", "module", "scope", "calls", "total_ms", "self_ms", "share", "flops", "gflops", "shapes"}]}.

#include <QJsonObject>
#include <QJsonValue>

#include <optional>

#include "results/profile.h"

namespace ob {

QJsonObject profileToJson(const MethodProfile& profile);
/// A profile from its JSON; nullopt when `value` is not an object (files written before profiles were).
std::optional<MethodProfile> profileFromJson(const QJsonValue& value);

}  // namespace ob
