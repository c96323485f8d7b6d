// SPDX-License-Identifier: MIT
#pragma once
// Where each worker process runs: the supervisor pins every fork to the cores that were the least busy just before
// it started (Linux: sched_setaffinity in the child, before exec), and records the machine's load around each
// process. Reading the load is platform code (pinning_linux.cpp reads /proc/stat; pinning_other.cpp has none).

#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace ob {

/// How busy each CPU was over a short window.
struct CpuLoad {
    std::vector<int> cpus;  // the CPUs this process may run on
    std::vector<double> busy;  // per CPU of `cpus`: the share of the window it was busy (0..1)
    std::optional<double> machine;  // the whole machine's busy share over the window (every CPU, 0..1)
};

/// The load of each CPU over the next `ms` milliseconds (blocks that long). Empty on platforms without per-CPU
/// counters.
CpuLoad sampleCpuLoad(int ms);

/// The cores to pin the next worker to: the `count` least busy of `load` (ties broken by rotating with `fork`, so
/// that forks on an idle machine alternate cores). Empty (do not pin) when the platform cannot pin or `count` is
/// not smaller than the CPUs there are.
QList<int> chooseCores(const CpuLoad& load, int count, int fork);

/// "1", "0,1": a list of cores as the run JSON writes it (ProcessBatch::cpus).
QString coresText(const QList<int>& cores);

/// Whether this platform can pin a process to cores.
bool canPin();

}  // namespace ob
