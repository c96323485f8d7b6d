// SPDX-License-Identifier: MIT
#include "strategies/jit/jit_common.h"

#include <torch/script.h>
#include <torch/torch.h>

#include <sstream>
#include <stdexcept>

#include "models/init.h"
#include "strategies/jit/script_builder.h"

namespace ob::engine {
namespace {

constexpr std::uint64_t kTraceExampleStream = 0x7472616365ULL;  // "trace"

void countBlock(const torch::jit::Block* block, std::map<std::string, int>& counts)
{
    for (const auto* node : block->nodes()) {
        ++counts[node->kind().toQualString()];
        for (const auto* sub : node->blocks())
            countBlock(sub, counts);
    }
}

}  // namespace

ScriptRunnable::ScriptRunnable(torch::jit::Module module, std::string kind, std::int64_t weightBytes,
                               bool dataDependent)
    : m_module(std::move(module)), m_kind(std::move(kind)), m_weightBytes(weightBytes), m_dataDependent(dataDependent)
{
}

c10::IValue ScriptRunnable::forward(const at::Tensor& x)
{
    return m_module.forward({x});
}

c10::IValue ScriptRunnable::call(const std::vector<c10::IValue>& args)
{
    return m_module.forward(args);
}

ConvertingRunnable::ConvertingRunnable(torch::jit::Module module, std::string kind, std::int64_t weightBytes,
                                       Convert in, Convert out)
    : ScriptRunnable(std::move(module), std::move(kind), weightBytes, false), m_in(std::move(in)),
      m_out(std::move(out))
{
}

c10::IValue ConvertingRunnable::call(const std::vector<c10::IValue>& args)
{
    std::vector<c10::IValue> converted;
    converted.reserve(args.size());
    for (const auto& a : args)
        converted.push_back(mapTensors(a, m_in));
    auto out = m_module.forward(converted);
    return m_out ? mapTensors(out, m_out) : out;
}

c10::IValue mapTensors(const c10::IValue& value, const std::function<at::Tensor(const at::Tensor&)>& convert)
{
    if (value.isTensor())
        return convert(value.toTensor());
    if (value.isTuple()) {
        std::vector<c10::IValue> elems;
        for (const auto& e : value.toTupleRef().elements())
            elems.push_back(mapTensors(e, convert));
        return c10::ivalue::Tuple::create(std::move(elems));
    }
    if (value.isTensorList()) {
        const auto in = value.toTensorList();
        c10::List<at::Tensor> list;
        for (std::size_t i = 0; i < in.size(); ++i)
            list.push_back(convert(in.get(i)));
        return list;
    }
    if (value.isList()) {
        auto list = value.toList().copy();
        for (std::size_t i = 0; i < list.size(); ++i)
            list.set(i, mapTensors(list.get(i), convert));
        return list;
    }
    if (value.isGenericDict()) {
        auto dict = value.toGenericDict().copy();
        for (const auto& e : value.toGenericDict())
            dict.insert_or_assign(e.key(), mapTensors(e.value(), convert));
        return dict;
    }
    return value;
}

c10::IValue runExample(Runnable& model, const StepInput& in)
{
    return in.file ? model.call(in.file->example) : model.forward(traceExample(in.spec));
}

at::Tensor traceExample(const ModelSpec& spec)
{
    auto gen = makeGenerator(spec.seed ^ kTraceExampleStream);
    return torch::randn({1, spec.inputs}, gen, torch::kFloat);
}

std::string replaceStep(const std::string& method, std::size_t index, const std::string& with)
{
    std::stringstream in(method);
    std::string part, out;
    for (std::size_t i = 0; std::getline(in, part, '+'); ++i)
        out += (out.empty() ? "" : "+") + (i == index ? with : part);
    return out;
}

std::string shortenTensorDump(const std::string& message, std::size_t keep)
{
    if (message.size() <= keep)
        return message;
    const std::size_t head = keep / 4;  // the tail holds the tracer's explanation
    const std::size_t tail = keep - head;
    return message.substr(0, head) + " [... " + std::to_string(message.size() - keep)
        + " characters of printed tensors left out ...] " + message.substr(message.size() - tail);
}

torch::jit::Module scriptedCopy(const Runnable& model, const std::string& step)
{
    if (const auto* module = model.scriptModule()) {
        auto copy = module->clone();
        copy.eval();
        return copy;
    }
    std::string whyNot;
    if (auto built = buildScriptModule(model, whyNot)) {
        built->eval();
        return *built;
    }
    throw std::runtime_error(step + " needs a TorchScript form of the model, and " + whyNot);
}

std::map<std::string, int> nodeCounts(const torch::jit::Graph& graph)
{
    std::map<std::string, int> counts;
    countBlock(graph.block(), counts);
    return counts;
}

std::string countsText(const std::map<std::string, int>& counts, const std::vector<std::string>& kinds)
{
    std::string out;
    for (const auto& k : kinds) {
        const auto it = counts.find(k);
        if (it != counts.end())
            out += (out.empty() ? "" : ", ") + k + " x" + std::to_string(it->second);
    }
    return out.empty() ? "none of " + std::to_string(kinds.size()) + " tracked kinds" : out;
}

}  // namespace ob::engine
