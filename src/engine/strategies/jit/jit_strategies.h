// SPDX-License-Identifier: MIT
#pragma once
// Factories of the JIT and Compile strategies (registered by jit_group.cpp and compile_group.cpp).

#include <memory>

#include "runtime/strategy.h"

namespace ob::engine {

std::unique_ptr<Strategy> makeTraceStrategy(bool strict);  // jit_trace, jit_trace_nonstrict
std::unique_ptr<Strategy> makeScriptStrategy();            // jit_script
std::unique_ptr<Strategy> makeFreezeOptimizeStrategy();    // freeze_optimize
std::unique_ptr<Strategy> makeFuserStrategy();             // fuser
std::unique_ptr<Strategy> makeChannelsLastStrategy();      // channels_last

/// The sentence the Compile group's strategies carry: what stands in for torch.compile in C++.
extern const char* const kNoTorchCompile;

}  // namespace ob::engine
