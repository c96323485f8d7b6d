// SPDX-License-Identifier: MIT
#include "bench/timer.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "stats/robust.h"

namespace ob {
namespace {

void emptyCall() { }
// Called through a volatile pointer so that the compiler cannot remove the call.
void (*volatile g_emptyCall)() = &emptyCall;

double ns(BenchClock::duration d)
{
    return std::chrono::duration<double, std::nano>(d).count();
}

}  // namespace

TimerCalibration calibrateTimer()
{
    TimerCalibration t;
    double resolution = 1e300;
    for (int i = 0; i < 200; ++i) {
        const auto t0 = BenchClock::now();
        auto t1 = BenchClock::now();
        while (t1 == t0)
            t1 = BenchClock::now();
        resolution = std::min(resolution, ns(t1 - t0));
    }
    t.resolutionNs = resolution;
    std::vector<double> costs(2001);
    for (auto& c : costs) {
        const auto t0 = BenchClock::now();
        g_emptyCall();
        const auto t1 = BenchClock::now();
        c = ns(t1 - t0);
    }
    t.overheadNs = stats::median(costs);
    return t;
}

int blockSizeFor(double callNs, const TimerCalibration& timer)
{
    const double cost = std::max({timer.overheadNs, timer.resolutionNs, 1.0});
    if (callNs >= kMinCallToTimerCost * cost)
        return 1;
    // What the call itself costs, without the reading of the clock; a floor keeps a near-zero call finite.
    const double net = std::max(callNs - timer.overheadNs, cost / kMinCallToTimerCost);
    return static_cast<int>(std::clamp(std::ceil(kMinCallToTimerCost * cost / net), 1.0, double(kMaxBlock)));
}

}  // namespace ob
