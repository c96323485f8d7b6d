// SPDX-License-Identifier: MIT
#pragma once
// dynamic_int8 and bf16 on a model file with its own inputs (any TorchScript graph).

#include "runtime/strategy.h"
#include "strategies/quantization/qcommon.h"

namespace ob::engine::quant {

/// Freezes the module and runs every constant-weight aten::linear as quantized::linear_dynamic on `choice`;
/// not applicable when the graph has none. Throws LibTorch's error when the engine cannot prepack.
StepOutput dynamicInt8ForFile(const StepInput& in, const EngineChoice& choice, bool perChannel);
/// A bfloat16 copy of the module, float inputs converted and outputs returned in fp32; not applicable on a CPU
/// without AVX512-BF16.
StepOutput bf16ForFile(const StepInput& in);

}  // namespace ob::engine::quant
