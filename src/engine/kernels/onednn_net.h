// SPDX-License-Identifier: MIT
#pragma once
// The residual MLP on oneDNN primitives (the library LibTorch links, used directly), one net per batch size:
// a matmul per layer with bias, ReLU and the residual sum as post-ops, weights reordered once into the layout the
// primitive wants. Plain C++ (no torch); oneDNN itself stays inside onednn_net.cpp.
//   fp32: f32 everywhere.
//   bf16: bf16 weights; the residual stream x stays f32 (a reorder to bf16 before each layer that reads it),
//         fc1 writes relu(t) in bf16 straight for fc2; f32 bias, f32 accumulation.
//   int8: per-channel s8 weights; x quantized to s8 (static per-tensor scale from calibration) before each layer
//         that reads it, fc1 writes relu(t) as u8 straight for fc2 (its own static scale), fc2 adds into the f32
//         stream with a sum post-op; the output layer (5% of the MACs) stays fp32. oneDNN 2.x adds the bias before
//         the output scales, so the bias is passed pre-divided by s_src * s_w[n]. Products are exact in s32 only with VNNI (vpdpbusd); without it oneDNN
//         widens through 16 bits and saturates, which is why the dispatch (backend.h) never picks it there.
// Not thread-safe: one forward at a time. Each primitive runs with the calling thread's OpenMP thread count.

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "env/cpu_features.h"
#include "kernels/native_mlp.h"

namespace ob::engine::kernels {

/// True when this build has oneDNN.
bool onednnInBuild();
/// "oneDNN 2.6.3, ISA avx512_core_bf16" (its version and the instruction set it dispatches to here);
/// "no oneDNN in this build" without it.
std::string onednnDescription();
/// The features of `cpu` that oneDNN will use: limited by its effective ISA (DNNL_MAX_CPU_ISA can lower it);
/// all false without oneDNN.
CpuFeatures onednnFeatures(const CpuFeatures& cpu);

/// Largest |value| entering every layer after the input layer, in forward order (fc1_0, fc2_0, ..., output), from
/// an fp32 forward of calibration rows: the static activation scales of the int8 net.
using ActivationRanges = std::vector<float>;

/// Weights reordered into oneDNN's layouts, shared by the nets of one model: a layout that the primitives of another
/// batch size want too is reordered (and stored) once.
struct OnednnWeightCache;
std::shared_ptr<OnednnWeightCache> makeOnednnWeightCache();

class OnednnNet {
public:
    /// Builds the primitives for `batch` rows (13-33 ms for the default model). `ranges` is required for Int8.
    /// Nets built with the same `cache` (same weights, precision and ranges) share their reordered weights.
    /// Throws std::runtime_error with oneDNN's message when a primitive cannot be created.
    OnednnNet(const MlpWeights& w, Precision precision, int batch, const ActivationRanges* ranges = nullptr,
              std::shared_ptr<OnednnWeightCache> cache = nullptr);
    ~OnednnNet();
    OnednnNet(const OnednnNet&) = delete;
    OnednnNet& operator=(const OnednnNet&) = delete;

    /// logits (batch x outputs, row-major) of `batch()` rows of inputs.
    void logits(const float* input, float* out);
    int batch() const;
    /// Bytes of the weights in the primitives' layouts, plus biases (and the scales of int8), that this net added
    /// to its cache (0 when every layout was there already).
    std::int64_t weightBytes() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

}  // namespace ob::engine::kernels
