// SPDX-License-Identifier: MIT
#pragma once
// The engine's model weights as plain arrays (for benchmark code that must not see torch types).

#include <vector>

#include "kernels/native_mlp.h"
#include "optibench/engine/types.h"

namespace ob::bench {

struct PlainMlp {
    std::vector<std::vector<float>> store;  // owns what `weights` points at
    engine::kernels::MlpWeights weights;
};

/// The weights of the model `spec` builds (the same seeded weights every method of a run starts from).
PlainMlp plainWeights(const engine::ModelSpec& spec);

}  // namespace ob::bench
