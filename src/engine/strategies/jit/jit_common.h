// SPDX-License-Identifier: MIT
#pragma once
// What the JIT and Compile strategies share: the TorchScript form of a model, the example input of a trace,
// and small helpers for their reports.

#include <torch/csrc/jit/api/module.h>

#include <functional>
#include <map>
#include <string>

#include "runtime/strategy.h"

namespace ob::engine {

/// A model held as a TorchScript module (scripted, traced, frozen...). Its forward runs the module's `forward`.
class ScriptRunnable : public Runnable {
public:
    ScriptRunnable(torch::jit::Module module, std::string kind, std::int64_t weightBytes, bool dataDependent);

    c10::IValue forward(const at::Tensor& x) override;
    c10::IValue call(const std::vector<c10::IValue>& args) override;
    std::string kind() const override { return m_kind; }
    std::int64_t weightBytes() const override { return m_weightBytes; }
    const torch::jit::Module* scriptModule() const override { return &m_module; }
    bool dataDependentControlFlow() const override { return m_dataDependent; }

protected:
    torch::jit::Module m_module;

private:
    std::string m_kind;
    std::int64_t m_weightBytes;
    bool m_dataDependent;
};

/// A TorchScript module whose tensor arguments are converted before each call and whose output tensors after it
/// (bf16 in and fp32 out, channels_last in).
class ConvertingRunnable : public ScriptRunnable {
public:
    using Convert = std::function<at::Tensor(const at::Tensor&)>;
    ConvertingRunnable(torch::jit::Module module, std::string kind, std::int64_t weightBytes, Convert in,
                       Convert out = {});
    c10::IValue forward(const at::Tensor& x) override { return call({x}); }
    c10::IValue call(const std::vector<c10::IValue>& args) override;

private:
    Convert m_in;
    Convert m_out;
};

/// `value` with every tensor inside it (any nesting of tuples, lists and dicts) replaced by `convert(tensor)`.
c10::IValue mapTensors(const c10::IValue& value, const std::function<at::Tensor(const at::Tensor&)>& convert);

/// The seeded N(0,1) input of batch 1 that tracing runs the model on.
at::Tensor traceExample(const ModelSpec& spec);
/// Runs `model` on its example: a model file's own arguments, or traceExample() for the built-in models.
c10::IValue runExample(Runnable& model, const StepInput& in);

/// `method` with its step `index` replaced by `with` (e.g. jit_trace -> simplify_outputs+jit_trace).
std::string replaceStep(const std::string& method, std::size_t index, const std::string& with);

/// LibTorch prints whole tensors into some messages; keeps the head and the tail of a long message.
std::string shortenTensorDump(const std::string& message, std::size_t keep = 480);

/// A copy of `model`'s TorchScript module in eval mode, or one scripted from its source (see script_builder.h).
/// Throws std::runtime_error naming the form when neither exists.
torch::jit::Module scriptedCopy(const Runnable& model, const std::string& step);

/// How often each node kind occurs in a graph (with blocks), e.g. {"aten::linear": 9}.
std::map<std::string, int> nodeCounts(const torch::jit::Graph& graph);
/// "aten::linear x9, aten::matmul x2" for the kinds in `kinds` that occur.
std::string countsText(const std::map<std::string, int>& counts, const std::vector<std::string>& kinds);

}  // namespace ob::engine
