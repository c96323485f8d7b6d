// SPDX-License-Identifier: MIT
#pragma once
// FLOPs and bytes of one forward of any model, counted from the operators it runs with their real shapes.

#include <ATen/core/ivalue.h>

#include <functional>

#include "optibench/engine/types.h"

namespace ob::engine {

/// Runs `forward` once with LibTorch's operator callbacks on and counts the outermost operators: convolutions,
/// linear, matmul, mm, addmm, bmm, baddbmm, LSTM/GRU/RNN (from their shapes) and embedding. Other operators that do work are listed in
/// GraphCost::uncounted, never guessed; shape and view operators are left out of that list.
GraphCost countGraphCost(const std::function<c10::IValue()>& forward);

}  // namespace ob::engine
