// SPDX-License-Identifier: MIT
#pragma once
// One optibench-worker child process as the supervisor sees it (bench/supervisor.cpp): started with its resource
// limits, a job line written to its stdin, its stdout read line by line, its stderr kept and logged, cancelled
// ("cancel" on stdin) or killed, and how it ended. Used from one thread; no event loop needed (waitFor* calls).

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace ob {

/// The resource limits of a worker process (setrlimit in the child, before exec; POSIX only).
struct WorkerLimits {
    qint64 addressSpaceBytes = 0;  // RLIMIT_AS; 0: none
    qint64 cpuSeconds = 0;         // RLIMIT_CPU (soft; SIGXCPU); 0: none
    QList<int> cpus;               // the cores it may run on (Linux: sched_setaffinity); empty: not pinned
};

/// How a worker process ended.
struct WorkerExit {
    bool crashed = false;   // ended by a signal
    int signal = 0;         // when crashed
    int exitCode = 0;       // when not crashed
    bool killedByUs = false;  // the supervisor killed it (cancel, timeout, silence)
    QString stderrTail;     // its last lines on stderr
    qint64 residentBytes = -1;  // its resident memory when last seen
};

/// "SIGSEGV" for 11, or "signal N".
QString signalName(int signal);

class WorkerProcess {
public:
    WorkerProcess();
    ~WorkerProcess();  // kills the process if it still runs

    /// Starts `executable` with `limits` and writes `jobLine` (one JSON line) to its stdin. False (and `error`) when
    /// it cannot be started.
    bool start(const QString& executable, const WorkerLimits& limits, const QByteArray& jobLine, QString* error);
    /// Waits up to `ms` for output; false once the process has ended and every line was taken.
    bool wait(int ms);
    /// The next complete stdout line, if any.
    std::optional<QByteArray> takeLine();
    /// Asks the worker to stop the job (it reports what it finished, then exits).
    void cancel();
    /// SIGKILL, and waits for the end.
    void kill();
    bool running() const;
    qint64 pid() const;
    /// Samples the resident memory (/proc on Linux); kept for exit().
    void sampleMemory();
    /// How it ended (valid once running() is false).
    WorkerExit exit() const;

private:
    void readStderr();

    std::unique_ptr<QProcess> m_process;
    QByteArray m_stderrPartial;
    QStringList m_stderrTail;
    bool m_killed = false;
    qint64 m_pid = 0;
    qint64 m_resident = -1;
};

}  // namespace ob
