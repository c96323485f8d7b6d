// SPDX-License-Identifier: MIT
#pragma once
// The native kernels' own timers for the profiler (profile/op_profiler.h). Plain C++ (the kernels include it):
// each fused layer a kernel runs is wrapped in a KernelScope, which costs one thread-local read while no profile
// is taken, and reports to the profiler's sink while one is.

#include <cstdint>

namespace ob::engine::profile {

/// What a kernel call computes, without strings: the profiler builds its texts only when it describes a forward.
struct KernelInfo {
    const char* op = "";      // e.g. "native::linear+relu", "onednn::reorder"
    const char* module = "";  // e.g. "fc1"; with index >= 0 the module path is "fc1.<index>"
    int index = -1;
    int rows = 0;             // the matrix product [rows, in] x [in, out] (in = 0: not a product)
    int in = 0;
    int out = 0;
    const char* dtype = "";   // the weights' type when not fp32, e.g. "int8", "bf16"
};

/// The profiler's side (op_profiler.cpp).
class KernelSink {
public:
    virtual ~KernelSink() = default;
    virtual void kernelBegin(const KernelInfo& info) = 0;
    virtual void kernelEnd() = 0;
};

/// The sink of this thread while a profile is taken; null otherwise.
inline thread_local KernelSink* t_kernelSink = nullptr;

class KernelScope {
public:
    explicit KernelScope(const KernelInfo& info) : m_sink(t_kernelSink)
    {
        if (m_sink)
            m_sink->kernelBegin(info);
    }
    ~KernelScope()
    {
        if (m_sink)
            m_sink->kernelEnd();
    }
    KernelScope(const KernelScope&) = delete;
    KernelScope& operator=(const KernelScope&) = delete;

private:
    KernelSink* m_sink;
};

}  // namespace ob::engine::profile
