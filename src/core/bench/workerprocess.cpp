// SPDX-License-Identifier: MIT
#include "bench/workerprocess.h"

#include <QFile>

#include <csignal>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <sched.h>
#include <sys/prctl.h>
#endif

namespace ob {
namespace {

constexpr int kStderrLinesKept = 30;

#ifdef Q_OS_UNIX
/// In the child between fork and exec: only async-signal-safe calls (`cores` was filled before the fork).
template <typename CpuSet>
void applyLimits(const WorkerLimits& limits, const CpuSet* cores)
{
    if (limits.addressSpaceBytes > 0) {
        const rlimit as{static_cast<rlim_t>(limits.addressSpaceBytes), static_cast<rlim_t>(limits.addressSpaceBytes)};
        setrlimit(RLIMIT_AS, &as);
    }
    if (limits.cpuSeconds > 0) {
        // SIGXCPU at the soft limit, SIGKILL a little later if it is ignored.
        const rlimit cpu{static_cast<rlim_t>(limits.cpuSeconds), static_cast<rlim_t>(limits.cpuSeconds + 5)};
        setrlimit(RLIMIT_CPU, &cpu);
    }
#ifdef Q_OS_LINUX
    prctl(PR_SET_PDEATHSIG, SIGKILL);  // the supervisor gone (even by kill -9): the worker goes too
    if (cores)
        sched_setaffinity(0, sizeof(*cores), cores);  // every thread the worker starts inherits it
#else
    Q_UNUSED(cores);
#endif
}
#endif

}  // namespace

QString signalName(int signal)
{
    switch (signal) {
#ifdef Q_OS_UNIX
    case SIGSEGV: return QStringLiteral("SIGSEGV");
    case SIGBUS: return QStringLiteral("SIGBUS");
    case SIGFPE: return QStringLiteral("SIGFPE");
    case SIGILL: return QStringLiteral("SIGILL");
    case SIGABRT: return QStringLiteral("SIGABRT");
    case SIGKILL: return QStringLiteral("SIGKILL");
    case SIGTERM: return QStringLiteral("SIGTERM");
    case SIGXCPU: return QStringLiteral("SIGXCPU");
    case SIGPIPE: return QStringLiteral("SIGPIPE");
    case SIGINT: return QStringLiteral("SIGINT");
#endif
    default: return QStringLiteral("signal %1").arg(signal);
    }
}

WorkerProcess::WorkerProcess() = default;

WorkerProcess::~WorkerProcess()
{
    if (running())
        kill();
}

bool WorkerProcess::start(const QString& executable, const WorkerLimits& limits, const QByteArray& jobLine,
                          QString* error)
{
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(executable);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
#if defined(Q_OS_LINUX)
    std::optional<cpu_set_t> cores;
    if (!limits.cpus.isEmpty()) {
        cores.emplace();
        CPU_ZERO(&*cores);
        for (int c : limits.cpus)
            if (c >= 0 && c < CPU_SETSIZE)
                CPU_SET(c, &*cores);
    }
    m_process->setChildProcessModifier([limits, cores] { applyLimits(limits, cores ? &*cores : nullptr); });
#elif defined(Q_OS_UNIX)
    m_process->setChildProcessModifier([limits] { applyLimits<int>(limits, nullptr); });
#else
    Q_UNUSED(limits);
#endif
    m_process->start(QIODevice::ReadWrite);
    if (!m_process->waitForStarted(10000)) {
        if (error)
            *error = m_process->errorString();
        return false;
    }
    m_pid = m_process->processId();
    m_process->write(jobLine);
    m_process->waitForBytesWritten(1000);
    return true;
}

bool WorkerProcess::wait(int ms)
{
    if (m_process->canReadLine())
        return true;
    if (m_process->state() != QProcess::NotRunning)
        m_process->waitForReadyRead(ms);
    readStderr();
    return m_process->state() != QProcess::NotRunning || m_process->canReadLine() || m_process->bytesAvailable() > 0;
}

std::optional<QByteArray> WorkerProcess::takeLine()
{
    if (m_process->canReadLine())
        return m_process->readLine();
    if (m_process->state() == QProcess::NotRunning && m_process->bytesAvailable() > 0)
        return m_process->readAll();  // a last line without its newline
    return std::nullopt;
}

void WorkerProcess::cancel()
{
    if (running()) {
        m_process->write("cancel\n");
        m_process->waitForBytesWritten(100);
    }
}

void WorkerProcess::kill()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_killed = true;
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    readStderr();
}

bool WorkerProcess::running() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

qint64 WorkerProcess::pid() const
{
    return m_pid;
}

void WorkerProcess::sampleMemory()
{
#ifdef Q_OS_LINUX
    if (!running() || m_pid <= 0)
        return;
    QFile statm(QStringLiteral("/proc/%1/statm").arg(m_pid));
    if (!statm.open(QIODevice::ReadOnly))
        return;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    if (fields.size() > 1)
        m_resident = fields[1].toLongLong() * static_cast<qint64>(sysconf(_SC_PAGESIZE));
#endif
}

WorkerExit WorkerProcess::exit() const
{
    WorkerExit e;
    e.killedByUs = m_killed;
    e.residentBytes = m_resident;
    e.stderrTail = m_stderrTail.join(QLatin1Char('\n'));
    if (!m_process)
        return e;
    e.crashed = m_process->exitStatus() == QProcess::CrashExit;
    // Qt reports the terminating signal as the exit code of a crashed process on Unix.
    if (e.crashed)
        e.signal = m_process->exitCode();
    else
        e.exitCode = m_process->exitCode();
    return e;
}

void WorkerProcess::readStderr()
{
    if (!m_process)
        return;
    const QByteArray bytes = m_process->readAllStandardError();
    if (bytes.isEmpty())
        return;
    // What LibTorch and the worker write on stderr goes to ours, as it did when the models ran in this process.
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stderr);
    std::fflush(stderr);
    m_stderrPartial += bytes;
    qsizetype nl;
    while ((nl = m_stderrPartial.indexOf('\n')) >= 0) {
        const QString text = QString::fromUtf8(m_stderrPartial.left(nl)).trimmed();
        m_stderrPartial.remove(0, nl + 1);
        if (text.isEmpty())
            continue;
        m_stderrTail << text;
        if (m_stderrTail.size() > kStderrLinesKept)
            m_stderrTail.removeFirst();
    }
}

}  // namespace ob
