// SPDX-License-Identifier: MIT
#pragma once
// The worker's side of the protocol: a RunObserver that writes one line per event (bench/workerprotocol.h), and a
// watchdog thread that ends the process when a call runs past its limit, after saying so (event "timeout"), and
// writes a heartbeat (event "alive") when nothing else went out for a second.

#include <QHash>
#include <QString>

#include <atomic>
#include <mutex>
#include <optional>
#include <thread>

#include "bench/runner.h"
#include "lineout.h"

namespace ob::worker {

/// When one call of the current activity has to return: the call-timeout, or automatic limits from the warm-up.
class Watchdog {
public:
    /// `callTimeout`: seconds per call, or automatic; `setupSeconds`: the limit of a step that is not a timed call;
    /// `startSeconds`: the limit of what comes before the first activity (loading and checking the model file).
    Watchdog(LineOut& out, std::optional<double> callTimeout, double setupSeconds, double startSeconds);
    ~Watchdog();

    void start();
    /// A new activity (see RunObserver::activity); steps that are not forward calls get the setup limit.
    void begin(const QString& phase, const QString& method, int batch);
    void callsStarting(int calls);
    void callsEnded(int calls, double ns);
    void setupTook(const QString& method, double ms);

private:
    double callLimitSeconds() const;
    void loop();

    LineOut& m_out;
    std::optional<double> m_callTimeout;
    double m_setupSeconds;
    std::mutex m_mutex;  // the activity, read by the watchdog thread for its timeout line
    QString m_phase = QStringLiteral("start");
    QString m_method;
    int m_batch = 0;
    double m_limitSeconds = 0;
    std::atomic<std::int64_t> m_deadlineNs{0};  // steady clock; 0: none
    QHash<QString, double> m_slowestWarmupNs;  // method@batch -> its slowest warm-up call
    QHash<QString, double> m_perRowNs;          // method -> the slowest call per row seen
    QHash<QString, double> m_setupMs;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
};

class Reporter : public RunObserver {
public:
    Reporter(LineOut& out, Watchdog& watchdog);

    void runStarted(const RunResult& header) override;
    void progress(const RunProgress& progress) override;
    void methodPrepared(const MethodResult& result) override;
    void methodChanged(const MethodResult& result) override;
    void samplesAdded(const QString& method, int batch, const std::vector<double>& samplesMs) override;
    void batchFinished(const QString& method, const BatchResult& result) override;
    void methodProfiled(const QString& method, const MethodProfile& profile) override;
    void runFinished(const RunResult& result) override;
    void activity(const QString& phase, const QString& method, int batch) override;
    void callsStarting(int calls) override;
    void callsEnded(int calls, double ns) override;

private:
    void injectFault(const QString& phase) const;

    LineOut& m_out;
    Watchdog& m_watchdog;
    QString m_phase, m_method;
    int m_batch = -1;
    QString m_fault;  // OPTIBENCH_WORKER_TEST_FAULT: kind:method@batch (tests only)
};

}  // namespace ob::worker
