// SPDX-License-Identifier: MIT
#pragma once
// The memory a run needs, estimated before it starts, against the memory the machine has available.
// Kept apart from validate() (which is pure): the available memory is a fact about the machine, not the config.

#include <QString>

#include "config/runconfig.h"
#include "config/validation.h"

namespace ob {

/// The parts of a run's memory, in bytes. Estimates err on the large side.
struct MemoryEstimate {
    qint64 weights = 0;      // the base model plus every method's copies (StrategyInfo::weightCopies)
    qint64 activations = 0;  // the live tensors of one forward at the largest batch (or an evaluation chunk)
    qint64 samples = 0;      // latency samples kept, with their copies in signals, session and journal
    qint64 evaluation = 0;   // the evaluation set, the reference outputs and one method's outputs
    qint64 runtime = 0;      // LibTorch, Qt and OpenBLAS themselves
    int methods = 0;         // after expanding "all"
    qint64 total() const { return weights + activations + samples + evaluation + runtime; }
};

/// Estimates the memory `config` needs (the config must be valid: see validate()).
MemoryEstimate estimateMemory(const RunConfig& config);
/// Refuses a run whose estimate exceeds `availableBytes` (field "memory"); no check when availableBytes < 0.
MaybeError checkResources(const RunConfig& config, qint64 availableBytes);
/// The same against the machine's available memory now (availableMemoryBytes()).
MaybeError checkResources(const RunConfig& config);
/// "512 MiB", "3.2 GiB" (translated unit names).
QString formatBytes(qint64 bytes);

}  // namespace ob
