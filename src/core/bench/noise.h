// SPDX-License-Identifier: MIT
#pragma once
// Machine noise: load average, CPU frequency and the CPU time of other processes, read before and after the
// measurement. The reading is platform code (noise_linux.cpp reads /proc; noise_other.cpp is the fallback).

#include <optional>

#include "results/measurement.h"

namespace ob {

/// One reading of the machine's counters. Fields the platform does not expose stay empty.
struct NoiseReading {
    double wallSeconds = 0;  // steady clock
    int cpus = 0;
    std::optional<double> loadAverage;  // 1 minute
    std::optional<double> cpuMhz;  // mean over the CPUs
    std::optional<double> busySeconds;  // CPU time of every process since boot, all CPUs (idle and steal excluded)
    std::optional<double> stealSeconds;  // time the hypervisor gave to other guests, all CPUs
    std::optional<double> ownSeconds;  // CPU time of this process, all threads
    int statCpus = 0;  // CPUs the busy and steal counters cover (they may be more than this process may use)
};

/// Intervals shorter than this are too short for the CPU counters (the kernel counts in ticks of 10 ms per CPU):
/// noiseOfMeasurement() then reads from the start of the run, and noiseBetween() gives no shares.
inline constexpr double kMinNoiseSeconds = 1.0;

/// Reads the counters now (platform code).
NoiseReading readNoise();

/// What happened between two readings: other processes' CPU time, steal, load and frequency, and whether the
/// machine was busy (kBusyOtherShare, kBusyStealShare).
MachineNoise noiseBetween(const NoiseReading& before, const NoiseReading& after);
/// The noise of a measurement from `before` to `after`; from `runStart` instead when the measurement was shorter
/// than kMinNoiseSeconds. The load before is the one at the start of the run.
MachineNoise noiseOfMeasurement(const NoiseReading& runStart, const NoiseReading& before, const NoiseReading& after);
/// Two measurements in sequence as one (a run measured by several worker processes): times and CPU seconds add up.
MachineNoise combineNoise(const MachineNoise& first, const MachineNoise& second);

}  // namespace ob
