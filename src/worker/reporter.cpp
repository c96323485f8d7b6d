// SPDX-License-Identifier: MIT
#include "reporter.h"

#include <QJsonArray>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdlib>

#ifndef _WIN32
#include <unistd.h>
#endif

#include "bench/workerprotocol.h"
#include "format/profilejson.h"
#include "format/runjson.h"

namespace ob::worker {
namespace {

using Clock = std::chrono::steady_clock;

std::int64_t nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch()).count();
}

bool inForward(const QString& phase)
{
    return phase == QLatin1String("measure") || phase == QLatin1String("warmup") || phase == QLatin1String("check");
}

QString key(const QString& method, int batch)
{
    return method + QLatin1Char('@') + QString::number(batch);
}

/// Automatic limits: generous against a call's normal spread, far below "forever".
constexpr double kAutoFactor = 100;     // times the slowest warm-up call ...
constexpr double kAutoFloorS = 10;      // ... but at least this
constexpr double kAutoUnknownS = 60;    // before any call of the method at this batch size was timed

}  // namespace

Watchdog::Watchdog(LineOut& out, std::optional<double> callTimeout, double setupSeconds, double startSeconds)
    : m_out(out), m_callTimeout(callTimeout), m_setupSeconds(setupSeconds)
{
    m_limitSeconds = startSeconds;
    m_deadlineNs = nowNs() + static_cast<std::int64_t>(startSeconds * 1e9);  // loading and checking the model
}

Watchdog::~Watchdog()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
}

void Watchdog::start()
{
    m_thread = std::thread([this] { loop(); });
}

void Watchdog::begin(const QString& phase, const QString& method, int batch)
{
    std::lock_guard lock(m_mutex);
    m_phase = phase;
    m_method = method;
    m_batch = batch;
    m_limitSeconds = m_setupSeconds;  // each forward call then sets its own
    m_deadlineNs = nowNs() + static_cast<std::int64_t>(m_setupSeconds * 1e9);
}

double Watchdog::callLimitSeconds() const
{
    if (m_callTimeout)
        return *m_callTimeout;
    const auto warm = m_slowestWarmupNs.constFind(key(m_method, m_batch));
    if (m_phase != QLatin1String("check") && warm != m_slowestWarmupNs.constEnd())
        return std::max(kAutoFloorS, kAutoFactor * *warm * 1e-9);
    // Not timed at this batch size yet: from other batch sizes (per row) or its setup, which includes a first call.
    double guess = kAutoUnknownS;
    if (const auto row = m_perRowNs.constFind(m_method); row != m_perRowNs.constEnd())
        guess = std::max(guess, kAutoFactor * *row * 1e-9 * std::max(1, m_batch));
    if (const auto setup = m_setupMs.constFind(m_method); setup != m_setupMs.constEnd())
        guess = std::max(guess, kAutoFactor * *setup * 1e-3);
    return guess;
}

void Watchdog::callsStarting(int calls)
{
    std::lock_guard lock(m_mutex);
    m_limitSeconds = callLimitSeconds();
    m_deadlineNs = nowNs() + static_cast<std::int64_t>(m_limitSeconds * 1e9 * std::max(1, calls));
}

void Watchdog::callsEnded(int calls, double ns)
{
    std::lock_guard lock(m_mutex);
    // Between calls (the bookkeeping of a round) the setup limit holds: nothing may stall for ever.
    m_limitSeconds = m_setupSeconds;
    m_deadlineNs = nowNs() + static_cast<std::int64_t>(m_setupSeconds * 1e9);
    const double perCall = ns / std::max(1, calls);
    if (m_phase == QLatin1String("warmup")) {
        double& slowest = m_slowestWarmupNs[key(m_method, m_batch)];
        slowest = std::max(slowest, perCall);
    }
    double& row = m_perRowNs[m_method];
    row = std::max(row, perCall / std::max(1, m_batch));
}

void Watchdog::setupTook(const QString& method, double ms)
{
    std::lock_guard lock(m_mutex);
    m_setupMs.insert(method, ms);
}

void Watchdog::loop()
{
    while (!m_stop) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        const std::int64_t deadline = m_deadlineNs.load();
        if (deadline != 0 && nowNs() > deadline) {
            QJsonObject timeout;
            {
                std::lock_guard lock(m_mutex);
                timeout = QJsonObject{{QStringLiteral("phase"), m_phase}, {QStringLiteral("method"), m_method},
                                      {QStringLiteral("batch"), m_batch}, {QStringLiteral("seconds"), m_limitSeconds}};
            }
            m_out.tryWrite(eventObject(event::kTimeout, timeout));
            std::_Exit(kTimeoutExitCode);  // the hung call cannot be interrupted; the supervisor goes on
        }
        if (Clock::now() - m_out.lastWrite() > std::chrono::seconds(1))
            m_out.tryWrite(eventObject(event::kAlive));
    }
}

Reporter::Reporter(LineOut& out, Watchdog& watchdog)
    : m_out(out), m_watchdog(watchdog), m_fault(qEnvironmentVariable("OPTIBENCH_WORKER_TEST_FAULT"))
{
}

void Reporter::runStarted(const RunResult& header)
{
    m_out.write(eventObject(event::kRunStarted, {{QStringLiteral("run"), runToJson(header, false)}}));
}

void Reporter::progress(const RunProgress& p)
{
    m_out.write(eventObject(event::kProgress, {{QStringLiteral("progress"), progressToJson(p)}}));
}

void Reporter::methodPrepared(const MethodResult& r)
{
    m_watchdog.setupTook(r.method, r.setupMs);
    m_out.write(eventObject(event::kMethodPrepared, {{QStringLiteral("result"), methodToJson(r, false)}}));
}

void Reporter::methodChanged(const MethodResult& r)
{
    m_out.write(eventObject(event::kMethodChanged, {{QStringLiteral("result"), methodToJson(r, false)}}));
}

void Reporter::samplesAdded(const QString& method, int batch, const std::vector<double>& samples)
{
    QJsonArray values;
    for (double v : samples)
        values.append(v);
    m_out.write(eventObject(event::kSamplesAdded, {{QStringLiteral("method"), method},
                                                   {QStringLiteral("batch"), batch},
                                                   {QStringLiteral("samples_ms"), values}}));
}

void Reporter::batchFinished(const QString& method, const BatchResult& result)
{
    m_out.write(eventObject(event::kBatchFinished,
                            {{QStringLiteral("method"), method}, {QStringLiteral("result"), batchToJson(result, true)}}));
}

void Reporter::methodProfiled(const QString& method, const MethodProfile& profile)
{
    m_out.write(eventObject(event::kProfile,
                            {{QStringLiteral("method"), method}, {QStringLiteral("profile"), profileToJson(profile)}}));
}

void Reporter::runFinished(const RunResult& result)
{
    m_watchdog.begin(QStringLiteral("exit"), QString(), 0);
    m_out.write(eventObject(event::kRunFinished, {{QStringLiteral("run"), runToJson(result, false)}}));
}

void Reporter::activity(const QString& phase, const QString& method, int batch)
{
    m_watchdog.begin(phase, method, batch);
    if (phase != m_phase || method != m_method || batch != m_batch) {
        m_phase = phase;
        m_method = method;
        m_batch = batch;
        // Before the step begins: if it crashes, the supervisor knows where.
        m_out.write(eventObject(event::kActivity, {{QStringLiteral("phase"), phase},
                                                   {QStringLiteral("method"), method},
                                                   {QStringLiteral("batch"), batch}}));
    }
    if (!inForward(phase))
        injectFault(phase);
}

void Reporter::callsStarting(int calls)
{
    injectFault(m_phase);
    m_watchdog.callsStarting(calls);
}

void Reporter::callsEnded(int calls, double ns)
{
    m_watchdog.callsEnded(calls, ns);
}

void Reporter::injectFault(const QString& phase) const
{
    // Tests only: OPTIBENCH_WORKER_TEST_FAULT=hang|kill|segv|abort:METHOD@BATCH (batch 0: while preparing it).
    if (m_fault.isEmpty())
        return;
    const auto colon = m_fault.indexOf(QLatin1Char(':'));
    const auto at = m_fault.lastIndexOf(QLatin1Char('@'));
    if (colon <= 0 || at <= colon)
        return;
    const int batch = m_fault.mid(at + 1).toInt();
    if (m_fault.mid(colon + 1, at - colon - 1) != m_method || batch != m_batch
        || (batch == 0 && phase != QLatin1String("prepare")))
        return;
    const QString kind = m_fault.left(colon);
    if (kind == QLatin1String("hang")) {
        m_watchdog.callsStarting(1);  // the limit of one call, as if the forward itself hung
        for (;;)
            std::this_thread::sleep_for(std::chrono::seconds(1));
    }
#ifndef _WIN32
    if (kind == QLatin1String("kill"))
        ::kill(::getpid(), SIGKILL);
#endif
    if (kind == QLatin1String("segv")) {
        // The crash as the kernel delivers it, not through a handler a sanitizer installed (ASan's turns it into
        // an abort).
        std::signal(SIGSEGV, SIG_DFL);
        std::raise(SIGSEGV);
    }
    if (kind == QLatin1String("abort"))
        std::abort();
}

}  // namespace ob::worker
