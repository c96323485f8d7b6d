// SPDX-License-Identifier: MIT
#pragma once
// The engine interface: what core and the executables may call. Plain C++ only (no LibTorch, no Qt).

#include <atomic>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "optibench/engine/profile.h"
#include "optibench/engine/types.h"

namespace ob::engine {

/// Thrown for invalid requests (unknown model, bad sizes) and for failures to build the base model.
class EngineError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Reports of a long setup step (calibration, distillation); fraction in [0, 1].
using ProgressFn = std::function<void(const std::string& step, const std::string& stage, double fraction)>;

struct PrepareContext {
    const std::atomic<bool>* cancel = nullptr;  // set to abandon a long setup step (it then fails as "cancelled")
    ProgressFn progress;
};

/// A method ready to run: its pipeline applied to the workspace's model.
class PreparedMethod {
public:
    virtual ~PreparedMethod() = default;
    virtual const std::string& method() const = 0;
    virtual bool ok() const = 0;  // every step ok or skipped
    virtual const std::vector<StepReport>& steps() const = 0;
    virtual double setupMs() const = 0;  // the sum of the steps' setup, and the first call
    virtual std::int64_t weightBytes() const = 0;  // bytes of the weights as the method stores them; -1 if unknown
    /// One forward over `batch` rows of ModelSpec::inputs floats. Throws std::runtime_error on failure.
    /// A model file with its own inputs (Workspace::ownInputs()) ignores `input` (it may be null) and runs on the
    /// inputs the workspace made for that batch size from its input specs; a model without a batch dimension
    /// runs at its fixed shape whatever `batch` is.
    virtual void forward(const float* input, int batch) = 0;
    /// Runs the method on n rows and writes reasoning_scores (n x outputs, row-major). Throws on failure.
    /// A model file with its own inputs writes every value of its outputs at batch n (on the measurement's inputs).
    virtual void evaluate(const float* input, int n, std::vector<float>& scores) = 0;
    /// A model file with its own inputs: runs the method on the workspace's evaluation inputs (the same for every
    /// method) and returns every leaf of its outputs, in the order of the output structure. Throws on failure.
    virtual std::vector<OutputLeaf> evaluateOutputs()
    {
        throw std::runtime_error("method " + method() + " has no output leaves: its model is not a model file");
    }
    /// Saves the method's model as TorchScript. Throws std::runtime_error when the model has no TorchScript form.
    virtual void saveTorchScript(const std::string& path) const = 0;
    /// A separate, untimed pass after the measurement: one forward at `batch` that describes every operator (name,
    /// module, input shapes, FLOPs), then forwards timed under LibTorch's RecordFunction callbacks and the native
    /// kernels' own timers (engine/profile). `input` as for forward(). Throws std::runtime_error on failure.
    virtual MethodProfile profile(const float* input, int batch, const ProfileOptions& options)
    {
        (void)input;
        (void)options;
        throw std::runtime_error("method " + method() + " cannot be profiled at batch " + std::to_string(batch));
    }
};

/// One model built from a spec, from which methods are prepared. Not thread-safe: use from one thread.
class Workspace {
public:
    virtual ~Workspace() = default;
    virtual const ModelSpec& spec() const = 0;
    virtual const EngineSettings& settings() const = 0;
    /// Never throws for a strategy failure: the returned method is !ok() and its steps say why.
    virtual std::unique_ptr<PreparedMethod> prepare(const std::string& method, const PrepareContext& ctx) = 0;
    /// True for a model file that is not the simplified model: it makes its own inputs from its input specs, and
    /// its outputs are compared leaf by leaf (evaluateOutputs) instead of as reasoning_scores.
    virtual bool ownInputs() const { return false; }
    /// For ownInputs(): what the file is (signature, inputs, output leaves, primary output, cost).
    virtual const ModelFileInfo& fileInfo() const
    {
        static const ModelFileInfo none;
        return none;
    }

    /// Builds the model of `spec`. Throws EngineError for an invalid spec.
    static std::unique_ptr<Workspace> create(const ModelSpec& spec, const EngineSettings& settings);
};

/// Every registered strategy, in display order.
std::vector<StrategyInfo> strategies();
/// Every model architecture.
std::vector<ModelInfo> models();
/// Parameters, weight bytes and FLOPs of one forward of `spec` (throws EngineError for an unknown model, or for a
/// model file that cannot be benchmarked). For a model file, flopsPerSample is 0 (unknown) unless it is recognised.
ModelCost estimateCost(const ModelSpec& spec);
/// Loads the TorchScript file `spec.path` on the CPU, reads forward's signature, resolves its inputs (spec.inputSpecs,
/// else spec.exampleInputs, else a suggestion from the graph) and probes forward once at batch 1, without a benchmark.
/// Never throws: the result says what is wrong. Results are cached per file (path, size, modification time) and
/// inputs.
ModelFileInfo inspectModelFile(const ModelSpec& spec);
/// The text form of an input spec, [NAME:]DIMS[:DTYPE[RANGE]] (the CLI's --input syntax): the name only when it has
/// one, the dtype only when it is not float32 or has a range; bounds read back exactly.
std::string inputSpecText(const InputSpec& spec);
/// Facts about the machine and the libraries, as in force in the calling thread.
EnvironmentInfo captureEnvironment();
/// Sets LibTorch's intra-op threads (for the calling thread and threads it starts) and OpenBLAS's threads.
void applyThreadSettings(int intraOpThreads, int blasThreads);
/// Measures one core of this machine in the calling thread: peak fp32 and int8 arithmetic and the read bandwidth
/// from L1, L2, L3 and DRAM (about 1-2 s; `progress` gets a stage name and a fraction in [0, 1]).
/// Throws EngineError("cancelled by the user") when `cancel` is set.
MachineRoofs measureMachine(const std::function<void(const std::string& stage, double fraction)>& progress = {},
                            const std::atomic<bool>* cancel = nullptr);
/// The quantized engine that "auto" resolves to in this build, and why.
std::pair<std::string, std::string> resolveQEngine(const std::string& requested);

}  // namespace ob::engine
