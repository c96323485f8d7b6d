// SPDX-License-Identifier: MIT
#pragma once
// Runs benchmarks on one long-lived thread (LibTorch's thread settings are per thread) and hands results
// back as value objects through queued signals. Cancel is an atomic flag; a run id drops stale results.
// Besides runs, the thread does the other LibTorch work of the workbench, one job at a time in the order asked:
// saving a method's model as TorchScript and measuring the machine's roofs. Every job draws its id from one counter.

#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

#include "bench/runner.h"

namespace ob {

class RunWorker : public QObject {
    Q_OBJECT
public:
    explicit RunWorker(QObject* parent = nullptr);
    ~RunWorker() override;

    /// Starts a run on the worker thread; returns its id. A run (or job) in progress is cancelled first.
    int start(const RunConfig& config);
    /// Asks the current run to stop; finished results are kept and the run ends with runFinished.
    void cancel();
    bool isRunning() const { return m_running; }
    int currentRunId() const { return m_runId; }
    /// Saves `method` of `config` as TorchScript to `path` on the worker thread (bench/model_export.h exportMethod);
    /// modelExported follows. Returns the job's id. Queued behind a run in progress (not cancelling it).
    int exportModel(const RunConfig& config, const QString& method, const QString& path);
    /// Measures the machine's roofs on the worker thread and updates the cache (roofline/machinecache.h);
    /// progress (stage kRooflineStage) then machineMeasured follow. Returns the job's id. cancel() stops it.
    int measureMachine();

    /// Cancels the current run and waits until the worker is idle (for closing the window during a run).
    /// Returns false on timeout. Signals of the cancelled run are still delivered (queued) afterwards.
    bool cancelAndWait(int timeoutMs = 5000);

    /// The journals of later runs go to `directory`, one file per run (see results/journal.h); finished ones
    /// beyond the `keep` newest are deleted. Empty: no journal. Default: defaultJournalDirectory().
    void setJournalDirectory(const QString& directory, int keep = 20);
    /// Later runs journal to this one file (overwritten by each run) instead; empty: back to the directory.
    void setJournalFile(const QString& path);

Q_SIGNALS:
    void runStarted(int runId, const ob::RunResult& header);
    void progress(int runId, const ob::RunProgress& progress);
    void methodPrepared(int runId, const ob::MethodResult& result);
    void samplesAdded(int runId, const QString& method, int batch, const std::vector<double>& samplesMs);
    void batchFinished(int runId, const QString& method, const ob::BatchResult& result);
    void methodFinished(int runId, const ob::MethodResult& result);
    void runFinished(int runId, const ob::RunResult& result);
    /// The journal of a run could not be written (emitted before runFinished); the run itself went on.
    void journalFailed(int runId, const QString& message);
    /// An exportModel job ended: status "ok" (message: path and size) or "failed" (error: the engine's text).
    void modelExported(int jobId, const ob::StepResult& result);
    /// A measureMachine job ended: `roofs` valid, or `error` set (cancelled: "cancelled by the user").
    void machineMeasured(int jobId, const ob::MachineRoofs& roofs, const QString& error);

private:
    struct JournalTarget {
        QString directory;
        QString file;
        int keep = 20;
    };
    void execute(int runId, const RunConfig& config, const JournalTarget& journal);
    int queueJob(std::function<void(int id)> job);

    JournalTarget m_journal;  // used on the caller's thread only; copied into each queued run

    QThread m_thread;
    QObject* m_context = nullptr;  // lives in m_thread; runs are queued to it
    std::atomic<bool> m_cancel{false};
    std::atomic<bool> m_running{false};
    std::atomic<int> m_runId{0};
    std::atomic<int> m_cancelledThrough{0};
};

/// Registers the value types for queued connections (called by RunWorker; harmless to repeat).
void registerResultMetaTypes();

}  // namespace ob

Q_DECLARE_METATYPE(ob::StepResult)
Q_DECLARE_METATYPE(ob::MachineRoofs)
