// SPDX-License-Identifier: MIT
#pragma once
// A model file's forward arguments: read from its schema, resolved to input specs (the user's, an example-inputs
// file's, or a suggestion inferred from the graph) and made into values for a batch size.

#include <torch/csrc/jit/api/module.h>

#include <optional>
#include <string>
#include <vector>

#include "optibench/engine/types.h"

namespace ob::engine {

/// How one argument of forward is filled: a tensor made from `spec`, or a fixed value (a default, None, or a
/// value from the example-inputs file that is not a tensor).
struct ArgumentPlan {
    ArgumentInfo arg;
    c10::TypePtr type;
    std::optional<InputSpec> spec;
    c10::IValue fixed;
};

/// A resolved signature; `missing` names the first tensor argument whose input is neither given nor inferable.
struct InputPlan {
    std::vector<ArgumentInfo> arguments;
    std::string schema;
    std::string returns;
    std::vector<ArgumentPlan> plans;
    std::string missing;
};

/// Thrown when the inputs do not fit the signature; names the argument and says what the model expects.
class InputPlanError : public std::runtime_error {
public:
    InputPlanError(const std::string& message, std::string kind, std::string argument)
        : std::runtime_error(message), m_kind(std::move(kind)), m_argument(std::move(argument))
    {
    }
    const std::string& kind() const { return m_kind; }  // "inputs" or "example_inputs"
    const std::string& argument() const { return m_argument; }

private:
    std::string m_kind;
    std::string m_argument;
};

/// forward's arguments without self, with the schema's own text.
InputPlan readSignature(const torch::jit::Module& module);

/// Fills `plan` from spec.inputSpecs (by name, else in order), else spec.exampleInputs, else the graph; throws
/// InputPlanError for a spec that names no argument, too many specs, or an unreadable example file.
void resolveInputs(const torch::jit::Module& module, const ModelSpec& spec, InputPlan& plan);

/// forward's arguments for `batch` (the batch dimension of each spec set to it), drawn from `seed`.
std::vector<c10::IValue> makeArguments(const InputPlan& plan, int batch, std::uint64_t seed);

}  // namespace ob::engine
