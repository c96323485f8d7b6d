// SPDX-License-Identifier: MIT
#pragma once
// The clock of the measurement: its resolution and the cost of a timed empty call, and how many calls to time as
// one block when a single call is too short for the clock to measure.

#include <chrono>

#include "results/measurement.h"

namespace ob {

using BenchClock = std::chrono::steady_clock;

/// A call must last this many times the cost of a timed empty call to be timed alone.
inline constexpr double kMinCallToTimerCost = 100;
/// The largest block of calls timed together.
inline constexpr int kMaxBlock = 4096;

/// Measures the clock's resolution and the median cost of a timed empty call (a few milliseconds).
TimerCalibration calibrateTimer();

/// Calls per timed block for a call that measured `callNs` when timed alone: 1 when the call lasts at least
/// kMinCallToTimerCost × the timer's cost, otherwise enough calls that the block does (at most kMaxBlock).
int blockSizeFor(double callNs, const TimerCalibration& timer);

}  // namespace ob
