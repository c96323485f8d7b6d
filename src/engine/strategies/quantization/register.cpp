// SPDX-License-Identifier: MIT
// The Quantization group, in display order.

#include "strategies/quantization/quantization.h"

namespace ob::engine {

void registerQuantizationStrategies(StrategyRegistry& registry)
{
    quant::addDynamicStrategies(registry);  // dynamic_int8, dynamic_fp16
    quant::addStaticStrategies(registry);   // static_int8
    quant::addBf16Strategies(registry);     // bf16
    quant::addInt16Answer(registry);        // dynamic_qint16 (not in "all")
}

}  // namespace ob::engine
