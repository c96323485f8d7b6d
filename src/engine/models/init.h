// SPDX-License-Identifier: MIT
#pragma once
// Deterministic weight initialisation from a seed, independent of LibTorch's global generator.

#include <ATen/core/Generator.h>
#include <torch/nn/modules/linear.h>

#include <cstdint>

namespace ob::engine {

/// A CPU generator seeded with `seed`.
at::Generator makeGenerator(std::uint64_t seed);

/// Xavier-uniform weight, zero bias (the seed's initialisation), drawn from `gen`.
void initLinear(torch::nn::Linear& linear, at::Generator& gen);

}  // namespace ob::engine
