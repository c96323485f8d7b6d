// SPDX-License-Identifier: MIT
#pragma once
// A model loaded from a TorchScript file (torch::jit::save archive): model id "torchscript", ModelSpec::path.

#include <torch/script.h>

#include "models/model_file_inputs.h"
#include "optibench/engine/engine.h"
#include "runtime/runnable.h"

namespace ob::engine {

/// Why a model file cannot be benchmarked; kind as in ModelFileInfo::errorKind, detail = LibTorch's own text.
/// `info` holds what was found before the failure (the signature, the inputs resolved so far).
class ModelFileError : public EngineError {
public:
    ModelFileError(const std::string& message, std::string kind, std::string detail, ModelFileInfo info = {})
        : EngineError(message), m_kind(std::move(kind)), m_detail(std::move(detail)), m_info(std::move(info))
    {
    }
    const std::string& kind() const { return m_kind; }
    const std::string& detail() const { return m_detail; }
    const ModelFileInfo& info() const { return m_info; }

private:
    std::string m_kind;
    std::string m_detail;
    ModelFileInfo m_info;
};

/// The loaded module (CPU, eval mode), its forward's signature resolved to inputs and probed once at batch 1.
/// When its parameters are exactly those of OptiBench's simplified model (as an nn::Module, traced, or scripted by
/// jit_script), it takes one [batch, inputs] float tensor and its scores equal what that chain computes,
/// residualMlp() returns the chain so that quantization and the native kernels apply; every other file makes its
/// own inputs (ownInputs()) and is compared leaf by leaf.
class ScriptFileModel : public Runnable {
public:
    /// Throws ModelFileError naming model-file (or the input concerned), the path and what is allowed.
    explicit ScriptFileModel(const ModelSpec& spec);

    c10::IValue forward(const at::Tensor& x) override;
    c10::IValue call(const std::vector<c10::IValue>& args) override;
    std::string kind() const override { return "TorchScript (loaded from file)"; }
    std::int64_t weightBytes() const override { return m_info.weightBytes; }
    const ResidualMlp* residualMlp() const override { return m_recognised ? &m_view : nullptr; }
    const torch::jit::Module* scriptModule() const override { return &m_module; }

    /// Everything the probe found; ok is true.
    const ModelFileInfo& info() const { return m_info; }
    bool ownInputs() const { return !m_recognised; }
    /// forward's arguments for `batch` (ignored without a batch dimension), drawn from `seed`.
    std::vector<c10::IValue> arguments(int batch, std::uint64_t seed) const;
    /// Seconds of the probe's forward at batch 1 (to size the evaluation).
    double probeSeconds() const { return m_probeSeconds; }

private:
    void load(const ModelSpec& spec);
    void resolve(const ModelSpec& spec);
    void probe(const ModelSpec& spec);
    void countTensors();
    bool recognise();
    [[noreturn]] void fail(const std::string& kind, const std::string& problem, const std::string& allowed,
                           const std::string& detail, const std::string& argument = {}) const;

    std::string m_path;
    torch::jit::Module m_module;
    InputPlan m_plan;
    ModelFileInfo m_info;
    ResidualMlp m_view;
    bool m_recognised = false;
    double m_probeSeconds = 0;
};

}  // namespace ob::engine
