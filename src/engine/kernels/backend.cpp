// SPDX-License-Identifier: MIT
#include "kernels/backend.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <random>
#include <stdexcept>

namespace ob::engine::kernels {
namespace {

using Clock = std::chrono::steady_clock;

std::vector<float> normalRows(std::size_t count, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<float> normal;
    std::vector<float> v(count);
    for (auto& x : v)
        x = normal(rng);
    return v;
}

std::string us(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, v < 100 ? "%.1f" : "%.0f", v);
    return buf;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

/// Times two callables in alternating rounds (each round a few calls of one, then of the other, the order
/// swapped every round) and returns the median µs per call of each.
template <typename A, typename B>
std::pair<double, double> race(A a, B b)
{
    auto once = [](auto& f) {
        const auto t0 = Clock::now();
        f();
        return std::chrono::duration<double, std::micro>(Clock::now() - t0).count();
    };
    for (int w = 0; w < 3; ++w) {  // warm: caches, page faults, oneDNN's lazy scratchpad
        once(a);
        once(b);
    }
    const double first = std::max(1e-3, std::min(once(a), once(b)));
    // About 1.5 ms per candidate and round, 8 rounds (12 ms each, so that near ties are decided on a few hundred
    // calls); at least 3 calls per round, fewer rounds for huge models.
    const int calls = std::clamp(static_cast<int>(1500.0 / first), 3, 400);
    const int rounds = first > 20000 ? 3 : 8;
    std::vector<double> sa, sb;
    for (int r = 0; r < rounds; ++r) {
        auto runA = [&] {
            for (int c = 0; c < calls; ++c)
                sa.push_back(once(a));
        };
        auto runB = [&] {
            for (int c = 0; c < calls; ++c)
                sb.push_back(once(b));
        };
        if (r % 2) {
            runB();
            runA();
        } else {
            runA();
            runB();
        }
    }
    return {median(sa), median(sb)};
}

}  // namespace

std::string backendName(Backend b)
{
    return b == Backend::Onednn ? "onednn" : "kernels";
}

bool hasBf16Arithmetic(const CpuFeatures& cpu)
{
    return cpu.avx512bf16 || cpu.amxBf16;
}

bool hasInt8DotProduct(const CpuFeatures& cpu)
{
    return cpu.avx512vnni || cpu.amxInt8;
}

BackendPlan planBackends(Precision precision, const CpuFeatures& cpu, const CpuFeatures& onednnCpu, bool onednn,
                         const std::string& forced)
{
    BackendPlan plan;
    if (forced != "auto" && forced != "kernels" && forced != "onednn") {
        plan.error = "'" + forced + "' is not a backend; allowed: auto, kernels, onednn";
        return plan;
    }
    if (precision == Precision::Bf16 && !hasBf16Arithmetic(cpu)) {
        plan.applicable = false;
        plan.reason = "not supported on this CPU: needs AVX512_BF16 or AMX";
        return plan;
    }
    bool onednnOk = onednn;
    if (!onednn) {
        plan.notes.push_back("no oneDNN in this build");
    } else if (precision == Precision::Int8 && !hasInt8DotProduct(onednnCpu)) {
        onednnOk = false;
        plan.notes.push_back(hasInt8DotProduct(cpu)
                                 ? "oneDNN is limited below VNNI here (DNNL_MAX_CPU_ISA?): its int8 would saturate"
                                 : "oneDNN int8 needs VNNI (AVX512_VNNI or AMX): without it, it widens through 16 bits, "
                                   "saturates and is slower");
    } else if (precision == Precision::Bf16 && !hasBf16Arithmetic(onednnCpu)) {
        onednnOk = false;
        plan.notes.push_back("oneDNN is limited below AVX512_BF16 here (DNNL_MAX_CPU_ISA?): its bf16 would be emulated");
    }
    if (forced == "onednn") {
        if (!onednnOk) {
            plan.error = "oneDNN cannot run native_" + precisionName(precision) + " here: " + plan.notes.back();
            return plan;
        }
        plan.candidates = {Backend::Onednn};
        return plan;
    }
    plan.candidates = {Backend::Kernels};
    if (forced == "auto" && onednnOk)
        plan.candidates.push_back(Backend::Onednn);
    return plan;
}

MlpBackends::MlpBackends(const MlpWeights& w, Precision precision, Isa isa, const BackendPlan& plan,
                         const std::vector<int>& batches, std::uint64_t seed)
    : m_kernels(w, precision, isa), m_inputs(w.inputs), m_outputs(w.outputs)
{
    if (!plan.applicable || !plan.error.empty() || plan.candidates.empty())
        throw std::logic_error("MlpBackends: the plan does not allow this precision");
    const bool measure = plan.candidates.size() > 1;
    const bool onednnOnly = plan.candidates.front() == Backend::Onednn;
    ActivationRanges ranges;
    if (precision == Precision::Int8 && (measure || onednnOnly)) {
        constexpr int kRows = 512;
        const auto calib = normalRows(static_cast<std::size_t>(kRows) * w.inputs, seed ^ 0xCA11B8A7EULL);
        NativeMlp fp32(w, Precision::Fp32, isa);
        ranges = fp32.activationRanges(calib.data(), kRows);
    }
    const auto cache = makeOnednnWeightCache();  // the nets of all batch sizes share their reordered weights
    std::vector<int> sizes(batches);
    std::sort(sizes.begin(), sizes.end());
    sizes.erase(std::unique(sizes.begin(), sizes.end()), sizes.end());
    sizes.erase(std::remove_if(sizes.begin(), sizes.end(), [](int b) { return b <= 0; }), sizes.end());
    for (int batch : sizes) {
        BatchPick pick;
        pick.batch = batch;
        if (!measure && !onednnOnly) {
            m_picks.push_back(pick);
            continue;
        }
        std::unique_ptr<OnednnNet> net;
        try {
            net = std::make_unique<OnednnNet>(w, precision, batch, precision == Precision::Int8 ? &ranges : nullptr,
                                              cache);
        } catch (const std::exception& e) {
            if (onednnOnly)
                throw;
            pick.note = e.what();
            m_picks.push_back(pick);
            continue;
        }
        if (onednnOnly) {
            pick.backend = Backend::Onednn;
            m_nets.emplace(batch, std::move(net));
            m_picks.push_back(pick);
            continue;
        }
        const auto x = normalRows(static_cast<std::size_t>(batch) * w.inputs, seed + static_cast<std::uint64_t>(batch));
        std::vector<float> y(static_cast<std::size_t>(batch) * w.outputs);
        OnednnNet* n = net.get();
        const auto [kernelsUs, onednnUs] =
            race([&] { m_kernels.logits(x.data(), batch, y.data()); }, [&] { n->logits(x.data(), y.data()); });
        if (onednnUs < kernelsUs) {
            pick.backend = Backend::Onednn;
            pick.us = onednnUs;
            pick.otherUs = kernelsUs;
            m_nets.emplace(batch, std::move(net));
        } else {
            pick.us = kernelsUs;
            pick.otherUs = onednnUs;
        }
        m_picks.push_back(pick);
    }
}

MlpBackends::~MlpBackends() = default;

int MlpBackends::chunkFor(int rows) const
{
    int best = 0;
    for (const auto& p : m_picks) {
        if (p.batch == rows)
            return rows;
        if (p.batch < rows)
            best = std::max(best, p.batch);
    }
    return best > 0 ? best : rows;
}

Backend MlpBackends::backendFor(int batch) const
{
    return m_nets.count(chunkFor(batch)) ? Backend::Onednn : Backend::Kernels;
}

void MlpBackends::runChunk(const float* input, int rows, float* out)
{
    if (auto it = m_nets.find(rows); it != m_nets.end())
        it->second->logits(input, out);
    else
        m_kernels.logits(input, rows, out);
}

void MlpBackends::logits(const float* input, int batch, float* out)
{
    if (m_nets.empty()) {  // the kernels take any batch size at once
        m_kernels.logits(input, batch, out);
        return;
    }
    while (batch > 0) {
        const int rows = chunkFor(batch);
        runChunk(input, rows, out);
        input += static_cast<std::size_t>(rows) * m_inputs;
        out += static_cast<std::size_t>(rows) * m_outputs;
        batch -= rows;
    }
}

void MlpBackends::forward(const float* input, int batch, float* scores, float* confidence)
{
    logits(input, batch, scores);
    finishScores(scores, batch, m_outputs, confidence);
}

std::string MlpBackends::summary() const
{
    std::string text;
    auto name = [](Backend b) { return b == Backend::Onednn ? std::string("oneDNN") : std::string("kernels"); };
    for (const auto& p : m_picks) {
        if (!text.empty())
            text += ", ";
        text += "b" + std::to_string(p.batch) + " " + name(p.backend);
        if (p.us > 0)
            text += " " + us(p.us) + " µs";
        if (p.otherUs > 0)
            text += " (" + name(p.backend == Backend::Onednn ? Backend::Kernels : Backend::Onednn) + " "
                + us(p.otherUs) + " µs)";
        if (!p.note.empty())
            text += " (oneDNN failed: " + p.note + ")";
    }
    return text;
}

}  // namespace ob::engine::kernels
