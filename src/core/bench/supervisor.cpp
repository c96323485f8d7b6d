// SPDX-License-Identifier: MIT
#include "bench/supervisor.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <csignal>
#include <map>

#include <spdlog/spdlog.h>

#include "bench/analysis.h"
#include "bench/forks.h"
#include "bench/measure.h"
#include "bench/model_export.h"
#include "bench/modelinspect.h"
#include "bench/noise.h"
#include "bench/pinning.h"
#include "bench/progress.h"
#include "bench/runsteps.h"
#include "bench/workerprotocol.h"
#include "config/enginespec.h"
#include "config/memoryinfo.h"
#include "config/resources.h"
#include "config/validation.h"
#include "diagnosis/catalog.h"
#include "format/profilejson.h"
#include "format/runjson.h"
#include "logging/logging.h"
#include "results/environment.h"

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

#if defined(__SANITIZE_ADDRESS__)
#define OB_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define OB_ASAN 1
#endif
#endif

namespace ob {
namespace {

constexpr int kPollMs = 20;
/// After "cancel", the worker may report what it finished for this long before it is killed.
constexpr int kCancelGraceMs = 200;
/// A worker that writes nothing for this long (not even its heartbeat, once a second) is frozen.
constexpr double kSilenceSeconds = 30;
constexpr int kMemorySampleMs = 250;
/// Restarts after a failure that names no method, before the run gives up.
constexpr int kMaxBlindRestarts = 2;
/// The window over which the load of each core is read before a fork (and after the last).
constexpr int kLoadWindowMs = 200;

using Clock = std::chrono::steady_clock;

/// A worker's memory readings of a method into the run's: the peaks are the largest any worker saw; the preparation's
/// figures are the first worker's (a later worker that prepares the method again starts from another state).
void mergeMemory(MethodMemory& into, const MethodMemory& from)
{
    into.peakRssBytes = std::max(into.peakRssBytes, from.peakRssBytes);
    into.runPeakBytes = std::max(into.runPeakBytes, from.runPeakBytes);
    if (into.retainedBytes < 0) {
        into.retainedBytes = from.retainedBytes;
        into.preparePeakBytes = from.preparePeakBytes;
        into.exact = from.exact;
    } else {
        into.exact = into.exact && from.exact;
    }
}

double secondsSince(Clock::time_point t)
{
    return std::chrono::duration<double>(Clock::now() - t).count();
}

QString seconds(double s)
{
    return QString::number(s, 'g', 3);
}

/// What the worker's benchmark thread was doing (its last activity line).
struct Activity {
    QString phase = QStringLiteral("start");
    QString method;
    int batch = 0;
};

/// A timeout the worker reported before it exited.
struct Timeout {
    Activity where;
    double seconds = 0;
};

bool inForward(const QString& phase)
{
    return phase == QLatin1String("measure") || phase == QLatin1String("warmup") || phase == QLatin1String("check");
}

/// "in forward at batch 4", "while preparing the method", ...
QString whereText(const Activity& a)
{
    if (inForward(a.phase))
        return QStringLiteral("in forward at batch %1").arg(a.batch);
    if (a.phase == QLatin1String("prepare"))
        return QStringLiteral("while preparing the method");
    if (a.phase == QLatin1String("evaluate"))
        return QStringLiteral("while evaluating the method against eager");
    if (a.phase == QLatin1String("profile"))
        return QStringLiteral("while profiling the method at batch %1 (after its measurement)").arg(a.batch);
    if (a.phase == QLatin1String("build"))
        return QStringLiteral("while building the model");
    if (a.phase == QLatin1String("inspect"))
        return QStringLiteral("while loading and probing the model file");
    return QStringLiteral("while loading and checking the model");
}

QString timeoutText(const Timeout& t)
{
    const QString s = seconds(t.seconds);
    const Activity& a = t.where;
    if (inForward(a.phase))
        return QStringLiteral("forward did not return within %1 s at batch %2").arg(s).arg(a.batch);
    if (a.phase == QLatin1String("prepare"))
        return QStringLiteral("preparing %1 did not finish within %2 s").arg(a.method, s);
    if (a.phase == QLatin1String("evaluate"))
        return QStringLiteral("evaluating %1 against eager did not finish within %2 s").arg(a.method, s);
    if (a.phase == QLatin1String("profile"))
        return QStringLiteral("profiling %1 at batch %2 did not finish within %3 s").arg(a.method).arg(a.batch).arg(s);
    if (a.phase == QLatin1String("build"))
        return QStringLiteral("building the model did not finish within %1 s").arg(s);
    return QStringLiteral("loading and checking the model did not finish within %1 s").arg(s);
}

/// The worker's last line on stderr that says something (LibTorch's "terminate called after ...").
QString lastWords(const QString& tail)
{
    const QStringList lines = tail.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (auto it = lines.rbegin(); it != lines.rend(); ++it) {
        const QString l = it->trimmed();
        if (l.startsWith(QLatin1String("WARNING: Logging before InitGoogleLogging")))
            continue;
        return l.size() > 300 ? l.left(297) + QStringLiteral("...") : l;
    }
    return {};
}

/// Why a worker ended without finishing its job, as one English sentence (a method's error text).
QString deathText(const Activity& where, const WorkerExit& e, const std::optional<Timeout>& timeout, bool silent,
                  const WorkerLimits& limits)
{
    if (timeout)
        return timeoutText(*timeout);
    const QString at = whereText(where);
    if (silent)
        return QStringLiteral("the worker process stopped responding for %1 s %2").arg(seconds(kSilenceSeconds), at);
    QString text;
#ifdef Q_OS_UNIX
    if (e.crashed && e.signal == SIGXCPU) {
        text = QStringLiteral("the worker process used up its CPU-time limit of %1 s (worker-cpu-limit) %2")
                   .arg(limits.cpuSeconds)
                   .arg(at);
    } else if (e.crashed && e.signal == SIGKILL) {
        text = QStringLiteral("the worker process was killed by signal 9 (SIGKILL) from outside %1").arg(at);
        const qint64 total = physicalMemoryBytes();
        if (e.residentBytes > 0 && total > 0) {
            text += QStringLiteral("; it used %1 of the machine's %2 when last seen")
                        .arg(formatBytes(e.residentBytes), formatBytes(total));
            if (e.residentBytes > total / 2)
                text += QStringLiteral(": most likely the out-of-memory killer");
        }
    } else
#endif
        if (e.crashed) {
        text = QStringLiteral("the worker process crashed with signal %1 (%2) %3")
                   .arg(e.signal)
                   .arg(signalName(e.signal), at);
    } else {
        text = QStringLiteral("the worker process exited with status %1 %2").arg(e.exitCode).arg(at);
    }
    Q_UNUSED(limits);
    if (const QString words = lastWords(e.stderrTail); !words.isEmpty())
        text += QStringLiteral("; it wrote: %1").arg(words);
    return text;
}

std::optional<QJsonObject> parseLine(const QByteArray& bytes)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.trimmed(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

std::optional<RunResult> runFrom(const QJsonValue& v)
{
    return runFromJson(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact), nullptr);
}

class Supervisor {
public:
    Supervisor(const RunConfig& config, QString executable, RunObserver& observer, const std::atomic<bool>& cancel)
        : m_config(config), m_executable(std::move(executable)), m_observer(observer), m_cancel(cancel),
          m_progress(observer), m_limits(workerLimitsFor(config)), m_log(logging::get("core"))
    {
        m_run.config = m_config;
        m_run.toolVersion = versionString();
        m_run.started = QDateTime::currentDateTimeUtc();
    }

    RunResult run()
    {
        if (auto e = validate(m_config)) {  // as the in-process runner refuses it; the worker checks the model file
            m_run.error = e->message();
            m_run.finished = QDateTime::currentDateTimeUtc();
            m_log->warn("run refused: {}", m_run.error.toStdString());
            return m_run;
        }
        m_roofs = roofsForRun(m_config, m_progress, m_cancel);  // here, before any worker loads the machine
        const QStringList methods = expandMethods(m_config.methods);
        m_exportPending = saveModelRequest(m_config, methods).has_value();
        m_planned = plannedForks(m_config);
        const int limit = forkLimit(m_config);
        CpuLoad load = sampleCpuLoad(kLoadWindowMs);
        for (m_fork = 0; m_fork < limit && !m_fatal && !m_cancel; ++m_fork) {
            if (m_fork >= m_planned && !summarizeProcesses(m_run).shifted)
                break;  // the processes agree: no more forks
            RunJob job;
            job.methods = m_fork == 0 ? methods : methodsLeft(methods);
            job.evaluated = m_fork == 0 ? QStringList() : job.methods;
            job.batches = m_config.batches;
            job.roofs = false;
            job.exportModel = m_exportPending;
            if (job.methods.isEmpty())
                break;
            startFork(load);
            while (true) {
                const End end = runWorker(job);
                if (end != End::Failed)
                    break;
                job = nextJob(job);
                if (job.methods.isEmpty() || job.batches.isEmpty())
                    break;
            }
            if (m_fatal || m_cancel)
                break;  // no load reading: a cancel ends within half a second
            load = sampleCpuLoad(kLoadWindowMs);
            m_forks.back().loadAfter = load.machine;
        }
        if (m_fatal)  // refused by the worker, the model did not build, or no worker could run
            return m_run;
        finalBatches();
        if (!m_started)
            startWithoutWorker();  // cancelled before a worker reported its header
        m_run.environment.insert(QStringLiteral("worker"), environmentEntry());
        finishRun(m_run, m_cancel.load(), m_roofs, m_observer);
        m_progress.done();
        return m_run;
    }

private:
    enum class End { Finished, Cancelled, Failed, Fatal };

    QJsonObject environmentEntry() const
    {
        QJsonObject o = processIsolationEnvironment(m_config, m_executable);
        const int forks = static_cast<int>(m_forks.size());
        o.insert(QStringLiteral("processes"), m_processes);
        o.insert(QStringLiteral("restarts"), std::max(0, m_processes - std::max(1, forks)));
        o.insert(QStringLiteral("forks"), std::max(1, forks));
        o.insert(QStringLiteral("forks_planned"), plannedForks(m_config));
        o.insert(QStringLiteral("max_forks"), forkLimit(m_config));
        QJsonArray cores;
        for (const auto& f : m_forks)
            cores.append(f.cores);
        o.insert(QStringLiteral("fork_cpus"), cores);
        o.insert(QStringLiteral("pinning"), canPin() ? QStringLiteral("least_loaded") : QStringLiteral("none"));
        return o;
    }

    /// The methods still measured after a fork: those neither failed nor inapplicable.
    QStringList methodsLeft(const QStringList& methods) const
    {
        QStringList out;
        for (const auto& m : methods)
            if (const MethodResult* r = m_run.result(m); r && r->status == MethodStatus::Pending)
                out << m;
        return out;
    }

    /// Before a fork's first worker: its cores (the least busy ones, see bench/pinning.h) and the load.
    void startFork(const CpuLoad& load)
    {
        Fork f;
        const int threads = std::max({1, m_config.threads, m_config.blasThreads});
        const QList<int> cores = chooseCores(load, threads, m_fork);
        f.cores = coresText(cores);
        f.loadBefore = load.machine;
        m_forks.push_back(f);
        m_forkConfig = forkConfig(m_config, m_planned, m_fork);
        m_limits.cpus = cores;
        m_forkDone.clear();
        m_forkStart = Clock::now();
        const double span = 1.0 / std::max(1, m_planned);
        m_forkFrom = m_fork < m_planned ? m_fork * span : m_lastFraction;
        m_forkSpan = m_fork < m_planned ? span : (1 - m_lastFraction) / 2;
        m_log->info("fork {} of {}{}: cores {} (least busy), machine busy {:.0f}%", m_fork + 1, m_planned,
                    m_fork >= m_planned ? " (added: the processes disagree)" : "",
                    f.cores.isEmpty() ? std::string("not pinned") : f.cores.toStdString(),
                    load.machine.value_or(0) * 100);
    }

    /// After the last fork, no worker running: each batch of several processes analysed across them (the
    /// hierarchical interval), with the load after each fork in its process entries; the observer gets it again.
    void finalBatches()
    {
        for (auto& r : m_run.results) {
            for (auto& b : r.batches) {
                const auto parts = m_parts.find(r.method);
                if (parts == m_parts.end() || !parts->second.count(b.batch))
                    continue;
                std::vector<BatchResult> ordered;
                for (const auto& [fork, part] : parts->second.at(b.batch)) {
                    ordered.push_back(part);
                    if (fork < static_cast<int>(m_forks.size()))
                        ordered.back().processes.front().loadAfter = m_forks[static_cast<std::size_t>(fork)].loadAfter;
                }
                b = combineProcesses(ordered, bootstrapSeed(m_config.seed, r.method, b.batch));
                if (r.status != MethodStatus::Failed && ordered.size() > 1)
                    m_observer.batchFinished(r.method, b);
            }
        }
    }

    /// Runs one worker on `job` until it exits.
    End runWorker(const RunJob& job)
    {
        WorkerProcess worker;
        QString error;
        ++m_processes;
        if (!worker.start(m_executable, m_limits, worker::line(worker::runJobToJson(m_forkConfig, job)), &error)) {
            return fatal(QStringLiteral("the worker process %1 could not be started: %2").arg(m_executable, error));
        }
        m_log->info("worker {} started: {} method(s), {} batch size(s)", worker.pid(), job.methods.size(),
                    job.batches.size());
        m_activity = Activity{};
        m_timeout.reset();
        m_workerDone = false;
        m_progressBase = std::clamp((m_lastFraction - m_forkFrom) / std::max(m_forkSpan, 1e-9), 0.0, 1.0);
        m_callsBase = m_lastCalls;
        auto lastLine = Clock::now();
        auto lastSample = Clock::now();
        std::optional<Clock::time_point> cancelSent;
        bool silent = false;
        while (true) {
            worker.wait(kPollMs);
            while (auto l = worker.takeLine()) {
                lastLine = Clock::now();
                if (auto event = parseLine(*l))
                    handle(*event);
                else
                    m_log->warn("worker {}: not a protocol line: {}", worker.pid(), l->left(200).toStdString());
            }
            if (!worker.running())
                break;
            if (m_cancel && !cancelSent) {
                worker.cancel();
                cancelSent = Clock::now();
            }
            if ((cancelSent && secondsSince(*cancelSent) * 1000 > kCancelGraceMs)
                || ((m_timeout || m_workerDone) && secondsSince(lastLine) > 0.5)) {  // it exits on its own then
                worker.kill();
            } else if (secondsSince(lastLine) > kSilenceSeconds) {
                silent = true;
                worker.kill();
            }
            if (secondsSince(lastSample) * 1000 > kMemorySampleMs) {
                worker.sampleMemory();
                lastSample = Clock::now();
            }
        }
        while (auto l = worker.takeLine())  // what it wrote just before it ended
            if (auto event = parseLine(*l))
                handle(*event);
        if (m_fatal)
            return End::Fatal;
        if (m_workerDone)
            return cancelSent ? End::Cancelled : End::Finished;
        if (cancelSent)
            return End::Cancelled;
        return failed(deathText(m_activity, worker.exit(), m_timeout, silent, m_limits), worker.pid());
    }

    End fatal(const QString& message)
    {
        m_fatal = true;
        m_run.error = message;
        m_run.finished = QDateTime::currentDateTimeUtc();
        m_log->error("{}", message.toStdString());
        return End::Fatal;
    }

    /// A worker died: the method it was in fails, and the run goes on in a new worker.
    End failed(const QString& message, qint64 pid)
    {
        const Activity& a = m_timeout ? m_timeout->where : m_activity;
        m_log->warn("worker {}: {}{}", pid, a.method.isEmpty() ? std::string() : a.method.toStdString() + ": ",
                    message.toStdString());
        if (!m_started || a.phase == QLatin1String("start"))
            return fatal(message);  // before its header: the configuration or the model file itself
        if (a.phase == QLatin1String("build"))
            return fatal(message);
        MethodResult* r = a.method.isEmpty() ? nullptr : m_run.result(a.method);
        if (!r) {
            if (++m_blindRestarts > kMaxBlindRestarts)
                return fatal(message);
            return End::Failed;
        }
        if (a.phase == QLatin1String("profile")) {  // measured already: only its profile is lost
            MethodProfile lost;
            lost.batch = a.batch;
            lost.error = message;
            r->profile = lost;
            m_observer.methodProfiled(r->method, lost);
            return End::Failed;
        }
        markFailed(*r, message);
        return End::Failed;
    }

    /// What is left after a failure: the methods still to measure (those already evaluated are only prepared again),
    /// from the first batch size one of them has not finished.
    RunJob nextJob(const RunJob& job) const
    {
        RunJob next;
        next.roofs = false;
        next.exportModel = m_exportPending;
        for (const auto& m : job.methods) {
            const MethodResult* r = m_run.result(m);
            if (!r || r->status != MethodStatus::Pending)
                continue;  // failed, not applicable or cancelled at its preparation, or the one that just failed
            next.methods << m;
            if (m_reported.contains(m))
                next.evaluated << m;
        }
        for (int b : job.batches)
            for (const auto& m : next.methods)
                if (!m_forkDone.contains(qMakePair(m, b))) {
                    next.batches << b;
                    break;
                }
        return next;
    }

    /// Cancelled before any worker reported its header: the run's header, made here.
    void startWithoutWorker()
    {
        m_run.methods = expandMethods(m_config.methods);
        for (const auto& m : m_run.methods) {
            MethodResult r;
            r.method = m;
            r.model = m_config.model;
            m_run.results.push_back(r);
        }
        m_started = true;
        m_observer.runStarted(m_run);
    }

    void handle(const QJsonObject& e)
    {
        const QString name = e.value(QStringLiteral("event")).toString();
        if (name == QLatin1String(worker::event::kActivity)) {
            m_activity = Activity{e.value(QStringLiteral("phase")).toString(), e.value(QStringLiteral("method")).toString(),
                                  e.value(QStringLiteral("batch")).toInt()};
            if (inForward(m_activity.phase))
                m_exportPending = false;  // the worker is past its preparations (and --save-model)
        } else if (name == QLatin1String(worker::event::kSamplesAdded)) {
            std::vector<double> samples;
            for (const auto& v : e.value(QStringLiteral("samples_ms")).toArray())
                samples.push_back(v.toDouble());
            m_observer.samplesAdded(e.value(QStringLiteral("method")).toString(), e.value(QStringLiteral("batch")).toInt(),
                                    samples);
        } else if (name == QLatin1String(worker::event::kProgress)) {
            onProgress(worker::progressFromJson(e.value(QStringLiteral("progress")).toObject()));
        } else if (name == QLatin1String(worker::event::kBatchFinished)) {
            onBatchFinished(e);
        } else if (name == QLatin1String(worker::event::kMethodPrepared)) {
            onMethodPrepared(e);
        } else if (name == QLatin1String(worker::event::kMethodChanged)) {
            onMethodChanged(e);
        } else if (name == QLatin1String(worker::event::kProfile)) {
            onProfile(e);
        } else if (name == QLatin1String(worker::event::kRunStarted)) {
            onRunStarted(e);
        } else if (name == QLatin1String(worker::event::kRunFinished)) {
            onRunFinished(e);
        } else if (name == QLatin1String(worker::event::kTimeout)) {
            m_timeout = Timeout{Activity{e.value(QStringLiteral("phase")).toString(),
                                         e.value(QStringLiteral("method")).toString(),
                                         e.value(QStringLiteral("batch")).toInt()},
                                e.value(QStringLiteral("seconds")).toDouble()};
        } else if (name == QLatin1String(worker::event::kModelFile)) {
            rememberModelFileInfo(modelSpecOf(m_config),
                                  worker::modelFileInfoFromJson(e.value(QStringLiteral("info")).toObject()));
        } else if (name == QLatin1String(worker::event::kError)) {
            fatal(QStringLiteral("the worker refused its job: %1").arg(e.value(QStringLiteral("message")).toString()));
        }
        // hello and alive: only that the worker lives
    }

    void onRunStarted(const QJsonObject& e)
    {
        if (m_started)
            return;  // a restarted worker's header: the run's is out already
        auto header = runFrom(e.value(QStringLiteral("run")));
        if (!header)
            return;
        const QDateTime started = m_run.started;
        m_run = std::move(*header);
        m_run.started = started;
        restoreMeasurement(m_run.config, m_config);  // the worker measured with its fork's share
        m_run.environment.insert(QStringLiteral("worker"), environmentEntry());
        m_started = true;
        m_observer.runStarted(m_run);
        m_log->info("run started: {} method(s), hidden {}, layers {}, {} batch size(s), in worker processes",
                    m_run.methods.size(), m_run.config.hidden, m_run.config.layers, m_run.config.batches.size());
    }

    void onMethodPrepared(const QJsonObject& e)
    {
        auto r = methodFromJson(e.value(QStringLiteral("result")).toObject(), nullptr);
        if (!r)
            return;
        MethodResult* existing = m_run.result(r->method);
        if (!existing)
            return;
        if (!m_reported.contains(r->method)) {
            r->batches = existing->batches;
            *existing = std::move(*r);
            m_reported << existing->method;
            m_observer.methodPrepared(*existing);
            m_log->info("prepared {}: {}{}", existing->method.toStdString(),
                        existing->error.isEmpty() ? "ok" : "failed: ", existing->error.toStdString());
            return;
        }
        // Reported before: prepared again by a later worker (it failed now), or its --save-model step.
        if (r->status == MethodStatus::Failed && existing->status == MethodStatus::Pending) {
            existing->status = MethodStatus::Failed;
            existing->error = r->error;
            existing->diagnosis = r->diagnosis;
        }
        for (const auto& step : r->steps)
            if (std::none_of(existing->steps.begin(), existing->steps.end(),
                             [&](const StepResult& s) { return s.strategy == step.strategy; }))
                existing->steps.push_back(step);
    }

    /// A method failed or was flagged while a batch size was measured: the same change here, by the same rules.
    void onMethodChanged(const QJsonObject& e)
    {
        const auto r = methodFromJson(e.value(QStringLiteral("result")).toObject(), nullptr);
        MethodResult* existing = r ? m_run.result(r->method) : nullptr;
        if (!existing || existing->status == MethodStatus::Failed)
            return;
        if (r->flags.contains(QStringLiteral("non_finite")) && !existing->flags.contains(QStringLiteral("non_finite")))
            flagNonFinite(*existing);
        if (r->status == MethodStatus::Failed)
            markFailed(*existing, r->error);
        m_log->info("{} at a batch size: {}", existing->method.toStdString(),
                    existing->error.isEmpty() ? std::string("flagged non_finite") : existing->error.toStdString());
    }

    void onBatchFinished(const QJsonObject& e)
    {
        MethodResult* m = m_run.result(e.value(QStringLiteral("method")).toString());
        auto b = batchFromJson(e.value(QStringLiteral("result")).toObject(), nullptr);
        if (!m || !b || m->status == MethodStatus::Failed)
            return;
        // This fork's part (measured again by a later worker of the fork: replaced), then every fork's as one.
        if (b->processes.empty())
            b->processes.emplace_back();
        ProcessBatch& process = b->processes.front();
        process.fork = m_fork;
        process.cpus = m_forks.empty() ? QString() : m_forks.back().cores;
        process.loadBefore = m_forks.empty() ? std::nullopt : m_forks.back().loadBefore;
        auto& parts = m_parts[m->method][b->batch];
        parts[m_fork] = *b;
        m_forkDone.insert(qMakePair(m->method, b->batch));
        std::vector<BatchResult> ordered;
        for (const auto& [fork, part] : parts)
            ordered.push_back(part);
        // Cheap while the next process may be measuring; the intervals across processes come at the end (finalBatches).
        BatchResult combined = combineProcesses(ordered, bootstrapSeed(m_config.seed, m->method, b->batch), true);
        const auto same = std::find_if(m->batches.begin(), m->batches.end(),
                                       [&](const BatchResult& x) { return x.batch == b->batch; });
        const auto index = static_cast<std::size_t>(same - m->batches.begin());
        if (same != m->batches.end())
            *same = std::move(combined);
        else
            m->batches.push_back(std::move(combined));
        const BatchResult& kept = m->batches[index];
        m_observer.batchFinished(m->method, kept);
        // After the observer (the journal writes there): a reader of this line may rely on the journal.
        m_log->info("finished {} batch {} ({} calls, p50 {:.4f} ms{})", m->method.toStdString(), kept.batch,
                    kept.calls, kept.latencyMs.p50, kept.complete ? "" : ", incomplete");
    }

    /// --profile: a method's profile, taken after its measurement.
    void onProfile(const QJsonObject& e)
    {
        MethodResult* m = m_run.result(e.value(QStringLiteral("method")).toString());
        auto profile = profileFromJson(e.value(QStringLiteral("profile")));
        if (!m || !profile)
            return;
        m->profile = std::move(profile);
        m_observer.methodProfiled(m->method, *m->profile);
    }

    void onRunFinished(const QJsonObject& e)
    {
        m_workerDone = true;
        auto end = runFrom(e.value(QStringLiteral("run")));
        if (!end)
            return;
        if (!end->error.isEmpty()) {
            if (!m_started) {  // refused (the model file, the memory check): the worker's verdict is the run
                m_run = std::move(*end);
                m_run.config.isolation = m_config.isolation;
            } else {
                m_run.error = end->error;  // the model could not be built
                m_run.finished = end->finished;
            }
            m_fatal = true;
            return;
        }
        for (const auto& r : end->results)  // the warm-ups' memory: measured after the methods were reported
            if (MethodResult* existing = m_run.result(r.method))
                mergeMemory(existing->memory, r.memory);
        if (m_run.timer.resolutionNs <= 0)
            m_run.timer = end->timer;
        m_run.noise = m_noiseSeen ? combineNoise(m_run.noise, end->noise) : end->noise;
        m_noiseSeen = true;
    }

    void onProgress(RunProgress p)
    {
        if (p.stage == QLatin1String("done"))
            return;  // a worker's end is not the run's
        const double inFork = m_progressBase + (1 - m_progressBase) * p.fraction;
        p.fraction = std::min(1.0, std::max(m_lastFraction, m_forkFrom + m_forkSpan * inFork));
        const int forksLeft = std::max(0, m_planned - m_fork - 1);
        if (forksLeft > 0 && p.etaSeconds >= 0)  // each later fork takes about as long as this one
            p.etaSeconds += forksLeft * (secondsSince(m_forkStart) + p.etaSeconds);
        p.callsDone += m_callsBase;
        if (p.callsTotal > 0)
            p.callsTotal += m_callsBase;
        m_lastFraction = p.fraction;
        m_lastCalls = p.callsDone;
        m_observer.progress(p);
    }

    RunConfig m_config;
    QString m_executable;
    RunObserver& m_observer;
    const std::atomic<bool>& m_cancel;
    ProgressTracker m_progress;
    WorkerLimits m_limits;
    std::shared_ptr<spdlog::logger> m_log;
    RunResult m_run;
    std::optional<MachineRoofs> m_roofs;
    QStringList m_reported;  // methods whose methodPrepared went out
    Activity m_activity;
    std::optional<Timeout> m_timeout;
    bool m_started = false;
    bool m_workerDone = false;
    bool m_fatal = false;
    bool m_exportPending = false;
    bool m_noiseSeen = false;
    int m_processes = 0;
    int m_blindRestarts = 0;
    /// One repeated process of the run (a fork) as the supervisor started it.
    struct Fork {
        QString cores;  // pinned to ("" not pinned)
        std::optional<double> loadBefore;  // the machine's busy share just before it started
        std::optional<double> loadAfter;  // ... just after it ended
    };
    std::vector<Fork> m_forks;
    int m_fork = 0;  // the fork running now, 0-based
    int m_planned = 1;
    RunConfig m_forkConfig;  // what each fork measures with (forkConfig)
    std::map<QString, std::map<int, std::map<int, BatchResult>>> m_parts;  // method -> batch -> fork -> its part
    QSet<QPair<QString, int>> m_forkDone;  // (method, batch) finished in this fork
    Clock::time_point m_forkStart;
    double m_forkFrom = 0;  // the share of the run's progress before this fork
    double m_forkSpan = 1;  // ... and this fork's share
    double m_progressBase = 0;
    double m_lastFraction = 0;
    qint64 m_callsBase = 0;
    qint64 m_lastCalls = 0;
};

QString existing(const QString& path)
{
    const QFileInfo f(path);
    return f.isFile() && f.isExecutable() ? f.absoluteFilePath() : QString();
}

}  // namespace

QString workerExecutable()
{
    if (const QString env = qEnvironmentVariable("OPTIBENCH_WORKER"); !env.isEmpty())
        return existing(env);
#ifdef Q_OS_WIN
    const QString name = QStringLiteral("optibench-worker.exe");
#else
    const QString name = QStringLiteral("optibench-worker");
#endif
    QString dir = QCoreApplication::instance() ? QCoreApplication::applicationDirPath() : QString();
    if (dir.isEmpty())
        dir = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalPath();
    // Installed: next to the program. Build tree: src/cli or src/app (../worker), tests/<part> (../../src/worker).
    const QStringList candidates{QString(dir + QLatin1Char('/') + name), QString(dir + QStringLiteral("/../worker/") + name),
                                 QString(dir + QStringLiteral("/../../src/worker/") + name)};
    for (const QString& candidate : candidates)
        if (const QString found = existing(candidate); !found.isEmpty())
            return found;
    return {};
}

qint64 physicalMemoryBytes()
{
#if defined(Q_OS_UNIX) && defined(_SC_PHYS_PAGES)
    const long pages = sysconf(_SC_PHYS_PAGES);
    const long size = sysconf(_SC_PAGESIZE);
    if (pages > 0 && size > 0)
        return static_cast<qint64>(pages) * size;
#endif
    return -1;
}

WorkerLimits workerLimitsFor(const RunConfig& c)
{
    WorkerLimits l;
    if (c.workerMemoryMiB) {
        l.addressSpaceBytes = *c.workerMemoryMiB * 1024 * 1024;
    } else if (const qint64 total = physicalMemoryBytes(); total > 0) {
        l.addressSpaceBytes = total / 4 * 3;  // room for the desktop: a worker cannot take the machine
    }
#ifdef OB_ASAN
    l.addressSpaceBytes = 0;  // AddressSanitizer reserves terabytes of address space for its shadow memory
#endif
    if (c.workerCpuSeconds) {
        l.cpuSeconds = *c.workerCpuSeconds;
    } else {
        const double budget = 10.0 * c.timeBudget * std::max<qsizetype>(1, expandMethods(c.methods).size())
            * std::max<qsizetype>(1, c.batches.size());
        l.cpuSeconds = static_cast<qint64>(std::max(3600.0, budget)) * std::max({1, c.threads, c.blasThreads});
    }
    return l;
}

double inspectLimitSeconds(const RunConfig& c)
{
    return c.callTimeout ? std::max(10.0, *c.callTimeout) : 120.0;
}

double setupLimitSeconds(const RunConfig& c)
{
    return c.callTimeout ? std::max(60.0, 20 * *c.callTimeout) : 600.0;
}

QJsonObject processIsolationEnvironment(const RunConfig& c, const QString& executable)
{
    const WorkerLimits l = workerLimitsFor(c);
    const auto limit = [](qint64 v, qint64 unit) {
        return v > 0 ? QJsonValue(static_cast<double>(v / unit)) : QJsonValue(QStringLiteral("none"));
    };
    return QJsonObject{
        {QStringLiteral("isolation"), QStringLiteral("process")},
        {QStringLiteral("executable"), executable},
        {QStringLiteral("memory_limit_mib"), limit(l.addressSpaceBytes, 1024 * 1024)},
        {QStringLiteral("memory_limit"), c.workerMemoryMiB ? QStringLiteral("set") : QStringLiteral("auto")},
        {QStringLiteral("cpu_limit_s"), limit(l.cpuSeconds, 1)},
        {QStringLiteral("cpu_limit"), c.workerCpuSeconds ? QStringLiteral("set") : QStringLiteral("auto")},
        {QStringLiteral("call_timeout_s"), c.callTimeout ? QJsonValue(*c.callTimeout) : QJsonValue(QStringLiteral("auto"))},
        {QStringLiteral("setup_limit_s"), setupLimitSeconds(c)},
    };
}

QJsonObject threadIsolationEnvironment(const QString& reason)
{
    // One process: forks apply to worker processes only.
    return QJsonObject{{QStringLiteral("isolation"), QStringLiteral("thread")}, {QStringLiteral("reason"), reason},
                       {QStringLiteral("forks"), 1}};
}

std::optional<RunResult> superviseRun(const RunConfig& config, RunObserver& observer, const std::atomic<bool>& cancel)
{
    const QString executable = workerExecutable();
    if (executable.isEmpty()) {
        logging::get("core")->warn("optibench-worker not found (set OPTIBENCH_WORKER): the models run in this process");
        return std::nullopt;
    }
    return Supervisor(config, executable, observer, cancel).run();
}

engine::ModelFileInfo inspectInWorker(const RunConfig& config)
{
    engine::ModelFileInfo info;
    info.errorKind = "interface";
    const auto failWith = [&](const QString& problem, const QString& detail = {}) {
        info.ok = false;
        info.error = QStringLiteral("model-file: %1 %2").arg(config.modelFile, problem).toStdString();
        info.detail = detail.toStdString();
        return info;
    };
    const QString executable = workerExecutable();
    WorkerProcess worker;
    QString error;
    if (executable.isEmpty()
        || !worker.start(executable, workerLimitsFor(config), worker::line(worker::inspectJobToJson(config)), &error)) {
        info.errorKind.clear();  // "unreadable": not the file's fault, and no answer to keep
        failWith(QString());
        info.detail = QStringLiteral("the worker process that inspects it did not start (%1)")
                          .arg(executable.isEmpty() ? QStringLiteral("optibench-worker not found") : error)
                          .toStdString();
        return info;
    }
    std::optional<engine::ModelFileInfo> answer;
    std::optional<double> timedOut;
    auto lastLine = Clock::now();
    bool silent = false;
    while (true) {
        worker.wait(kPollMs);
        while (auto l = worker.takeLine()) {
            lastLine = Clock::now();
            const auto e = parseLine(*l);
            if (!e)
                continue;
            const QString name = e->value(QStringLiteral("event")).toString();
            if (name == QLatin1String(worker::event::kInspected))
                answer = worker::modelFileInfoFromJson(e->value(QStringLiteral("info")).toObject());
            else if (name == QLatin1String(worker::event::kTimeout))
                timedOut = e->value(QStringLiteral("seconds")).toDouble();
        }
        if (answer || !worker.running())
            break;
        if (secondsSince(lastLine) > kSilenceSeconds || (timedOut && secondsSince(lastLine) > 0.5)) {
            silent = !timedOut;
            worker.kill();
        }
    }
    if (answer)
        return *answer;
    worker.kill();
    if (timedOut)
        return failWith(QStringLiteral("did not finish loading and probing within %1 s (call-timeout)")
                            .arg(seconds(*timedOut)));
    const WorkerExit e = worker.exit();
    if (silent)
        return failWith(QStringLiteral("stopped the worker process that loaded it from responding for %1 s")
                            .arg(seconds(kSilenceSeconds)));
    const QString words = lastWords(e.stderrTail);
    if (e.crashed)
        return failWith(QStringLiteral("crashed the worker process that loaded it (signal %1, %2)")
                            .arg(e.signal)
                            .arg(signalName(e.signal)),
                        words);
    return failWith(QStringLiteral("made the worker process that loaded it exit with status %1").arg(e.exitCode),
                    words);
}

}  // namespace ob
