// SPDX-License-Identifier: MIT
// No per-CPU load and no pinning outside Linux: the workers run where the OS puts them.

#include "bench/pinning.h"

namespace ob {

bool canPin()
{
    return false;
}

CpuLoad sampleCpuLoad(int)
{
    return {};
}

}  // namespace ob
