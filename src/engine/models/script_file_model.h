// SPDX-License-Identifier: MIT
#pragma once
// A model loaded from a TorchScript file (torch::jit::save archive): model id "torchscript", ModelSpec::path.

#include <torch/script.h>

#include "optibench/engine/engine.h"
#include "runtime/runnable.h"

namespace ob::engine {

/// Why a model file cannot be benchmarked; kind as in ModelFileInfo::errorKind, detail = LibTorch's own text.
class ModelFileError : public EngineError {
public:
    ModelFileError(const std::string& message, std::string kind, std::string detail)
        : EngineError(message), m_kind(std::move(kind)), m_detail(std::move(detail))
    {
    }
    const std::string& kind() const { return m_kind; }
    const std::string& detail() const { return m_detail; }

private:
    std::string m_kind;
    std::string m_detail;
};

/// The loaded module (CPU, eval mode), probed once with a [1, inputs] row. When its parameters are exactly those of
/// OptiBench's simplified model (as an nn::Module, traced, or scripted by jit_script) and its scores equal what that
/// chain computes, residualMlp() returns the chain so that quantization and the native kernels apply.
class ScriptFileModel : public Runnable {
public:
    /// Throws ModelFileError naming model-file, the path and what is allowed.
    explicit ScriptFileModel(const ModelSpec& spec);

    c10::IValue forward(const at::Tensor& x) override;
    std::string kind() const override { return "TorchScript (loaded from file)"; }
    std::int64_t weightBytes() const override { return m_weightBytes; }
    const ResidualMlp* residualMlp() const override { return m_recognised ? &m_view : nullptr; }
    const torch::jit::Module* scriptModule() const override { return &m_module; }

    int outputs() const { return m_outputs; }
    std::int64_t parameters() const { return m_parameters; }
    /// 2 x the Linear weights when recognised, else 0 (unknown).
    double flopsPerSample() const;

private:
    void countTensors();
    bool recognise(const ModelSpec& spec);

    torch::jit::Module m_module;
    ResidualMlp m_view;
    bool m_recognised = false;
    int m_outputs = 0;
    std::int64_t m_parameters = 0;
    std::int64_t m_weightBytes = 0;
};

}  // namespace ob::engine
