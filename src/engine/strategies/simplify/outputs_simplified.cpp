// SPDX-License-Identifier: MIT
#include "strategies/simplify/outputs_simplified.h"

#include <torch/torch.h>

#include <stdexcept>

namespace ob::engine {
namespace {

void flattenInto(const c10::IValue& v, std::vector<c10::IValue>& out)
{
    if (v.isTensor()) {
        out.push_back(v);
    } else if (v.isInt() || v.isDouble() || v.isBool()) {
        return;  // no tensor a trace could follow (see the header)
    } else if (v.isGenericDict()) {
        for (const auto& e : v.toGenericDict())
            flattenInto(e.value(), out);
    } else if (v.isTuple()) {
        for (const auto& e : v.toTupleRef().elements())
            flattenInto(e, out);
    } else if (v.isList()) {
        std::vector<at::Tensor> tensors;
        for (const auto& e : v.toListRef()) {
            if (e.isTensor())
                tensors.push_back(e.toTensor());
            else if (!e.isInt() && !e.isDouble() && !e.isBool())
                throw std::runtime_error("simplify_outputs: a list element of type " + e.tagKind()
                                         + " has no tensor form");
        }
        if (!tensors.empty())
            out.push_back(torch::stack(tensors));
    } else {
        throw std::runtime_error("simplify_outputs: an output of type " + v.tagKind() + " has no tensor form");
    }
}

}  // namespace

c10::IValue flattenOutputs(const c10::IValue& output)
{
    std::vector<c10::IValue> out;
    flattenInto(output, out);
    return c10::ivalue::Tuple::create(std::move(out));
}

}  // namespace ob::engine
