// SPDX-License-Identifier: MIT
#pragma once
// Shared helpers of the tests.

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "config/runconfig.h"
#include "results/runresult.h"

namespace ob::test {

/// A configuration small enough for a test to run in about a second (one worker process: forks 1).
RunConfig quickConfig(const QStringList& methods = {QStringLiteral("eager")});

struct CliResult {
    int exitCode = -1;
    QString out;
    QString err;
};
/// Runs optibench-cli (path from $OPTIBENCH_CLI) with `args`; fails the test on timeout. A `run` without --forks or
/// --max-forks gets --forks=1 right after "run": one worker process, as before forks existed.
CliResult runCli(const QStringList& args, int timeoutMs = 120000);

/// Reads and parses a JSON object file; empty object on failure.
QJsonObject readJsonObject(const QString& path);

/// The roofs of a made-up machine (100 GFLOP/s fp32, 200 GOP/s int8; 200 / 100 / 50 / 10 GB/s from L1 / L2 / L3 /
/// DRAM of 32 KiB / 1 MiB / 32 MiB), for tests that need a roofline without measuring one.
MachineRoofs madeUpRoofs();

}  // namespace ob::test
