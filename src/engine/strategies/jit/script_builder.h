// SPDX-License-Identifier: MIT
#pragma once
// TorchScript versions of the engine's models. C++ cannot script an nn::Module, so each architecture is written
// as TorchScript source that mirrors its eager forward op for op, compiled with Module::define(), with the weights
// registered as parameters (shared with the eager model, never modified). Control flow stays control flow.

#include <torch/csrc/jit/api/module.h>

#include <optional>
#include <string>

#include "runtime/runnable.h"

namespace ob::engine {

class OriginalNetImpl;

/// Output structure of a scripted model: the model's own (dicts) or the simplify_outputs tuple.
enum class ScriptOutputs { Native, Tuple };

/// A TorchScript module computing what `model` computes: the original model, a residual MLP (residualMlp()),
/// or either behind simplify_outputs. Returns nullopt and says why in `whyNot` for any other form.
std::optional<torch::jit::Module> buildScriptModule(const Runnable& model, std::string& whyNot);

/// The residual MLP (simplified architecture) as TorchScript.
torch::jit::Module scriptResidualMlp(const ResidualMlp& mlp, ScriptOutputs outputs);
/// The original model as TorchScript (the nested dict is typed Dict[str, Any], the chain List[Any]).
torch::jit::Module scriptOriginal(const OriginalNetImpl& net, ScriptOutputs outputs);

/// A double as TorchScript source, exactly (17 significant digits).
std::string scriptNumber(double value);

}  // namespace ob::engine
