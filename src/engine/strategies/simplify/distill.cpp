// SPDX-License-Identifier: MIT
// simplify: replaces the model by the simplified architecture (the seed's residual MLP, same hidden size and
// layers) and distills it: the simplified model is trained to reproduce the model's outputs on seeded N(0,1)
// inputs, with Adam on the mean squared error of the logits, until a time budget (or a step limit) runs out.
// The result is an approximation of the original model, and its fidelity against `eager` says how good one.
//
// Why logits and not reasoning_scores: the scores are sigmoid(logits); matching in logit space keeps the gradient
// where the sigmoid saturates, and logit cosine is what the fidelity check reports. Dropout stays off while
// distilling: the target is deterministic, there is nothing to regularise against.

#include <torch/torch.h>

#include <chrono>
#include <cmath>
#include <iomanip>
#include <sstream>

#include "models/init.h"
#include "models/simplified_model.h"
#include "strategies/simplify/simplify_strategies.h"

namespace ob::engine {
namespace {

using Clock = std::chrono::steady_clock;

constexpr std::uint64_t kTrainStream = 0x646973746cULL;  // "distl"
constexpr std::uint64_t kHoldoutStream = 0x686f6c64ULL;   // "hold"
constexpr int kHoldoutRows = 1024;
// Measured on the default original model (hidden 256, 7 layers) at a fixed number of training samples: smaller
// batches with more steps fit better (batch 64 x 400 steps: held-out cosine 0.974; 128 x 200: 0.963;
// 256 x 100: 0.953), and lr 0.01 or more diverges.
constexpr long long kDefaultBatch = 64;
constexpr double kDefaultLr = 0.001;

double secondsSince(Clock::time_point t0)
{
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

at::Tensor teacherLogits(Runnable& teacher, const at::Tensor& x)
{
    torch::NoGradGuard noGrad;
    return torch::logit(scoresOf(teacher.forward(x)), 1e-6);
}

double cosine(const at::Tensor& a, const at::Tensor& b)
{
    return torch::cosine_similarity(a.flatten(), b.flatten(), 0).item<double>();
}

std::string fixed(double v, int digits)
{
    std::ostringstream s;
    s << std::fixed << std::setprecision(digits) << v;
    return s.str();
}

class SimplifyStrategy : public Strategy {
public:
    StrategyInfo info() const override
    {
        StrategyInfo i;
        i.id = "simplify";
        i.notForModelFiles = "it distils the built-in reasoning model into the simplified one (4 inputs, 13 scores); a model file has "
            "its own inputs and outputs";
        i.group = "Simplification";
        i.summary = "Replaces the model by the simplified architecture (residual MLP of the same hidden size and "
                    "layers) distilled from it: trained with Adam to reproduce its logits on seeded random inputs "
                    "within a time budget. An approximation: its fidelity against the original is what it is.";
        i.failsWhen = "Cancelled while distilling. Skipped when the model already is the simplified architecture.";
        i.replacesModel = "simplified";
        i.options.push_back({"simplify.budget_s", "double", "10", {}, 0.1, 3600,
                             "Time budget of the distillation in seconds (the result depends on the machine's speed)."});
        i.options.push_back({"simplify.max_steps", "int", "0", {}, 0, 10000000,
                             "Stop after this many training steps (0: only the time budget); for repeatable results."});
        i.options.push_back({"simplify.batch", "int", "64", {}, 8, 65536, "Inputs per training step."});
        i.options.push_back({"simplify.lr", "double", "0.001", {}, 1e-6, 1, "Adam's initial learning rate "
                                                                             "(cosine decay over the budget)."});
        return i;
    }

    StepOutput apply(const StepInput& in) const override
    {
        if (in.model->residualMlp())
            return stepSkipped(in.model, "the model already has the simplified architecture; nothing to distill");
        const double budget = optionDouble(in.settings, "simplify.budget_s", 10.0);
        const long long maxSteps = optionInt(in.settings, "simplify.max_steps", 0);
        const long long batch = optionInt(in.settings, "simplify.batch", kDefaultBatch);
        const double lr0 = optionDouble(in.settings, "simplify.lr", kDefaultLr);
        if (!(budget > 0) || batch < 1 || maxSteps < 0 || !(lr0 > 0))
            throw EngineError("simplify: the options must be positive (budget_s, batch, lr) and max_steps >= 0");

        Runnable& teacher = *in.model;
        SimplifiedNet student(in.spec);  // the seeded Xavier start of the simplified model
        for (auto& p : student->parameters())
            p.set_requires_grad(true);
        student->eval();  // dropout off
        torch::optim::Adam optimizer(student->parameters(), torch::optim::AdamOptions(lr0));
        auto gen = makeGenerator(in.spec.seed ^ kTrainStream);

        const auto t0 = Clock::now();
        long long steps = 0;
        double lastLoss = 0, lastReport = -1;
        while (true) {
            if (in.cancelled())
                throw StepCancelled();
            const double elapsed = secondsSince(t0);
            if (elapsed >= budget || (maxSteps > 0 && steps >= maxSteps))
                break;
            const double fraction = maxSteps > 0 ? std::max(elapsed / budget, double(steps) / double(maxSteps))
                                                 : elapsed / budget;
            const double lr = lr0 * (0.02 + 0.98 * 0.5 * (1.0 + std::cos(M_PI * std::min(1.0, fraction))));
            for (auto& group : optimizer.param_groups())
                static_cast<torch::optim::AdamOptions&>(group.options()).lr(lr);
            const auto x = torch::randn({batch, in.spec.inputs}, gen, torch::kFloat);
            const auto target = teacherLogits(teacher, x);
            optimizer.zero_grad();
            const auto loss = torch::mse_loss(student->logits(x), target);
            loss.backward();
            optimizer.step();
            ++steps;
            if (elapsed - lastReport >= 0.1) {
                lastLoss = loss.item<double>();
                lastReport = elapsed;
                in.report("distilling", fraction);
            }
        }
        const double seconds = secondsSince(t0);
        for (auto& p : student->parameters())
            p.set_requires_grad(false);

        // Held-out check on inputs the training never saw (the run's own fidelity check uses yet other inputs).
        auto holdoutGen = makeGenerator(in.spec.seed ^ kHoldoutStream);
        const auto holdout = torch::randn({kHoldoutRows, in.spec.inputs}, holdoutGen, torch::kFloat);
        double holdoutCosine = 0;
        {
            torch::NoGradGuard noGrad;
            holdoutCosine = cosine(student->logits(holdout), teacherLogits(teacher, holdout));
        }
        auto model = std::make_shared<SimplifiedModel>(student);
        StepOutput out = stepOk(model, "distilled for " + fixed(seconds, 1) + " s: " + std::to_string(steps)
                                           + " steps of " + std::to_string(batch) + " inputs, last loss "
                                           + fixed(lastLoss, 4) + "; logit cosine " + fixed(holdoutCosine, 4)
                                           + " against the model on " + std::to_string(kHoldoutRows)
                                           + " held-out inputs");
        // Core turns this into a flag when the fidelity over the evaluation set shows the approximation.
        out.report.diagnosis.id = "simplify_approximation";
        out.report.diagnosis.args = {{"seconds", fixed(seconds, 1)}, {"steps", std::to_string(steps)},
                                     {"holdout_cosine", fixed(holdoutCosine, 4)}};
        out.report.diagnosis.fixes.push_back({"setting", "simplify.budget_s", fixed(std::max(30.0, budget * 3), 0)});
        return out;
    }
};

}  // namespace

std::unique_ptr<Strategy> makeSimplifyStrategy()
{
    return std::make_unique<SimplifyStrategy>();
}

}  // namespace ob::engine
