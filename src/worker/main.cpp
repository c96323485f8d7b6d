// SPDX-License-Identifier: MIT
// optibench-worker: the child process that runs the models for the CLI and the workbench (docs/worker.md).
// It reads one job line (bench/workerprotocol.h) from stdin, or from the file given with --job, runs it through
// core's runner and writes one JSON line per event on stdout; "cancel" on stdin (or stdin closing) cancels the job.

#include <QCoreApplication>
#include <QFile>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>

#ifdef _WIN32
#include <io.h>
#else
#include <sys/resource.h>
#include <unistd.h>
#endif

#include <spdlog/spdlog.h>

#include "bench/modelinspect.h"
#include "bench/runner.h"
#include "bench/supervisor.h"
#include "bench/workerprotocol.h"
#include "config/enginespec.h"
#include "lineout.h"
#include "logging/logging.h"
#include "optibench/engine/engine.h"
#include "optibench/version.h"
#include "reporter.h"

using namespace ob;

namespace {

std::atomic<bool> g_cancel{false};

const char kUsage[] =
    "Usage: optibench-worker [--job FILE]\n"
    "The child process of optibench and optibench-cli that runs the models. It reads one job (a JSON line) from\n"
    "stdin or FILE and writes one JSON line per event on stdout; \"cancel\" on stdin cancels the job.\n"
    "It is started by its supervisor; see docs/worker.md for the protocol.\n";

/// The protocol's own descriptor; what else writes to stdout (a library's printf) goes to stderr instead.
int takeStdout()
{
#ifdef _WIN32
    const int fd = _dup(1);
    _dup2(2, 1);
#else
    const int fd = ::dup(1);
    ::dup2(2, 1);
#endif
    return fd;
}

/// One line from stdin, read with read(2): no stdio stream (and its lock) is involved, so that the reader thread
/// blocked in read() never blocks anyone else.
bool readLine(std::string& line)
{
    line.clear();
    char c = 0;
    while (true) {
#ifdef _WIN32
        const int n = _read(0, &c, 1);
#else
        const auto n = ::read(0, &c, 1);
#endif
        if (n <= 0)
            return !line.empty();
        if (c == '\n')
            return true;
        line.push_back(c);
    }
}

/// Reads "cancel" lines; stdin closing (the supervisor gone) cancels too.
void readCommands()
{
    std::string line;
    while (readLine(line))
        if (line.rfind("cancel", 0) == 0)
            g_cancel = true;
    g_cancel = true;
}

QJsonObject limitsInForce()
{
    QJsonObject o;
#ifndef _WIN32
    rlimit as{}, cpu{};
    if (getrlimit(RLIMIT_AS, &as) == 0)
        o.insert(QStringLiteral("address_space_bytes"),
                 as.rlim_cur == RLIM_INFINITY ? QJsonValue(QStringLiteral("none")) : QJsonValue(double(as.rlim_cur)));
    if (getrlimit(RLIMIT_CPU, &cpu) == 0)
        o.insert(QStringLiteral("cpu_seconds"),
                 cpu.rlim_cur == RLIM_INFINITY ? QJsonValue(QStringLiteral("none")) : QJsonValue(double(cpu.rlim_cur)));
#endif
    return o;
}

/// Ends the process without running destructors: LibTorch's and OpenMP's teardown is slow and has nothing to add.
[[noreturn]] void finish(int code)
{
    std::fflush(stdout);  // not fflush(nullptr): that would wait for a stream another thread may hold
    std::fflush(stderr);
    std::_Exit(code);
}

}  // namespace

int main(int argc, char* argv[])
{
    const int out = takeStdout();
    QCoreApplication app(argc, argv);
    QString jobFile;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--version")) {
            std::printf("optibench-worker %s\n", OPTIBENCH_VERSION);
            std::fflush(stdout);
            return 0;
        }
        if (args[i] == QLatin1String("--job") && i + 1 < args.size()) {
            jobFile = args[++i];
            continue;
        }
        std::fputs(kUsage, stderr);
        return args[i] == QLatin1String("--help") ? 0 : worker::kBadJobExitCode;
    }

    worker::LineOut lines(out);
    QByteArray jobLine;
    if (!jobFile.isEmpty()) {
        QFile f(jobFile);
        if (f.open(QIODevice::ReadOnly))
            jobLine = f.readAll();
    } else {
        std::string first;
        readLine(first);
        jobLine = QByteArray::fromStdString(first);
    }
    QString error;
    const auto job = worker::jobFromJson(jobLine, &error);
    if (!job) {
        lines.write(worker::eventObject(worker::event::kError, {{QStringLiteral("message"), error}}));
        finish(worker::kBadJobExitCode);
    }
    lines.write(worker::eventObject(worker::event::kHello, {{QStringLiteral("protocol"), worker::kProtocolVersion},
                                                           {QStringLiteral("pid"), double(QCoreApplication::applicationPid())},
                                                           {QStringLiteral("limits"), limitsInForce()}}));
    std::thread(readCommands).detach();

    // Warnings and errors on stderr (the supervisor passes them on); the info lines are the supervisor's to write.
    logging::Options options;
    options.toStderr = true;
    logging::init(options);
    for (const char* part : {"core", "engine"})
        logging::get(part)->set_level(spdlog::level::warn);
    setInspectInProcess(true);

    const bool inspect = job->kind == worker::Job::Kind::Inspect;
    // The model file is loaded and probed first (inspected), under the inspection's limit.
    worker::Watchdog watchdog(lines, job->config.callTimeout, setupLimitSeconds(job->config),
                              inspectLimitSeconds(job->config));
    watchdog.start();
    if (inspect) {
        const engine::ModelFileInfo info = engine::inspectModelFile(modelSpecOf(job->config));
        lines.write(worker::eventObject(worker::event::kInspected,
                                        {{QStringLiteral("info"), worker::modelFileInfoToJson(info)}}));
        finish(0);
    }
    if (job->config.model == QLatin1String("torchscript") && !job->config.modelFile.isEmpty()) {
        // Cached by the engine for the run's own check; the supervisor keeps it for the cost model.
        const engine::ModelFileInfo info = engine::inspectModelFile(modelSpecOf(job->config));
        lines.write(worker::eventObject(worker::event::kModelFile,
                                        {{QStringLiteral("info"), worker::modelFileInfoToJson(info)}}));
    }
    worker::Reporter reporter(lines, watchdog);
    runJob(job->config, job->run, reporter, g_cancel);
    finish(0);
}
