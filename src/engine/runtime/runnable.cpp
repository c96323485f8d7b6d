// SPDX-License-Identifier: MIT
#include "runtime/runnable.h"

#include <torch/torch.h>

#include <stdexcept>

namespace ob::engine {

std::string residualLayerName(std::size_t index, std::size_t count)
{
    if (index == 0)
        return "input";
    if (index + 1 >= count)
        return "output";
    return ((index - 1) % 2 == 0 ? "fc1." : "fc2.") + std::to_string((index - 1) / 2);
}

at::Tensor scoresOf(const c10::IValue& output)
{
    if (output.isTensor())
        return output.toTensor();
    if (output.isGenericDict()) {
        const auto dict = output.toGenericDict();
        const auto it = dict.find(c10::IValue(std::string("reasoning_scores")));
        if (it == dict.end())
            throw std::runtime_error("the model's output dict has no 'reasoning_scores' entry");
        return it->value().toTensor();
    }
    if (output.isTuple()) {
        const auto& elems = output.toTupleRef().elements();
        if (!elems.empty() && elems[0].isTensor())
            return elems[0].toTensor();
    }
    if (output.isList()) {
        const auto list = output.toList();
        if (list.size() > 0 && list.get(0).isTensor())
            return list.get(0).toTensor();
    }
    throw std::runtime_error("cannot find reasoning_scores in the model's output of type " + output.tagKind());
}

c10::IValue simplifiedOutput(const at::Tensor& logits)
{
    c10::Dict<std::string, at::Tensor> out;
    out.insert("reasoning_scores", torch::sigmoid(logits));
    out.insert("confidence", std::get<0>(torch::softmax(logits, -1).max(-1, /*keepdim=*/true)));
    return out;
}

std::int64_t bytesOf(const std::vector<at::Tensor>& tensors)
{
    std::int64_t total = 0;
    for (const auto& t : tensors)
        if (t.defined())
            total += static_cast<std::int64_t>(t.numel()) * static_cast<std::int64_t>(t.element_size());
    return total;
}

}  // namespace ob::engine
