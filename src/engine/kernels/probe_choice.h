// SPDX-License-Identifier: MIT
#pragma once
// Which probe loop measures each compute roof (machine_probe.cpp). Apart from probe.h so that the ISA-specific
// probe files include no std::string.

#include <string>

#include "env/cpu_features.h"
#include "kernels/probe.h"

namespace ob::engine::kernels {

/// The loop each compute roof is measured with on a CPU with `cpu` (`simd`: the AVX2 loops may run): the widest
/// this build has for it. The decision alone, so that it can be tested with made-up CPUs.
struct ProbeChoice {
    double (*fp32)(long, float*) = nullptr;
    double (*int8)(long, int*) = nullptr;
    double (*bf16)(long, float*) = nullptr;  // nullptr: no bf16 arithmetic (bf16 is widened to fp32)
    std::string isaFp32, isaInt8, isaBf16;
};
ProbeChoice chooseProbes(const CpuFeatures& cpu, bool simd);

}  // namespace ob::engine::kernels
