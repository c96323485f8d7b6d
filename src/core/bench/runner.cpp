// SPDX-License-Identifier: MIT
#include "bench/runner.h"

#include <QCoreApplication>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <memory>
#include <random>

#include <spdlog/spdlog.h>

#include "bench/inputs.h"
#include "config/resources.h"
#include "config/validation.h"
#include "diagnosis/catalog.h"
#include "diagnosis/hints.h"
#include "logging/logging.h"
#include "optibench/engine/engine.h"
#include "results/environment.h"

namespace ob {
namespace {

using Clock = std::chrono::steady_clock;

constexpr std::uint64_t kEvalStream = 1;
constexpr std::uint64_t kOrderStream = 2;
constexpr std::uint64_t kBatchStreamBase = 1000;

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

DiagnosisRef toRef(const engine::Diagnosis& d)
{
    DiagnosisRef ref;
    ref.id = q(d.id);
    for (const auto& [k, v] : d.args)
        ref.args.insert(q(k), q(v));
    for (const auto& f : d.fixes)
        ref.fixes << FixAction{q(f.kind), q(f.key), q(f.value)};
    return ref;
}

QString stepStatusId(engine::StepStatus s)
{
    switch (s) {
    case engine::StepStatus::Ok: return QStringLiteral("ok");
    case engine::StepStatus::Failed: return QStringLiteral("failed");
    case engine::StepStatus::Skipped: return QStringLiteral("skipped");
    }
    return QStringLiteral("failed");
}

DiagnosisRef diagnosisFor(const engine::Diagnosis& fromEngine, const QString& error)
{
    return fromEngine.empty() ? diagnoseError(error) : toRef(fromEngine);
}

engine::ModelSpec specOf(const RunConfig& c)
{
    engine::ModelSpec s;
    s.model = c.model.toStdString();
    s.hidden = c.hidden;
    s.layers = c.layers;
    s.inputs = c.inputs;
    s.outputs = c.outputs;
    s.seed = c.seed;
    return s;
}

engine::EngineSettings settingsOf(const RunConfig& c)
{
    engine::EngineSettings s;
    s.qengine = c.qengine.toStdString();
    for (auto it = c.options.begin(); it != c.options.end(); ++it)
        s.options[it.key().toStdString()] = it.value().toStdString();
    return s;
}

/// Progress bookkeeping with an ETA from the measured call rate; emits at most every 40 ms.
class ProgressTracker {
public:
    ProgressTracker(RunObserver& observer) : m_observer(observer) {}

    void setTotal(qint64 total) { m_progress.callsTotal = total; }

    void stage(const QString& stage, const QString& method, int batch, double fractionOfSetup = -1)
    {
        m_progress.stage = stage;
        m_progress.method = method;
        m_progress.batch = batch;
        if (fractionOfSetup >= 0)
            m_setupFraction = fractionOfSetup;
        emitNow();
    }

    void call(const QString& method)
    {
        if (m_progress.callsDone == 0)
            m_firstCall = Clock::now();
        ++m_progress.callsDone;
        m_progress.method = method;
        const auto now = Clock::now();
        if (now - m_lastEmit > std::chrono::milliseconds(40))
            emitNow();
    }

    void emitNow()
    {
        m_lastEmit = Clock::now();
        constexpr double kSetupShare = 0.1;  // share of the bar for preparing the methods
        const double measured = m_progress.callsTotal > 0
            ? static_cast<double>(m_progress.callsDone) / static_cast<double>(m_progress.callsTotal)
            : 0.0;
        m_progress.fraction = std::clamp(kSetupShare * m_setupFraction + (1 - kSetupShare) * measured, 0.0, 1.0);
        if (m_progress.callsDone > 20) {
            const double elapsed = std::chrono::duration<double>(m_lastEmit - m_firstCall).count();
            m_progress.etaSeconds = elapsed / static_cast<double>(m_progress.callsDone)
                * static_cast<double>(m_progress.callsTotal - m_progress.callsDone);
        }
        m_observer.progress(m_progress);
    }

    void done()
    {
        m_progress.stage = QStringLiteral("done");
        m_progress.fraction = 1.0;
        m_progress.etaSeconds = 0;
        m_observer.progress(m_progress);
    }

private:
    RunObserver& m_observer;
    RunProgress m_progress;
    double m_setupFraction = 0;
    Clock::time_point m_lastEmit{};
    Clock::time_point m_firstCall{};
};

struct ActiveMethod {
    MethodResult* result = nullptr;
    std::unique_ptr<engine::PreparedMethod> prepared;
};

void failMethod(MethodResult& r, const QString& error)
{
    r.status = MethodStatus::Failed;
    r.error = error;
    r.diagnosis = diagnoseError(error);
}

bool allFinite(const std::vector<float>& values)
{
    return std::all_of(values.begin(), values.end(), [](float v) { return std::isfinite(v); });
}

void flagNonFinite(MethodResult& r)
{
    if (!r.flags.contains(QStringLiteral("non_finite")))
        r.flags << QStringLiteral("non_finite");
    r.score.reset();  // a mean over NaN or Inf is not a number to show
    r.diagnosis = DiagnosisRef{QStringLiteral("non_finite_output"), {}, {}};
}

}  // namespace

int BenchmarkRunner::roundLength(int iterations)
{
    return std::max(1, std::min(10, iterations / 10));
}

BenchmarkRunner::BenchmarkRunner(RunConfig config, WorkspaceFactory factory)
    : m_config(std::move(config)), m_factory(std::move(factory))
{
    if (!m_factory)
        m_factory = [](const engine::ModelSpec& spec, const engine::EngineSettings& settings) {
            return engine::Workspace::create(spec, settings);
        };
}

RunResult BenchmarkRunner::run(RunObserver& observer, const std::atomic<bool>& cancel)
{
    RunResult result = execute(observer, cancel);
    observer.runFinished(result);
    return result;
}

RunResult BenchmarkRunner::execute(RunObserver& observer, const std::atomic<bool>& cancel)
{
    auto log = logging::get("core");
    RunResult run;
    run.config = m_config;
    run.toolVersion = versionString();
    run.started = QDateTime::currentDateTimeUtc();
    ProgressTracker progress(observer);

    if (auto err = validate(m_config); err || (err = checkResources(m_config))) {
        run.error = err->message();
        run.finished = QDateTime::currentDateTimeUtc();
        log->warn("run refused: {}", run.error.toStdString());
        return run;
    }
    run.methods = expandMethods(m_config.methods);
    engine::applyThreadSettings(m_config.threads, m_config.blasThreads);
    run.environment = captureEnvironment();
    for (const auto& m : run.methods) {
        MethodResult r;
        r.method = m;
        r.model = m_config.model;
        run.results.push_back(r);
    }
    observer.runStarted(run);
    log->info("run started: {} method(s), hidden {}, layers {}, {} batch size(s)", run.methods.size(), m_config.hidden,
              m_config.layers, m_config.batches.size());

    std::unique_ptr<engine::Workspace> workspace;
    try {
        workspace = m_factory(specOf(m_config), settingsOf(m_config));
    } catch (const std::exception& e) {
        run.error = q(e.what());
        run.finished = QDateTime::currentDateTimeUtc();
        log->error("building the model failed: {}", e.what());
        progress.done();
        return run;
    }

    // Prepare every method and check its outputs against eager on the evaluation set.
    const auto evalInputs = InputGenerator(deriveSeed(m_config.seed, kEvalStream))
                                .next(static_cast<std::size_t>(m_config.evalSamples) * m_config.inputs);
    std::vector<float> reference;
    std::vector<ActiveMethod> active;
    engine::PrepareContext ctx;
    ctx.cancel = &cancel;
    const auto nMethods = static_cast<double>(run.results.size());
    for (std::size_t i = 0; i < run.results.size() && !cancel; ++i) {
        MethodResult& r = run.results[i];
        progress.stage(QStringLiteral("prepare"), r.method, 0, static_cast<double>(i) / nMethods);
        ctx.progress = [&](const std::string&, const std::string& stage, double fraction) {
            progress.stage(q(stage), r.method, 0, (static_cast<double>(i) + fraction) / nMethods);
        };
        std::unique_ptr<engine::PreparedMethod> prepared;
        try {
            prepared = workspace->prepare(r.method.toStdString(), ctx);
        } catch (const std::exception& e) {  // the engine reports strategy failures as steps; this is a bug
            failMethod(r, q(e.what()));
        } catch (...) {
            failMethod(r, QStringLiteral("unknown exception while preparing %1").arg(r.method));
        }
        if (!prepared) {
            log->warn("prepared {}: failed: {}", r.method.toStdString(), r.error.toStdString());
            observer.methodPrepared(r);
            continue;
        }
        r.setupMs = prepared->setupMs();
        r.weightBytes = prepared->weightBytes();
        for (const auto& s : prepared->steps()) {
            StepResult step{q(s.strategy), stepStatusId(s.status), q(s.error), q(s.message), {}, s.setupMs};
            step.diagnosis = s.status == engine::StepStatus::Ok ? toRef(s.diagnosis) : diagnosisFor(s.diagnosis, step.error);
            r.steps.push_back(step);
            if (s.status == engine::StepStatus::Failed && r.error.isEmpty()) {
                r.status = MethodStatus::Failed;
                r.error = step.error;
                r.diagnosis = step.diagnosis;
            }
        }
        if (prepared->ok() && cancel) {  // cancelled during its setup: do not evaluate it
            r.status = MethodStatus::Cancelled;
            observer.methodPrepared(r);
            continue;
        }
        if (!prepared->ok()) {
            r.status = cancel ? MethodStatus::Cancelled : MethodStatus::Failed;
            log->warn("prepared {}: {}: {}", r.method.toStdString(), statusId(r.status).toStdString(),
                      r.error.toStdString());
            observer.methodPrepared(r);
            continue;
        }
        progress.stage(QStringLiteral("evaluate"), r.method, 0);
        try {
            if (reference.empty()) {
                auto eager = r.method == QLatin1String("eager") ? nullptr : workspace->prepare("eager", ctx);
                (eager ? *eager : *prepared).evaluate(evalInputs.data(), m_config.evalSamples, reference);
            }
            std::vector<float> scores;
            prepared->evaluate(evalInputs.data(), m_config.evalSamples, scores);
            r.fidelity = stats::compare(reference, scores, m_config.outputs);
            if (r.fidelity->finite) {
                r.score = stats::meanScore(scores);
                annotateFidelity(r, m_config);
            } else {
                flagNonFinite(r);
            }
            active.push_back({&r, std::move(prepared)});
        } catch (const std::exception& e) {
            failMethod(r, q(e.what()));
        } catch (...) {
            failMethod(r, QStringLiteral("unknown exception while evaluating %1").arg(r.method));
        }
        log->info("prepared {}: {}{}", r.method.toStdString(), r.error.isEmpty() ? "ok" : "failed: ",
                  r.error.toStdString());
        observer.methodPrepared(r);
    }

    // Measure: for each batch size, warm up every method, then interleave them in rounds in a seeded order.
    const int warmup = m_config.warmup;
    const int iterations = m_config.iterations;
    progress.setTotal(static_cast<qint64>(active.size()) * m_config.batches.size() * (warmup + iterations));
    std::mt19937_64 orderRng(deriveSeed(m_config.seed, kOrderStream));
    std::vector<float> input;
    for (int batch : m_config.batches) {
        if (cancel)
            break;
        InputGenerator gen(deriveSeed(m_config.seed, kBatchStreamBase + static_cast<std::uint64_t>(batch)));
        input.resize(static_cast<std::size_t>(batch) * m_config.inputs);
        std::vector<BatchResult> results(active.size());
        auto callOnce = [&](ActiveMethod& a) -> std::optional<double> {
            gen.fill(input);
            try {
                const auto t0 = Clock::now();
                a.prepared->forward(input.data(), batch);
                const auto t1 = Clock::now();
                progress.call(a.result->method);
                return std::chrono::duration<double, std::milli>(t1 - t0).count();
            } catch (const std::exception& e) {
                failMethod(*a.result, q(e.what()));
                return std::nullopt;
            } catch (...) {
                failMethod(*a.result, QStringLiteral("unknown exception in forward at batch %1").arg(batch));
                return std::nullopt;
            }
        };
        // The timed calls discard their outputs; one untimed call at this batch size checks they are finite.
        std::vector<float> batchScores;
        auto checkFinite = [&](ActiveMethod& a) {
            gen.fill(input);
            try {
                a.prepared->evaluate(input.data(), batch, batchScores);
                if (!allFinite(batchScores))
                    flagNonFinite(*a.result);
            } catch (const std::exception& e) {
                failMethod(*a.result, q(e.what()));
            } catch (...) {
                failMethod(*a.result, QStringLiteral("unknown exception in forward at batch %1").arg(batch));
            }
        };
        for (auto& a : active) {
            if (a.result->status == MethodStatus::Failed)
                continue;
            progress.stage(QStringLiteral("warmup"), a.result->method, batch);
            if (!cancel)
                checkFinite(a);
            for (int k = 0; k < warmup && !cancel && a.result->status != MethodStatus::Failed; ++k)
                if (!callOnce(a))
                    break;
        }
        std::vector<std::size_t> order(active.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        const int round = roundLength(iterations);
        progress.stage(QStringLiteral("measure"), QString(), batch);
        for (int done = 0; done < iterations && !cancel; done += round) {
            std::shuffle(order.begin(), order.end(), orderRng);
            const int calls = std::min(round, iterations - done);
            for (std::size_t idx : order) {
                ActiveMethod& a = active[idx];
                if (a.result->status == MethodStatus::Failed)
                    continue;
                std::vector<double> chunk;
                chunk.reserve(static_cast<std::size_t>(calls));
                for (int k = 0; k < calls && !cancel; ++k) {
                    const auto ms = callOnce(a);
                    if (!ms)
                        break;
                    chunk.push_back(*ms);
                }
                auto& samples = results[idx].samplesMs;
                samples.insert(samples.end(), chunk.begin(), chunk.end());
                if (!chunk.empty())
                    observer.samplesAdded(a.result->method, batch, chunk);
            }
        }
        for (std::size_t i = 0; i < active.size(); ++i) {
            MethodResult& r = *active[i].result;
            if (r.status == MethodStatus::Failed || results[i].samplesMs.empty())
                continue;
            BatchResult& b = results[i];
            b.batch = batch;
            b.complete = static_cast<int>(b.samplesMs.size()) == iterations;
            summarizeBatch(b);
            r.batches.push_back(b);
            observer.batchFinished(r.method, b);
            // After the observer (the journal writes there): a reader of this line may rely on the journal.
            log->info("finished {} batch {} ({} calls, p50 {:.4f} ms{})", r.method.toStdString(), batch,
                      b.samplesMs.size(), b.latencyMs.p50, b.complete ? "" : ", incomplete");
        }
    }

    run.cancelled = cancel.load();
    for (auto& r : run.results)
        if (r.status == MethodStatus::Pending)
            r.status = static_cast<int>(r.batches.size()) == m_config.batches.size()
                    && std::all_of(r.batches.begin(), r.batches.end(), [](const BatchResult& b) { return b.complete; })
                ? MethodStatus::Ok
                : MethodStatus::Cancelled;
    annotateRun(run);
    for (const auto& r : run.results)
        observer.methodFinished(r);
    run.finished = QDateTime::currentDateTimeUtc();
    log->info("run {}", run.cancelled ? "cancelled" : "finished");
    progress.done();
    return run;
}

}  // namespace ob
