// SPDX-License-Identifier: MIT
#include "models/model_file_inputs.h"

#include <torch/csrc/jit/passes/inliner.h>
#include <torch/serialize.h>
#include <torch/torch.h>

#include <charconv>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>

#include "models/init.h"
#include "runtime/errors.h"

namespace ob::engine {
namespace {

constexpr std::int64_t kDefaultSequence = 16;  // a suggestion's sequence length when the graph cannot tell
constexpr std::int64_t kDefaultImage = 224;

bool isTensorType(const c10::TypePtr& t)
{
    if (t->kind() == c10::TypeKind::TensorType)
        return true;
    if (const auto opt = t->cast<c10::OptionalType>())
        return opt->getElementType()->kind() == c10::TypeKind::TensorType;
    return false;
}

bool isOptional(const c10::TypePtr& t)
{
    return t->kind() == c10::TypeKind::OptionalType;
}

std::string dimsText(const std::vector<std::int64_t>& dims)
{
    std::string out;
    for (auto d : dims)
        out += (out.empty() ? "" : ",") + (d == InputSpec::kBatch ? std::string("B") : std::to_string(d));
    return out;
}

/// The shortest text that reads back as exactly `v` (integers without a fraction).
std::string number(double v, bool integer)
{
    if (integer)
        return std::to_string(static_cast<long long>(v));
    char buf[32];
    const auto end = std::to_chars(buf, buf + sizeof buf, v).ptr;
    return std::string(buf, end);
}

at::ScalarType scalarTypeOf(const std::string& dtype)
{
    if (dtype == "float64") return at::kDouble;
    if (dtype == "bfloat16") return at::kBFloat16;
    if (dtype == "int64") return at::kLong;
    if (dtype == "int32") return at::kInt;
    if (dtype == "bool") return at::kBool;
    return at::kFloat;
}

std::string dtypeName(at::ScalarType t)
{
    switch (t) {
    case at::kDouble: return "float64";
    case at::kBFloat16: return "bfloat16";
    case at::kLong: return "int64";
    case at::kInt: return "int32";
    case at::kBool: return "bool";
    default: return "float32";
    }
}

/// The tensor or module a graph value stands for, when it is an attribute of the module (prim::GetAttr chains).
std::optional<c10::IValue> attributeOf(const torch::jit::Value* v, const torch::jit::Module& module)
{
    const auto* node = v->node();
    if (node->kind() == c10::prim::Param && v->offset() == 0)
        return c10::IValue(module._ivalue());
    if (node->kind() != c10::prim::GetAttr)
        return std::nullopt;
    const auto owner = attributeOf(node->input(0), module);
    if (!owner || !owner->isObject())
        return std::nullopt;
    const auto obj = owner->toObject();
    const auto& name = node->s(c10::attr::name);
    if (!obj->type()->hasAttribute(name))
        return std::nullopt;
    return obj->getAttr(name);
}

std::optional<at::Tensor> tensorOf(const torch::jit::Value* v, const torch::jit::Module& module)
{
    if (auto ivalue = attributeOf(v, module); ivalue && ivalue->isTensor())
        return ivalue->toTensor();
    if (auto c = torch::jit::toIValue(v); c && c->isTensor())
        return c->toTensor();
    if (v->node()->kind() == c10::aten::t && v->node()->inputs().size() == 1)  // a transposed weight (traces)
        if (auto t = tensorOf(v->node()->input(0), module); t && t->dim() == 2)
            return t->t();
    return std::nullopt;
}

std::optional<std::int64_t> intOf(const torch::jit::Value* v)
{
    if (auto c = torch::jit::toIValue(v); c && c->isInt())
        return c->toInt();
    return std::nullopt;
}

std::optional<bool> boolOf(const torch::jit::Value* v)
{
    if (auto c = torch::jit::toIValue(v); c && c->isBool())
        return c->toBool();
    return std::nullopt;
}

InputSpec suggestion(std::vector<std::int64_t> dims, const std::string& dtype, std::string reason)
{
    InputSpec s;
    s.dims = std::move(dims);
    s.dtype = dtype;
    s.source = "graph";
    s.reason = std::move(reason);
    return s;
}

// What one consumer of an input says of the input's shape; nullopt when it says nothing.

std::optional<InputSpec> fromConvolution(const torch::jit::Node* n, const std::string& kind,
                                         const torch::jit::Module& module)
{
    const auto w = tensorOf(n->input(1), module);
    if (!w || w->dim() < 3)
        return std::nullopt;
    const int spatial = static_cast<int>(w->dim()) - 2;
    std::int64_t groups = 1;
    // aten::convNd(x, weight, bias, stride, padding, dilation, groups)
    if (kind.size() == 12 && n->inputs().size() > 6)
        groups = intOf(n->input(6)).value_or(1);
    const std::int64_t channels = w->size(1) * groups;
    std::vector<std::int64_t> dims{InputSpec::kBatch, channels};
    const std::int64_t side = spatial == 2 ? kDefaultImage : spatial == 1 ? 128 : 16;
    for (int i = 0; i < spatial; ++i)
        dims.push_back(side);
    return suggestion(dims, "float32", "the first convolution takes " + std::to_string(channels) + " channels; "
                                           + std::to_string(side) + " per spatial dimension is a default");
}

// x @ W and addmm(bias, x, W) with a constant W of [features, outputs] (traced Linear layers).
std::optional<InputSpec> fromMatrixProduct(const torch::jit::Node* n, size_t offset, const torch::jit::Module& module)
{
    if (const auto w = tensorOf(n->input(offset + 1), module); w && w->dim() == 2)
        return suggestion({InputSpec::kBatch, w->size(0)}, "float32",
                          "the first matrix product takes " + std::to_string(w->size(0)) + " features");
    return std::nullopt;
}

std::optional<InputSpec> fromEmbedding(const torch::jit::Node* n, const torch::jit::Module& module)
{
    const auto w = tensorOf(n->input(0), module);
    if (!w || w->dim() != 2)
        return std::nullopt;
    auto s = suggestion({InputSpec::kBatch, kDefaultSequence}, "int64",
                        "token ids of an embedding with a vocabulary of " + std::to_string(w->size(0))
                            + "; the sequence length " + std::to_string(kDefaultSequence) + " is a default");
    s.hasRange = true;
    s.lo = 0;
    s.hi = static_cast<double>(w->size(0));
    return s;
}

std::optional<InputSpec> fromRecurrent(const torch::jit::Node* n, const torch::jit::Module& module)
{
    if (n->inputs().size() < 9)
        return std::nullopt;
    // The weights: a list built in the graph, or a list attribute (nn.LSTM's _flat_weights).
    const auto* params = n->input(2)->node();
    std::optional<at::Tensor> w;
    if (params->kind() == c10::prim::ListConstruct && !params->inputs().empty())
        w = tensorOf(params->input(0), module);
    else if (const auto list = attributeOf(n->input(2), module);
             list && list->isList() && !list->toListRef().empty() && list->toListRef()[0].isTensor())
        w = list->toListRef()[0].toTensor();
    if (!w || w->dim() != 2)
        return std::nullopt;
    const bool batchFirst = boolOf(n->input(8)).value_or(false);
    std::vector<std::int64_t> dims = batchFirst
        ? std::vector<std::int64_t>{InputSpec::kBatch, kDefaultSequence, w->size(1)}
        : std::vector<std::int64_t>{kDefaultSequence, InputSpec::kBatch, w->size(1)};
    return suggestion(dims, "float32",
                      "the first recurrent layer takes " + std::to_string(w->size(1)) + " features"
                          + (batchFirst ? " (batch first)" : " (sequence first)") + "; the sequence length "
                          + std::to_string(kDefaultSequence) + " is a default");
}

/// What the operator using `v` at `offset` says of its shape, when it is one that fixes it.
std::optional<InputSpec> fromConsumer(const torch::jit::Node* n, size_t offset, const torch::jit::Module& module)
{
    static const std::set<std::string> kConvolutions{"aten::conv1d", "aten::conv2d", "aten::conv3d",
                                                     "aten::_convolution", "aten::convolution"};
    static const std::set<std::string> kRecurrent{"aten::lstm", "aten::gru", "aten::rnn_tanh", "aten::rnn_relu"};
    const std::string kind = n->kind().toQualString();
    if (kConvolutions.count(kind) && offset == 0)
        return fromConvolution(n, kind, module);
    if (kind == "aten::linear" && offset == 0) {
        if (const auto w = tensorOf(n->input(1), module); w && w->dim() == 2)
            return suggestion({InputSpec::kBatch, w->size(1)}, "float32",
                              "the first Linear takes " + std::to_string(w->size(1)) + " features");
        return std::nullopt;
    }
    if (((kind == "aten::matmul" || kind == "aten::mm") && offset == 0) || (kind == "aten::addmm" && offset == 1))
        return fromMatrixProduct(n, offset, module);
    if (kind == "aten::embedding" && offset == 1)
        return fromEmbedding(n, module);
    if (kRecurrent.count(kind) && offset == 0)
        return fromRecurrent(n, module);
    return std::nullopt;
}

/// What the first op that consumes `v` says of its shape (following ops that keep the shape).
std::optional<InputSpec> suggestFrom(const torch::jit::Value* v, const torch::jit::Module& module, int depth = 0)
{
    static const std::set<std::string> kPassThrough{"aten::to", "aten::contiguous", "aten::dropout", "aten::clone",
                                                    "aten::detach", "aten::float", "aten::type_as", "aten::relu",
                                                    "aten::mul", "aten::div", "aten::add", "aten::sub"};
    if (depth > 6)
        return std::nullopt;
    for (const auto& use : v->uses()) {
        const auto* n = use.user;
        if (auto s = fromConsumer(n, use.offset, module))
            return s;
        // A branch that returns the value (e.g. nn.LSTM's "batched or not"): follow the branch's result.
        const auto* owner = n->owningBlock()->owningNode();
        if (n->kind() == c10::prim::Return && owner && owner->kind() == c10::prim::If) {
            if (auto s = suggestFrom(owner->output(use.offset), module, depth + 1))
                return s;
            continue;
        }
        if (kPassThrough.count(n->kind().toQualString()) && use.offset == 0 && n->outputs().size() == 1)
            if (auto s = suggestFrom(n->output(), module, depth + 1))
                return s;
    }
    return std::nullopt;
}

std::vector<char> readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot be read");
    return std::vector<char>(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

/// The spec an example tensor stands for: its shape with the first dimension as the batch, its dtype and range.
InputSpec specOfExample(const at::Tensor& t, const std::string& name)
{
    InputSpec s;
    s.name = name;
    s.source = "example_file";
    s.dtype = dtypeName(t.scalar_type());
    for (std::int64_t d = 0; d < t.dim(); ++d)
        s.dims.push_back(d == 0 && t.dim() >= 2 ? InputSpec::kBatch : t.size(d));
    if (t.numel() > 0 && s.dtype != "bool") {
        const auto v = t.to(at::kDouble);
        s.hasRange = true;
        s.lo = v.min().item<double>();
        s.hi = v.max().item<double>() + (t.is_floating_point() ? 0.0 : 1.0);
    }
    s.reason = t.dim() >= 2 ? "the example's shape " + c10::str(t.sizes()) + ", its first dimension as the batch"
                            : "the example's shape " + c10::str(t.sizes()) + " (no batch dimension)";
    return s;
}

void assignExample(InputPlan& plan, std::size_t index, const c10::IValue& value)
{
    auto& p = plan.plans[index];
    if (value.isTensor() && p.arg.tensor)
        p.spec = specOfExample(value.toTensor(), p.arg.name);
    else
        p.fixed = value;
}

void resolveFromExample(const ModelSpec& spec, InputPlan& plan)
{
    c10::IValue value;
    try {
        const auto bytes = readFile(spec.exampleInputs);
        value = torch::pickle_load(bytes);
    } catch (const std::exception& e) {
        throw InputPlanError("example-inputs: " + spec.exampleInputs + " cannot be read as a torch.save file of a "
                                 "tensor, tuple, list or dict (" + errorText(e) + ")",
                             "example_inputs", "");
    }
    std::vector<c10::IValue> values;
    if (value.isTuple()) {
        values = value.toTupleRef().elements().vec();
    } else if (value.isList()) {
        for (const auto& e : value.toListRef())
            values.push_back(e);
    } else if (value.isGenericDict()) {
        std::set<std::string> used;
        for (const auto& e : value.toGenericDict()) {
            const std::string key = e.key().isString() ? e.key().toStringRef() : std::string();
            std::size_t i = 0;
            while (i < plan.plans.size() && plan.plans[i].arg.name != key)
                ++i;
            if (i == plan.plans.size()) {
                if (plan.plans.size() == 1 && !plan.plans[0].arg.tensor) {
                    plan.plans[0].fixed = value;  // a Dict[str, Tensor] argument
                    return;
                }
                throw InputPlanError("example-inputs: key '" + key + "' names no argument of " + plan.schema,
                                     "example_inputs", key);
            }
            assignExample(plan, i, e.value());
        }
        return;
    } else {
        values.push_back(value);
    }
    if (values.size() > plan.plans.size())
        throw InputPlanError("example-inputs: " + std::to_string(values.size()) + " values for "
                                 + std::to_string(plan.plans.size()) + " argument(s) of " + plan.schema,
                             "example_inputs", "");
    for (std::size_t i = 0; i < values.size(); ++i)
        assignExample(plan, i, values[i]);
}

void resolveFromSpecs(const ModelSpec& spec, InputPlan& plan)
{
    std::size_t next = 0;  // unnamed specs fill the tensor arguments in order
    for (const auto& given : spec.inputSpecs) {
        std::size_t i = 0;
        if (!given.name.empty()) {
            while (i < plan.plans.size() && plan.plans[i].arg.name != given.name)
                ++i;
            if (i == plan.plans.size())
                throw InputPlanError("input: '" + given.name + "' is not an argument of " + plan.schema, "inputs",
                                     given.name);
            if (!plan.plans[i].arg.tensor)
                throw InputPlanError("input: argument '" + given.name + "' is a " + plan.plans[i].arg.type
                                         + ", not a tensor; its value comes from its default or an example-inputs "
                                           "file (" + plan.schema + ")",
                                     "inputs", given.name);
        } else {
            while (next < plan.plans.size() && (!plan.plans[next].arg.tensor || plan.plans[next].spec))
                ++next;
            if (next == plan.plans.size())
                throw InputPlanError("input: " + std::to_string(spec.inputSpecs.size()) + " specs, but " + plan.schema
                                         + " has fewer tensor arguments",
                                     "inputs", "");
            i = next;
        }
        plan.plans[i].spec = given;
        plan.plans[i].spec->name = plan.plans[i].arg.name;
        if (plan.plans[i].spec->source.empty())
            plan.plans[i].spec->source = "user";
    }
}

}  // namespace

InputPlan readSignature(const torch::jit::Module& module)
{
    InputPlan plan;
    const auto& schema = module.get_method("forward").function().getSchema();
    std::ostringstream text;
    text << schema;
    plan.schema = text.str();
    std::string returns;
    for (const auto& r : schema.returns())
        returns += (returns.empty() ? "" : ", ") + r.type()->annotation_str();
    plan.returns = returns;
    const auto& args = schema.arguments();
    for (std::size_t i = 1; i < args.size(); ++i) {  // 0 is self
        ArgumentInfo a;
        a.name = args[i].name();
        a.type = args[i].type()->annotation_str();
        a.tensor = isTensorType(args[i].type());
        if (args[i].default_value()) {
            a.hasDefault = true;
            std::ostringstream d;
            d << *args[i].default_value();
            a.defaultValue = d.str();
        }
        plan.arguments.push_back(a);
        ArgumentPlan p;
        p.arg = a;
        p.type = args[i].type();
        if (a.hasDefault)
            p.fixed = *args[i].default_value();
        plan.plans.push_back(p);
    }
    return plan;
}

void resolveInputs(const torch::jit::Module& module, const ModelSpec& spec, InputPlan& plan)
{
    if (!spec.inputSpecs.empty())
        resolveFromSpecs(spec, plan);
    else if (!spec.exampleInputs.empty())
        resolveFromExample(spec, plan);
    std::shared_ptr<torch::jit::Graph> graph;
    for (std::size_t i = 0; i < plan.plans.size(); ++i) {
        auto& p = plan.plans[i];
        if (p.spec || !p.fixed.isNone() || !p.arg.tensor)
            continue;
        if (!graph) {
            graph = module.get_method("forward").graph()->copy();
            torch::jit::Inline(*graph);
        }
        if (auto s = suggestFrom(graph->inputs().at(i + 1), module)) {
            s->name = p.arg.name;
            p.spec = *s;
        } else if (!isOptional(p.type) && plan.missing.empty()) {
            plan.missing = p.arg.name;
        }
    }
    for (const auto& p : plan.plans)
        if (!p.spec && p.fixed.isNone() && !p.arg.tensor && !isOptional(p.type) && plan.missing.empty())
            plan.missing = p.arg.name;
}

std::vector<c10::IValue> makeArguments(const InputPlan& plan, int batch, std::uint64_t seed)
{
    std::vector<c10::IValue> args;
    std::uint64_t stream = 0;
    for (const auto& p : plan.plans) {
        ++stream;
        if (!p.spec) {
            args.push_back(p.fixed);
            continue;
        }
        const InputSpec& s = *p.spec;
        std::vector<std::int64_t> dims;
        for (auto d : s.dims)
            dims.push_back(d == InputSpec::kBatch ? batch : d);
        auto gen = makeGenerator(seed * 0x9E3779B97F4A7C15ULL + stream * 1000003ULL + static_cast<std::uint64_t>(batch));
        const at::ScalarType type = scalarTypeOf(s.dtype);
        at::Tensor t;
        if (type == at::kBool) {
            t = torch::randint(0, 2, dims, gen, torch::kLong).to(at::kBool);
        } else if (type == at::kLong || type == at::kInt) {
            const auto lo = static_cast<std::int64_t>(s.hasRange ? s.lo : 0);
            const auto hi = static_cast<std::int64_t>(s.hasRange ? s.hi : 10);
            t = torch::randint(lo, hi, dims, gen, torch::TensorOptions().dtype(type));
        } else if (s.hasRange) {
            t = (torch::rand(dims, gen, torch::kFloat) * (s.hi - s.lo) + s.lo).to(type);
        } else {
            t = torch::randn(dims, gen, torch::kFloat).to(type);
        }
        args.emplace_back(t);
    }
    return args;
}

std::string inputSpecText(const InputSpec& spec)
{
    std::string out = (spec.name.empty() ? "" : spec.name + ":") + dimsText(spec.dims);
    const bool range = spec.hasRange && spec.dtype != "bool";
    if (spec.dtype == "float32" && !range)
        return out;
    out += ":" + spec.dtype;
    if (range) {
        const bool integer = spec.dtype == "int64" || spec.dtype == "int32";
        out += "[" + number(spec.lo, integer) + "," + number(spec.hi, integer) + (integer ? ")" : "]");
    }
    return out;
}

}  // namespace ob::engine
