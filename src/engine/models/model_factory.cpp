// SPDX-License-Identifier: MIT
#include "models/model_factory.h"

#include "models/original_model.h"
#include "models/script_file_model.h"
#include "models/simplified_model.h"
#include "optibench/engine/engine.h"

namespace ob::engine {
namespace {

void checkRange(const char* field, long long value, long long lo, long long hi)
{
    if (value < lo || value > hi)
        throw EngineError(std::string(field) + ": " + std::to_string(value) + " is out of range; allowed "
                          + std::to_string(lo) + ".." + std::to_string(hi));
}

}  // namespace

std::vector<ModelInfo> models()
{
    return {
        {"simplified", "Residual MLP: Linear(in,h), L residual blocks, Linear(h,out); returns a dict of tensors", false},
        {"original",
         "The seed's original reasoning model: memory bank read by multi-head attention, a reasoning chain of up to L "
         "steps that stops when confident, a strategy selector picking one of 3 sub-networks; returns a nested dict "
         "mixing ints and tensors",
         true},
        {"torchscript",
         "A TorchScript module loaded from a file (torch::jit::save archive, e.g. a model saved by OptiBench); its "
         "forward takes a [batch, inputs] float tensor; the file defines its sizes",
         false},
    };
}

void checkSpec(const ModelSpec& spec)
{
    bool known = false;
    std::string ids;
    for (const auto& m : models()) {
        known = known || m.id == spec.model;
        ids += (ids.empty() ? "" : ", ") + m.id;
    }
    if (!known)
        throw EngineError("model: '" + spec.model + "' is not a model; allowed: " + ids);
    checkRange("inputs", spec.inputs, Limits::kMinWidth, Limits::kMaxWidth);
    if (spec.model == "torchscript") {  // the file defines the other sizes
        if (spec.path.empty())
            throw EngineError("model-file: no file given for model torchscript; allowed: the path of a TorchScript "
                              "file (torch::jit::save archive)");
        return;
    }
    checkRange("hidden", spec.hidden, Limits::kMinHidden, Limits::kMaxHidden);
    checkRange("layers", spec.layers, Limits::kMinLayers, Limits::kMaxLayers);
    checkRange("outputs", spec.outputs, Limits::kMinWidth, Limits::kMaxWidth);
}

RunnablePtr buildModel(const ModelSpec& spec)
{
    checkSpec(spec);
    if (spec.model == "original")
        return std::make_shared<OriginalModel>(spec);
    if (spec.model == "torchscript")
        return std::make_shared<ScriptFileModel>(spec);
    return std::make_shared<SimplifiedModel>(spec);
}

ModelCost estimateCost(const ModelSpec& spec)
{
    checkSpec(spec);
    if (spec.model == "torchscript") {
        const ModelFileInfo info = inspectModelFile(spec);
        if (!info.ok)
            throw EngineError(info.error);
        ModelCost c;
        c.parameters = info.parameters;
        c.weightBytesFp32 = info.weightBytes;
        c.flopsPerSample = info.cost.flops;  // 0 = unknown
        c.activationBytesPerSample = info.cost.activationBytes;
        if (info.residualMlp)
            c.activationBytesPerSample = 4.0 * static_cast<double>(info.inputs + info.hidden
                                                                   + info.layers * 5LL * info.hidden + info.hidden
                                                                   + info.outputs);
        return c;
    }
    if (spec.model == "original") {
        // Data-dependent: the FLOPs are those of one sample at batch 1 on the longest path, i.e. all L reasoning
        // steps and every strategy branch (a batch whose rows chose different strategies runs each chosen branch on
        // the whole batch), plus the projection of the memory bank, which is done once per call. Inputs that stop
        // early cost less; see originalMaxFlopsPerSample().
        ModelCost c;
        c.parameters = originalParameters(spec);
        c.weightBytesFp32 = c.parameters * 4;
        c.flopsPerSample = originalMaxFlopsPerSample(spec);
        return c;
    }
    const std::int64_t h = spec.hidden;
    const std::int64_t in = spec.inputs;
    const std::int64_t out = spec.outputs;
    const std::int64_t L = spec.layers;
    ModelCost c;
    c.parameters = (in * h + h) + L * 2 * (h * h + h) + (h * out + out);
    c.weightBytesFp32 = c.parameters * 4;
    c.flopsPerSample = 2.0 * static_cast<double>(in * h + L * 2 * h * h + h * out);
    // input layer: read in, write h; each block: fc1 reads h, writes h; fc2 reads h and the residual h, writes h;
    // output layer: read h, write out.
    c.activationBytesPerSample = 4.0 * static_cast<double>(in + h + L * 5 * h + h + out);
    return c;
}

}  // namespace ob::engine
