// SPDX-License-Identifier: MIT
#include "models/model_file_outputs.h"

#include <ATen/ATen.h>

#include <stdexcept>

namespace ob::engine {
namespace {

std::string join(const std::string& path, const std::string& key)
{
    return path.empty() ? key : path + "." + key;
}

std::string where(const std::string& path)
{
    return "output leaf '" + path + "'";
}

void addTensor(at::Tensor t, const std::string& path, bool values, std::vector<OutputLeaf>& out)
{
    if (t.is_quantized())
        t = t.dequantize();
    if (t.is_complex())
        throw std::runtime_error(where(path) + " is a complex tensor; OptiBench compares real tensors and numbers");
    if (t.is_mkldnn())
        t = t.to_dense();
    OutputLeaf leaf;
    leaf.info.path = path;
    leaf.info.dtype = c10::toString(t.scalar_type());
    leaf.info.shape = t.sizes().vec();
    leaf.info.floating = t.is_floating_point();
    if (values) {
        const auto d = t.detach().to(at::kDouble).contiguous();
        leaf.values.assign(d.data_ptr<double>(), d.data_ptr<double>() + d.numel());
    }
    out.push_back(std::move(leaf));
}

void addScalar(double v, const char* type, const std::string& path, bool values, std::vector<OutputLeaf>& out)
{
    OutputLeaf leaf;
    leaf.info.path = path;
    leaf.info.dtype = type;
    leaf.info.floating = std::string(type) == "float";
    if (values)
        leaf.values.push_back(v);
    out.push_back(std::move(leaf));
}

void flatten(const c10::IValue& v, const std::string& path, bool values, std::vector<OutputLeaf>& out)
{
    if (v.isTensor()) {
        addTensor(v.toTensor(), path, values, out);
    } else if (v.isDouble()) {
        addScalar(v.toDouble(), "float", path, values, out);
    } else if (v.isInt()) {
        addScalar(static_cast<double>(v.toInt()), "int", path, values, out);
    } else if (v.isBool()) {
        addScalar(v.toBool() ? 1.0 : 0.0, "bool", path, values, out);
    } else if (v.isTuple()) {
        const auto& elems = v.toTupleRef().elements();
        for (std::size_t i = 0; i < elems.size(); ++i)
            flatten(elems[i], join(path, std::to_string(i)), values, out);
    } else if (v.isList()) {
        const auto list = v.toListRef();
        for (std::size_t i = 0; i < list.size(); ++i)
            flatten(list[i], join(path, std::to_string(i)), values, out);
    } else if (v.isGenericDict()) {
        for (const auto& e : v.toGenericDict()) {
            if (!e.key().isString())
                throw std::runtime_error(where(path) + " is a dict with " + e.key().tagKind()
                                         + " keys; OptiBench names output leaves by string keys");
            flatten(e.value(), join(path, e.key().toStringRef()), values, out);
        }
    } else if (v.isNone()) {
        throw std::runtime_error(where(path) + " is None; OptiBench compares tensors and numbers");
    } else if (v.isString()) {
        throw std::runtime_error(where(path) + " is a string; OptiBench compares tensors and numbers");
    } else {
        throw std::runtime_error(where(path) + " is a " + v.tagKind() + "; OptiBench compares tensors and numbers");
    }
}

}  // namespace

std::vector<OutputLeaf> outputLeaves(const c10::IValue& output, bool values)
{
    std::vector<OutputLeaf> out;
    flatten(output, output.isTensor() || output.isDouble() || output.isInt() || output.isBool() ? "output" : "",
            values, out);
    if (out.empty())
        throw std::runtime_error("the output holds no tensor and no number (an empty tuple, list or dict)");
    return out;
}

std::string primaryLeaf(const std::vector<OutputLeaf>& leaves)
{
    for (const auto& l : leaves)
        if (l.info.floating && l.info.shape.size() == 2 && l.info.shape[1] >= 2)
            return l.info.path;
    return {};
}

void appendRows(std::vector<OutputLeaf>& into, std::vector<OutputLeaf> more)
{
    if (into.empty()) {
        into = std::move(more);
        return;
    }
    if (into.size() != more.size())
        throw std::runtime_error("the output structure changed between calls (" + std::to_string(into.size())
                                 + " leaves, then " + std::to_string(more.size()) + ")");
    for (std::size_t i = 0; i < into.size(); ++i) {
        auto& a = into[i];
        auto& b = more[i];
        if (a.info.path != b.info.path)
            throw std::runtime_error("the output structure changed between calls (leaf '" + a.info.path
                                     + "', then '" + b.info.path + "')");
        a.values.insert(a.values.end(), b.values.begin(), b.values.end());
        if (a.info.shape.empty() || b.info.shape.empty())  // scalars: one value per chunk
            a.info.shape = {static_cast<std::int64_t>(a.values.size())};
        else
            a.info.shape[0] += b.info.shape[0];  // the chunks have the same trailing dimensions
    }
}

}  // namespace ob::engine
