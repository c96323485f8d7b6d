// SPDX-License-Identifier: MIT
#pragma once
// Builds models by id.

#include "optibench/engine/types.h"
#include "runtime/runnable.h"

namespace ob::engine {

/// Builds the model of `spec`; throws EngineError for an unknown id or sizes outside Limits.
RunnablePtr buildModel(const ModelSpec& spec);

/// Throws EngineError naming the field, the value and what is allowed.
void checkSpec(const ModelSpec& spec);

}  // namespace ob::engine
