// SPDX-License-Identifier: MIT
#pragma once
// The resident memory of one phase of a method (its preparation, its warm-up at a batch size), for MethodMemory.

#include <algorithm>

#include "config/memoryinfo.h"
#include "results/runresult.h"

namespace ob {

/// Opened before a phase: starts a new peak (where the OS can) and reads the resident memory; closed after it.
class MemoryWindow {
public:
    MemoryWindow() : m_exact(resetPeakResidentMemory()), m_before(residentMemoryBytes()) {}

    /// The preparation (and evaluation) of `memory`'s method ended; `base`: the process's resident memory before
    /// the first method was prepared.
    void closePreparation(MethodMemory& memory, qint64 base) const
    {
        const qint64 after = residentMemoryBytes();
        // The kernel counts resident pages per thread in batches: the peak may read a few pages below the present.
        const qint64 peak = std::max(peakResidentMemoryBytes(), after);
        memory.exact = m_exact;
        memory.baseBytes = base;
        if (m_before >= 0 && after >= 0)
            memory.retainedBytes = std::max<qint64>(0, after - m_before);
        if (m_before >= 0 && peak >= 0)
            memory.preparePeakBytes = std::max<qint64>(0, peak - m_before);
        updatePeak(memory);
    }

    /// A warm-up of `memory`'s method ended: its peak is kept when it is the largest so far.
    void closeRun(MethodMemory& memory) const
    {
        const qint64 peak = peakResidentMemoryBytes();
        memory.exact = memory.exact && m_exact;
        if (m_before >= 0 && peak >= 0)
            memory.runPeakBytes = std::max(memory.runPeakBytes, std::max<qint64>(0, peak - m_before));
        updatePeak(memory);
    }

    /// The peak of a process that held only this method: its base, plus the larger of the preparation's peak and
    /// what the method keeps plus its calls' peak.
    static void updatePeak(MethodMemory& memory)
    {
        if (memory.baseBytes < 0 || memory.retainedBytes < 0)
            return;
        const qint64 running = memory.retainedBytes + std::max<qint64>(0, memory.runPeakBytes);
        memory.peakRssBytes = std::max(memory.peakRssBytes,
                                       memory.baseBytes + std::max(std::max<qint64>(0, memory.preparePeakBytes), running));
    }

private:
    bool m_exact;
    qint64 m_before;
};

}  // namespace ob
