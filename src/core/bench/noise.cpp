// SPDX-License-Identifier: MIT
#include "bench/noise.h"

#include <algorithm>

namespace ob {

MachineNoise noiseBetween(const NoiseReading& before, const NoiseReading& after)
{
    MachineNoise n;
    n.cpus = after.cpus;
    n.seconds = std::max(0.0, after.wallSeconds - before.wallSeconds);
    n.loadBefore = before.loadAverage;
    n.loadAfter = after.loadAverage;
    n.cpuMhzBefore = before.cpuMhz;
    n.cpuMhzAfter = after.cpuMhz;
    const double capacity = n.seconds * std::max(1, n.cpus);
    if (before.busySeconds && after.busySeconds && before.ownSeconds && after.ownSeconds) {
        const double own = *after.ownSeconds - *before.ownSeconds;
        n.otherCpuSeconds = std::max(0.0, *after.busySeconds - *before.busySeconds - own);
        if (capacity > 0)
            n.otherCpuShare = *n.otherCpuSeconds / capacity;
    }
    if (before.stealSeconds && after.stealSeconds && capacity > 0)
        n.stealShare = std::max(0.0, *after.stealSeconds - *before.stealSeconds) / capacity;
    n.busy
        = (n.otherCpuShare && *n.otherCpuShare > kBusyOtherShare) || (n.stealShare && *n.stealShare > kBusyStealShare);
    return n;
}

}  // namespace ob
