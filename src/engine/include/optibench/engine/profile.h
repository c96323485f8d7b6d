// SPDX-License-Identifier: MIT
#pragma once
// A per-operator profile of one method (PreparedMethod::profile): where one forward's time goes. Plain C++ only.

#include <string>
#include <vector>

namespace ob::engine {

/// One operator in one module, averaged over the profiled forwards.
struct ProfileRow {
    /// LibTorch's name of the operator ("aten::linear", "quantized::linear_dynamic"), a TorchScript function
    /// ("forward"), or one of OptiBench's native kernels ("native::linear+relu", "onednn::matmul+sum").
    std::string op;
    /// Module path ("layer3.1.conv2", "fc1.3"): from TorchScript's module hierarchy, else from a weight the operator
    /// reads; an operator nested in another takes its parent's. Empty: not inside a known module.
    std::string module;
    /// "op" (an operator), "function" (a TorchScript function: its self time is the interpreter's and that of the
    /// operators LibTorch does not record, e.g. prim::mkldnn_convolution), "kernel" (a native kernel, timed by the
    /// engine), "user" (a RecordFunction scope of the model's own).
    std::string scope;
    double calls = 0;    // per forward
    double totalMs = 0;  // per forward, including the operators it calls
    double selfMs = 0;   // per forward, without them
    double flops = 0;    // per forward: counted on the outermost operators only (models/graph_cost); 0: not counted
    std::string shapes;  // input shapes, e.g. "[1, 256], [256, 256], [256]"; distinct ones joined by " | "
};

/// How long a profile may take.
struct ProfileOptions {
    int minForwards = 5;        // profiled forwards at least ...
    int maxForwards = 500;      // ... and at most
    double budgetSeconds = 0.25;  // profiling stops after the first forward past this (and minForwards)
};

struct MethodProfile {
    int batch = 0;
    int forwards = 0;   // forwards timed under the profiler whose rows are averaged (after one that described them)
    int excludedForwards = 0;  // timed forwards left out: their wall time was an outlier (descheduled, interrupted)
    double wallMs = 0;  // median wall time of one profiled forward: the profiler's overhead included
    int unmatched = 0;  // operators of the timed forwards that did not follow the described one (data-dependent
                        // paths): profiled under their name alone
    std::vector<ProfileRow> rows;  // by self time, longest first
};

}  // namespace ob::engine
