// SPDX-License-Identifier: MIT
#pragma once
// FLOPs and bytes of one forward of any model, counted from the operators it runs with their real shapes.

#include <ATen/core/ivalue.h>

#include <functional>
#include <string>
#include <vector>

#include "optibench/engine/types.h"

namespace at {
struct RecordFunction;
}

namespace ob::engine {

/// FLOPs of one call of `op` from its arguments and results, as countGraphCost counts them (-1: not a kind it
/// counts); `weightBytes` receives the bytes of its weights. The profiler (profile/op_profiler) counts with it too.
double operatorFlops(const std::string& op, const std::vector<c10::IValue>& inputs,
                     const std::vector<c10::IValue>& outputs, double& weightBytes);
/// The operator's own arguments in a RecordFunction's inputs: a boxed call (the TorchScript interpreter's) shows
/// its whole stack, of which they are the last ones, as many as its schema has.
std::vector<c10::IValue> operatorArguments(const at::RecordFunction& fn);

/// Runs `forward` once with LibTorch's operator callbacks on and counts the outermost operators: convolutions,
/// linear, matmul, mm, addmm, bmm, baddbmm, LSTM/GRU/RNN (from their shapes) and embedding. Other operators that do work are listed in
/// GraphCost::uncounted, never guessed; shape and view operators are left out of that list.
GraphCost countGraphCost(const std::function<c10::IValue()>& forward);

}  // namespace ob::engine
