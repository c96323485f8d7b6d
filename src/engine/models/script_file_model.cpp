// SPDX-License-Identifier: MIT
#include "models/script_file_model.h"

#include <torch/csrc/jit/ir/constants.h>
#include <torch/csrc/jit/ir/ir.h>
#include <torch/torch.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <fstream>
#include <unordered_set>

#include "models/graph_cost.h"
#include "models/model_file_outputs.h"
#include "runtime/errors.h"

namespace ob::engine {
namespace {

const char* const kAllowedInput = "one --input [NAME:]DIMS[:DTYPE[RANGE]] per tensor argument (DIMS comma-separated, B "
                                  "for the batch; DTYPE float32, float64, bfloat16, int64, int32 or bool; RANGE [LO,HI) "
                                  "for integers, [LO,HI] for floats), or an example-inputs file";

/// LibTorch's message of a failed forward in two parts: the operation (the source line marked "<--- HERE" in a
/// TorchScript traceback) and the error itself (its last line).
std::pair<std::string, std::string> failedOperation(const std::string& text)
{
    std::string op;
    const auto here = text.find("<--- HERE");
    if (here != std::string::npos) {
        auto lineStart = text.rfind('\n', here);
        auto prev = lineStart == std::string::npos ? std::string::npos : text.rfind('\n', lineStart - 1);
        if (prev != std::string::npos) {
            op = text.substr(prev + 1, lineStart - prev - 1);
            op.erase(0, op.find_first_not_of(' '));
        }
    }
    std::string last = text;
    while (!last.empty() && last.back() == '\n')
        last.pop_back();
    const auto nl = last.rfind('\n');
    if (nl != std::string::npos && !op.empty())
        last = last.substr(nl + 1);
    return {op, last};
}

std::string inputsText(const InputPlan& plan)
{
    std::string out;
    for (const auto& p : plan.plans)
        if (p.spec)
            out += (out.empty() ? "" : " ") + inputSpecText(*p.spec);
    return out.empty() ? "(no tensor inputs)" : out;
}

/// The parameter names of the simplified model, in one of the forms a saved copy has: the nn::Module's own (also
/// kept by tracing: input.weight, fc1.0.bias, ...) or jit_script's flat ones (input_w, fc1_0_b, ...).
std::vector<std::string> expectedNames(int layers, bool flat)
{
    auto linear = [&](const std::string& name, std::vector<std::string>& out) {
        out.push_back(name + (flat ? "_w" : ".weight"));
        out.push_back(name + (flat ? "_b" : ".bias"));
    };
    std::vector<std::string> names;
    linear("input", names);
    for (int i = 0; i < layers; ++i) {
        const std::string n = std::to_string(i);
        linear(flat ? "fc1_" + n : "fc1." + n, names);
        linear(flat ? "fc2_" + n : "fc2." + n, names);
    }
    linear("output", names);
    return names;
}

}  // namespace

ScriptFileModel::ScriptFileModel(const ModelSpec& spec) : m_path(spec.path)
{
    load(spec);
    countTensors();
    resolve(spec);
    probe(spec);
}

void ScriptFileModel::fail(const std::string& kind, const std::string& problem, const std::string& allowed,
                           const std::string& detail, const std::string& argument) const
{
    const bool input = kind == "inputs" || kind == "example_inputs";
    std::string message = (input ? "" : "model-file: " + m_path + " ") + problem;
    if (!allowed.empty())
        message += "; allowed: " + allowed;
    ModelFileInfo info = m_info;
    info.ok = false;
    info.errorKind = kind;
    info.error = message;
    info.detail = detail;
    info.argument = argument;
    throw ModelFileError(message, kind, detail, info);
}

void ScriptFileModel::load(const ModelSpec& spec)
{
    if (spec.path.empty())
        fail("unreadable", "is empty", "the path of a TorchScript file", "");
    {
        std::ifstream probeFile(spec.path, std::ios::binary);
        if (!probeFile)
            fail("unreadable", std::string("cannot be read (") + std::strerror(errno) + ")",
                 "a readable TorchScript file", "");
    }
    try {
        m_module = torch::jit::load(spec.path, torch::kCPU);
    } catch (const std::exception& e) {
        fail("not_torchscript", "is not a TorchScript model file (torch::jit::save archive); LibTorch: " + errorText(e),
             "a file written by torch::jit::save, Python's torch.jit.save or optibench-cli run --save-model",
             errorText(e));
    }
    if (!m_module.find_method("forward"))
        fail("interface", "has no forward method", "a TorchScript module with a forward method", "");
    m_module.eval();
    // Inference only: parameters saved from Python require grad, which the tracer refuses as constants.
    for (const auto& p : m_module.parameters(/*recurse=*/true))
        p.set_requires_grad(false);
}

void ScriptFileModel::resolve(const ModelSpec& spec)
{
    m_plan = readSignature(m_module);
    m_info.schema = m_plan.schema;
    m_info.returns = m_plan.returns;
    m_info.arguments = m_plan.arguments;
    try {
        resolveInputs(m_module, spec, m_plan);
    } catch (const InputPlanError& e) {
        fail(e.kind(), e.what(), e.kind() == "inputs" ? kAllowedInput : "a torch.save file of a tensor, a tuple, a list "
             "or a dict of the inputs", "", e.argument());
    }
    for (const auto& p : m_plan.plans)
        if (p.spec) {
            m_info.inputSpecs.push_back(*p.spec);
            m_info.batched = m_info.batched || p.spec->hasBatch();
        }
    if (!m_plan.missing.empty()) {
        std::string type;
        for (const auto& a : m_plan.arguments)
            if (a.name == m_plan.missing)
                type = a.type;
        fail("inputs",
             "input: argument '" + m_plan.missing + "' (" + type + ") of " + m_plan.schema
                 + " cannot be inferred from the graph: give its shape and dtype",
             kAllowedInput, "", m_plan.missing);
    }
}

void ScriptFileModel::probe(const ModelSpec& spec)
{
    const auto args = arguments(1, spec.seed);
    c10::IValue out;
    try {
        // The first call runs the graph as written (the executor optimizes later calls): its operators are counted.
        c10::InferenceMode guard;
        const auto t0 = std::chrono::steady_clock::now();
        m_info.cost = countGraphCost([&] { return out = m_module.forward(args); });
        m_probeSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    } catch (const std::exception& e) {
        const std::string text = errorText(e);
        const auto [op, error] = failedOperation(text);
        std::string argument;
        for (const auto& p : m_plan.plans)
            if (p.spec && (argument.empty() || (!op.empty() && op.find(p.arg.name) != std::string::npos)))
                argument = p.arg.name;
        fail("interface",
             "forward fails on the inputs " + inputsText(m_plan) + " at batch 1"
                 + (op.empty() ? "" : " in `" + op + "`") + ": " + error + " (the model's signature: "
                 + m_plan.schema + ")",
             kAllowedInput, text, argument);
    }
    std::vector<OutputLeaf> leaves;
    try {
        leaves = outputLeaves(out, /*values=*/false);
    } catch (const std::exception& e) {
        fail("interface", std::string("returns what cannot be compared: ") + e.what(),
             "outputs of tensors and numbers in any nesting of tuples, lists and string-keyed dicts", e.what());
    }
    for (const auto& l : leaves)
        m_info.outputLeaves.push_back(l.info);
    m_info.primaryOutput = spec.primaryOutput.empty() ? primaryLeaf(leaves) : spec.primaryOutput;
    if (!spec.primaryOutput.empty()) {
        bool found = false;
        std::string paths;
        for (const auto& l : leaves) {
            found = found || l.info.path == spec.primaryOutput;
            paths += (paths.empty() ? "" : ", ") + (l.info.path.empty() ? std::string("\"\"") : l.info.path);
        }
        if (!found)
            fail("interface", "has no output leaf '" + spec.primaryOutput + "' (primary-output)",
                 "one of the output leaves: " + paths, "", "primary-output");
    }
    m_recognised = recognise();
    if (m_recognised) {
        const auto scores = scoresOf(out);
        m_info.outputs = static_cast<int>(scores.size(1));
        m_info.inputs = static_cast<int>(m_plan.plans[0].spec->dims[1]);
    } else {
        m_info.outputs = 1;
        for (const auto& l : m_info.outputLeaves)
            if (l.path == m_info.primaryOutput && l.shape.size() == 2)
                m_info.outputs = static_cast<int>(std::clamp<std::int64_t>(l.shape[1], 1, Limits::kMaxWidth));
        m_info.inputs = 1;
    }
    m_info.ok = true;
}

c10::IValue ScriptFileModel::forward(const at::Tensor& x)
{
    return m_module.forward({x});
}

c10::IValue ScriptFileModel::call(const std::vector<c10::IValue>& args)
{
    return m_module.forward(args);
}

std::vector<c10::IValue> ScriptFileModel::arguments(int batch, std::uint64_t seed) const
{
    return makeArguments(m_plan, m_info.batched ? batch : 1, seed);
}

void ScriptFileModel::countTensors()
{
    std::unordered_set<const void*> seen;
    auto count = [&](const c10::IValue& value) {  // each tensor once, however often it is referenced
        if (!value.isTensor())
            return;
        const auto& t = value.toTensor();
        if (!t.defined() || !seen.insert(t.unsafeGetTensorImpl()).second)
            return;
        m_info.parameters += static_cast<std::int64_t>(t.numel());
        m_info.weightBytes += static_cast<std::int64_t>(t.numel()) * static_cast<std::int64_t>(t.element_size());
    };
    for (const auto& attr : m_module.named_attributes(/*recurse=*/true))
        count(attr.value);
    if (m_info.parameters > 0)
        return;
    // A frozen module holds its weights as constants of its graph.
    for (const torch::jit::Node* node : m_module.get_method("forward").graph()->nodes()) {
        if (node->kind() != c10::prim::Constant || node->outputs().size() != 1)
            continue;
        if (const auto value = torch::jit::toIValue(node->output()))
            count(*value);
    }
}

bool ScriptFileModel::recognise()
{
    // The simplified model's contract: one [batch, inputs] float tensor in.
    if (m_plan.plans.size() != 1 || !m_plan.plans[0].spec)
        return false;
    const InputSpec& in = *m_plan.plans[0].spec;
    if (in.dims.size() != 2 || in.dims[0] != InputSpec::kBatch || in.dtype != "float32")
        return false;
    const std::int64_t inputs = in.dims[1];
    std::map<std::string, at::Tensor> params;
    for (const auto& p : m_module.named_parameters(/*recurse=*/true))
        params.emplace(p.name, p.value.detach());
    if (params.size() < 4 || (params.size() - 4) % 4 != 0)
        return false;
    const int layers = static_cast<int>((params.size() - 4) / 4);
    for (const bool flat : {false, true}) {
        const auto names = expectedNames(layers, flat);
        std::vector<at::Tensor> t;
        for (const auto& n : names) {
            const auto it = params.find(n);
            if (it == params.end() || it->second.scalar_type() != at::kFloat)
                break;
            t.push_back(it->second);
        }
        if (t.size() != names.size())
            continue;
        auto linear = [&](std::size_t i, std::int64_t out, std::int64_t in, ResidualMlp::Linear& l) {
            const auto& w = t[i];
            const auto& b = t[i + 1];
            if (w.dim() != 2 || w.size(0) != out || w.size(1) != in || b.dim() != 1 || b.size(0) != out)
                return false;
            l = {w, b};
            return true;
        };
        const std::int64_t hidden = t[0].dim() == 2 ? t[0].size(0) : -1;
        ResidualMlp view;
        bool shapes = linear(0, hidden, inputs, view.input);
        view.blocks.resize(static_cast<std::size_t>(layers));
        for (int i = 0; shapes && i < layers; ++i)
            shapes = linear(2 + 4 * i, hidden, hidden, view.blocks[i].fc1)
                && linear(4 + 4 * i, hidden, hidden, view.blocks[i].fc2);
        const std::int64_t outputs = t.back().dim() == 1 ? t.back().size(0) : -1;
        shapes = shapes && linear(t.size() - 2, outputs, hidden, view.output);
        if (!shapes)
            return false;
        // Same names and shapes: the forward must also compute the chain (scores = sigmoid(logits)).
        c10::InferenceMode guard;
        const auto x = torch::linspace(-1.0, 1.0, 4 * inputs).reshape({4, inputs});
        auto h = torch::linear(x, view.input.weight, view.input.bias);
        for (const auto& b : view.blocks)
            h = h + torch::linear(torch::relu(torch::linear(h, b.fc1.weight, b.fc1.bias)), b.fc2.weight, b.fc2.bias);
        const auto expected = torch::sigmoid(torch::linear(h, view.output.weight, view.output.bias));
        try {
            const auto got = scoresOf(m_module.forward({x}));
            if (!got.sizes().equals(expected.sizes()) || !torch::allclose(got.to(at::kFloat), expected, 1e-4, 1e-5))
                return false;
        } catch (const std::exception&) {
            return false;
        }
        m_view = std::move(view);
        return true;
    }
    return false;
}

}  // namespace ob::engine
