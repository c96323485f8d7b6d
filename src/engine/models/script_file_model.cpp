// SPDX-License-Identifier: MIT
#include "models/script_file_model.h"

#include <torch/csrc/jit/ir/constants.h>
#include <torch/csrc/jit/ir/ir.h>
#include <torch/torch.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <unordered_set>

#include "runtime/errors.h"

namespace ob::engine {
namespace {

const char* const kInterface = "a TorchScript module whose forward takes a [batch, inputs] float tensor and returns "
                               "a tensor, a dict with reasoning_scores, or a tuple";

[[noreturn]] void fail(const ModelSpec& spec, const std::string& kind, const std::string& problem,
                       const std::string& allowed, const std::string& detail, bool fromLibTorch = true)
{
    std::string message = "model-file: " + spec.path + " " + problem + "; allowed: " + allowed;
    if (!detail.empty() && fromLibTorch)
        message += "; LibTorch: " + detail;
    throw ModelFileError(message, kind, detail);
}

/// The probe's input: one row of fixed, non-trivial values.
at::Tensor probeInput(int rows, int inputs)
{
    return torch::linspace(-1.0, 1.0, static_cast<std::int64_t>(rows) * inputs).reshape({rows, inputs});
}

std::string shapeText(const at::Tensor& t)
{
    return c10::str(t.sizes()) + " " + std::string(c10::toString(t.scalar_type()));
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

ScriptFileModel::ScriptFileModel(const ModelSpec& spec)
{
    if (spec.path.empty())
        fail(spec, "unreadable", "is empty", "the path of a TorchScript file", "");
    {
        std::ifstream probe(spec.path, std::ios::binary);
        if (!probe)
            fail(spec, "unreadable", std::string("cannot be read (") + std::strerror(errno) + ")",
                 "a readable TorchScript file", "");
    }
    try {
        m_module = torch::jit::load(spec.path, torch::kCPU);
    } catch (const std::exception& e) {
        fail(spec, "not_torchscript", "is not a TorchScript model file (torch::jit::save archive)",
             "a file written by torch::jit::save, Python's torch.jit.save or optibench-cli run --save-model",
             errorText(e));
    }
    m_module.eval();
    countTensors();
    at::Tensor scores;
    try {
        c10::InferenceMode guard;
        scores = scoresOf(m_module.forward({probeInput(1, spec.inputs)}));
    } catch (const std::exception& e) {
        fail(spec, "interface",
             "failed on a [1, " + std::to_string(spec.inputs) + "] float input (inputs = " + std::to_string(spec.inputs)
                 + ")",
             kInterface, errorText(e));
    }
    if (!scores.defined() || scores.dim() != 2 || scores.size(0) != 1 || scores.size(1) < 1
        || !scores.is_floating_point()) {
        const std::string shape = scores.defined() ? shapeText(scores) : std::string("(undefined)");
        fail(spec, "interface",
             "returned scores of shape " + shape + " for a [1, " + std::to_string(spec.inputs)
                 + "] input, not [1, N] floats",
             kInterface, shape, /*fromLibTorch=*/false);
    }
    m_outputs = static_cast<int>(scores.size(1));
    m_recognised = recognise(spec);
}

c10::IValue ScriptFileModel::forward(const at::Tensor& x)
{
    return m_module.forward({x});
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
        m_parameters += static_cast<std::int64_t>(t.numel());
        m_weightBytes += static_cast<std::int64_t>(t.numel()) * static_cast<std::int64_t>(t.element_size());
    };
    for (const auto& attr : m_module.named_attributes(/*recurse=*/true))
        count(attr.value);
    if (m_parameters > 0 || !m_module.find_method("forward"))
        return;
    // A frozen module holds its weights as constants of its graph.
    for (const torch::jit::Node* node : m_module.get_method("forward").graph()->nodes()) {
        if (node->kind() != c10::prim::Constant || node->outputs().size() != 1)
            continue;
        if (const auto value = torch::jit::toIValue(node->output()))
            count(*value);
    }
}

bool ScriptFileModel::recognise(const ModelSpec& spec)
{
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
        bool shapes = linear(0, hidden, spec.inputs, view.input);
        view.blocks.resize(static_cast<std::size_t>(layers));
        for (int i = 0; shapes && i < layers; ++i)
            shapes = linear(2 + 4 * i, hidden, hidden, view.blocks[i].fc1)
                && linear(4 + 4 * i, hidden, hidden, view.blocks[i].fc2);
        shapes = shapes && linear(t.size() - 2, m_outputs, hidden, view.output);
        if (!shapes)
            return false;
        // Same names and shapes: the forward must also compute the chain (scores = sigmoid(logits)).
        c10::InferenceMode guard;
        const auto x = probeInput(4, spec.inputs);
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

double ScriptFileModel::flopsPerSample() const
{
    if (!m_recognised)
        return 0;
    std::int64_t weights = m_view.input.weight.numel() + m_view.output.weight.numel();
    for (const auto& b : m_view.blocks)
        weights += b.fc1.weight.numel() + b.fc2.weight.numel();
    return 2.0 * static_cast<double>(weights);
}

}  // namespace ob::engine
