// SPDX-License-Identifier: MIT
#pragma once
// What the quantization strategies share: the choice of quantized engine, weight quantization, prepacking through
// LibTorch's own ops (so that their checks and their error texts are LibTorch's), and diagnoses of engine failures.

#include <ATen/native/quantized/PackedParams.h>
#include <c10/core/QEngine.h>

#include <string>
#include <vector>

#include "runtime/strategy.h"

namespace ob::engine::quant {

using PackedLinear = c10::intrusive_ptr<LinearPackedParamsBase>;

/// The engine a strategy runs on: resolved from EngineSettings::qengine ("auto" -> the build's best).
struct EngineChoice {
    at::QEngine engine = at::QEngine::NoQEngine;
    std::string name;    // "qnnpack", "onednn", "fbgemm", "x86", "none"
    std::string reason;  // why (for "auto"), or "chosen by the user"
};
EngineChoice chooseEngine(const EngineSettings& settings);

/// The engines this build supports, without "none" (e.g. "qnnpack, onednn").
std::string supportedEngineList();

/// Sets the global quantized engine while alive and restores the previous one. Throws LibTorch's own error
/// ("quantized engine FBGEMM is not supported") when the build lacks the engine.
class QEngineGuard {
public:
    explicit QEngineGuard(at::QEngine engine);
    ~QEngineGuard();
    QEngineGuard(const QEngineGuard&) = delete;
    QEngineGuard& operator=(const QEngineGuard&) = delete;

private:
    at::QEngine m_previous;
};

/// Whether activations must be quantized to 7 bits (reduce_range). x86 int8 GEMMs without VNNI multiply u8 by s8
/// with vpmaddubsw, whose pairwise sums saturate at 16 bits: 255*127*2 > 32767. FBGEMM/X86 always, ONEDNN on CPUs
/// without VNNI (measured on AVX2: logit cosine 0.96 with 8-bit activations). QNNPACK accumulates in 32 bits; it
/// ignores the flag and warns through glog on every call when it is set.
bool reduceRangeFor(at::QEngine engine);

/// The weight as symmetric qint8 (zero point 0, which ONEDNN requires), per tensor or per output channel.
/// `scaleFactor` multiplies the scales (1 = correct; other values exist to test the fidelity check).
at::Tensor quantizeWeight(const at::Tensor& weight, bool perChannel, double scaleFactor = 1.0);

/// quantized::linear_prepack and quantized::linear_prepack_fp16, called through the dispatcher.
PackedLinear prepackInt8(const at::Tensor& weightQ, const at::Tensor& bias);
PackedLinear prepackFp16(const at::Tensor& weight, const at::Tensor& bias);

/// Bytes of a quantized weight as stored (values + scales and zero points) plus its fp32 bias.
std::int64_t int8Bytes(const at::Tensor& weightQ, const at::Tensor& bias);

/// The layers of a residual MLP in execution order: input, fc1/fc2 of each block, output.
std::vector<ResidualMlp::Linear> layersOf(const ResidualMlp& mlp);
inline std::size_t fc1Index(std::size_t block) { return 1 + 2 * block; }
inline std::size_t fc2Index(std::size_t block) { return 2 + 2 * block; }

/// The failed step of a strategy applied to a model that has no residual-MLP view to lower.
StepOutput noLowering(const StepInput& in, const std::string& strategy);

/// The diagnosis of an engine failure that the strategy can explain better than a text match
/// (NoQEngine, an engine missing from the build, fp16 without FBGEMM), with the supported engines and a fix.
/// Empty when the failure is none of these (core then matches the error text against its catalog).
Diagnosis engineDiagnosis(const EngineChoice& choice, const std::string& op, const std::string& error);

/// Throws EngineError when an option is outside [lo, hi], naming the key, the value and the range.
void checkOptionRange(const std::string& key, double value, double lo, double hi);

}  // namespace ob::engine::quant
