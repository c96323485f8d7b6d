// SPDX-License-Identifier: MIT
#pragma once
// The machine's memory as the operating system reports it (the one platform-specific file of the core).

#include <QtGlobal>

namespace ob {

/// Bytes the system can give a new allocation without swapping: MemAvailable (and a cgroup limit) on Linux,
/// free + inactive + purgeable pages on macOS, ullAvailPhys on Windows. -1 when unknown.
qint64 availableMemoryBytes();
/// Resident memory of this process in bytes (Linux /proc/self/statm, macOS task_info, Windows working set); -1 unknown.
qint64 residentMemoryBytes();
/// The highest resident memory of this process so far, or since the last resetPeakResidentMemory() (Linux VmHWM,
/// macOS resident_size_max, Windows peak working set); -1 unknown.
qint64 peakResidentMemoryBytes();
/// Starts a new peak at the current resident memory (Linux: /proc/self/clear_refs "5"); false where the OS cannot
/// (then peakResidentMemoryBytes() keeps the peak of the whole process).
bool resetPeakResidentMemory();

}  // namespace ob
