// SPDX-License-Identifier: MIT
// Per-CPU load on Linux: /proc/stat, read twice around a short sleep; the CPUs this process may use from
// sched_getaffinity.

#include "bench/pinning.h"

#include <sched.h>

#include <chrono>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <thread>

namespace ob {
namespace {

struct Ticks {
    unsigned long long busy = 0;
    unsigned long long total = 0;
};

/// cpu index (-1: the "cpu" line of all CPUs) -> ticks.
std::map<int, Ticks> readStat()
{
    std::map<int, Ticks> out;
    std::ifstream in("/proc/stat");
    std::string line;
    while (std::getline(in, line) && line.rfind("cpu", 0) == 0) {
        std::istringstream fields(line);
        std::string name;
        fields >> name;
        // user nice system idle iowait irq softirq steal
        unsigned long long v[8] = {};
        for (auto& x : v)
            if (!(fields >> x))
                break;
        const int cpu = name == "cpu" ? -1 : std::stoi(name.substr(3));
        const unsigned long long busy = v[0] + v[1] + v[2] + v[5] + v[6] + v[7];  // steal: not ours either
        out[cpu] = Ticks{busy, busy + v[3] + v[4]};
    }
    return out;
}

double share(const Ticks& before, const Ticks& after)
{
    const auto total = after.total - before.total;
    return total > 0 ? std::min(1.0, static_cast<double>(after.busy - before.busy) / static_cast<double>(total)) : 0;
}

}  // namespace

bool canPin()
{
    return true;
}

CpuLoad sampleCpuLoad(int ms)
{
    CpuLoad load;
    cpu_set_t allowed;
    CPU_ZERO(&allowed);
    if (sched_getaffinity(0, sizeof(allowed), &allowed) != 0)
        return load;
    const auto before = readStat();
    std::this_thread::sleep_for(std::chrono::milliseconds(ms));
    const auto after = readStat();
    for (const auto& [cpu, ticks] : after) {
        const auto b = before.find(cpu);
        if (b == before.end())
            continue;
        if (cpu < 0) {
            load.machine = share(b->second, ticks);
        } else if (cpu < CPU_SETSIZE && CPU_ISSET(cpu, &allowed)) {
            load.cpus.push_back(cpu);
            load.busy.push_back(share(b->second, ticks));
        }
    }
    return load;
}

}  // namespace ob
