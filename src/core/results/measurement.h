// SPDX-License-Identifier: MIT
#pragma once
// How a run measured: the timer's calibration and the machine's noise. Value types of RunResult.

#include <optional>

namespace ob {

/// The clock, measured at the start of a run.
struct TimerCalibration {
    double resolutionNs = 0;  // smallest step between two readings of the clock
    double overheadNs = 0;  // median cost of a timed empty call (two readings around a call that does nothing)
};

/// Other load on the machine during the measurement. Fields the OS does not expose stay empty.
struct MachineNoise {
    int cpus = 0;
    double seconds = 0;  // wall time covered (the measurement stage)
    std::optional<double> loadBefore;  // 1-minute load average when the run started
    std::optional<double> loadAfter;  // ... when the measurement ended
    std::optional<double> cpuMhzBefore;
    std::optional<double> cpuMhzAfter;
    std::optional<double> otherCpuSeconds;  // CPU time of every other process during the measurement
    std::optional<double> otherCpuShare;  // the same as a share of the machine (seconds × cpus)
    std::optional<double> stealShare;  // time the hypervisor gave to other guests, as a share of the machine
    bool busy = false;  // see kBusyOtherShare, kBusyStealShare
};

/// The machine counts as busy when other processes used more than this share of it during the measurement ...
inline constexpr double kBusyOtherShare = 0.10;
/// ... or when the hypervisor took more than this share (steal time).
inline constexpr double kBusyStealShare = 0.05;

}  // namespace ob
