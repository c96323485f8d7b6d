// SPDX-License-Identifier: MIT
// The Compile group. C++ has no torch.compile; LibTorch's TorchScript optimizer stands in for it.

#include "strategies/jit/jit_strategies.h"

namespace ob::engine {

void registerCompileStrategies(StrategyRegistry& registry)
{
    registry.add(makeFreezeOptimizeStrategy());
    registry.add(makeFuserStrategy());
    registry.add(makeChannelsLastStrategy());
}

}  // namespace ob::engine
