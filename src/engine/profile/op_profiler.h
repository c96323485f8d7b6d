// SPDX-License-Identifier: MIT
#pragma once
// The per-operator profile of a method (PreparedMethod::profile). LibTorch's profilers in this build do not fit:
// the kineto API (enableProfiler) works without libkineto but reports whole microseconds, its nanosecond event tree
// (torch/csrc/profiler/collection.h) needs libkineto's headers, which Debian does not ship, and the legacy
// profiler has no module hierarchy. So this collects the same events the same way they do: RecordFunction
// callbacks on the calling thread, the module path from jit::currentModuleHierarchy() (what with_modules reads),
// nanosecond timestamps; and the native kernels' own scopes (profile/kernel_scope.h).
//
// Two passes, both after the method's measurement and never inside its timed samples:
//  1. one forward that describes every event in order: its name, module, input shapes and FLOPs (this needs each
//     operator's arguments and results, which costs time);
//  2. forwards timed without arguments, whose k-th event is the k-th described one.

#include <functional>
#include <string>
#include <vector>

#include "optibench/engine/profile.h"

namespace ob::engine {

class Runnable;

/// Profiles `forward` (one forward per call) of `model` (its tensors name the modules of eager operators).
/// Throws what `forward` throws.
MethodProfile profileForwards(const std::function<void()>& forward, const Runnable& model, int batch,
                              const ProfileOptions& options);

/// The module path of a TorchScript module hierarchy as jit::currentModuleHierarchy() spells it
/// ("TOP(Net)::forward", "layer3(Sequential)::forward", "1(BasicBlock)::forward", "SELF(BasicBlock)::_impl"):
/// "layer3.1". SELF (a method of the same module) and CALL_FUNCTION (a free function) add nothing.
std::string modulePathOf(const std::vector<std::string>& hierarchy);

/// The module of a tensor from its name: "fc1.3.weight" -> "fc1.3"; a tensor of the top module keeps its name
/// without a weight or bias suffix ("fc1_3_w" -> "fc1_3").
std::string moduleOfTensor(const std::string& name);

}  // namespace ob::engine
