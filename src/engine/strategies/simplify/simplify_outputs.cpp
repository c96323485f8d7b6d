// SPDX-License-Identifier: MIT
// simplify_outputs: the output structure flattened into a tuple of tensors (see outputs_simplified.h).

#include <torch/torch.h>

#include "strategies/jit/jit_common.h"
#include "strategies/simplify/outputs_simplified.h"
#include "strategies/simplify/simplify_strategies.h"

namespace ob::engine {
namespace {

/// The names of the tuple's elements, in order, following flattenOutputs(); `dropped` gets the ints left out.
void names(const c10::IValue& v, const std::string& path, std::vector<std::string>& out,
           std::vector<std::string>& dropped)
{
    if (v.isGenericDict()) {
        for (const auto& e : v.toGenericDict())
            names(e.value(), (path.empty() ? "" : path + ".") + e.key().toStringRef(), out, dropped);
    } else if (v.isTuple()) {
        const auto& elems = v.toTupleRef().elements();
        for (std::size_t i = 0; i < elems.size(); ++i)
            names(elems[i], path + "[" + std::to_string(i) + "]", out, dropped);
    } else if (v.isList()) {
        bool tensors = false, scalars = false;
        for (const auto& e : v.toListRef()) {
            tensors = tensors || e.isTensor();
            scalars = scalars || !e.isTensor();
        }
        if (tensors)
            out.push_back(path + " (tensors stacked)");
        if (scalars)
            dropped.push_back(path + " (its ints)");
    } else if (v.isTensor()) {
        out.push_back(path.empty() ? "output" : path);
    } else {
        dropped.push_back(path);
    }
}

std::string join(const std::vector<std::string>& parts)
{
    std::string list;
    for (const auto& p : parts)
        list += (list.empty() ? "" : ", ") + p;
    return list;
}

class SimplifyOutputsStrategy : public Strategy {
public:
    StrategyInfo info() const override
    {
        StrategyInfo i;
        i.id = "simplify_outputs";
        i.notForModelFiles = "it rewrites the built-in model's output dict; a model file's outputs are compared as they are";
        i.group = "Simplification";
        i.summary = "The seed's output format simplification: the nested dict becomes a tuple of tensors "
                    "(reasoning_scores first; a list's tensors are stacked; ints are dropped, since a trace cannot follow them). "
                    "Composes: simplify_outputs+jit_trace, simplify_outputs+jit_script.";
        i.failsWhen = "An output holds a value that has no tensor form (e.g. a string).";
        return i;
    }

    StepOutput apply(const StepInput& in) const override
    {
        auto wrapped = std::make_shared<OutputsSimplified>(in.model);
        c10::IValue example;
        {
            c10::InferenceMode guard;
            example = in.model->forward(traceExample(in.spec));
        }
        std::vector<std::string> parts, dropped;
        names(example, "", parts, dropped);
        (void)flattenOutputs(example);  // fails here, with its reason, when an output has no tensor form
        return stepOk(wrapped, "outputs as a tuple of " + std::to_string(parts.size()) + " tensors: (" + join(parts)
                                   + ")" + (dropped.empty() ? "" : "; ints dropped: " + join(dropped)));
    }
};

}  // namespace

std::unique_ptr<Strategy> makeSimplifyOutputsStrategy()
{
    return std::make_unique<SimplifyOutputsStrategy>();
}

}  // namespace ob::engine
