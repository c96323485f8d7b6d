// SPDX-License-Identifier: MIT
#pragma once
// A configuration as the engine's plain-C++ types: the one place that maps RunConfig to ModelSpec and EngineSettings.

#include "config/runconfig.h"
#include "optibench/engine/types.h"

namespace ob {

engine::ModelSpec modelSpecOf(const RunConfig& config);
engine::EngineSettings engineSettingsOf(const RunConfig& config);

}  // namespace ob
