// SPDX-License-Identifier: MIT
#include "profile/op_profiler.h"

#include <ATen/record_function.h>
#include <torch/csrc/jit/api/compilation_unit.h>
#include <torch/csrc/jit/ir/ir.h>
#include <torch/csrc/jit/ir/scope.h>
#include <torch/csrc/jit/runtime/interpreter.h>
#include <torch/script.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "models/graph_cost.h"
#include "profile/kernel_scope.h"
#include "runtime/runnable.h"

namespace ob::engine {
namespace {

using Clock = std::chrono::steady_clock;

std::int64_t nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch()).count();
}

enum class Mode { Describe, Time, Idle };
enum class Kind { Op, Function, Kernel, User };

const char* kindId(Kind k)
{
    switch (k) {
    case Kind::Op: return "op";
    case Kind::Function: return "function";
    case Kind::Kernel: return "kernel";
    case Kind::User: return "user";
    }
    return "op";
}

constexpr std::size_t kShapesPerRow = 3;

struct Row {
    std::string op;
    std::string module;
    Kind kind = Kind::Op;
    std::vector<std::string> shapes;  // distinct, at most kShapesPerRow
    bool moreShapes = false;
    double flops = 0;  // in the described forward
    // In the timed forward under way (finishForward() files them).
    std::int64_t calls = 0;
    std::int64_t totalNs = 0;
    std::int64_t selfNs = 0;
};

/// A row's share of one timed forward.
struct Entry {
    int row = -1;
    std::int64_t calls = 0;
    std::int64_t totalNs = 0;
    std::int64_t selfNs = 0;
};

/// One timed forward: its wall time and its rows.
struct Timed {
    double wallMs = 0;
    std::vector<Entry> entries;
};

/// Forwards further than this from the median wall time (in robust standard deviations, 1.4826 MAD: the timed
/// statistics' outlier rule), or than kMinFence of it, are left out: a descheduled forward would inflate every
/// operator it happened to be in.
constexpr double kFenceMads = 3.5;
constexpr double kMinFence = 0.05;

double medianOf(std::vector<double> v)
{
    if (v.empty())
        return 0;
    const auto mid = v.begin() + static_cast<std::ptrdiff_t>(v.size() / 2);
    std::nth_element(v.begin(), mid, v.end());
    return *mid;
}

/// One event of the described forward, in order.
struct Described {
    std::string name;
    int row = -1;
    std::size_t depth = 0;  // events enclosing it
};

/// How far ahead a timed event that does not follow the described forward looks for its name (at its depth).
constexpr std::size_t kResyncWindow = 64;

struct Frame {
    int row = -1;
    Kind kind = Kind::Op;
    bool outermost = false;  // describe: no operator or kernel encloses it (its FLOPs count)
    std::int64_t startNs = 0;
    std::int64_t childNs = 0;
    std::int64_t overheadAtStart = 0;
    std::string module;              // describe only
    std::vector<c10::IValue> args;   // describe only: an outermost operator's arguments, for its FLOPs
};

const void* storageOf(const at::Tensor& t)
{
    return t.defined() && t.has_storage() ? t.storage().data() : nullptr;
}

std::string shapeText(const at::Tensor& t)
{
    std::string s = "[";
    for (std::int64_t i = 0; i < t.dim(); ++i)
        s += (i ? ", " : "") + std::to_string(t.size(i));
    s += "]";
    if (t.scalar_type() != at::kFloat)
        s += std::string(" ") + c10::toString(t.scalar_type());
    return s;
}

std::string shapesOf(const std::vector<c10::IValue>& args)
{
    std::string s;
    auto add = [&](const std::string& text) { s += (s.empty() ? "" : ", ") + text; };
    for (const auto& v : args) {
        if (v.isTensor() && v.toTensor().defined()) {
            add(shapeText(v.toTensor()));
        } else if (v.isTensorList()) {
            std::string list = "(";
            for (const auto& t : v.toTensorVector())
                list += (list.size() > 1 ? ", " : "") + (t.defined() ? shapeText(t) : std::string("None"));
            add(list + ")");
        }
    }
    return s;
}

class Collector final : public profile::KernelSink {
public:
    /// `hierarchy`: the module hierarchy of the interpreter may be read (see hierarchyIsSafe()).
    Collector(std::unordered_map<const void*, std::string> weights, bool hierarchy)
        : m_weights(std::move(weights)), m_hierarchy(hierarchy)
    {
        m_stack.reserve(64);
    }

    void setMode(Mode mode)
    {
        m_mode = mode;
        startForward();
    }
    void startForward()
    {
        m_next = 0;
        m_stack.clear();
    }

    void opBegin(const at::RecordFunction& fn)
    {
        const std::int64_t in = nowNs();
        const char* name = fn.name();
        Kind kind = Kind::Op;
        if (fn.scope() == at::RecordScope::TORCHSCRIPT_FUNCTION)
            kind = Kind::Function;
        else if (fn.scope() == at::RecordScope::USER_SCOPE && !std::strchr(name, '@'))
            kind = Kind::User;
        Frame& f = push(kind);
        if (m_mode == Mode::Describe)
            describeOp(fn, f, name);
        else if (m_mode == Mode::Time)
            f.row = timedRow(name, kind);
        start(f, in);
    }

    void kernelBegin(const profile::KernelInfo& info) override
    {
        const std::int64_t in = nowNs();
        Frame& f = push(Kind::Kernel);
        if (m_mode == Mode::Describe)
            describeKernel(info, f);
        else if (m_mode == Mode::Time)
            f.row = timedRow(info.op, Kind::Kernel);
        start(f, in);
    }

    void end(const at::RecordFunction* fn)
    {
        const std::int64_t end = nowNs();
        if (m_stack.empty())
            return;  // began before this collector
        Frame& f = m_stack.back();
        const std::int64_t ns = std::max<std::int64_t>(0, end - f.startNs - (m_overhead - f.overheadAtStart));
        if (m_mode == Mode::Time && f.row >= 0) {
            Row& r = m_rows[static_cast<std::size_t>(f.row)];
            if (r.calls == 0)
                m_touched.push_back(f.row);
            ++r.calls;
            r.totalNs += ns;
            r.selfNs += std::max<std::int64_t>(0, ns - f.childNs);
        } else if (m_mode == Mode::Describe && fn && f.outermost && f.row >= 0) {
            double weightBytes = 0;
            const double flops = operatorFlops(m_rows[static_cast<std::size_t>(f.row)].op, f.args, fn->outputs(),
                                               weightBytes);
            if (flops > 0)
                m_rows[static_cast<std::size_t>(f.row)].flops += flops;
        }
        m_stack.pop_back();
        if (!m_stack.empty())
            m_stack.back().childNs += ns;
        m_overhead += nowNs() - end;
    }

    void kernelEnd() override { end(nullptr); }

    /// Files the timed forward under way, which took `wallMs`.
    void finishForward(double wallMs)
    {
        Timed t;
        t.wallMs = wallMs;
        t.entries.reserve(m_touched.size());
        for (int index : m_touched) {
            Row& r = m_rows[static_cast<std::size_t>(index)];
            t.entries.push_back({index, r.calls, r.totalNs, r.selfNs});
            r.calls = r.totalNs = r.selfNs = 0;
        }
        m_touched.clear();
        m_timed.push_back(std::move(t));
    }

    /// The rows per forward, averaged over the timed forwards inside the fences.
    MethodProfile result(int batch) const
    {
        MethodProfile p;
        p.batch = batch;
        std::vector<double> walls;
        for (const auto& t : m_timed)
            walls.push_back(t.wallMs);
        p.wallMs = medianOf(walls);
        std::vector<double> deviations;
        for (double w : walls)
            deviations.push_back(std::fabs(w - p.wallMs));
        const double fence = std::max(kFenceMads * 1.4826 * medianOf(deviations), kMinFence * p.wallMs);
        struct Sum {
            std::int64_t calls = 0, totalNs = 0, selfNs = 0;
        };
        std::vector<Sum> sums(m_rows.size());
        for (const auto& t : m_timed) {
            if (std::fabs(t.wallMs - p.wallMs) > fence) {
                ++p.excludedForwards;
                continue;
            }
            ++p.forwards;
            for (const auto& e : t.entries) {
                Sum& sum = sums[static_cast<std::size_t>(e.row)];
                sum.calls += e.calls;
                sum.totalNs += e.totalNs;
                sum.selfNs += e.selfNs;
            }
        }
        p.unmatched = m_timed.empty() ? 0 : m_unmatched / static_cast<int>(m_timed.size());
        const double n = std::max(1, p.forwards);
        for (std::size_t i = 0; i < m_rows.size(); ++i) {
            const Row& r = m_rows[i];
            if (sums[i].calls == 0)
                continue;  // described, never timed: a path the timed forwards did not take
            ProfileRow row;
            row.op = r.op;
            row.module = r.module;
            row.scope = kindId(r.kind);
            row.calls = static_cast<double>(sums[i].calls) / n;
            row.totalMs = static_cast<double>(sums[i].totalNs) * 1e-6 / n;
            row.selfMs = static_cast<double>(sums[i].selfNs) * 1e-6 / n;
            row.flops = r.flops;
            for (const auto& s : r.shapes)
                row.shapes += (row.shapes.empty() ? "" : " | ") + s;
            if (r.moreShapes)
                row.shapes += " | ...";
            p.rows.push_back(std::move(row));
        }
        std::stable_sort(p.rows.begin(), p.rows.end(),
                         [](const ProfileRow& a, const ProfileRow& b) { return a.selfMs > b.selfMs; });
        return p;
    }

private:
    Frame& push(Kind kind)
    {
        m_stack.emplace_back();
        Frame& f = m_stack.back();
        f.kind = kind;
        return f;
    }

    void start(Frame& f, std::int64_t in)
    {
        f.startNs = nowNs();
        m_overhead += f.startNs - in;
        f.overheadAtStart = m_overhead;
    }

    /// The innermost enclosing frame (the new one is on top of the stack already).
    const Frame* parent() const { return m_stack.size() >= 2 ? &m_stack[m_stack.size() - 2] : nullptr; }

    bool insideOperator() const
    {
        for (std::size_t i = 0; i + 1 < m_stack.size(); ++i)
            if (m_stack[i].kind == Kind::Op || m_stack[i].kind == Kind::Kernel)
                return true;
        return false;
    }

    void describeOp(const at::RecordFunction& fn, Frame& f, const char* name)
    {
        std::string op = name;
        const Frame* up = parent();
        const auto at = op.find('@');
        if (f.kind == Kind::Op && fn.scope() == at::RecordScope::USER_SCOPE && at != std::string::npos) {
            f.module = op.substr(at + 1);  // a scope of the engine's own: "quantized::linear_dynamic@fc1.3"
            op.resize(at);
        } else if (up && up->kind != Kind::Function) {
            f.module = up->module;  // nested in an operator, a kernel or a scope: its module
        } else if (m_hierarchy) {
            f.module = modulePathOf(torch::jit::currentModuleHierarchy());
        }
        f.outermost = f.kind == Kind::Op && !insideOperator();
        std::vector<c10::IValue> args;
        if (f.kind != Kind::User && fn.scope() != at::RecordScope::USER_SCOPE)
            args = operatorArguments(fn);
        if (f.module.empty() && f.kind == Kind::Op)
            f.module = moduleOfWeights(args);
        f.row = rowFor(op, f.module, f.kind);
        addShapes(m_rows[static_cast<std::size_t>(f.row)], shapesOf(args));
        if (f.outermost)
            f.args = std::move(args);
        m_described.push_back({name, f.row, m_stack.size() - 1});
        ++m_next;
    }

    void describeKernel(const profile::KernelInfo& info, Frame& f)
    {
        f.module = info.module;
        if (info.index >= 0)
            f.module += "." + std::to_string(info.index);
        f.row = rowFor(info.op, f.module, Kind::Kernel);
        Row& row = m_rows[static_cast<std::size_t>(f.row)];
        const std::string type = *info.dtype ? std::string(info.dtype) : std::string();
        const std::string rows = "[" + std::to_string(info.rows) + ", ";
        if (info.in > 0) {
            addShapes(row, rows + std::to_string(info.in) + "] x " + type + "[" + std::to_string(info.in) + ", "
                               + std::to_string(info.out) + "]");
            row.flops += 2.0 * info.rows * static_cast<double>(info.in) * info.out;
        } else {
            addShapes(row, rows + std::to_string(info.out) + "]" + (type.empty() ? "" : " -> " + type));
        }
        m_described.push_back({info.op, f.row, m_stack.size() - 1});
        ++m_next;
    }

    int timedRow(const char* name, Kind kind)
    {
        const std::size_t k = m_next++;
        if (k < m_described.size() && m_described[k].name == name)
            return m_described[k].row;
        // An event more or less than described (an executor that specialised its graph, a branch): the next one
        // of this name at this depth, if it is near, puts the sequence back in step.
        const std::size_t depth = m_stack.size() - 1;
        for (std::size_t j = k + 1; j < m_described.size() && j <= k + kResyncWindow; ++j)
            if (m_described[j].depth == depth && m_described[j].name == name) {
                m_next = j + 1;
                return m_described[j].row;
            }
        ++m_unmatched;
        std::string op = name;
        std::string module;
        if (const auto at = op.find('@'); at != std::string::npos) {
            module = op.substr(at + 1);
            op.resize(at);
        }
        return rowFor(op, module, kind);
    }

    int rowFor(const std::string& op, const std::string& module, Kind kind)
    {
        const std::string key = op + '\x1f' + module + '\x1f' + kindId(kind);
        const auto [it, added] = m_index.emplace(key, static_cast<int>(m_rows.size()));
        if (added) {
            Row r;
            r.op = op;
            r.module = module;
            r.kind = kind;
            m_rows.push_back(std::move(r));
        }
        return it->second;
    }

    static void addShapes(Row& row, const std::string& shapes)
    {
        if (shapes.empty() || std::find(row.shapes.begin(), row.shapes.end(), shapes) != row.shapes.end())
            return;
        if (row.shapes.size() < kShapesPerRow)
            row.shapes.push_back(shapes);
        else
            row.moreShapes = true;
    }

    std::string moduleOfWeights(const std::vector<c10::IValue>& args) const
    {
        auto find = [&](const at::Tensor& t) -> std::string {
            const auto it = m_weights.find(storageOf(t));
            return it == m_weights.end() ? std::string() : it->second;
        };
        for (const auto& v : args) {
            std::string m;
            if (v.isTensor())
                m = find(v.toTensor());
            else if (v.isTensorList())
                for (const auto& t : v.toTensorVector())
                    if (m.empty())
                        m = find(t);
            if (!m.empty())
                return m;
        }
        return {};
    }

    Mode m_mode = Mode::Idle;
    std::unordered_map<const void*, std::string> m_weights;  // storage -> module
    bool m_hierarchy = false;
    std::vector<Row> m_rows;
    std::map<std::string, int> m_index;
    std::vector<Described> m_described;
    std::vector<Frame> m_stack;
    std::vector<int> m_touched;     // rows the timed forward under way has counted
    std::vector<Timed> m_timed;
    std::size_t m_next = 0;         // the index of the next event in the current forward
    std::int64_t m_overhead = 0;    // ns spent in this collector's callbacks so far
    int m_unmatched = 0;
};

thread_local Collector* t_collector = nullptr;

std::unique_ptr<at::ObserverContext> onStart(const at::RecordFunction& fn)
{
    if (t_collector)
        t_collector->opBegin(fn);
    return nullptr;
}

void onEnd(const at::RecordFunction& fn, at::ObserverContext*)
{
    if (t_collector)
        t_collector->end(&fn);
}

/// The collector listens on this thread while it lives.
class Listening {
public:
    Listening(Collector& collector, bool describe)
    {
        t_collector = &collector;
        profile::t_kernelSink = &collector;
        m_handle = at::addThreadLocalCallback(
            at::RecordFunctionCallback(onStart, onEnd)
                .needsInputs(describe)
                .needsOutputs(describe)
                .scopes({at::RecordScope::FUNCTION, at::RecordScope::TORCHSCRIPT_FUNCTION,
                         at::RecordScope::USER_SCOPE}));
    }
    ~Listening()
    {
        at::removeCallback(m_handle);
        t_collector = nullptr;
        profile::t_kernelSink = nullptr;
    }
    Listening(const Listening&) = delete;
    Listening& operator=(const Listening&) = delete;

private:
    at::CallbackHandle m_handle = 0;
};

std::unordered_map<const void*, std::string> weightsOf(const Runnable& model)
{
    std::unordered_map<const void*, std::string> out;
    auto add = [&](const std::string& name, const at::Tensor& t) {
        if (const void* p = storageOf(t))
            out.emplace(p, moduleOfTensor(name));
    };
    for (const auto& [name, t] : model.namedWeights())
        add(name, t);
    if (const auto* module = model.scriptModule()) {
        for (const auto& p : module->named_parameters(/*recurse=*/true))
            add(p.name, p.value);
        for (const auto& b : module->named_buffers(/*recurse=*/true))
            add(b.name, b.value);
    }
    return out;
}

constexpr int kWarmForwards = 2;

/// Whether jit::currentModuleHierarchy() may be called while `model` runs. It reads the functions of each node's
/// inlined call stack, which are plain pointers: a pass that drops the functions it inlined from (freezing a model
/// whose submodules had methods does, in 1.13) leaves them dangling, and the call crashes. So it is read only for a
/// TorchScript module whose call stacks all name functions its compilation unit still holds; a model that runs
/// TorchScript without exposing its module is not asked (the interpreter state could be any).
bool hierarchyIsSafe(const Runnable& model)
{
    const auto* module = model.scriptModule();
    if (!module)
        return false;
    const auto unit = module->type()->compilation_unit();
    if (!unit)
        return false;
    std::unordered_set<const torch::jit::Function*> live;
    for (const auto* fn : unit->get_functions())
        live.insert(fn);
    std::function<bool(const torch::jit::Block*)> alive = [&](const torch::jit::Block* block) {
        for (const torch::jit::Node* node : block->nodes()) {
            if (const auto stack = node->callstack())
                for (const auto& entry : (*stack)->vec())
                    if (!live.count(std::get<0>(entry)))
                        return false;
            for (const torch::jit::Block* sub : node->blocks())
                if (!alive(sub))
                    return false;
        }
        return true;
    };
    for (const auto& method : module->get_methods())
        if (!alive(method.graph()->block()))
            return false;
    return true;
}

}  // namespace

std::string modulePathOf(const std::vector<std::string>& hierarchy)
{
    std::string path;
    for (const auto& entry : hierarchy) {
        if (entry.rfind("TOP(", 0) == 0 || entry.rfind("TOP::", 0) == 0)
            continue;
        const auto end = std::min(entry.find('('), entry.find("::"));
        const std::string name = entry.substr(0, end);
        // SELF: a method of the same module (Conv2d.forward calls self._conv_forward); CALL_FUNCTION: a free function.
        if (!name.empty() && name != "SELF" && name != "CALL_FUNCTION")
            path += (path.empty() ? "" : ".") + name;
    }
    return path;
}

std::string moduleOfTensor(const std::string& name)
{
    std::string n = name.rfind("self.", 0) == 0 ? name.substr(5) : name;
    if (const auto dot = n.rfind('.'); dot != std::string::npos)
        return n.substr(0, dot);
    for (const char* suffix : {"_weight", "_bias", "_w", "_b"}) {
        const std::string s = suffix;
        if (n.size() > s.size() && n.compare(n.size() - s.size(), s.size(), s) == 0)
            return n.substr(0, n.size() - s.size());
    }
    return {};
}

MethodProfile profileForwards(const std::function<void()>& forward, const Runnable& model, int batch,
                              const ProfileOptions& options)
{
    Collector collector(weightsOf(model), hierarchyIsSafe(model));
    for (int i = 0; i < kWarmForwards; ++i)
        forward();  // an executor that still profiles or specialises its graph settles before it is described
    {
        const Listening listening(collector, /*describe=*/true);
        collector.setMode(Mode::Describe);
        forward();
    }
    int forwards = 0;
    {
        const Listening listening(collector, /*describe=*/false);
        collector.setMode(Mode::Idle);
        forward();  // the callbacks' first calls (allocations) stay out of the timed forwards
        collector.setMode(Mode::Time);
        const auto t0 = Clock::now();
        const int most = std::max(1, options.maxForwards);
        while (forwards < most) {
            collector.startForward();
            const auto s = Clock::now();
            forward();
            const auto e = Clock::now();
            collector.finishForward(std::chrono::duration<double, std::milli>(e - s).count());
            ++forwards;
            if (forwards >= options.minForwards
                && std::chrono::duration<double>(e - t0).count() >= options.budgetSeconds)
                break;
        }
    }
    return collector.result(batch);
}

}  // namespace ob::engine
