// SPDX-License-Identifier: MIT
#include "models/graph_cost.h"

#include <ATen/ATen.h>
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

const at::Tensor* tensorAt(c10::ArrayRef<const c10::IValue> in, std::size_t i)
{
    return i < in.size() && in[i].isTensor() && in[i].toTensor().defined() ? &in[i].toTensor() : nullptr;
}

double rowsOf(const at::Tensor& t)
{
    return t.dim() > 0 ? static_cast<double>(t.numel()) / static_cast<double>(t.size(-1)) : 1.0;
}

/// FLOPs of one outermost operator (-1: not a kind this counts); `weights` receives the bytes of its weights.
double flopsOf(const std::string& op, c10::ArrayRef<const c10::IValue> in, const std::vector<c10::IValue>& out,
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
        if (!a || in.size() < 3 || !in[2].isList())
            return -1;
        double params = 0;
        for (const auto& p : in[2].toListRef())
            if (p.isTensor() && p.toTensor().dim() == 2) {
                params += static_cast<double>(p.toTensor().numel());
                weights += bytes(p);
            }
        return 2.0 * rowsOf(*a) * params;
    }
    if (op == "aten::embedding") {
        weights = y ? bytes(out[0]) : 0;  // the rows it reads
        return 0;
    }
    return -1;
}

std::unique_ptr<at::ObserverContext> onStart(const at::RecordFunction&)
{
    if (t_collector)
        ++t_collector->depth;
    return nullptr;
}

void onEnd(const at::RecordFunction& fn, at::ObserverContext*)
{
    Collector* c = t_collector;
    if (!c)
        return;
    if (c->depth-- != 1)
        return;
    const std::string op = fn.name();
    double weights = 0;
    const auto inputs = fn.inputs();
    const auto& outputs = fn.outputs();
    const double flops = flopsOf(op, inputs, outputs, weights);
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
