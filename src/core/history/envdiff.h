// SPDX-License-Identifier: MIT
#pragma once
// What differs between the conditions of two runs: the environment (CPU, instruction sets, threads, library
// versions, host), the machine's load while they ran, and the configuration. These explain a change in speed that
// the code did not make.

#include <QString>

#include <vector>

#include "results/runresult.h"

namespace ob {

struct EnvironmentChange {
    QString key; // an environment key ("cpu_model", ...), "isa", "load_before", "other_cpu_share", or a
                 // configuration key
    QString reference; // the value in the reference run ("" when absent)
    QString other;
    bool load = false; // the machine's load: listed even when equal, since it explains noise
};

/// The machine was oversubscribed while `run` measured: its 1-minute load average exceeded its CPUs, or its own
/// noise measurement found it busy (MachineNoise::busy).
bool measuredBusy(const RunResult& run);

/// The environment keys whose values differ, the instruction sets (cpu_flags) only one run has, and the load.
std::vector<EnvironmentChange> environmentChanges(const RunResult& reference, const RunResult& other);
/// The configuration keys whose values differ.
std::vector<EnvironmentChange> configChanges(const RunResult& reference, const RunResult& other);
/// The label of a key of either list, translated ("cpu_model": "CPU model", "isa": "Instruction sets").
QString changeLabel(const QString& key);

} // namespace ob
