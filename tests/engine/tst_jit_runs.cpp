// SPDX-License-Identifier: MIT
// The JIT and simplification methods through the benchmark runner: the frozen-control-flow trap is flagged from
// the fidelity over the evaluation set, and simplify is an approximation whose quality is measured and reported.

#include <torch/torch.h>

#include <QTest>

#include <set>

#include "bench/inputs.h"
#include "bench/runner.h"
#include "diagnosis/catalog.h"
#include "models/original_model.h"
#include "optibench/engine/engine.h"
#include "stats/fidelity.h"

using namespace ob;

namespace {

class Quiet : public RunObserver {};

const MethodResult& resultOf(const RunResult& run, const char* method)
{
    const MethodResult* r = run.result(QLatin1String(method));
    if (!r)
        qFatal("no result for %s", method);
    return *r;
}

}  // namespace

class TestJitRuns : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void frozenControlFlowIsFlagged()
    {
        RunConfig config;  // the default evaluation set: 1024 N(0,1) rows from the run seed
        config.model = QStringLiteral("original");
        config.methods = {QStringLiteral("eager"), QStringLiteral("simplify_outputs+jit_trace"),
                          QStringLiteral("simplify_outputs+jit_script")};
        config.batches = {1};
        config.warmup = 1;
        config.iterations = 3;
        config.forks = 1;
        // Fidelity flags are the subject; the roofline's (roof_exceeded when the roofs were measured by a build that
        // runs slower, e.g. the sanitizers') are not.
        config.options.insert(QStringLiteral("roofline"), QStringLiteral("off"));

        // The evaluation set really takes several paths (the runner draws it from stream 1 of the run seed).
        engine::ModelSpec spec;
        spec.model = "original";
        engine::OriginalModel model(spec);
        auto data = InputGenerator(deriveSeed(config.seed, 1)).next(static_cast<std::size_t>(config.evalSamples) * 4);
        const auto paths = model.paths(torch::from_blob(data.data(), {config.evalSamples, 4}));
        const auto key = (paths.steps * 10 + paths.strategy).contiguous();
        const std::set<int64_t> distinct(key.data_ptr<int64_t>(), key.data_ptr<int64_t>() + key.numel());
        qInfo("the evaluation set takes %zu distinct paths (chain length x strategy)", distinct.size());
        QVERIFY(distinct.size() > 1);

        std::atomic<bool> cancel{false};
        Quiet quiet;
        const RunResult run = BenchmarkRunner(config).run(quiet, cancel);
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));

        const MethodResult& traced = resultOf(run, "simplify_outputs+jit_trace");
        QCOMPARE(traced.status, MethodStatus::Ok);  // it runs: the trap is that nothing fails
        qInfo("traced: logit cosine %.4f, argmax agreement %.1f %%, max |d score| %.3f", traced.fidelity->cosine,
              traced.fidelity->argmaxAgreement, traced.fidelity->maxAbsError);
        QVERIFY(traced.flags.contains(QStringLiteral("frozen_control_flow")));
        QCOMPARE(traced.diagnosis.id, QStringLiteral("trace_froze_control_flow"));
        const auto text = renderDiagnosis(traced.diagnosis);
        QVERIFY2(text.cause.contains(QStringLiteral("the trace froze data-dependent control flow; use jit_script"),
                                     Qt::CaseInsensitive),
                 qPrintable(text.cause));
        QVERIFY(!text.cause.contains(QLatin1Char('{')));  // every argument filled in
        QCOMPARE(traced.diagnosis.fixes.front().value, QStringLiteral("simplify_outputs+jit_script"));

        const MethodResult& scripted = resultOf(run, "simplify_outputs+jit_script");
        QVERIFY2(scripted.flags.isEmpty(), qPrintable(scripted.flags.join(QStringLiteral(", "))));
        QVERIFY(scripted.fidelity->maxAbsError <= 1e-5);
    }

    void simplifyApproximatesTheOriginal()
    {
        // A fixed number of steps (not the 10 s budget) so that the result does not depend on the machine's load.
        engine::ModelSpec spec;
        spec.model = "original";
        engine::EngineSettings settings;
        settings.options = {{"simplify.max_steps", "200"}, {"simplify.budget_s", "600"}};
        auto ws = engine::Workspace::create(spec, settings);
        int reports = 0;
        engine::PrepareContext ctx;
        ctx.progress = [&](const std::string&, const std::string& stage, double) { reports += stage == "distilling"; };
        auto simplified = ws->prepare("simplify", ctx);
        QVERIFY(simplified->ok());
        QVERIFY(reports > 0);
        qInfo("%s", simplified->steps().front().message.c_str());
        QCOMPARE(simplified->steps().front().diagnosis.id, std::string("simplify_approximation"));

        auto eager = ws->prepare("eager", {});
        const int rows = 2048;  // held out: drawn from a stream neither the training nor the step's check uses
        const auto x = InputGenerator(deriveSeed(spec.seed, 77)).next(static_cast<std::size_t>(rows) * 4);
        std::vector<float> a, b;
        eager->evaluate(x.data(), rows, a);
        simplified->evaluate(x.data(), rows, b);
        const auto f = stats::compare(a, b, 13);
        qInfo("simplify (200 steps of 64) vs original on %d held-out inputs: logit cosine %.4f, argmax %.1f %%", rows,
              f.cosine, f.argmaxAgreement);
        QVERIFY(f.cosine >= 0.9);
        QVERIFY(f.cosine < 0.9999);  // an approximation, not a copy
    }

    void simplifyIsCancellable()
    {
        engine::ModelSpec spec;
        spec.model = "original";
        spec.hidden = 32;
        auto ws = engine::Workspace::create(spec, {});
        std::atomic<bool> cancel{false};
        engine::PrepareContext ctx;
        ctx.cancel = &cancel;
        ctx.progress = [&](const std::string&, const std::string&, double) { cancel = true; };
        auto m = ws->prepare("simplify+freeze_optimize", ctx);
        QVERIFY(!m->ok());
        QCOMPARE(m->steps().front().error, std::string("cancelled by the user"));
        QCOMPARE(diagnoseError(QString::fromStdString(m->steps().front().error)).id, QStringLiteral("cancelled"));
    }

    void simplifySkipsTheSimplifiedModel()
    {
        engine::ModelSpec spec;
        spec.hidden = 16;
        auto m = engine::Workspace::create(spec, {})->prepare("simplify", {});
        QVERIFY(m->ok());
        QCOMPARE(m->steps().front().status, engine::StepStatus::Skipped);
    }
};

QTEST_GUILESS_MAIN(TestJitRuns)
#include "tst_jit_runs.moc"
