// SPDX-License-Identifier: MIT
// Machine noise where /proc is missing: the load average where the C library has getloadavg (macOS, BSD) and this
// process's CPU time where getrusage exists; the rest stays unknown (and the run says so).

#include "bench/noise.h"

#include <algorithm>
#include <thread>

#include "bench/timer.h"

#if defined(__unix__) || defined(__APPLE__)
#include <stdlib.h>
#include <sys/resource.h>
#define OB_HAVE_POSIX_NOISE 1
#endif

namespace ob {

NoiseReading readNoise()
{
    NoiseReading r;
    r.wallSeconds = std::chrono::duration<double>(BenchClock::now().time_since_epoch()).count();
    r.cpus = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
#ifdef OB_HAVE_POSIX_NOISE
    double load[1] = {0};
    if (getloadavg(load, 1) == 1)
        r.loadAverage = load[0];
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) == 0)
        r.ownSeconds = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) * 1e-6;
#endif
    return r;
}

}  // namespace ob
