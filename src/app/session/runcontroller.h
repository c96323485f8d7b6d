// SPDX-License-Identifier: MIT
#pragma once
// The session: the run being shown (live from the worker, or opened from a file), kept as plain data.
// Owns the RunWorker; drops results of stale run ids; merges a re-run of one method (after a fix) into the session.

#include <QObject>
#include <QString>

#include <optional>
#include <vector>

#include "bench/runworker.h"
#include "results/runresult.h"

namespace ob::app {

class RunController : public QObject {
    Q_OBJECT
public:
    explicit RunController(QObject* parent = nullptr);
    ~RunController() override;

    /// The session: the live run while it goes, then its final result, or a session opened from a file.
    const RunResult& run() const { return m_run; }
    bool isRunning() const { return m_runId != 0; }
    /// A job of the worker besides runs (one at a time; no run meanwhile).
    enum class Job { None, ExportModel, MeasureMachine };
    Job job() const { return m_job; }
    /// A run or a job is in progress: the worker's thread is taken.
    bool isBusy() const { return isRunning() || m_job != Job::None; }
    /// Whether the session holds results that were not saved yet.
    bool isModified() const { return m_modified; }
    void setModified(bool modified) { m_modified = modified; }

    /// Starts a full run of `config`; the session is replaced by it.
    void start(const RunConfig& config);
    /// Applies `fix` and measures that method again, interleaved with eager measured again beside it (when the
    /// session has eager), so that its final result and speed-up replace the old ones; the session keeps the other
    /// methods and its own eager. A fix that names a method the session already has replaces both by that method's
    /// new result. A "setting" fix changes the session's configuration (emitted by configChanged).
    void rerunWithFix(const QString& method, const FixAction& fix);
    /// Asks the worker to stop a run (finished results are kept and `finished` follows) or a job.
    void cancel();
    /// Saves `method` of the session's run as TorchScript to `path`: the worker rebuilds the model from the run's
    /// configuration, prepares that method and saves it; modelExported follows. False (nothing done) while busy or
    /// when the session has no such method.
    bool exportModel(const QString& method, const QString& path);
    /// Measures this machine's roofs on the worker thread (progressChanged shows it; the cache is updated);
    /// machineMeasured follows. False while busy.
    bool measureMachine();
    /// This machine's roofs as last known: the cached ones (setMachineRoofs at start-up) or the last measured.
    const std::optional<MachineRoofs>& machineRoofs() const { return m_machineRoofs; }
    void setMachineRoofs(const std::optional<MachineRoofs>& roofs);
    /// Cancels a run in progress and waits until the worker is idle (closing the window); false on timeout.
    bool cancelAndWait(int timeoutMs = 5000);
    /// Shows a saved session (no run). Ignored while a run is in progress (returns false).
    bool openSession(const RunResult& run);

    /// The configuration after `fix`, and the method it measures instead of `method`.
    static RunConfig applyFix(RunConfig config, const QString& method, const FixAction& fix, QString* newMethod);

Q_SIGNALS:
    /// The whole session was replaced (a run started, a session was opened).
    void sessionReset();
    /// One method's result changed (prepared, a batch finished, finished).
    void methodChanged(const QString& method);
    /// A method was renamed by a fix (the session's row for `from` now holds `to`).
    void methodReplaced(const QString& from, const QString& to);
    /// Live latency samples of `method` at `batch` (in the order measured).
    void samplesAdded(const QString& method, int batch, const std::vector<double>& samplesMs);
    void progressChanged(const ob::RunProgress& progress);
    void runningChanged(bool running);
    /// A fix changed the configuration.
    void configChanged(const ob::RunConfig& config);
    /// A run could not start, or a fix could not be applied (translated message).
    void errorOccurred(const QString& message);
    /// The run's journal could not be written (translated message); the run goes on without it.
    void journalFailed(const QString& message);
    /// The run (or re-run) ended: finished, cancelled or failed to start (run().error).
    void finished(const ob::RunResult& session);
    /// A run of the worker ended after it started: a full run, or the re-run of one method after a fix, as the
    /// worker measured it (not merged into the session). The history keeps these. Emitted before finished().
    void runMeasured(const ob::RunResult& run);
    /// A job started or ended (job(), isBusy()).
    void jobChanged();
    /// An exportModel job ended: result.status "ok" (message: path and size) or "failed" (error: the engine's text).
    void modelExported(const QString& method, const QString& path, const ob::StepResult& result);
    /// A measureMachine job ended; `error` is empty when `roofs` are new (then machineRoofsChanged came first).
    void machineMeasured(const ob::MachineRoofs& roofs, const QString& error);
    /// machineRoofs() changed; a session measured on the same CPU model shows the new roofs (methodChanged).
    void machineRoofsChanged();

private:
    void onRunStarted(int runId, const RunResult& header);
    void onMethodPrepared(int runId, const MethodResult& result);
    void onBatchFinished(int runId, const QString& method, const BatchResult& batch);
    void onMethodFinished(int runId, const MethodResult& result);
    void onRunFinished(int runId, const RunResult& result);
    /// True when `jobId` is the job in progress, which is then over.
    bool endJob(int jobId);
    void onModelExported(int jobId, const StepResult& result);
    void onMachineMeasured(int jobId, const MachineRoofs& roofs, const QString& error);
    void storeMethod(const MethodResult& result);
    /// During a re-run: `method` is eager measured again only as the baseline (the session keeps its own eager).
    bool isRerunBaseline(const QString& method) const;
    MethodResult* sessionMethod(const QString& method);

    RunWorker m_worker;
    RunResult m_run;
    int m_runId = 0;         // the run whose signals are accepted; 0 when idle
    QString m_rerunFrom;     // for a re-run: the session method it replaces
    QString m_rerunTo;       // ... and the method measured instead
    bool m_rerunBaseline = false;  // the re-run measures eager beside it, as its baseline only
    bool m_modified = false;
    Job m_job = Job::None;
    int m_jobId = 0;         // the job whose signals are accepted; 0 when none
    QString m_exportMethod;  // the job's method and path (exportModel)
    QString m_exportPath;
    std::optional<MachineRoofs> m_machineRoofs;
};

}  // namespace ob::app
