// SPDX-License-Identifier: MIT
// Machine noise on Linux: /proc/loadavg, /proc/cpuinfo (or cpufreq), /proc/stat and getrusage.

#include "bench/noise.h"

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>

#include "bench/timer.h"

namespace ob {
namespace {

std::optional<double> loadAverage()
{
    std::ifstream in("/proc/loadavg");
    double load = 0;
    if (in >> load)
        return load;
    return std::nullopt;
}

std::optional<double> cpuMhz(int cpus)
{
    // cpufreq reports the current frequency where the kernel drives it; VMs often only have /proc/cpuinfo.
    double sum = 0;
    int count = 0;
    for (int i = 0; i < cpus; ++i) {
        std::ifstream f("/sys/devices/system/cpu/cpu" + std::to_string(i) + "/cpufreq/scaling_cur_freq");
        double khz = 0;
        if (f >> khz) {
            sum += khz / 1000.0;
            ++count;
        }
    }
    if (count == 0) {
        std::ifstream in("/proc/cpuinfo");
        std::string line;
        while (std::getline(in, line)) {
            if (line.rfind("cpu MHz", 0) != 0)
                continue;
            const auto colon = line.find(':');
            if (colon != std::string::npos) {
                sum += std::strtod(line.c_str() + colon + 1, nullptr);
                ++count;
            }
        }
    }
    if (count == 0)
        return std::nullopt;
    return sum / count;
}

void readStat(NoiseReading& r)
{
    std::ifstream in("/proc/stat");
    std::string line;
    if (!std::getline(in, line) || line.rfind("cpu ", 0) != 0)
        return;
    std::istringstream fields(line.substr(4));
    // user nice system idle iowait irq softirq steal (guest time is already inside user and nice)
    unsigned long long v[8] = {};
    for (auto& x : v)
        if (!(fields >> x))
            return;
    int cpus = 0;  // the per-CPU lines that follow: the CPUs the totals cover
    while (std::getline(in, line) && line.rfind("cpu", 0) == 0)
        ++cpus;
    r.statCpus = cpus;
    const double hz = static_cast<double>(sysconf(_SC_CLK_TCK));
    if (hz <= 0)
        return;
    r.busySeconds = static_cast<double>(v[0] + v[1] + v[2] + v[5] + v[6]) / hz;
    r.stealSeconds = static_cast<double>(v[7]) / hz;
}

double seconds(const timeval& t)
{
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) * 1e-6;
}

}  // namespace

NoiseReading readNoise()
{
    NoiseReading r;
    r.wallSeconds = std::chrono::duration<double>(BenchClock::now().time_since_epoch()).count();
    r.cpus = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    r.loadAverage = loadAverage();
    r.cpuMhz = cpuMhz(r.cpus);
    readStat(r);
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) == 0)
        r.ownSeconds = seconds(usage.ru_utime) + seconds(usage.ru_stime);
    return r;
}

}  // namespace ob
