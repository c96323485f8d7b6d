// SPDX-License-Identifier: MIT
#pragma once
// Plain value types of the engine interface. No LibTorch and no Qt types may appear here:
// this header is included by the Qt side of the program.

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace ob::engine {

/// Valid ranges of the model configuration; validation in core reads them from here.
struct Limits {
    static constexpr int kMinHidden = 1;
    static constexpr int kMaxHidden = 8192;
    static constexpr int kMinLayers = 0;
    static constexpr int kMaxLayers = 256;
    static constexpr int kMinWidth = 1;     // input and output widths
    static constexpr int kMaxWidth = 4096;
};

/// How to make one tensor argument of a model file's forward. Shapes, dtypes and value ranges are not in a
/// TorchScript schema: they come from the user, an example-inputs file, or a suggestion inferred from the graph.
struct InputSpec {
    static constexpr std::int64_t kBatch = -1;  // the dimension swept by the batch sizes ("B")
    std::string name;                 // the forward argument it is for; empty: by position
    std::vector<std::int64_t> dims;   // sizes, kBatch for the batch dimension
    std::string dtype = "float32";    // float32, float64, bfloat16, int64, int32, bool
    bool hasRange = false;            // integers: uniform in [lo, hi); floats: uniform in [lo, hi]
    double lo = 0;                    // without a range: floats standard normal, integers [0, 10), bools 0/1
    double hi = 0;
    std::string source;               // "user", "example_file" or "graph" (a suggestion)
    std::string reason;               // for a suggestion: what it was inferred from
    bool hasBatch() const
    {
        for (auto d : dims)
            if (d == kBatch)
                return true;
        return false;
    }
};

/// What to build: the architecture id and its sizes; weights are deterministic from the seed.
/// Model "torchscript" loads `path` instead: the file defines everything else. Its forward's tensor arguments are
/// made from `inputSpecs` (in order, or by name), else from `exampleInputs`, else from a suggestion inferred from the
/// graph; the old contract (one [batch, inputs] float tensor) is what the suggestion gives for a first Linear.
struct ModelSpec {
    std::string model = "simplified";
    int hidden = 256;
    int layers = 7;
    int inputs = 4;
    int outputs = 13;
    std::uint64_t seed = 42;
    std::string path;  // model "torchscript": the TorchScript file (torch::jit::save archive)
    std::vector<InputSpec> inputSpecs;  // model "torchscript": one per tensor argument of forward
    std::string exampleInputs;          // model "torchscript": a torch.save / torch::pickle_save file of the inputs
    std::string primaryOutput;          // model "torchscript": the output leaf top-1 agreement is measured on
};

/// One argument of a model file's forward, as its schema states it.
struct ArgumentInfo {
    std::string name;
    std::string type;          // the schema's spelling: Tensor, Optional[Tensor], List[Tensor], Dict(str, Tensor), int
    std::string defaultValue;  // as the schema prints it; empty when there is none
    bool hasDefault = false;
    bool tensor = false;       // takes an InputSpec (Tensor or Optional[Tensor])
};

/// One leaf of a model's output structure (a tensor or a scalar inside any nesting of tuples, lists and dicts).
struct OutputLeafInfo {
    std::string path;                  // "output" for a bare tensor; keys and indices joined by '.': "logits", "1.0"
    std::string dtype;                 // LibTorch's spelling (Float, Long, Bool, ...); "int"/"float"/"bool" scalars
    std::vector<std::int64_t> shape;   // empty for a scalar
    bool floating = false;             // compared by cosine and errors; others are compared exactly
};

/// The values of one output leaf over the evaluation inputs.
struct OutputLeaf {
    OutputLeafInfo info;
    std::vector<double> values;  // every element, row-major (exact for integers and bools)
};

/// FLOPs and bytes of one forward at batch 1 of a model file, counted from its graph with the real shapes.
struct GraphCost {
    double flops = 0;            // multiply-add counted as 2
    double weightBytes = 0;      // parameters and constants the counted ops read
    double activationBytes = 0;  // inputs and outputs of the counted ops
    std::vector<std::string> uncounted;  // op kinds that cost time but are not counted (listed, not guessed)
};

/// A model architecture the engine can build.
struct ModelInfo {
    std::string id;
    std::string summary;                    // English fallback; core has the translated text
    bool dataDependentControlFlow = false;  // true when the path through the code depends on the input
};

/// Static cost of one forward, from the configuration alone.
struct ModelCost {
    std::int64_t parameters = 0;
    std::int64_t weightBytesFp32 = 0;
    double flopsPerSample = 0;  // multiply-add counted as 2
    double activationBytesPerSample = 0;  // fp32 activations each layer reads and writes for one input row
};

/// What inspectModelFile() found in a TorchScript file.
struct ModelFileInfo {
    bool ok = false;
    /// Why the file cannot be benchmarked: "unreadable", "not_torchscript" (not a torch::jit::save archive),
    /// "inputs" (the inputs are not given and cannot be inferred, or a spec does not fit the signature),
    /// "example_inputs" (the example-inputs file cannot be read or does not fit), "interface" (forward fails on
    /// the inputs, or returns something that cannot be compared); empty when ok.
    std::string errorKind;
    std::string argument;  // errorKind "inputs"/"interface": the forward argument concerned, when one is
    std::vector<ArgumentInfo> arguments;  // forward's arguments without self
    std::string returns;                  // forward's return type as the schema states it
    std::string schema;                   // the whole schema, e.g. "forward(Tensor x) -> Tensor"
    std::vector<InputSpec> inputSpecs;    // what the probe ran with, each with its source
    std::vector<OutputLeafInfo> outputLeaves;  // what the probe returned, leaf by leaf
    std::string primaryOutput;            // the leaf top-1 agreement is measured on; empty: none has a class dim
    bool batched = false;                 // some input has a batch dimension: the batch sweep applies
    GraphCost cost;                       // at batch 1
    std::string error;   // the whole message in English, naming model_file, the path and what is allowed
    std::string detail;  // LibTorch's own text, verbatim; for "interface" without one, the shape returned
    std::int64_t parameters = 0;   // elements of the module's tensors (parameters, buffers, tensor attributes)
    std::int64_t weightBytes = 0;  // bytes of those tensors
    int inputs = 0;                // the width the probe used
    int outputs = 0;               // N of the [1, N] scores the probe returned
    bool residualMlp = false;      // recognised as OptiBench's simplified model (quantization and native kernels work)
    int hidden = 0;                // when recognised
    int layers = 0;                // when recognised
    double flopsPerSample = 0;     // 2 x the Linear weights when recognised; 0 = unknown
};

/// NotApplicable: the strategy does not apply to this model (the message says why); the method is not run.
enum class StepStatus { Ok, Failed, Skipped, NotApplicable };

/// An action the tool can take to fix a failure. kind "setting": set key to value (e.g. qengine=qnnpack);
/// kind "method": replace the method by value (e.g. simplify_outputs+jit_trace).
struct FixAction {
    std::string kind;
    std::string key;
    std::string value;
};

/// A diagnosis by id; the sentence is rendered (and translated) by core from the id and its arguments.
struct Diagnosis {
    std::string id;  // empty: none
    std::map<std::string, std::string> args;
    std::vector<FixAction> fixes;
    bool empty() const { return id.empty(); }
};

/// What a step chose for one batch size, when it picks what runs per batch size by measuring at preparation
/// (native_*: OptiBench's kernels or oneDNN; auto: one of the candidate methods).
struct BatchChoice {
    int batch = 0;
    std::string choice;      // native_*: "kernels" or "onednn"; auto: the method, e.g. "native_int8"
    std::string detail;      // e.g. "avx2+fma", "oneDNN 2.6.3, ISA avx512_core_bf16"; auto: the pick's own choice
    std::string arithmetic;  // what it computes in: "fp32", "bf16" or "int8"; empty when unknown
    double us = 0;           // its median at preparation in µs; 0 when not measured (a single candidate)
    double cosine = -2;      // auto: logit cosine against the step's input model on a few rows; -2: not measured
    std::int64_t weightBytes = -1;  // bytes of weights one forward reads on this path; -1: the method's
};

/// The outcome of one step of a method's pipeline.
struct StepReport {
    std::string strategy;
    StepStatus status = StepStatus::Ok;
    std::string error;    // the exact exception text, as LibTorch wrote it
    std::string message;  // why it was skipped, or what it did (plain English, for logs)
    Diagnosis diagnosis;
    double setupMs = 0;
    std::vector<BatchChoice> choices;  // one per prepared batch size, for steps that choose per batch size
};

/// A tunable of a strategy, shown generically by the GUI and accepted by the CLI as --option key=value.
struct OptionInfo {
    std::string key;
    std::string type;  // "bool", "int", "double", "choice"
    std::string defaultValue;
    std::vector<std::string> choices;
    double min = 0;
    double max = 0;
    std::string summary;
};

/// A registered strategy. A method is a pipeline of strategy ids joined by '+'.
struct StrategyInfo {
    std::string id;
    std::string group;  // "Baseline", "Quantization", "JIT", "Compile", "Simplification"
    std::string summary;    // English fallback; core has the translated text
    std::string failsWhen;  // English fallback
    std::vector<OptionInfo> options;
    bool inAll = true;  // part of "--methods all"
    /// Weight memory one step of this strategy adds, as a multiple of the model's fp32 weights; core uses it to
    /// refuse a run that would not fit in memory. 0: shares its input's weights; 0.25: an int8 copy; 1: an fp32 copy.
    double weightCopies = 1.0;
    /// The architecture this step's output has when it replaces the model ("simplified" for simplify's distilled
    /// student); empty: the model keeps its architecture. Core costs the method (FLOPs, roofline) by it.
    std::string replacesModel = {};
    /// Why this strategy does not apply to a model file with its own inputs (any TorchScript file that is not the
    /// simplified model); empty: it applies to them (and may still say why not for a given graph).
    std::string notForModelFiles = {};
    /// What this step's output computes in: "fp32", "bf16" or "int8"; empty: unknown, or per batch size (its
    /// StepReport::choices say). Core's roofline takes the compute roof from it.
    std::string arithmetic = {};
};

/// Settings that strategies read.
struct EngineSettings {
    std::string qengine = "auto";  // auto, qnnpack, onednn, fbgemm, x86, none
    std::map<std::string, std::string> options;  // strategy options (OptionInfo::key -> value)
    /// The batch sizes the run measures: strategies that choose per batch size (native_*, auto) prepare these.
    /// Empty: 1, 4, 8 and 16.
    std::vector<int> batches;
};

/// One core's limits, measured by measureMachine(): the roofs of a roofline.
struct MachineRoofs {
    std::string cpuModel;
    std::string kernels;          // instruction set of the probe loops, e.g. "avx2+fma" (the bandwidth sweeps')
    double peakGflopsFp32 = 0;    // GFLOP/s, a multiply-add counted as 2
    double peakGopsInt8 = 0;      // GOP/s of u8 x s8 -> s32 multiply-adds; 0 when not measured
    double peakGflopsBf16 = 0;    // GFLOP/s of bf16 x bf16 -> fp32 multiply-adds; 0: no bf16 arithmetic here
    std::string isaFp32;          // the instructions each peak was measured with, e.g. "avx512f (vfmadd231ps zmm)"
    std::string isaInt8;
    std::string isaBf16;
    double bandwidthL1 = 0;       // GB/s of reads from data that fits in each level
    double bandwidthL2 = 0;
    double bandwidthL3 = 0;
    double bandwidthDram = 0;
    std::int64_t cacheL1 = 0;     // bytes, as the OS reports them (L1d and L2 per core, L3 shared)
    std::int64_t cacheL2 = 0;
    std::int64_t cacheL3 = 0;
    double seconds = 0;           // how long the measurement took
};

/// The machine and library facts that explain a measurement.
struct EnvironmentInfo {
    std::string torchVersion;
    std::string parallelBackend;
    int intraOpThreads = 0;
    int interOpThreads = 0;
    std::vector<std::string> supportedQEngines;
    std::string selectedQEngine;
    std::string blasLibrary;
    std::string blasCoreType;
    std::string blasConfig;
    int blasThreads = 0;
    std::string blasCoreTypeEnv;  // OPENBLAS_CORETYPE as set in the environment, empty when unset
    std::string cpuModel;
    std::vector<std::string> cpuFlags;
    int logicalCores = 0;
    std::string os;
    std::string compiler;
    std::map<std::string, std::string> extra;
};

}  // namespace ob::engine
