// SPDX-License-Identifier: MIT
#pragma once
// Runs benchmarks on one long-lived thread (LibTorch's thread settings are per thread) and hands results
// back as value objects through queued signals. Cancel is an atomic flag; a run id drops stale results.

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

#include "bench/runner.h"

namespace ob {

class RunWorker : public QObject {
    Q_OBJECT
public:
    explicit RunWorker(QObject* parent = nullptr);
    ~RunWorker() override;

    /// Starts a run on the worker thread; returns its id. A run in progress is cancelled first.
    int start(const RunConfig& config);
    /// Asks the current run to stop; finished results are kept and the run ends with runFinished.
    void cancel();
    bool isRunning() const { return m_running; }
    int currentRunId() const { return m_runId; }

Q_SIGNALS:
    void runStarted(int runId, const ob::RunResult& header);
    void progress(int runId, const ob::RunProgress& progress);
    void methodPrepared(int runId, const ob::MethodResult& result);
    void samplesAdded(int runId, const QString& method, int batch, const std::vector<double>& samplesMs);
    void batchFinished(int runId, const QString& method, const ob::BatchResult& result);
    void methodFinished(int runId, const ob::MethodResult& result);
    void runFinished(int runId, const ob::RunResult& result);

private:
    void execute(int runId, const RunConfig& config);

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
