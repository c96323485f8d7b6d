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

/// What to build: the architecture id and its sizes; weights are deterministic from the seed.
/// Model "torchscript" loads `path` instead: `inputs` is its input width, the file defines everything else.
struct ModelSpec {
    std::string model = "simplified";
    int hidden = 256;
    int layers = 7;
    int inputs = 4;
    int outputs = 13;
    std::uint64_t seed = 42;
    std::string path;  // model "torchscript": the TorchScript file (torch::jit::save archive)
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
    /// Why the file cannot be benchmarked: "unreadable", "not_torchscript" (not a torch::jit::save archive) or
    /// "interface" (its forward does not take [batch, inputs] floats and return [batch, N] scores); empty when ok.
    std::string errorKind;
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

enum class StepStatus { Ok, Failed, Skipped };

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

/// The outcome of one step of a method's pipeline.
struct StepReport {
    std::string strategy;
    StepStatus status = StepStatus::Ok;
    std::string error;    // the exact exception text, as LibTorch wrote it
    std::string message;  // why it was skipped, or what it did (plain English, for logs)
    Diagnosis diagnosis;
    double setupMs = 0;
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
};

/// Settings that strategies read.
struct EngineSettings {
    std::string qengine = "auto";  // auto, qnnpack, onednn, fbgemm, x86, none
    std::map<std::string, std::string> options;  // strategy options (OptionInfo::key -> value)
};

/// One core's limits, measured by measureMachine(): the roofs of a roofline.
struct MachineRoofs {
    std::string cpuModel;
    std::string kernels;          // instruction set of the probe loops, e.g. "avx2+fma"
    double peakGflopsFp32 = 0;    // GFLOP/s, a multiply-add counted as 2
    double peakGopsInt8 = 0;      // GOP/s of u8 x s8 -> s32 multiply-adds; 0 when not measured
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
