// SPDX-License-Identifier: MIT
#include "models/graph_cost.h"

#include <ATen/ATen.h>
#include <ATen/core/function_schema.h>
#include <ATen/record_function.h>

#include <set>

namespace ob::engine {
namespace {

struct Collector {
    GraphCost cost;
    std::set<std::string> uncounted;
    int depth = 0;
};

thread_local Collector* t_collector = nullptr;

const std::set<std::string>& freeOps()
{
    static const std::set<std::string> ops{
        "aten::size", "aten::view", "aten::reshape", "aten::flatten", "aten::transpose", "aten::permute",
        "aten::contiguous", "aten::select", "aten::slice", "aten::unsqueeze", "aten::squeeze", "aten::t",
        "aten::expand", "aten::detach", "aten::to", "aten::dim", "aten::Int", "aten::ScalarImplicit", "aten::item",
        "aten::_unsafe_view", "aten::as_strided", "aten::empty", "aten::empty_like", "aten::zeros", "aten::ones",
        "aten::full", "aten::resize_", "aten::alias", "aten::chunk", "aten::split", "aten::unbind", "aten::narrow",
        "aten::dropout", "aten::feature_dropout", "aten::__getitem__", "aten::len", "aten::eq", "aten::ne",
        "aten::is_floating_point", "aten::_shape_as_tensor", "aten::numel", "aten::clone", "aten::copy_",
        "aten::lift_fresh", "aten::type_as", "aten::_to_copy", "aten::empty_strided", "aten::expand_as",
        "aten::view_as", "aten::reshape_as", "aten::stride", "aten::is_contiguous", "aten::unflatten",
        "aten::mkldnn_reorder_conv2d_weight", "aten::_nested_tensor_from_mask", "aten::zeros_like"};
    return ops;
}

double bytes(const c10::IValue& v)
{
    if (!v.isTensor())
        return 0;
    const auto& t = v.toTensor();
    return t.defined() ? static_cast<double>(t.numel()) * static_cast<double>(t.element_size()) : 0;
}

const at::Tensor* tensorAt(const std::vector<c10::IValue>& in, std::size_t i)
{
    return i < in.size() && in[i].isTensor() && in[i].toTensor().defined() ? &in[i].toTensor() : nullptr;
}

double rowsOf(const at::Tensor& t)
{
    return t.dim() > 0 ? static_cast<double>(t.numel()) / static_cast<double>(t.size(-1)) : 1.0;
}

}  // namespace

double operatorFlops(const std::string& op, const std::vector<c10::IValue>& in, const std::vector<c10::IValue>& out,
                     double& weights)
{
    const auto* a = tensorAt(in, 0);
    const auto* b = tensorAt(in, 1);
    const auto* y = out.empty() || !out[0].isTensor() ? nullptr : &out[0].toTensor();
    if (op == "aten::conv1d" || op == "aten::conv2d" || op == "aten::conv3d" || op == "aten::_convolution"
        || op == "aten::convolution" || op == "aten::mkldnn_convolution") {
        if (!b || !y || b->dim() < 3)
            return -1;
        weights = bytes(in[1]) + (tensorAt(in, 2) ? bytes(in[2]) : 0);
        return 2.0 * static_cast<double>(y->numel()) * static_cast<double>(b->numel() / b->size(0));
    }
    if (op == "aten::linear") {
        if (!a || !b || b->dim() != 2)
            return -1;
        weights = bytes(in[1]) + (tensorAt(in, 2) ? bytes(in[2]) : 0);
        return 2.0 * rowsOf(*a) * static_cast<double>(b->numel());
    }
    if (op == "aten::matmul" || op == "aten::mm" || op == "aten::bmm") {
        if (!a || !y || a->dim() == 0)
            return -1;
        return 2.0 * static_cast<double>(y->numel()) * static_cast<double>(a->size(-1));
    }
    if (op == "aten::addmm" || op == "aten::baddbmm") {
        if (!b || !y || b->dim() == 0)
            return -1;
        return 2.0 * static_cast<double>(y->numel()) * static_cast<double>(b->size(-1));
    }
    if (op == "aten::lstm" || op == "aten::gru" || op == "aten::rnn_tanh" || op == "aten::rnn_relu") {
        // input, the hidden state (lstm: a list of h and c), the weight list, then has_biases, num_layers, dropout,
        // train, bidirectional, batch_first. The sizes come from the shapes of the input and the hidden state.
        const at::Tensor* h = tensorAt(in, 1);
        if (!h && in.size() > 1 && in[1].isList() && !in[1].toListRef().empty() && in[1].toListRef()[0].isTensor())
            h = &in[1].toListRef()[0].toTensor();
        std::size_t k = 1;
        while (k < in.size() && (in[k].isTensor() || in[k].isList()))
            ++k;
        if (!a || !h || a->dim() == 0 || k + 4 >= in.size() || !in[k + 1].isInt() || !in[k + 4].isBool())
            return -1;
        const double gates = op == "aten::lstm" ? 4 : op == "aten::gru" ? 3 : 1;
        const double layers = static_cast<double>(in[k + 1].toInt());
        const double dirs = in[k + 4].toBool() ? 2 : 1;
        const double hidden = static_cast<double>(h->size(-1));
        const double features = static_cast<double>(a->size(-1));
        const double perRow = dirs * gates * hidden
            * ((features + hidden) + (layers - 1) * (dirs * hidden + hidden));  // multiply-adds per row
        weights = 4.0 * perRow;  // fp32 weight matrices
        return 2.0 * rowsOf(*a) * perRow;
    }
    if (op == "aten::embedding") {
        weights = y ? bytes(out[0]) : 0;  // the rows it reads
        return 0;
    }
    return -1;
}

std::vector<c10::IValue> operatorArguments(const at::RecordFunction& fn)
{
    const auto inputs = fn.inputs();
    const auto schema = fn.operator_schema();
    const std::size_t n = std::min(inputs.size(), schema ? schema->arguments().size() : inputs.size());
    return std::vector<c10::IValue>(inputs.end() - static_cast<std::ptrdiff_t>(n), inputs.end());
}

namespace {

/// The arguments of an outermost operator, kept at its start: at its end a boxed call's stack holds its outputs.
struct Inputs : at::ObserverContext {
    std::vector<c10::IValue> values;
};

std::unique_ptr<at::ObserverContext> onStart(const at::RecordFunction& fn)
{
    if (!t_collector || ++t_collector->depth != 1)
        return nullptr;
    auto ctx = std::make_unique<Inputs>();
    ctx->values = operatorArguments(fn);
    return ctx;
}

void onEnd(const at::RecordFunction& fn, at::ObserverContext* context)
{
    Collector* c = t_collector;
    if (!c)
        return;
    if (c->depth-- != 1 || !context)
        return;
    const std::string op = fn.name();
    double weights = 0;
    const auto& inputs = static_cast<Inputs*>(context)->values;
    const auto& outputs = fn.outputs();
    const double flops = operatorFlops(op, inputs, outputs, weights);
    if (flops < 0) {
        if (!freeOps().count(op) && op.rfind("aten::", 0) == 0)
            c->uncounted.insert(op);
        return;
    }
    c->cost.flops += flops;
    c->cost.weightBytes += weights;
    double activations = 0;
    for (const auto& v : inputs)
        activations += bytes(v);
    for (const auto& v : outputs)
        activations += bytes(v);
    c->cost.activationBytes += std::max(0.0, activations - weights);
}

}  // namespace

GraphCost countGraphCost(const std::function<c10::IValue()>& forward)
{
    Collector collector;
    t_collector = &collector;
    const auto handle = at::addThreadLocalCallback(at::RecordFunctionCallback(onStart, onEnd)
                                                       .needsInputs(true)
                                                       .needsOutputs(true)
                                                       .scopes({at::RecordScope::FUNCTION}));
    try {
        (void)forward();
    } catch (...) {
        at::removeCallback(handle);
        t_collector = nullptr;
        throw;
    }
    at::removeCallback(handle);
    t_collector = nullptr;
    collector.cost.uncounted.assign(collector.uncounted.begin(), collector.uncounted.end());
    return collector.cost;
}

}  // namespace ob::engine
