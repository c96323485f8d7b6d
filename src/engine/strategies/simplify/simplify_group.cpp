// SPDX-License-Identifier: MIT
// The Simplification group: the seed's "model simplification", made explicit and measurable.

#include "strategies/simplify/simplify_strategies.h"

namespace ob::engine {

void registerSimplificationStrategies(StrategyRegistry& registry)
{
    registry.add(makeSimplifyOutputsStrategy());
    registry.add(makeSimplifyStrategy());
}

}  // namespace ob::engine
