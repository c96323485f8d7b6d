// SPDX-License-Identifier: MIT
#include "bench/runner.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <memory>
#include <random>

#include <spdlog/spdlog.h>

#include "bench/analysis.h"
#include "bench/inputs.h"
#include "bench/measure.h"
#include "bench/model_export.h"
#include "bench/noise.h"
#include "bench/progress.h"
#include "bench/timer.h"
#include "config/enginespec.h"
#include "config/modelfile.h"
#include "config/resources.h"
#include "config/validation.h"
#include "diagnosis/catalog.h"
#include "diagnosis/hints.h"
#include "logging/logging.h"
#include "optibench/engine/engine.h"
#include "results/environment.h"
#include "roofline/machinecache.h"
#include "roofline/roofline.h"

namespace ob {
namespace {

constexpr std::uint64_t kEvalStream = 1;
constexpr std::uint64_t kOrderStream = 2;

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

struct ActiveMethod {
    MethodResult* result = nullptr;
    std::unique_ptr<engine::PreparedMethod> prepared;
};

/// --save-model: saves the requested method, or the last one with a TorchScript form, and records the outcome as
/// a step of that method (see bench/model_export.h).
void exportModel(const RunConfig& config, const QStringList& methods, std::vector<ActiveMethod>& active)
{
    const auto request = saveModelRequest(config, methods);
    if (!request)
        return;
    StepResult last;
    MethodResult* lastMethod = nullptr;
    for (auto it = active.rbegin(); it != active.rend(); ++it) {
        if (!request->method.isEmpty() && it->result->method != request->method)
            continue;
        last = saveTorchScript(*it->prepared, request->path);
        lastMethod = it->result;
        if (last.status == QLatin1String("ok") || !request->method.isEmpty())
            break;
    }
    if (lastMethod)
        lastMethod->steps.push_back(last);
}

}  // namespace

int BenchmarkRunner::roundLength(int iterations)
{
    return roundLengthFor(iterations);
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

    // A model file: loaded and probed once (the engine caches it), its sizes recorded in the run's config.
    engine::ModelFileInfo fileInfo;
    MaybeError err = validate(m_config);
    if (!err)
        err = checkModelFile(m_config, &fileInfo);
    if (!err && fileInfo.ok) {
        applyModelFileSizes(m_config, fileInfo);
        run.config = m_config;
    }
    if (err || (err = checkResources(m_config))) {
        run.error = err->message();
        run.finished = QDateTime::currentDateTimeUtc();
        log->warn("run refused: {}", run.error.toStdString());
        return run;
    }
    const NoiseReading atStart = readNoise();
    run.methods = expandMethods(m_config.methods);
    engine::applyThreadSettings(m_config.threads, m_config.blasThreads);
    run.environment = captureEnvironment();
    // The machine's roofs (cached per CPU model; measured here, in the benchmark's thread, the first time).
    std::optional<MachineRoofs> roofs;
    const QString rooflineMode = m_config.options.value(QStringLiteral("roofline"));
    if (rooflineMode != QLatin1String("off")) {
        try {
            roofs = roofline::machineRoofs(
                rooflineMode == QLatin1String("remeasure"),
                [&](const QString& stage, double f) { progress.roofline(stage, f); }, &cancel);
        } catch (const std::exception&) {
            // cancelled or not measurable: the run has no roofline
        }
    }
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
        workspace = m_factory(modelSpecOf(m_config), engineSettingsOf(m_config));
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
            markFailed(r, q(e.what()));
        } catch (...) {
            markFailed(r, QStringLiteral("unknown exception while preparing %1").arg(r.method));
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
                r.scoreCi = scoreCi(scores, m_config.outputs);
                annotateFidelity(r, m_config);
            } else {
                flagNonFinite(r);
            }
            active.push_back({&r, std::move(prepared)});
        } catch (const std::exception& e) {
            markFailed(r, q(e.what()));
        } catch (...) {
            markFailed(r, QStringLiteral("unknown exception while evaluating %1").arg(r.method));
        }
        log->info("prepared {}: {}{}", r.method.toStdString(), r.error.isEmpty() ? "ok" : "failed: ",
                  r.error.toStdString());
        observer.methodPrepared(r);
    }
    if (!cancel)
        exportModel(m_config, run.methods, active);

    // Measure: for each batch size, warm up every method, then interleave them in rounds in a seeded order.
    run.timer = calibrateTimer();
    const MeasurePlan plan = MeasurePlan::fromConfig(m_config, run.timer);
    if (plan.iterations)
        progress.setTotal(static_cast<qint64>(active.size()) * m_config.batches.size()
                          * (std::max(plan.warmup, kCalibrationCalls) + *plan.iterations));
    std::vector<MeasureTarget> targets;
    for (auto& a : active)
        targets.push_back({a.result, a.prepared.get()});
    std::mt19937_64 orderRng(deriveSeed(m_config.seed, kOrderStream));
    const NoiseReading beforeMeasuring = readNoise();
    const double batchShare = 1.0 / std::max<qsizetype>(1, m_config.batches.size());
    for (qsizetype bi = 0; bi < m_config.batches.size() && !cancel; ++bi) {
        const int batch = m_config.batches[bi];
        BatchMeasurement measurement(plan, batch, m_config.inputs, observer, progress, cancel,
                                     static_cast<double>(bi) * batchShare, batchShare);
        std::vector<BatchResult> results = measurement.run(targets, orderRng);
        for (std::size_t i = 0; i < targets.size(); ++i) {
            MethodResult& r = *targets[i].result;
            if (r.status == MethodStatus::Failed || results[i].samplesMs.empty())
                continue;
            r.batches.push_back(std::move(results[i]));
            observer.batchFinished(r.method, r.batches.back());
            // After the observer (the journal writes there): a reader of this line may rely on the journal.
            const BatchResult& b = r.batches.back();
            log->info("finished {} batch {} ({} calls, p50 {:.4f} ms{})", r.method.toStdString(), batch, b.calls,
                      b.latencyMs.p50, b.complete ? "" : ", incomplete");
        }
    }
    run.noise = noiseBetween(beforeMeasuring, readNoise());
    run.noise.loadBefore = atStart.loadAverage;

    run.cancelled = cancel.load();
    for (auto& r : run.results)
        if (r.status == MethodStatus::Pending)
            r.status = static_cast<int>(r.batches.size()) == m_config.batches.size()
                    && std::all_of(r.batches.begin(), r.batches.end(), [](const BatchResult& b) { return b.complete; })
                ? MethodStatus::Ok
                : MethodStatus::Cancelled;
    addSpeedups(run);
    annotateRun(run);  // first: a method's own hints take its diagnosis before the roofs' (roof_exceeded)
    if (roofs)
        roofline::annotateRoofline(run, *roofs);
    for (const auto& r : run.results)
        observer.methodFinished(r);
    run.finished = QDateTime::currentDateTimeUtc();
    log->info("run {}", run.cancelled ? "cancelled" : "finished");
    progress.done();
    return run;
}

}  // namespace ob
