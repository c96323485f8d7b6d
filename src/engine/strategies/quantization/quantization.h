// SPDX-License-Identifier: MIT
#pragma once
// The Quantization group: builders of the quantized forms of a residual MLP (used by the strategies, and by tests
// that need to construct a deliberately broken form) and the registration of each file's strategies.

#include <c10/core/QEngine.h>

#include <string>

#include "runtime/runnable.h"
#include "runtime/strategy.h"
#include "strategies/quantization/calibration.h"

namespace ob::engine::quant {

struct DynamicOptions {
    bool perChannel = false;
    bool fusedRelu = false;    // quantized::linear_relu_dynamic instead of linear_dynamic + relu
    bool reduceRange = false;  // see reduceRangeFor()
    double scaleFactor = 1.0;  // multiplies every weight scale; only tests use another value
};

/// Dynamic int8: weights prepacked under the current global quantized engine (throws LibTorch's error).
RunnablePtr buildDynamicInt8(const ResidualMlp& mlp, const DynamicOptions& options, const std::string& kind);
/// Dynamic fp16 weights (quantized::linear_prepack_fp16; FBGEMM only).
RunnablePtr buildDynamicFp16(const ResidualMlp& mlp, const std::string& kind);

enum class Residual { Float, QuantizedAdd };

struct StaticOptions {
    bool perChannel = false;
    bool reduceRange = false;
    Residual residual = Residual::Float;
    at::QEngine engine = at::QEngine::QNNPACK;  // set while quantized::add runs (its kernel follows the global engine)
};

/// Static int8 from calibrated activation ranges, prepacked under the current global quantized engine.
RunnablePtr buildStaticInt8(const ResidualMlp& mlp, const ActivationRanges& ranges, const StaticOptions& options,
                            const std::string& kind);

/// bf16 weights and activations.
RunnablePtr buildBf16(const ResidualMlp& mlp);

void addDynamicStrategies(StrategyRegistry& registry);
void addStaticStrategies(StrategyRegistry& registry);
void addBf16Strategies(StrategyRegistry& registry);
void addInt16Answer(StrategyRegistry& registry);

}  // namespace ob::engine::quant
