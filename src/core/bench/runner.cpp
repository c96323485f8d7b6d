// SPDX-License-Identifier: MIT
#include "bench/runner.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <memory>
#include <random>

#include <spdlog/spdlog.h>

#include "bench/analysis.h"
#include "bench/forks.h"
#include "bench/inputs.h"
#include "bench/measure.h"
#include "bench/memorywindow.h"
#include "bench/model_export.h"
#include "bench/noise.h"
#include "bench/profiling.h"
#include "bench/progress.h"
#include "bench/runsteps.h"
#include "bench/supervisor.h"
#include "bench/timer.h"
#include "config/enginespec.h"
#include "config/modelfile.h"
#include "config/resources.h"
#include "config/validation.h"
#include "diagnosis/catalog.h"
#include "diagnosis/hints.h"
#include "logging/logging.h"
#include "optibench/engine/engine.h"
#include "results/output_compare.h"
#include "results/environment.h"
#include "roofline/machinecache.h"
#include "roofline/roofline.h"

namespace ob {
namespace {

constexpr std::uint64_t kEvalStream = 1;
constexpr std::uint64_t kOrderStream = 2;
constexpr std::uint64_t kProfileStream = 3;

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
    case engine::StepStatus::NotApplicable: return QStringLiteral("not_applicable");
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
/// a step of that method (see bench/model_export.h). Returns that method (null: nothing asked or nothing prepared).
MethodResult* exportModel(const RunConfig& config, const QStringList& methods, std::vector<ActiveMethod>& active)
{
    const auto request = saveModelRequest(config, methods);
    if (!request)
        return nullptr;
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
    return lastMethod;
}

}  // namespace

int BenchmarkRunner::roundLength(int iterations)
{
    return roundLengthFor(iterations);
}

BenchmarkRunner::BenchmarkRunner(RunConfig config, WorkspaceFactory factory)
    : m_config(std::move(config)), m_factory(std::move(factory)), m_customFactory(static_cast<bool>(m_factory))
{
    if (!m_factory)
        m_factory = [](const engine::ModelSpec& spec, const engine::EngineSettings& settings) {
            return engine::Workspace::create(spec, settings);
        };
}

RunResult BenchmarkRunner::run(RunObserver& observer, const std::atomic<bool>& cancel)
{
    std::optional<RunResult> supervised;
    if (m_config.isolation == QLatin1String("process") && !m_customFactory)
        supervised = superviseRun(m_config, observer, cancel);  // none when the worker executable is missing
    RunResult result = supervised ? std::move(*supervised) : execute(observer, cancel);
    observer.runFinished(result);
    return result;
}

namespace {

/// One run's steps, in order: start (validate, environment, roofs), build the workspace, prepare and evaluate
/// every method, measure, finish. Each step reads and writes the run it holds.
class RunSteps {
public:
    /// `job`: a part of the run in a worker process (see RunJob); null: the whole run in this process, whose
    /// environment then records `threadReason` (why it runs here: see threadIsolationEnvironment()).
    RunSteps(RunConfig& config, const WorkspaceFactory& factory, RunObserver& observer,
             const std::atomic<bool>& cancel, const RunJob* job = nullptr, QString threadReason = {})
        : m_config(config), m_factory(factory), m_observer(observer), m_cancel(cancel), m_progress(observer),
          m_log(logging::get("core")), m_job(job), m_threadReason(std::move(threadReason))
    {
        m_run.config = m_config;
        m_run.toolVersion = versionString();
        m_run.started = QDateTime::currentDateTimeUtc();
    }

    /// Validates the configuration and the model file; false (the run refused, its error set) when they fail.
    bool start()
    {
        engine::ModelFileInfo fileInfo;
        MaybeError err = validate(m_config);
        if (!err)
            err = checkModelFile(m_config, &fileInfo);
        if (!err && fileInfo.ok) {
            applyModelFileSizes(m_config, fileInfo);
            if (!fileInfo.residualMlp && !fileInfo.batched && m_config.batches != QList<int>{1}) {
                m_log->info("the model file's inputs have no batch dimension: it runs at its fixed shape only");
                m_config.batches = {1};
            }
            m_run.config = m_config;
        }
        if (err || (err = checkResources(m_config))) {
            m_run.error = err->message();
            m_run.finished = QDateTime::currentDateTimeUtc();
            m_log->warn("run refused: {}", m_run.error.toStdString());
            return false;
        }
        m_atStart = readNoise();
        m_run.methods = expandMethods(m_config.methods);
        engine::applyThreadSettings(m_config.threads, m_config.blasThreads);
        m_run.environment = captureEnvironment();
        if (!m_job)
            m_run.environment.insert(QStringLiteral("worker"), threadIsolationEnvironment(m_threadReason));
        if (!m_job || m_job->roofs)
            measureRoofs();
        for (const auto& b : m_config.batches)
            if (!m_job || m_job->batches.isEmpty() || m_job->batches.contains(b))
                m_batches << b;
        for (const auto& m : m_run.methods) {
            if (m_job && !m_job->methods.isEmpty() && !m_job->methods.contains(m))
                continue;
            MethodResult r;
            r.method = m;
            r.model = m_config.model;
            m_run.results.push_back(r);
        }
        m_observer.runStarted(m_run);
        m_log->info("run started: {} method(s), hidden {}, layers {}, {} batch size(s)", m_run.methods.size(),
                    m_config.hidden, m_config.layers, m_config.batches.size());
        return true;
    }

    bool buildWorkspace()
    {
        m_observer.activity(QStringLiteral("build"), QString(), 0);
        try {
            m_workspace = m_factory(modelSpecOf(m_config), engineSettingsOf(m_config));
        } catch (const std::exception& e) {
            m_run.error = q(e.what());
            m_run.finished = QDateTime::currentDateTimeUtc();
            m_log->error("building the model failed: {}", e.what());
            m_progress.done();
            return false;
        }
        return true;
    }

    /// Prepares every method and checks its outputs against eager on the evaluation set.
    void prepareAll()
    {
        if (!m_workspace->ownInputs())
            m_evalInputs = InputGenerator(deriveSeed(m_config.seed, kEvalStream))
                               .next(static_cast<std::size_t>(m_config.evalSamples) * m_config.inputs);
        m_ctx.cancel = &m_cancel;
        m_baseMemory = residentMemoryBytes();
        const auto nMethods = static_cast<double>(m_run.results.size());
        for (std::size_t i = 0; i < m_run.results.size() && !m_cancel; ++i) {
            MethodResult& r = m_run.results[i];
            m_progress.stage(QStringLiteral("prepare"), r.method, 0, static_cast<double>(i) / nMethods);
            m_ctx.progress = [&](const std::string&, const std::string& stage, double fraction) {
                m_progress.stage(q(stage), r.method, 0, (static_cast<double>(i) + fraction) / nMethods);
            };
            // A method an earlier worker evaluated is only prepared again; it is reported again if it fails now.
            const bool known = m_job && m_job->evaluated.contains(r.method);
            const MemoryWindow memory;
            auto prepared = prepare(r);
            const bool evaluated = prepared && (known || evaluate(r, *prepared));
            memory.closePreparation(r.memory, m_baseMemory);
            if (evaluated)
                m_active.push_back({&r, std::move(prepared)});
            if (!known || r.status != MethodStatus::Pending)
                m_observer.methodPrepared(r);
        }
        if (!m_cancel && (!m_job || m_job->exportModel))
            if (MethodResult* saved = exportModel(m_config, m_run.methods, m_active); saved && m_job)
                m_observer.methodPrepared(*saved);  // a worker's supervisor takes the save_model step from here
    }

    /// For each batch size: warm up every method, then interleave them in rounds in a seeded order.
    void measureAll()
    {
        m_run.timer = calibrateTimer();
        const MeasurePlan plan = MeasurePlan::fromConfig(m_config, m_run.timer);
        if (plan.iterations)
            m_progress.setTotal(static_cast<qint64>(m_active.size()) * m_batches.size()
                                * (std::max(plan.warmup, kCalibrationCalls) + *plan.iterations));
        std::vector<MeasureTarget> targets;
        for (auto& a : m_active)
            targets.push_back({a.result, a.prepared.get()});
        std::mt19937_64 orderRng(deriveSeed(m_config.seed, kOrderStream));
        const NoiseReading beforeMeasuring = readNoise();
        const double batchShare = 1.0 / std::max<qsizetype>(1, m_batches.size());
        for (qsizetype bi = 0; bi < m_batches.size() && !m_cancel; ++bi) {
            const int batch = m_batches[bi];
            BatchMeasurement measurement(plan, batch, m_config.inputs, m_observer, m_progress, m_cancel,
                                         static_cast<double>(bi) * batchShare, batchShare);
            std::vector<std::pair<MethodStatus, QStringList>> before;
            for (const auto& t : targets)
                before.emplace_back(t.result->status, t.result->flags);
            const NoiseReading batchStart = readNoise();
            std::vector<BatchResult> results = measurement.run(targets, orderRng);
            const MachineNoise during = noiseBetween(batchStart, readNoise());
            for (auto& b : results)
                if (!b.samplesMs.empty())
                    recordProcess(b, during);
            for (std::size_t i = 0; i < targets.size(); ++i)
                if (before[i] != std::pair(targets[i].result->status, targets[i].result->flags))
                    m_observer.methodChanged(*targets[i].result);
            for (std::size_t i = 0; i < targets.size(); ++i)
                keepBatch(*targets[i].result, std::move(results[i]), batch);
            if (m_config.profile && batch == profileBatch(m_config))
                profileAll(targets, batch);
        }
        m_run.noise = noiseOfMeasurement(m_atStart, beforeMeasuring, readNoise());
    }

    RunResult finish()
    {
        finishRun(m_run, m_cancel.load(), m_roofs, m_observer);
        m_progress.done();
        return m_run;
    }

    /// A worker's job ends here: the supervisor finishes the whole run.
    RunResult finishJob()
    {
        m_run.cancelled = m_cancel.load();
        m_run.finished = QDateTime::currentDateTimeUtc();
        m_progress.done();
        return m_run;
    }

    RunResult& run() { return m_run; }

private:
    /// The machine's roofs (cached per CPU model; measured here, in the benchmark's thread, the first time).
    void measureRoofs() { m_roofs = roofsForRun(m_config, m_progress, m_cancel); }

    /// The method prepared, its steps recorded; null when it failed, does not apply or was cancelled.
    std::unique_ptr<engine::PreparedMethod> prepare(MethodResult& r)
    {
        m_observer.activity(QStringLiteral("prepare"), r.method, 0);
        std::unique_ptr<engine::PreparedMethod> prepared;
        try {
            prepared = m_workspace->prepare(r.method.toStdString(), m_ctx);
        } catch (const std::exception& e) {  // the engine reports strategy failures as steps; this is a bug
            markFailed(r, q(e.what()));
        } catch (...) {
            markFailed(r, QStringLiteral("unknown exception while preparing %1").arg(r.method));
        }
        if (!prepared) {
            m_log->warn("prepared {}: failed: {}", r.method.toStdString(), r.error.toStdString());
            return nullptr;
        }
        r.setupMs = prepared->setupMs();
        r.weightBytes = prepared->weightBytes();
        recordSteps(r, *prepared);
        if (prepared->ok() && m_cancel) {  // cancelled during its setup: do not evaluate it
            r.status = MethodStatus::Cancelled;
            return nullptr;
        }
        if (!prepared->ok()) {
            if (r.status != MethodStatus::NotApplicable)
                r.status = m_cancel ? MethodStatus::Cancelled : MethodStatus::Failed;
            m_log->warn("prepared {}: {}: {}", r.method.toStdString(), statusId(r.status).toStdString(),
                        r.error.toStdString());
            return nullptr;
        }
        return prepared;
    }

    void recordSteps(MethodResult& r, const engine::PreparedMethod& prepared)
    {
        for (const auto& s : prepared.steps()) {
            StepResult step{q(s.strategy), stepStatusId(s.status), q(s.error), q(s.message), {}, s.setupMs, {}};
            for (const auto& c : s.choices)
                step.choices.push_back({c.batch, q(c.choice), q(c.detail), q(c.arithmetic), c.us,
                                        c.cosine >= -1 ? std::optional<double>(c.cosine) : std::nullopt,
                                        c.weightBytes});
            step.diagnosis = s.status == engine::StepStatus::Ok || s.status == engine::StepStatus::NotApplicable
                ? toRef(s.diagnosis)
                : diagnosisFor(s.diagnosis, step.error);
            r.steps.push_back(step);
            if (s.status == engine::StepStatus::NotApplicable && r.error.isEmpty()) {
                markNotApplicable(r, step.message);
            } else if (s.status == engine::StepStatus::Failed && r.error.isEmpty()) {
                r.status = MethodStatus::Failed;
                r.error = step.error;
                r.diagnosis = step.diagnosis;
            }
        }
    }

    /// Scores the method against eager; false when it failed to run.
    bool evaluate(MethodResult& r, engine::PreparedMethod& prepared)
    {
        m_progress.stage(QStringLiteral("evaluate"), r.method, 0);
        m_observer.activity(QStringLiteral("evaluate"), r.method, 0);
        try {
            if (m_workspace->ownInputs())
                evaluateLeaves(r, prepared);
            else
                evaluateScores(r, prepared);
        } catch (const std::exception& e) {
            markFailed(r, q(e.what()));
        } catch (...) {
            markFailed(r, QStringLiteral("unknown exception while evaluating %1").arg(r.method));
        }
        m_log->info("prepared {}: {}{}", r.method.toStdString(), r.error.isEmpty() ? "ok" : "failed: ",
                    r.error.toStdString());
        return r.status != MethodStatus::Failed;
    }

    /// The built-in models' reasoning_scores.
    void evaluateScores(MethodResult& r, engine::PreparedMethod& prepared)
    {
        if (m_reference.empty()) {
            auto eager = r.method == QLatin1String("eager") ? nullptr : m_workspace->prepare("eager", m_ctx);
            (eager ? *eager : prepared).evaluate(m_evalInputs.data(), m_config.evalSamples, m_reference);
        }
        std::vector<float> scores;
        prepared.evaluate(m_evalInputs.data(), m_config.evalSamples, scores);
        r.fidelity = stats::compare(m_reference, scores, m_config.outputs);
        if (r.fidelity->finite) {
            r.score = stats::meanScore(scores);
            r.scoreCi = scoreCi(scores, m_config.outputs);
            annotateFidelity(r, m_config);
        } else {
            flagNonFinite(r);
        }
    }

    /// A model file's output leaves, each compared with eager's on the same inputs.
    void evaluateLeaves(MethodResult& r, engine::PreparedMethod& prepared)
    {
        if (m_referenceLeaves.empty()) {
            auto eager = r.method == QLatin1String("eager") ? nullptr : m_workspace->prepare("eager", m_ctx);
            m_referenceLeaves = (eager ? *eager : prepared).evaluateOutputs();
        }
        const auto leaves = prepared.evaluateOutputs();
        const QString primary = m_config.primaryOutput.isEmpty()
            ? q(m_workspace->fileInfo().primaryOutput)
            : m_config.primaryOutput;
        applyOutputFidelity(r, m_referenceLeaves, leaves, primary, m_config);
    }

    /// --profile: each method measured at `batch` runs again under the profiler (bench/profiling.h), untimed.
    void profileAll(const std::vector<MeasureTarget>& targets, int batch)
    {
        const std::size_t values = static_cast<std::size_t>(batch) * static_cast<std::size_t>(m_config.inputs);
        const std::vector<float> inputs = m_workspace->ownInputs()
            ? std::vector<float>()
            : InputGenerator(deriveSeed(m_config.seed, kProfileStream)).next(values);
        for (const auto& t : targets) {
            MethodResult& r = *t.result;
            const BatchResult* measured = r.batch(batch);
            if (m_cancel || r.status == MethodStatus::Failed || !measured)
                continue;
            m_progress.stage(QStringLiteral("profile"), r.method, batch);
            m_observer.activity(QStringLiteral("profile"), r.method, batch);
            r.profile = profileMethod(*t.method, batch, inputs, measured->medianMs);
            m_observer.methodProfiled(r.method, *r.profile);
            m_log->info("profiled {} batch {}: {} row(s), coverage {:.2f}{}", r.method.toStdString(), batch,
                        r.profile->rows.size(), r.profile->coverage,
                        r.profile->ok() ? "" : " (failed: " + r.profile->error.toStdString() + ")");
        }
    }

    void keepBatch(MethodResult& r, BatchResult result, int batch)
    {
        if (r.status == MethodStatus::Failed || result.samplesMs.empty())
            return;
        r.batches.push_back(std::move(result));
        m_observer.batchFinished(r.method, r.batches.back());
        // After the observer (the journal writes there): a reader of this line may rely on the journal.
        const BatchResult& b = r.batches.back();
        m_log->info("finished {} batch {} ({} calls, p50 {:.4f} ms{})", r.method.toStdString(), batch, b.calls,
                    b.latencyMs.p50, b.complete ? "" : ", incomplete");
    }

    RunConfig& m_config;
    const WorkspaceFactory& m_factory;
    RunObserver& m_observer;
    const std::atomic<bool>& m_cancel;
    ProgressTracker m_progress;
    std::shared_ptr<spdlog::logger> m_log;
    RunResult m_run;
    NoiseReading m_atStart;
    std::optional<MachineRoofs> m_roofs;
    std::unique_ptr<engine::Workspace> m_workspace;
    engine::PrepareContext m_ctx;
    std::vector<float> m_evalInputs;
    std::vector<float> m_reference;
    std::vector<engine::OutputLeaf> m_referenceLeaves;
    std::vector<ActiveMethod> m_active;
    const RunJob* m_job;
    QString m_threadReason;
    QList<int> m_batches;  // the batch sizes to measure: the run's, or the job's
    qint64 m_baseMemory = -1;  // resident memory before the first method was prepared
};

}  // namespace

void finishRun(RunResult& run, bool cancelled, const std::optional<MachineRoofs>& roofs, RunObserver& observer)
{
    run.cancelled = cancelled;
    for (auto& r : run.results)
        if (r.status == MethodStatus::Pending)
            r.status = static_cast<int>(r.batches.size()) == run.config.batches.size()
                    && std::all_of(r.batches.begin(), r.batches.end(), [](const BatchResult& b) { return b.complete; })
                ? MethodStatus::Ok
                : MethodStatus::Cancelled;
    addRunIntervals(run);
    addSpeedups(run);
    analyzeProcessStates(run);  // after the speed-ups: each state's speed-up is taken from the same processes
    annotateRun(run);  // first: a method's own hints take its diagnosis before the roofs' (roof_exceeded)
    if (roofs)
        roofline::annotateRoofline(run, *roofs);
    for (const auto& r : run.results)
        observer.methodFinished(r);
    run.finished = QDateTime::currentDateTimeUtc();
    logging::get("core")->info("run {}", run.cancelled ? "cancelled" : "finished");
}

std::optional<MachineRoofs> roofsForRun(const RunConfig& config, ProgressTracker& progress,
                                        const std::atomic<bool>& cancel)
{
    const QString mode = config.options.value(QStringLiteral("roofline"));
    if (mode == QLatin1String("off"))
        return std::nullopt;
    try {
        return roofline::machineRoofs(
            mode == QLatin1String("remeasure"), [&](const QString& stage, double f) { progress.roofline(stage, f); },
            &cancel);
    } catch (const std::exception&) {
        return std::nullopt;  // cancelled or not measurable: the run has no roofline
    }
}

RunResult BenchmarkRunner::execute(RunObserver& observer, const std::atomic<bool>& cancel)
{
    const QString reason = m_customFactory ? QStringLiteral("custom_workspace")
        : m_config.isolation == QLatin1String("process")
        ? QStringLiteral("worker_not_found")
        : QStringLiteral("configured");
    RunSteps steps(m_config, m_factory, observer, cancel, nullptr, reason);
    if (!steps.start() || !steps.buildWorkspace())
        return steps.run();
    steps.prepareAll();
    steps.measureAll();
    return steps.finish();
}

RunResult runJob(const RunConfig& config, const RunJob& job, RunObserver& observer, const std::atomic<bool>& cancel)
{
    RunConfig c = config;
    const WorkspaceFactory factory = [](const engine::ModelSpec& spec, const engine::EngineSettings& settings) {
        return engine::Workspace::create(spec, settings);
    };
    RunSteps steps(c, factory, observer, cancel, &job);
    RunResult result;
    if (!steps.start() || !steps.buildWorkspace()) {
        result = steps.run();
    } else {
        steps.prepareAll();
        steps.measureAll();
        result = steps.finishJob();
    }
    observer.runFinished(result);
    return result;
}

}  // namespace ob
