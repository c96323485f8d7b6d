// SPDX-License-Identifier: MIT
// The Baseline group: `eager`, the fp32 model as built, which every other method is compared with.

#include "runtime/strategy.h"

namespace ob::engine {
namespace {

class EagerStrategy : public Strategy {
public:
    StrategyInfo info() const override
    {
        StrategyInfo i;
        i.id = "eager";
        i.group = "Baseline";
        i.summary = "The fp32 model as built, run by LibTorch op by op: the baseline of every comparison.";
        i.failsWhen = "Never, unless the model itself fails.";
        i.weightCopies = 0;  // the workspace's model itself
        return i;
    }

    StepOutput apply(const StepInput& in) const override { return stepOk(in.model); }
};

}  // namespace

void registerBaselineStrategies(StrategyRegistry& registry)
{
    registry.add(std::make_unique<EagerStrategy>());
}

}  // namespace ob::engine
