// SPDX-License-Identifier: MIT
// jit_trace and jit_trace_nonstrict: LibTorch's C++ tracer (torch::jit::tracer::trace) run on the model with one
// seeded example input. The graph records the tensor operations that this example executed, with the weights as
// constants; control flow in C++ (loops, ifs on tensor values) is not recorded, only the path the example took.

#include <torch/csrc/jit/frontend/tracer.h>
#include <torch/script.h>
#include <torch/torch.h>

#include <map>

#include "models/original_model.h"
#include "runtime/errors.h"
#include "strategies/jit/jit_common.h"
#include "strategies/jit/jit_strategies.h"
#include "strategies/simplify/outputs_simplified.h"

namespace ob::engine {
namespace {

/// Where the output holds what the tracer refuses: ints, lists mixing ints and tensors, nested containers.
void untraceable(const c10::IValue& v, const std::string& path, std::vector<std::string>& found)
{
    if (v.isInt() || v.isDouble() || v.isBool()) {
        found.push_back(path + (v.isInt() ? " (int)" : v.isDouble() ? " (float)" : " (bool)"));
    } else if (v.isList()) {
        bool ints = false, tensors = false;
        for (const auto& e : v.toListRef()) {
            ints = ints || e.isInt();
            tensors = tensors || e.isTensor();
        }
        if (ints && tensors)
            found.push_back(path + " (list of int and Tensor)");
    } else if (v.isGenericDict()) {
        for (const auto& e : v.toGenericDict())
            untraceable(e.value(), (path.empty() ? "" : path + ".") + e.key().toStringRef(), found);
    } else if (v.isTuple()) {
        const auto& elems = v.toTupleRef().elements();
        for (std::size_t i = 0; i < elems.size(); ++i)
            untraceable(elems[i], path + "[" + std::to_string(i) + "]", found);
    }
}

std::string join(const std::vector<std::string>& parts)
{
    std::string out;
    for (const auto& p : parts)
        out += (out.empty() ? "" : ", ") + p;
    return out;
}

/// The path the example took, in words, when the model can tell.
std::string examplePath(const Runnable& model, const at::Tensor& example)
{
    const Runnable* target = &model;
    if (const auto* wrapped = dynamic_cast<const OutputsSimplified*>(target))
        target = wrapped->inner().get();
    const auto* original = dynamic_cast<const OriginalModel*>(target);
    if (!original)
        return "the one it took";
    const auto p = original->paths(example);
    return std::to_string(p.steps[0].item<int64_t>()) + " reasoning step(s), strategy branch "
        + std::to_string(p.strategy[0].item<int64_t>());
}

/// A model file traced once per input shape: LibTorch's C++ tracer records x.size() as a constant, so a trace at
/// batch 1 cannot run at batch 8. Each new shape of the arguments is traced on its first call (a warm-up call).
class ShapeTracedRunnable : public Runnable {
public:
    ShapeTracedRunnable(RunnablePtr model, std::vector<ArgumentInfo> arguments, bool strict)
        : m_model(std::move(model)), m_arguments(std::move(arguments)), m_strict(strict)
    {
    }

    c10::IValue forward(const at::Tensor& x) override { return call({x}); }
    c10::IValue call(const std::vector<c10::IValue>& args) override
    {
        auto it = m_traces.find(shapeKey(args));
        if (it == m_traces.end()) {
            traceFor(args);
            it = m_traces.find(shapeKey(args));
        }
        return it->second.forward(args);
    }
    std::string kind() const override
    {
        return std::string("TorchScript (traced per input shape") + (m_strict ? ")" : ", strict=false)");
    }
    std::int64_t weightBytes() const override { return m_model->weightBytes(); }
    const torch::jit::Module* scriptModule() const override
    {
        return m_traces.empty() ? nullptr : &m_traces.begin()->second;
    }

    /// Traces the model on `args` and keeps the trace for their shapes; returns the graph's node count.
    int traceFor(const std::vector<c10::IValue>& args)
    {
        torch::NoGradGuard noGrad;
        torch::jit::Module module("Traced");
        module.register_attribute("training", c10::BoolType::get(), false);
        std::vector<std::string> names;
        for (const auto& a : m_arguments)
            names.push_back(a.name);
        const auto state = torch::jit::tracer::trace(
                               torch::jit::Stack(args.begin(), args.end()),
                               [&](torch::jit::Stack inputs) { return torch::jit::Stack{m_model->call(inputs)}; },
                               [](const torch::autograd::Variable&) { return std::string(); }, m_strict,
                               /*force_outplace=*/false, &module, names)
                               .first;
        auto fn = module._ivalue()->compilation_unit()->create_function(
            c10::QualifiedName(*module.type()->name(), "forward"), state->graph);
        module.type()->addMethod(fn);
        module.eval();
        m_traces.emplace(shapeKey(args), module);
        int nodes = 0;
        for (const auto& [kind, n] : nodeCounts(*state->graph))
            nodes += n;
        return nodes;
    }

private:
    static std::string shapeKey(const std::vector<c10::IValue>& args)
    {
        std::string key;
        for (const auto& a : args)
            key += (a.isTensor() ? c10::str(a.toTensor().sizes()) : std::string("-")) + ";";
        return key;
    }

    RunnablePtr m_model;
    std::vector<ArgumentInfo> m_arguments;
    bool m_strict;
    std::map<std::string, torch::jit::Module> m_traces;
};

class TraceStrategy : public Strategy {
public:
    explicit TraceStrategy(bool strict) : m_strict(strict) {}

    StrategyInfo info() const override
    {
        StrategyInfo i;
        i.id = m_strict ? "jit_trace" : "jit_trace_nonstrict";
        i.group = "JIT";
        i.summary = m_strict
            ? "TorchScript by tracing with LibTorch's C++ tracer (strict): records the tensor operations one seeded "
              "example input executes, weights as constants. Control flow is not recorded: the example's path is."
            : "The C++ tracer in non-strict mode: also accepts a dict of tensors as output (measured on LibTorch "
              "1.13.1), still refuses ints, lists and nested dicts in the output.";
        i.failsWhen = m_strict ? "The output is a dict, or holds ints or lists mixing int and Tensor."
                               : "The output holds ints, lists or nested dicts.";
        return i;
    }

    StepOutput apply(const StepInput& in) const override
    {
        if (in.file)
            return applyToFile(in);
        torch::NoGradGuard noGrad;
        const auto example = traceExample(in.spec);
        const RunnablePtr model = in.model;
        torch::jit::Module module("Traced");
        module.register_attribute("training", c10::BoolType::get(), false);
        std::shared_ptr<torch::jit::tracer::TracingState> state;
        try {
            state = torch::jit::tracer::trace(
                        {example}, [&](torch::jit::Stack inputs) { return torch::jit::Stack{model->forward(inputs[0].toTensor())}; },
                        [](const torch::autograd::Variable&) { return std::string(); }, m_strict,
                        /*force_outplace=*/false, &module)
                        .first;
        } catch (const std::exception& e) {
            return stepFailed(shortenTensorDump(errorText(e)), failureDiagnosis(in, example));
        }
        auto graph = state->graph;
        auto fn = module._ivalue()->compilation_unit()->create_function(
            c10::QualifiedName(*module.type()->name(), "forward"), graph);
        module.type()->addMethod(fn);
        module.eval();
        auto traced = std::make_shared<ScriptRunnable>(module, std::string("TorchScript (traced")
                                                           + (m_strict ? ")" : ", strict=false)"),
                                                       model->weightBytes(), /*dataDependent=*/false);
        int nodes = 0;
        for (const auto& [kind, n] : nodeCounts(*graph))
            nodes += n;
        StepOutput out = stepOk(traced, "traced a graph of " + std::to_string(nodes) + " nodes from a seeded [1, "
                                            + std::to_string(in.spec.inputs) + "] example input");
        if (model->dataDependentControlFlow()) {
            // Tracing ran, but it recorded one path. Whether other inputs take other paths shows in the fidelity
            // over the evaluation set, which core checks (diagnosis/hints.cpp turns this hint into a flag).
            out.report.diagnosis.id = "trace_froze_control_flow";
            out.report.diagnosis.args["path"] = examplePath(*model, example);
            out.report.diagnosis.fixes.push_back({"method", "", replaceStep(in.method, in.stepIndex, "jit_script")});
            out.report.message += "; the model has data-dependent control flow, so the trace holds only the "
                "example's path (" + out.report.diagnosis.args["path"] + ")";
        }
        return out;
    }

private:
    /// Why a model file cannot be traced, before trying: arguments or outputs the tracer does not take.
    std::string whyNotTraceable(const StepInput& in) const
    {
        const auto& args = in.file->info.arguments;
        for (std::size_t i = 0; i < args.size(); ++i)
            if (!in.file->example[i].isTensor())
                return "forward's argument '" + args[i].name + "' (" + args[i].type + ") is not a tensor, and the "
                    "tracer takes tensors only as inputs";
        c10::IValue output;
        {
            c10::InferenceMode guard;
            output = in.model->call(in.file->example);
        }
        std::vector<std::string> found;
        untraceable(output, "", found);
        if (!found.empty())
            return "the output holds " + join(found) + ", which the tracer cannot record";
        if (m_strict && output.isGenericDict())
            return "the output is a dict, which the strict tracer refuses (jit_trace_nonstrict takes it)";
        return {};
    }

    StepOutput applyToFile(const StepInput& in) const
    {
        if (const auto why = whyNotTraceable(in); !why.empty())
            return stepNotApplicable(why);
        auto traced = std::make_shared<ShapeTracedRunnable>(in.model, in.file->info.arguments, m_strict);
        int nodes = 0;
        try {
            nodes = traced->traceFor(in.file->example);
        } catch (const std::exception& e) {
            return stepFailed(shortenTensorDump(errorText(e)));
        }
        return stepOk(traced, "traced a graph of " + std::to_string(nodes)
                                  + " nodes from the model's example inputs, and again for each other input shape "
                                    "(the C++ tracer records sizes as constants); control flow that depends on the "
                                    "inputs is frozen to the example's path");
    }

    /// Names what in this model's output the tracer refused, with the fixes that apply to it.
    Diagnosis failureDiagnosis(const StepInput& in, const at::Tensor& example) const
    {
        Diagnosis d;
        c10::IValue output;
        try {
            c10::InferenceMode guard;
            output = in.model->forward(example);
        } catch (const std::exception&) {
            return d;  // the model itself fails: core diagnoses the error text
        }
        std::vector<std::string> found;
        untraceable(output, "", found);
        const bool branches = in.model->dataDependentControlFlow();
        auto fix = [&](const std::string& with) {
            d.fixes.push_back({"method", "", replaceStep(in.method, in.stepIndex, with)});
        };
        if (!found.empty()) {
            d.id = "trace_mixed_outputs";
            d.args["outputs"] = join(found);
            if (branches) {
                fix("simplify_outputs+jit_script");
                fix("jit_script");
            } else {
                fix("simplify_outputs+jit_trace");
                fix("jit_script");
            }
        } else if (output.isGenericDict()) {
            d.id = "trace_dict_output";
            fix("simplify_outputs+jit_trace");
            if (m_strict)
                fix("jit_trace_nonstrict");
            fix("jit_script");
        }
        if (!d.empty() && branches)
            d.args["control_flow"] = "data-dependent";
        return d;
    }

    bool m_strict;
};

}  // namespace

std::unique_ptr<Strategy> makeTraceStrategy(bool strict)
{
    return std::make_unique<TraceStrategy>(strict);
}

}  // namespace ob::engine
