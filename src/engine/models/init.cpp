// SPDX-License-Identifier: MIT
#include "models/init.h"

#include <ATen/CPUGeneratorImpl.h>
#include <torch/torch.h>

#include <cmath>

namespace ob::engine {

at::Generator makeGenerator(std::uint64_t seed)
{
    return at::detail::createCPUGenerator(seed);
}

void initLinear(torch::nn::Linear& linear, at::Generator& gen)
{
    torch::NoGradGuard noGrad;
    const auto fanOut = static_cast<double>(linear->weight.size(0));
    const auto fanIn = static_cast<double>(linear->weight.size(1));
    const double bound = std::sqrt(6.0 / (fanIn + fanOut));
    linear->weight.uniform_(-bound, bound, gen);
    if (linear->bias.defined())
        linear->bias.zero_();
}

}  // namespace ob::engine
