// SPDX-License-Identifier: MIT
#include "testutils.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

#include <algorithm>

namespace ob::test {

RunConfig quickConfig(const QStringList& methods)
{
    RunConfig c;
    c.hidden = 32;
    c.layers = 2;
    c.batches = {1, 4};
    c.methods = methods;
    c.warmup = 2;
    c.iterations = 20;
    c.evalSamples = 64;
    c.forks = 1;  // one worker process: tests of forks ask for more
    return c;
}

CliResult runCli(const QStringList& args, int timeoutMs)
{
    const QString cli = qEnvironmentVariable("OPTIBENCH_CLI");
    CliResult r;
    if (cli.isEmpty()) {
        qWarning("OPTIBENCH_CLI is not set");
        return r;
    }
    // A run measures in one worker process unless the test asks for forks (the default, 3, would triple its time).
    QStringList given = args;
    const auto run = given.indexOf(QStringLiteral("run"));
    const bool forksGiven = std::any_of(given.begin(), given.end(), [](const QString& a) {
        return a.startsWith(QLatin1String("--forks")) || a.startsWith(QLatin1String("--max-forks"));
    });
    if (run >= 0 && !forksGiven)
        given.insert(run + 1, QStringLiteral("--forks=1"));
    QProcess p;
    p.start(cli, given);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        qWarning("optibench-cli timed out");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QJsonObject readJsonObject(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

MachineRoofs madeUpRoofs()
{
    MachineRoofs r;
    r.cpuModel = QStringLiteral("Test CPU");
    r.kernels = QStringLiteral("avx2+fma");
    r.peakGflopsFp32 = 100;
    r.peakGopsInt8 = 200;
    r.bandwidthL1 = 200;
    r.bandwidthL2 = 100;
    r.bandwidthL3 = 50;
    r.bandwidthDram = 10;
    r.cacheL1 = 32 << 10;
    r.cacheL2 = 1 << 20;
    r.cacheL3 = 32 << 20;
    r.measured = QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC);
    return r;
}

}  // namespace ob::test
