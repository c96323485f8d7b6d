// SPDX-License-Identifier: MIT
#pragma once
// The machine's roofs: measured by the engine once per CPU model, cached as JSON in the user's cache directory
// (QStandardPaths::CacheLocation/roofline/), re-measured on request.

#include <QJsonObject>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

#include "results/runresult.h"

namespace ob::roofline {

QJsonObject roofsToJson(const MachineRoofs& roofs);
/// nullopt when a field is missing or not positive where it must be.
std::optional<MachineRoofs> roofsFromJson(const QJsonObject& o);

/// The cache file of this CPU model (the model name made file-safe, plus a hash of its name and flags).
QString cacheFilePath();
/// The cached roofs of this CPU, if any.
std::optional<MachineRoofs> cachedRoofs();

using ProgressFn = std::function<void(const QString& stage, double fraction)>;
/// Measures in the calling thread (about a second; run it where the benchmark runs) and writes the cache.
/// Throws std::runtime_error when cancelled or when the engine fails.
MachineRoofs measureRoofs(const ProgressFn& progress = {}, const std::atomic<bool>* cancel = nullptr);
/// The cached roofs, or fresh ones when none are cached or `remeasure` is set.
MachineRoofs machineRoofs(bool remeasure, const ProgressFn& progress = {}, const std::atomic<bool>* cancel = nullptr);

}  // namespace ob::roofline
