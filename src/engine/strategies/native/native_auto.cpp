// SPDX-License-Identifier: MIT
// auto (Compile group): per batch size, the fastest faithful method for this model on this machine. It prepares the
// candidate methods on its input model, checks each one's outputs against that model's on a few rows (logit cosine,
// at least auto.min_cosine), times the faithful ones in short interleaved rounds at each batch size of the run,
// and routes every forward to its batch size's pick. The candidates that were not picked are released.

#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <map>
#include <random>
#include <set>
#include <sstream>

#include "runtime/errors.h"
#include "runtime/strategy.h"

namespace ob::engine {

std::vector<int> preparedBatches(const EngineSettings& settings);  // native_strategies.cpp

namespace {

using Clock = std::chrono::steady_clock;

constexpr const char* kMinCosineKey = "auto.min_cosine";
constexpr const char* kBudgetKey = "auto.budget_ms";
constexpr int kFidelityRows = 64;
const std::vector<std::string> kCandidates = {"eager",       "freeze_optimize", "native_fp32",   "native_int8",
                                              "native_bf16", "dynamic_int8",    "mobile_xnnpack"};

std::string fixed(double v, int digits)
{
    char buf[48];
    std::snprintf(buf, sizeof buf, "%.*f", digits, v);
    return buf;
}

std::string us(double v)
{
    return fixed(v, v < 100 ? 1 : 0) + " µs";
}

/// A prepared candidate: its model, and whether it has the tensor-free path.
struct Candidate {
    std::string id;
    RunnablePtr model;
    bool raw = false;
    std::vector<BatchChoice> choices;  // its own per-batch choices (native_*)
    std::string arithmetic;
};

/// reasoning_scores of `rows` rows through `c`, `batch` rows per call (the last call may be shorter).
std::vector<float> candidateScores(Candidate& c, const std::vector<float>& x, int rows, int inputs, int outputs, int batch)
{
    std::vector<float> out(static_cast<std::size_t>(rows) * outputs);
    c10::InferenceMode guard;
    for (int r = 0; r < rows; r += batch) {
        const int n = std::min(batch, rows - r);
        const float* in = x.data() + static_cast<std::size_t>(r) * inputs;
        float* dst = out.data() + static_cast<std::size_t>(r) * outputs;
        if (c.raw && c.model->forwardRaw(in, n, dst))
            continue;
        const auto t = torch::from_blob(const_cast<float*>(in), {n, inputs}, torch::kFloat);
        const auto s = scoresOf(c.model->forward(t)).to(torch::kFloat).contiguous();
        if (s.numel() != static_cast<std::int64_t>(n) * outputs)
            throw std::runtime_error("reasoning_scores has shape " + c10::str(s.sizes()));
        std::copy(s.data_ptr<float>(), s.data_ptr<float>() + s.numel(), dst);
    }
    return out;
}

/// The logit cosine core reports (logits from the sigmoid scores, clamped as core clamps them).
double logitCosine(const std::vector<float>& ref, const std::vector<float>& got)
{
    auto logit = [](double p) {
        p = std::clamp(p, 1e-7, 1.0 - 1e-7);
        return std::log(p / (1.0 - p));
    };
    double dot = 0, nr = 0, ng = 0;
    for (std::size_t i = 0; i < ref.size(); ++i) {
        if (!std::isfinite(got[i]))
            return std::nan("");
        const double a = logit(ref[i]), b = logit(got[i]);
        dot += a * b;
        nr += a * a;
        ng += b * b;
    }
    return nr > 0 && ng > 0 ? dot / std::sqrt(nr * ng) : (nr == ng ? 1.0 : 0.0);
}

/// One forward of `batch` rows through `c`, as PreparedMethod::forward runs it.
void callOnce(Candidate& c, const float* x, int batch, int inputs, std::vector<float>& scratch)
{
    if (c.raw) {
        c.model->forwardRaw(x, batch, scratch.data());
        return;
    }
    c10::InferenceMode guard;
    const auto t = torch::from_blob(const_cast<float*>(x), {batch, inputs}, torch::kFloat);
    (void)c.model->forward(t);
}

class AutoRunnable : public Runnable {
public:
    AutoRunnable(std::map<int, Candidate> picks, int inputs, int outputs)
        : m_picks(std::move(picks)), m_inputs(inputs), m_outputs(outputs)
    {
    }

    c10::IValue forward(const at::Tensor& x) override { return route(static_cast<int>(x.size(0))).model->forward(x); }

    bool forwardRaw(const float* input, int batch, float* scores) override
    {
        Candidate& c = route(batch);
        if (c.raw && c.model->forwardRaw(input, batch, scores))
            return true;
        c10::InferenceMode guard;
        const auto t = torch::from_blob(const_cast<float*>(input), {batch, m_inputs}, torch::kFloat);
        const auto s = scoresOf(c.model->forward(t)).to(torch::kFloat).contiguous();
        std::copy(s.data_ptr<float>(), s.data_ptr<float>() + std::min<std::int64_t>(s.numel(), std::int64_t(batch) * m_outputs),
                  scores);
        return true;
    }

    std::string kind() const override
    {
        std::string text = "auto:";
        for (const auto& [batch, c] : m_picks)
            text += " b" + std::to_string(batch) + " " + c.id;
        return text;
    }

    std::int64_t weightBytes() const override
    {
        std::set<const Runnable*> seen;
        std::int64_t total = 0;
        for (const auto& [batch, c] : m_picks)
            if (seen.insert(c.model.get()).second) {
                const auto b = c.model->weightBytes();
                if (b < 0)
                    return -1;
                total += b;
            }
        return total;
    }

private:
    /// The pick of `batch`; for a size that was not prepared, that of the largest prepared size below it (else the
    /// smallest prepared size).
    Candidate& route(int batch)
    {
        auto it = m_picks.upper_bound(batch);
        if (it != m_picks.begin())
            --it;
        return it->second;
    }

    std::map<int, Candidate> m_picks;
    int m_inputs;
    int m_outputs;
};

class AutoStrategy : public Strategy {
public:
    StrategyInfo info() const override
    {
        StrategyInfo i;
        i.id = "auto";
        i.group = "Compile";
        i.summary = "Picks, per batch size, the fastest faithful method for this model on this machine: prepares the "
                    "candidates (eager, freeze_optimize, native_fp32, native_int8, native_bf16, dynamic_int8, "
                    "mobile_xnnpack), keeps those whose outputs match the model's on a few rows (logit cosine at "
                    "least auto.min_cosine), times them briefly at each batch size and runs each batch size on its "
                    "pick.";
        i.failsWhen = "Fails when no candidate prepares; not applicable to a model file with its own inputs.";
        i.inAll = false;
        i.weightCopies = 7.0;  // every candidate is held while they are compared
        i.notForModelFiles = "auto compares the residual-MLP methods on [batch, inputs] rows; for a model file with "
                             "its own inputs, run its methods side by side instead";
        OptionInfo cosine;
        cosine.key = kMinCosineKey;
        cosine.type = "double";
        cosine.defaultValue = "0.999";
        cosine.min = 0;
        cosine.max = 1;
        cosine.summary = "Fidelity floor: a candidate is eligible at a batch size when the logit cosine of its "
                         "outputs against the model's on 64 seeded rows is at least this.";
        i.options.push_back(cosine);
        OptionInfo budget;
        budget.key = kBudgetKey;
        budget.type = "int";
        budget.defaultValue = "20";
        budget.min = 1;
        budget.max = 10000;
        budget.summary = "Measurement time per candidate and batch size at preparation, in milliseconds.";
        i.options.push_back(budget);
        return i;
    }

    StepOutput apply(const StepInput& in) const override
    {
        const double minCosine = optionDouble(in.settings, kMinCosineKey, 0.999);
        if (!(minCosine >= 0 && minCosine <= 1))
            return stepFailed("option " + std::string(kMinCosineKey) + ": " + fixed(minCosine, 4)
                              + " is not a cosine; allowed: 0 to 1");
        const long long budgetMs = optionInt(in.settings, kBudgetKey, 20);
        if (budgetMs < 1 || budgetMs > 10000)
            return stepFailed("option " + std::string(kBudgetKey) + ": " + std::to_string(budgetMs)
                              + " is out of range; allowed: 1 to 10000");
        const int inputs = in.spec.inputs, outputs = in.spec.outputs;

        std::vector<Candidate> candidates;
        std::vector<std::string> left;  // candidates that did not prepare, with why
        prepareCandidates(in, candidates, left);
        if (candidates.empty())
            return stepFailed("auto: no candidate prepared (" + join(left, "; ") + ")");

        // Fidelity: the same seeded rows through the input model (the reference) and every candidate.
        std::mt19937_64 rng(in.spec.seed ^ 0xA070ULL);
        std::normal_distribution<float> normal;
        const auto batches = preparedBatches(in.settings);
        const int maxBatch = *std::max_element(batches.begin(), batches.end());
        const int rows = std::max(kFidelityRows, maxBatch);
        std::vector<float> x(static_cast<std::size_t>(rows) * inputs);
        for (auto& v : x)
            v = normal(rng);
        Candidate reference{"eager", in.model, false, {}, {}};
        const auto ref = candidateScores(reference, x, rows, inputs, outputs, rows);

        std::map<int, Candidate> picks;
        std::vector<BatchChoice> choices;
        std::vector<std::string> perBatch;
        std::vector<int> sizes(batches);
        std::sort(sizes.begin(), sizes.end());
        sizes.erase(std::unique(sizes.begin(), sizes.end()), sizes.end());
        for (std::size_t bi = 0; bi < sizes.size(); ++bi) {
            const int batch = sizes[bi];
            if (in.cancelled())
                throw StepCancelled();
            in.report("measure at batch " + std::to_string(batch),
                      0.6 + 0.4 * static_cast<double>(bi) / static_cast<double>(sizes.size()));
            // Rows in calls of `batch` (at least the fidelity rows), so that each candidate's path at this batch
            // size is the one checked.
            const int n = std::max(kFidelityRows, batch) / batch * batch;
            std::vector<std::size_t> faithful;
            std::vector<double> cosines(candidates.size(), std::nan(""));
            std::vector<std::string> unfaithful;
            for (std::size_t c = 0; c < candidates.size(); ++c) {
                try {
                    const auto got = candidateScores(candidates[c], x, n, inputs, outputs, batch);
                    const std::vector<float> want(ref.begin(), ref.begin() + static_cast<std::ptrdiff_t>(got.size()));
                    cosines[c] = logitCosine(want, got);
                } catch (const std::exception& e) {
                    unfaithful.push_back(candidates[c].id + " failed: " + errorText(e));
                    continue;
                }
                if (cosines[c] >= minCosine)
                    faithful.push_back(c);
                else
                    unfaithful.push_back(candidates[c].id + " cos " + fixed(cosines[c], 5));
            }
            if (faithful.empty()) {
                perBatch.push_back("b" + std::to_string(batch) + ": no candidate faithful (" + join(unfaithful, ", ")
                                   + ")");
                continue;
            }
            const auto times = measure(candidates, faithful, batch, inputs, outputs, static_cast<double>(budgetMs));
            std::size_t best = 0;
            for (std::size_t k = 1; k < faithful.size(); ++k)
                if (times[k] < times[best])
                    best = k;
            const Candidate& pick = candidates[faithful[best]];
            picks.emplace(batch, pick);
            BatchChoice choice;
            choice.batch = batch;
            choice.choice = pick.id;
            choice.arithmetic = pick.arithmetic;
            choice.us = times[best];
            choice.cosine = cosines[faithful[best]];
            choice.weightBytes = pick.model->weightBytes();
            for (const auto& own : pick.choices)
                if (own.batch == batch) {
                    choice.detail = own.choice + (own.detail.empty() ? "" : " (" + own.detail + ")");
                    if (!own.arithmetic.empty())
                        choice.arithmetic = own.arithmetic;
                }
            choices.push_back(choice);
            std::string text = "b" + std::to_string(batch) + ": " + pick.id
                + (choice.detail.empty() ? "" : " [" + choice.detail + "]") + " " + us(times[best]) + " (cos "
                + fixed(choice.cosine, 5) + ")";
            std::vector<std::pair<double, std::string>> others;
            for (std::size_t k = 0; k < faithful.size(); ++k)
                if (k != best)
                    others.emplace_back(times[k], candidates[faithful[k]].id + " " + us(times[k]));
            std::sort(others.begin(), others.end());
            std::vector<std::string> rest;
            for (const auto& o : others)
                rest.push_back(o.second);
            if (!rest.empty())
                text += "; then " + join(rest, ", ");
            if (!unfaithful.empty())
                text += "; below the fidelity floor: " + join(unfaithful, ", ");
            perBatch.push_back(text);
        }
        if (picks.empty())
            return stepFailed("auto: no candidate reaches the fidelity floor of cosine " + fixed(minCosine, 4)
                              + " at any batch size (" + join(perBatch, " | ") + ")");
        auto model = std::make_shared<AutoRunnable>(std::move(picks), inputs, outputs);
        std::string message = "auto (fidelity floor: logit cosine >= " + fixed(minCosine, 4) + " against the input "
            + "model on " + std::to_string(kFidelityRows) + " rows): " + join(perBatch, " | ");
        if (!left.empty())
            message += " | not candidates: " + join(left, "; ");
        auto out = stepOk(model, message);
        out.report.choices = std::move(choices);
        return out;
    }

private:
    static std::string join(const std::vector<std::string>& parts, const std::string& sep)
    {
        std::string out;
        for (const auto& p : parts)
            out += (out.empty() ? "" : sep) + p;
        return out;
    }

    static void prepareCandidates(const StepInput& in, std::vector<Candidate>& candidates, std::vector<std::string>& left)
    {
        const auto& registry = StrategyRegistry::instance();
        for (std::size_t i = 0; i < kCandidates.size(); ++i) {
            const std::string& id = kCandidates[i];
            if (in.cancelled())
                throw StepCancelled();
            in.report("prepare " + id, 0.6 * static_cast<double>(i) / static_cast<double>(kCandidates.size()));
            Candidate c;
            c.id = id;
            if (id == "eager") {
                c.model = in.model;
            } else {
                const Strategy* s = registry.find(id);
                if (!s) {
                    left.push_back(id + ": not in this build");
                    continue;
                }
                StepInput sub{in.spec, in.settings, in.model, in.method, in.stepIndex, in.cancel, {}, nullptr};
                StepOutput out;
                try {
                    out = s->apply(sub);
                } catch (const StepCancelled&) {
                    throw;
                } catch (const std::exception& e) {
                    left.push_back(id + " failed: " + errorText(e));
                    continue;
                }
                const auto& r = out.report;
                if (r.status == StepStatus::Failed) {
                    left.push_back(id + " failed: " + r.error);
                    continue;
                }
                if (r.status == StepStatus::NotApplicable) {
                    left.push_back(id + " not applicable: " + r.message);
                    continue;
                }
                if (r.status == StepStatus::Skipped || !out.model || out.model == in.model) {
                    left.push_back(id + " skipped: " + r.message);
                    continue;
                }
                c.model = out.model;
                c.choices = r.choices;
                c.arithmetic = s->info().arithmetic;
            }
            // The first call, as the workspace makes it (lazy packing and compilation happen here, not in the timing).
            try {
                c10::InferenceMode guard;
                (void)c.model->forward(torch::zeros({1, in.spec.inputs}));
                std::vector<float> zeros(static_cast<std::size_t>(in.spec.inputs), 0.0f);
                std::vector<float> scores(static_cast<std::size_t>(in.spec.outputs));
                c.raw = c.model->forwardRaw(zeros.data(), 1, scores.data());
            } catch (const std::exception& e) {
                left.push_back(id + " failed on its first call: " + errorText(e));
                continue;
            }
            candidates.push_back(std::move(c));
        }
    }

    /// Median µs per call of each candidate in `which` at `batch`, in interleaved rounds (the order shuffled per
    /// round, as the runner does), about `budgetMs` per candidate.
    static std::vector<double> measure(std::vector<Candidate>& candidates, const std::vector<std::size_t>& which,
                                       int batch, int inputs, int outputs, double budgetMs)
    {
        std::mt19937_64 rng(0xA0707ULL + static_cast<std::uint64_t>(batch));
        std::normal_distribution<float> normal;
        std::vector<float> x(static_cast<std::size_t>(batch) * inputs);
        for (auto& v : x)
            v = normal(rng);
        std::vector<float> scratch(static_cast<std::size_t>(batch) * outputs);
        auto once = [&](Candidate& c) {
            const auto t0 = Clock::now();
            callOnce(c, x.data(), batch, inputs, scratch);
            return std::chrono::duration<double, std::micro>(Clock::now() - t0).count();
        };
        std::vector<double> first(which.size());
        for (std::size_t k = 0; k < which.size(); ++k) {
            for (int w = 0; w < 3; ++w)
                once(candidates[which[k]]);
            first[k] = std::max(1e-3, once(candidates[which[k]]));
        }
        constexpr int kRounds = 8;
        std::vector<std::vector<double>> samples(which.size());
        std::vector<std::size_t> order(which.size());
        for (std::size_t k = 0; k < order.size(); ++k)
            order[k] = k;
        for (int r = 0; r < kRounds; ++r) {
            std::shuffle(order.begin(), order.end(), rng);
            for (std::size_t k : order) {
                const int calls = std::clamp(static_cast<int>(budgetMs * 1000.0 / kRounds / first[k]), 1, 200);
                for (int c = 0; c < calls; ++c)
                    samples[k].push_back(once(candidates[which[k]]));
            }
        }
        std::vector<double> medians;
        for (auto& s : samples) {
            std::sort(s.begin(), s.end());
            medians.push_back(s.size() % 2 ? s[s.size() / 2] : 0.5 * (s[s.size() / 2 - 1] + s[s.size() / 2]));
        }
        return medians;
    }
};

}  // namespace

void registerAutoStrategy(StrategyRegistry& registry)
{
    registry.add(std::make_unique<AutoStrategy>());
}

}  // namespace ob::engine
