// SPDX-License-Identifier: MIT
#pragma once
// Names a call the dispatcher does not record (a packed weight's apply_dynamic, say) for the profiler
// (profile/op_profiler.h): a USER_SCOPE RecordFunction "op@module" that it reads as operator `op` of `module`.
// While no profile is taken it costs what the dispatcher's own check costs on every operator.

#include <ATen/record_function.h>

#include <cstddef>
#include <string>

#include "runtime/runnable.h"

namespace ob::engine::profile {

class OpScope {
public:
    /// `op` spelled as LibTorch spells the equivalent operator; the module is layer `layer` of a ResidualMlp's
    /// `layers` (residualLayerName).
    OpScope(const char* op, std::size_t layer, std::size_t layers) : m_guard(at::RecordScope::USER_SCOPE)
    {
        if (m_guard.isActive())
            m_guard.before(std::string(op) + "@" + residualLayerName(layer, layers));
    }
    OpScope(const OpScope&) = delete;
    OpScope& operator=(const OpScope&) = delete;

private:
    at::RecordFunction m_guard;
};

}  // namespace ob::engine::profile
