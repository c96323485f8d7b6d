// SPDX-License-Identifier: MIT
#pragma once
// A residual MLP lowered to fused CPU kernels: x = in(x); x = x + fc2(relu(fc1(x))) per block; logits = out(x).
// Plain C++ (no torch). Not thread-safe: one forward at a time (the activations live in the object).

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "env/cpu_features.h"
#include "kernels/layers.h"
#include "kernels/weight_arena.h"

namespace ob::engine::kernels {

enum class Isa { Scalar, Avx2 };
enum class Precision { Fp32, Bf16, Int8 };

std::string isaName(Isa isa);
/// Parses "scalar" or "avx2"; false for anything else.
bool parseIsa(const std::string& text, Isa& isa);
/// The instruction sets this build can run on this CPU, best last.
std::vector<Isa> availableIsas();
/// The same for a CPU with `features` (the dispatch decision alone, testable with made-up CPUs).
std::vector<Isa> availableIsas(const CpuFeatures& features);
/// The best available, or the one named by OPTIBENCH_NATIVE_ISA when that is available.
Isa defaultIsa();
const KernelOps& opsFor(Isa isa);
std::string precisionName(Precision p);

/// Views of fp32 weights ([out][in], row-major) and biases; they must outlive the constructor only.
struct MlpWeights {
    struct Layer {
        const float* weight = nullptr;
        const float* bias = nullptr;
    };
    struct Block {
        Layer fc1;
        Layer fc2;
    };
    int inputs = 0;
    int hidden = 0;
    int outputs = 0;
    Layer input;
    std::vector<Block> blocks;
    Layer output;
};

/// reasoning_scores = sigmoid(logits), in place (batch x outputs), and, when not null, confidence = max softmax.
void finishScores(float* logits, int batch, int outputs, float* confidence);

class NativeMlp {
public:
    /// Packs the weights: the input layer stays fp32 (it is tiny and sees raw inputs), the others take `precision`.
    NativeMlp(const MlpWeights& weights, Precision precision, Isa isa);

    /// logits (batch x outputs, row-major) of `batch` rows of `inputs` floats.
    void logits(const float* input, int batch, float* out);
    /// reasoning_scores = sigmoid(logits) (batch x outputs) and, when not null, confidence = max softmax (batch).
    void forward(const float* input, int batch, float* scores, float* confidence);
    /// Fp32 only: the largest |value| entering each layer after the input layer (fc1_0, fc2_0, ..., output) over
    /// `batch` rows, i.e. the static activation ranges of an int8 net calibrated on these rows.
    std::vector<float> activationRanges(const float* input, int batch);

    std::int64_t weightBytes() const { return m_weightBytes; }
    Precision precision() const { return m_precision; }
    Isa isa() const { return m_isa; }
    int outputs() const { return m_outputs; }
    /// True when the kernel accepted the packed weights for transparent huge pages (madvise; it may still use 4 KiB).
    bool hugePages() const { return m_arena && m_arena->hugePages(); }
    int inputs() const { return m_inputs; }

private:
    /// Moves every packed array into one arena, in the order the forward reads them.
    void gatherWeights();
    /// One layer; `module` and `index` name it for the profiler (profile/kernel_scope.h).
    template <typename Packed>
    void runLayer(const Packed& layer, const float* a, int lda, int rows, float* c, int ldc, Epilogue epi,
                  const char* module = "", int index = -1);

    Precision m_precision;
    Isa m_isa;
    const KernelOps* m_ops;
    int m_inputs;
    int m_hidden;
    int m_outputs;
    int m_ld;  // hidden rounded up to a panel
    std::int64_t m_weightBytes = 0;

    std::unique_ptr<WeightArena> m_arena;
    PackedFp32 m_input;
    std::vector<PackedFp32> m_fp32;  // fc1_0, fc2_0, fc1_1, ..., output (per precision, one of these is used)
    std::vector<PackedBf16> m_bf16;
    std::vector<PackedInt8> m_int8;

    AlignedArray<float> m_x;       // residual stream, batch x m_ld
    AlignedArray<float> m_t;       // relu(fc1(x)), batch x m_ld
    AlignedArray<float> m_logits;  // batch x outputs rounded up to a panel
    AlignedArray<std::uint8_t> m_q;
    AlignedArray<float> m_qScale;
    AlignedArray<std::int32_t> m_qZero;
};

}  // namespace ob::engine::kernels
