// SPDX-License-Identifier: MIT
// The JIT group: TorchScript by tracing (strict and not) and by scripting.

#include "strategies/jit/jit_strategies.h"

namespace ob::engine {

void registerJitStrategies(StrategyRegistry& registry)
{
    registry.add(makeTraceStrategy(/*strict=*/true));
    registry.add(makeTraceStrategy(/*strict=*/false));
    registry.add(makeScriptStrategy());
}

}  // namespace ob::engine
