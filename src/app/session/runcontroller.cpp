// SPDX-License-Identifier: MIT
#include "session/runcontroller.h"

#include <algorithm>

#include "config/validation.h"
#include "logging/logging.h"
#include "roofline/roofline.h"

#include <spdlog/logger.h>

namespace ob::app {

RunController::RunController(QObject* parent) : QObject(parent)
{
    connect(&m_worker, &RunWorker::runStarted, this, &RunController::onRunStarted);
    connect(&m_worker, &RunWorker::methodPrepared, this, &RunController::onMethodPrepared);
    connect(&m_worker, &RunWorker::batchFinished, this, &RunController::onBatchFinished);
    connect(&m_worker, &RunWorker::methodFinished, this, &RunController::onMethodFinished);
    connect(&m_worker, &RunWorker::runFinished, this, &RunController::onRunFinished);
    connect(&m_worker, &RunWorker::samplesAdded, this,
            [this](int runId, const QString& method, int batch, const std::vector<double>& samples) {
                if (runId != m_runId || isRerunBaseline(method))  // the session keeps its own eager's samples
                    return;
                Q_EMIT samplesAdded(method, batch, samples);
            });
    connect(&m_worker, &RunWorker::journalFailed, this, [this](int runId, const QString& message) {
        if (runId != m_runId)
            return;
        logging::get("app")->warn("run {}: journal not written: {}", runId, message.toStdString());
        Q_EMIT journalFailed(message);
    });
    connect(&m_worker, &RunWorker::progress, this, [this](int runId, const RunProgress& p) {
        if (runId == m_runId || (runId == m_jobId && m_job == Job::MeasureMachine))
            Q_EMIT progressChanged(p);
    });
    connect(&m_worker, &RunWorker::modelExported, this, &RunController::onModelExported);
    connect(&m_worker, &RunWorker::machineMeasured, this, &RunController::onMachineMeasured);
}

RunController::~RunController() = default;

void RunController::start(const RunConfig& config)
{
    const bool wasRunning = isRunning();
    m_rerunFrom.clear();
    m_rerunTo.clear();
    m_rerunBaseline = false;
    m_run = RunResult{};
    m_run.config = config;
    m_run.methods = expandMethods(config.methods);
    for (const auto& m : m_run.methods) {
        MethodResult r;
        r.method = m;
        r.model = config.model;
        m_run.results.push_back(r);
    }
    m_modified = true;
    m_runId = m_worker.start(config);
    logging::get("app")->info("run {} started: methods {}", m_runId, m_run.methods.join(QLatin1Char(',')).toStdString());
    Q_EMIT sessionReset();
    if (!wasRunning)
        Q_EMIT runningChanged(true);
}

RunConfig RunController::applyFix(RunConfig config, const QString& method, const FixAction& fix, QString* newMethod)
{
    QString measured = method;
    if (fix.kind == QLatin1String("setting")) {
        if (configKeys().contains(fix.key))
            applyText(config, fix.key, fix.value);
        else
            config.options.insert(fix.key, fix.value);
    } else if (fix.kind == QLatin1String("method")) {
        measured = fix.value;
        QStringList methods = expandMethods(config.methods);
        const auto at = methods.indexOf(method);
        if (at >= 0)
            methods[at] = measured;
        else
            methods << measured;
        methods.removeDuplicates();
        config.methods = methods;
    }
    if (newMethod)
        *newMethod = measured;
    return config;
}

void RunController::rerunWithFix(const QString& method, const FixAction& fix)
{
    if (isBusy() || !sessionMethod(method))
        return;
    QString measured;
    RunConfig sessionConfig = applyFix(m_run.config, method, fix, &measured);
    RunConfig rerun = sessionConfig;
    rerun.methods = QStringList{measured};
    MaybeError e = validate(sessionConfig);
    if (!e)
        e = validate(rerun);
    if (e) {
        logging::get("app")->warn("fix for {} not applied: {}", method.toStdString(), e->message().toStdString());
        Q_EMIT errorOccurred(tr("The fix cannot be applied: %1").arg(e->message()));
        return;
    }
    // The re-measured method is compared with eager measured again beside it (interleaved, same conditions), so
    // that its speed-up is final, not a provisional ratio against a baseline measured at another time.
    const MethodResult* eager = m_run.result(QStringLiteral("eager"));
    m_rerunBaseline = measured != QLatin1String("eager") && eager && !eager->batches.empty();
    if (m_rerunBaseline)
        rerun.methods = QStringList{QStringLiteral("eager"), measured};
    m_run.config = sessionConfig;
    m_run.methods = expandMethods(sessionConfig.methods);
    m_rerunFrom = method;
    m_rerunTo = measured;
    const bool replacesOther = measured != method && sessionMethod(measured);
    if (replacesOther) {  // the fix's method is in the session already: its result takes the place of the failure
        m_run.results.erase(std::remove_if(m_run.results.begin(), m_run.results.end(),
                                           [&](const MethodResult& r) { return r.method == method; }),
                            m_run.results.end());
        m_rerunFrom = measured;
    }
    m_modified = true;
    m_runId = m_worker.start(rerun);
    logging::get("app")->info("run {}: re-running {} as {} after fix {} {}={}", m_runId, method.toStdString(),
                              measured.toStdString(), fix.kind.toStdString(), fix.key.toStdString(),
                              fix.value.toStdString());
    Q_EMIT configChanged(sessionConfig);
    if (replacesOther)
        Q_EMIT sessionReset();
    Q_EMIT runningChanged(true);
}

bool RunController::isRerunBaseline(const QString& method) const
{
    return m_rerunBaseline && method == QLatin1String("eager");
}

void RunController::cancel()
{
    if (isBusy())
        m_worker.cancel();
}

bool RunController::cancelAndWait(int timeoutMs)
{
    return !isBusy() || m_worker.cancelAndWait(timeoutMs);
}

bool RunController::exportModel(const QString& method, const QString& path)
{
    if (isBusy() || !sessionMethod(method))
        return false;
    RunConfig config = m_run.config;
    config.options.remove(QStringLiteral("save_model"));
    m_job = Job::ExportModel;
    m_exportMethod = method;
    m_exportPath = path;
    m_jobId = m_worker.exportModel(config, method, path);
    logging::get("app")->info("job {}: saving {} as TorchScript to {}", m_jobId, method.toStdString(),
                              path.toStdString());
    Q_EMIT jobChanged();
    return true;
}

bool RunController::measureMachine()
{
    if (isBusy())
        return false;
    m_job = Job::MeasureMachine;
    m_jobId = m_worker.measureMachine();
    logging::get("app")->info("job {}: measuring the machine's roofs", m_jobId);
    Q_EMIT jobChanged();
    return true;
}

void RunController::setMachineRoofs(const std::optional<MachineRoofs>& roofs)
{
    m_machineRoofs = roofs;
    Q_EMIT machineRoofsChanged();
}

bool RunController::endJob(int jobId)
{
    if (jobId != m_jobId)
        return false;  // a job this controller no longer waits for
    m_job = Job::None;
    m_jobId = 0;
    return true;
}

void RunController::onModelExported(int jobId, const StepResult& result)
{
    if (!endJob(jobId))
        return;
    auto log = logging::get("app");
    if (result.status == QLatin1String("ok"))
        log->info("saved {} as TorchScript: {}", m_exportMethod.toStdString(), result.message.toStdString());
    else
        log->warn("saving {} as TorchScript failed: {}", m_exportMethod.toStdString(), result.error.toStdString());
    Q_EMIT jobChanged();
    Q_EMIT modelExported(m_exportMethod, m_exportPath, result);
}

void RunController::onMachineMeasured(int jobId, const MachineRoofs& roofs, const QString& error)
{
    if (!endJob(jobId))
        return;
    auto log = logging::get("app");
    if (error.isEmpty()) {
        log->info("machine measured in {:.2f} s: fp32 {:.1f} GFLOP/s, DRAM {:.1f} GB/s", roofs.seconds,
                  roofs.peakGflopsFp32, roofs.bandwidthDram);
        m_machineRoofs = roofs;
        // The session's run, when measured on this CPU model, is shown against the new roofs.
        if (!isRunning() && m_run.machine && m_run.machine->cpuModel == roofs.cpuModel) {
            roofline::annotateRoofline(m_run, roofs);
            m_modified = true;
            for (const auto& r : m_run.results)
                Q_EMIT methodChanged(r.method);
        }
        Q_EMIT machineRoofsChanged();
    } else {
        log->warn("measuring the machine: {}", error.toStdString());
    }
    Q_EMIT jobChanged();
    Q_EMIT machineMeasured(roofs, error);
}

bool RunController::openSession(const RunResult& run)
{
    if (isRunning())
        return false;
    m_rerunFrom.clear();
    m_rerunTo.clear();
    m_rerunBaseline = false;
    m_run = run;
    m_modified = false;
    Q_EMIT sessionReset();
    Q_EMIT configChanged(m_run.config);
    return true;
}

MethodResult* RunController::sessionMethod(const QString& method)
{
    return m_run.result(method);
}

void RunController::storeMethod(const MethodResult& result)
{
    MethodResult* slot = sessionMethod(result.method);
    if (!slot && !m_rerunFrom.isEmpty() && result.method == m_rerunTo) {
        slot = sessionMethod(m_rerunFrom);
        if (slot) {
            slot->method = m_rerunTo;
            Q_EMIT methodReplaced(m_rerunFrom, m_rerunTo);
            m_rerunFrom = m_rerunTo;
        }
    }
    if (!slot) {
        m_run.results.push_back(result);
    } else {
        *slot = result;
    }
    Q_EMIT methodChanged(result.method);
}

void RunController::onRunStarted(int runId, const RunResult& header)
{
    if (runId != m_runId || !m_rerunTo.isEmpty())
        return;
    m_run = header;
    Q_EMIT sessionReset();
}

void RunController::onMethodPrepared(int runId, const MethodResult& result)
{
    if (runId == m_runId && !isRerunBaseline(result.method))
        storeMethod(result);
}

void RunController::onBatchFinished(int runId, const QString& method, const BatchResult& batch)
{
    if (runId != m_runId || isRerunBaseline(method))
        return;
    MethodResult* slot = sessionMethod(method);
    if (!slot)
        return;
    auto it = std::find_if(slot->batches.begin(), slot->batches.end(),
                           [&](const BatchResult& b) { return b.batch == batch.batch; });
    if (it != slot->batches.end())
        *it = batch;
    else
        slot->batches.push_back(batch);
    Q_EMIT methodChanged(method);
}

void RunController::onMethodFinished(int runId, const MethodResult& result)
{
    if (runId != m_runId || isRerunBaseline(result.method))
        return;
    storeMethod(result);
    auto log = logging::get("app");
    if (result.status == MethodStatus::Failed) {
        log->warn("{}: failed: {}", result.method.toStdString(), result.error.toStdString());
        return;
    }
    for (const auto& b : result.batches)
        log->info("{}: batch {}: mean {:.4f} ms, std {:.4f} ms, p99 {:.4f} ms ({} calls{})", result.method.toStdString(),
                  b.batch, b.latencyMs.mean, b.latencyMs.std, b.latencyMs.p99, b.latencyMs.n,
                  b.complete ? "" : ", incomplete");
}

void RunController::onRunFinished(int runId, const RunResult& result)
{
    if (runId != m_runId)
        return;
    const bool rerun = !m_rerunTo.isEmpty();
    if (!rerun) {
        // Same methods in the same order: update in place, so that the views keep their sort and selection.
        bool sameShape = result.results.size() == m_run.results.size();
        for (std::size_t i = 0; sameShape && i < result.results.size(); ++i)
            sameShape = result.results[i].method == m_run.results[i].method;
        m_run = result;
        if (sameShape) {
            for (const auto& r : m_run.results)
                Q_EMIT methodChanged(r.method);
        } else {
            Q_EMIT sessionReset();
        }
    } else if (const MethodResult* measured = result.result(m_rerunTo)) {
        // The final result: its speed-up against the eager measured beside it, and the run's hints.
        storeMethod(*measured);
    }
    m_runId = 0;
    m_rerunFrom.clear();
    m_rerunTo.clear();
    m_rerunBaseline = false;
    if (!result.error.isEmpty()) {
        logging::get("app")->error("run {} failed: {}", runId, result.error.toStdString());
        Q_EMIT errorOccurred(result.error);
    } else {
        logging::get("app")->info("run {} {}", runId, result.cancelled ? "cancelled" : "finished");
    }
    Q_EMIT runningChanged(false);
    if (result.error.isEmpty())
        Q_EMIT runMeasured(result);
    Q_EMIT finished(m_run);
}

}  // namespace ob::app
