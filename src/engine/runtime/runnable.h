// SPDX-License-Identifier: MIT
#pragma once
// A model in some executable form (eager module, TorchScript, quantized, native). Strategies map one to another.

#include <ATen/core/ivalue.h>
#include <ATen/Tensor.h>

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace torch::jit {
struct Module;
}

namespace ob::engine {

struct ModelSpec;

/// The Linear/ReLU/residual chain of the simplified model, as plain tensors (fp32, [out, in] weights):
/// x = in(x); for each block: x = x + fc2(relu(fc1(x))); logits = out(x).
/// Lowering strategies (quantization, native kernels) start from this form.
struct ResidualMlp {
    struct Linear {
        at::Tensor weight;
        at::Tensor bias;
    };
    struct Block {
        Linear fc1;
        Linear fc2;
    };
    Linear input;
    std::vector<Block> blocks;
    Linear output;
};

class Runnable {
public:
    virtual ~Runnable() = default;
    /// The model's own output structure (a dict, a tuple or a tensor). Called under InferenceMode.
    virtual c10::IValue forward(const at::Tensor& x) = 0;
    /// A short description of the form, e.g. "eager nn::Module", "TorchScript (traced)".
    virtual std::string kind() const = 0;
    /// Bytes of the weights as this form stores them, -1 when unknown.
    virtual std::int64_t weightBytes() const = 0;
    /// The residual-MLP view, when this model is one (nullptr otherwise).
    virtual const ResidualMlp* residualMlp() const { return nullptr; }
    /// The TorchScript module, when this model has one (nullptr otherwise).
    virtual const torch::jit::Module* scriptModule() const { return nullptr; }
    /// True when the path through the code depends on the input (tracing would freeze it).
    virtual bool dataDependentControlFlow() const { return false; }
    /// A forward without at::Tensor: `batch` rows of inputs in, reasoning_scores (batch x outputs, row-major) out.
    /// Returns false when this form has no such path; callers then use forward().
    virtual bool forwardRaw(const float* input, int batch, float* scores) { return false; }
    /// Runs forward on a model file's own arguments (see ModelFileContext). The default passes the first one to
    /// forward(). Called under InferenceMode.
    virtual c10::IValue call(const std::vector<c10::IValue>& args) { return forward(args.at(0).toTensor()); }
    /// The model's tensors by name ("fc1.3.weight"), from which the profiler names the module of an operator that
    /// reads one (profile/op_profiler.h). A TorchScript module's are found without this. Default: none.
    virtual std::vector<std::pair<std::string, at::Tensor>> namedWeights() const { return {}; }
};

using RunnablePtr = std::shared_ptr<Runnable>;

/// The module name of layer `index` of a ResidualMlp's `count` layers in forward order (input, fc1.0, fc2.0, fc1.1,
/// ..., output), as the eager model names its modules.
std::string residualLayerName(std::size_t index, std::size_t count);

/// reasoning_scores from an output structure: the tensor itself, dict["reasoning_scores"], or a tuple's first element.
at::Tensor scoresOf(const c10::IValue& output);

/// The simplified model's output dict {reasoning_scores: sigmoid(logits), confidence: max(softmax(logits))}.
c10::IValue simplifiedOutput(const at::Tensor& logits);

/// Total bytes of a set of tensors.
std::int64_t bytesOf(const std::vector<at::Tensor>& tensors);

}  // namespace ob::engine
