// SPDX-License-Identifier: MIT
#pragma once
// Which implementation runs a native_<precision> method at each batch size: OptiBench's own fused kernels
// (native_mlp.h) or oneDNN primitives (onednn_net.h). The decision has two parts:
//  1. planBackends(): from the CPU's features alone (a pure function, tested with made-up CPUs): whether the
//     precision applies at all, and which backends are worth measuring;
//  2. MlpBackends: at preparation, for each batch size of the run, builds the oneDNN net and times it against the
//     kernels in a few alternating rounds; the faster one runs that batch size from then on.
// Plain C++ (no torch).

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "env/cpu_features.h"
#include "kernels/native_mlp.h"
#include "kernels/onednn_net.h"

namespace ob::engine::kernels {

enum class Backend { Kernels, Onednn };
std::string backendName(Backend b);  // "kernels", "onednn"

/// What a native method may run on one CPU.
struct BackendPlan {
    bool applicable = true;
    std::string reason;               // when not applicable: why (the step's message)
    std::string error;                // a forced backend that cannot run here (the step fails with it)
    std::vector<Backend> candidates;  // measured per batch size when there are several
    std::vector<std::string> notes;   // why a backend was left out
};

/// The CPU features that make bf16 arithmetic real (not emulated): AVX512_BF16 or AMX-BF16.
bool hasBf16Arithmetic(const CpuFeatures& cpu);
/// The features with which oneDNN's int8 matmul multiplies u8 x s8 in 32 bits (VNNI on AVX-512, or AMX).
bool hasInt8DotProduct(const CpuFeatures& cpu);

/// `cpu`: the CPU; `onednnCpu`: the features oneDNN will use (onednnFeatures(cpu)); `onednn`: oneDNN is in the
/// build; `forced`: "auto" (measure), "kernels" or "onednn".
BackendPlan planBackends(Precision precision, const CpuFeatures& cpu, const CpuFeatures& onednnCpu, bool onednn,
                         const std::string& forced);

/// What runs one batch size, and what the preparation measured.
struct BatchPick {
    int batch = 0;
    Backend backend = Backend::Kernels;
    double us = 0;       // median µs of the chosen backend at preparation; 0 when not measured (one candidate)
    double otherUs = 0;  // the other candidate's median; 0 when there was none
    std::string note;    // e.g. why oneDNN could not be built
};

class MlpBackends {
public:
    /// Packs the kernels, and for each batch size with several candidates builds a oneDNN net, times both
    /// (alternating rounds, about 25 ms per batch size) and keeps the faster.
    /// Int8 oneDNN nets get static activation scales from an fp32 forward of 512 seeded standard-normal rows.
    MlpBackends(const MlpWeights& w, Precision precision, Isa isa, const BackendPlan& plan,
                const std::vector<int>& batches, std::uint64_t seed = 42);
    ~MlpBackends();

    /// logits of `batch` rows. A batch size that was prepared runs on its pick; any other is cut into chunks of
    /// the largest prepared size that fits (so every row goes through a path that was measured), and what is
    /// left below the smallest prepared size runs on the kernels.
    void logits(const float* input, int batch, float* out);
    void forward(const float* input, int batch, float* scores, float* confidence);

    const std::vector<BatchPick>& picks() const { return m_picks; }
    /// The backend `batch` rows run on (a prepared size's pick; otherwise that of the chunks it is cut into).
    Backend backendFor(int batch) const;
    const NativeMlp& kernels() const { return m_kernels; }
    /// Bytes of weights one forward reads (the kernels' packed weights; oneDNN's layouts are the same size).
    std::int64_t weightBytes() const { return m_kernels.weightBytes(); }
    /// e.g. "b1 kernels 11.6 µs (oneDNN 23.4 µs), b16 oneDNN 80.2 µs (kernels 151.0 µs)".
    std::string summary() const;

private:
    int chunkFor(int rows) const;
    void runChunk(const float* input, int rows, float* out);

    NativeMlp m_kernels;
    std::map<int, std::unique_ptr<OnednnNet>> m_nets;  // the batch sizes that run on oneDNN
    std::vector<BatchPick> m_picks;                    // in batch order
    int m_inputs = 0;
    int m_outputs = 0;
};

}  // namespace ob::engine::kernels
