// SPDX-License-Identifier: MIT
#include "bench/noise.h"

#include <algorithm>

namespace ob {
namespace {

bool isBusy(const MachineNoise& n)
{
    return (n.otherCpuShare && *n.otherCpuShare > kBusyOtherShare) || (n.stealShare && *n.stealShare > kBusyStealShare);
}

}  // namespace

MachineNoise noiseBetween(const NoiseReading& before, const NoiseReading& after)
{
    MachineNoise n;
    n.cpus = after.cpus;
    n.seconds = std::max(0.0, after.wallSeconds - before.wallSeconds);
    n.loadBefore = before.loadAverage;
    n.loadAfter = after.loadAverage;
    n.cpuMhzBefore = before.cpuMhz;
    n.cpuMhzAfter = after.cpuMhz;
    // The counters' own CPUs: in a container they can be the host's, more than this process may use.
    const int counted = std::max({1, n.cpus, after.statCpus});
    const double capacity = n.seconds * counted;
    const bool longEnough = n.seconds >= kMinNoiseSeconds;
    if (before.busySeconds && after.busySeconds && before.ownSeconds && after.ownSeconds) {
        const double own = *after.ownSeconds - *before.ownSeconds;
        // Never more than the machine had: tick-counted busy time against exactly measured own time.
        n.otherCpuSeconds = std::clamp(*after.busySeconds - *before.busySeconds - own, 0.0, capacity);
        if (longEnough && capacity > 0)
            n.otherCpuShare = std::clamp(*n.otherCpuSeconds / capacity, 0.0, 1.0);
    }
    if (longEnough && before.stealSeconds && after.stealSeconds && capacity > 0)
        n.stealShare = std::clamp(std::max(0.0, *after.stealSeconds - *before.stealSeconds) / capacity, 0.0, 1.0);
    n.busy = isBusy(n);
    return n;
}

MachineNoise noiseOfMeasurement(const NoiseReading& runStart, const NoiseReading& before, const NoiseReading& after)
{
    const bool shortOne = after.wallSeconds - before.wallSeconds < kMinNoiseSeconds;
    MachineNoise n = noiseBetween(shortOne ? runStart : before, after);
    n.loadBefore = runStart.loadAverage;
    return n;
}

MachineNoise combineNoise(const MachineNoise& a, const MachineNoise& b)
{
    MachineNoise n = a;
    n.cpus = std::max(a.cpus, b.cpus);
    n.seconds = a.seconds + b.seconds;
    n.loadBefore = a.loadBefore ? a.loadBefore : b.loadBefore;
    n.loadAfter = b.loadAfter ? b.loadAfter : a.loadAfter;
    n.cpuMhzBefore = a.cpuMhzBefore ? a.cpuMhzBefore : b.cpuMhzBefore;
    n.cpuMhzAfter = b.cpuMhzAfter ? b.cpuMhzAfter : a.cpuMhzAfter;
    const auto weighted = [&](const std::optional<double>& x, const std::optional<double>& y) -> std::optional<double> {
        if (!x || !y || n.seconds <= 0)
            return x ? x : y;
        return (*x * a.seconds + *y * b.seconds) / n.seconds;
    };
    n.otherCpuSeconds = a.otherCpuSeconds && b.otherCpuSeconds ? std::optional(*a.otherCpuSeconds + *b.otherCpuSeconds)
                                                               : (a.otherCpuSeconds ? a.otherCpuSeconds : b.otherCpuSeconds);
    n.otherCpuShare = weighted(a.otherCpuShare, b.otherCpuShare);
    n.stealShare = weighted(a.stealShare, b.stealShare);
    n.busy = isBusy(n);
    return n;
}

}  // namespace ob
