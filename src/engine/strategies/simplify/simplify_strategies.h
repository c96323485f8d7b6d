// SPDX-License-Identifier: MIT
#pragma once
// Factories of the Simplification strategies (registered by simplify_group.cpp).

#include <memory>

#include "runtime/strategy.h"

namespace ob::engine {

std::unique_ptr<Strategy> makeSimplifyOutputsStrategy();  // simplify_outputs
std::unique_ptr<Strategy> makeSimplifyStrategy();         // simplify (distillation)

}  // namespace ob::engine
