// SPDX-License-Identifier: MIT
#pragma once
// Shared helpers of the tests.

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "config/runconfig.h"

namespace ob::test {

/// A configuration small enough for a test to run in about a second.
RunConfig quickConfig(const QStringList& methods = {QStringLiteral("eager")});

struct CliResult {
    int exitCode = -1;
    QString out;
    QString err;
};
/// Runs optibench-cli (path from $OPTIBENCH_CLI) with `args`; fails the test on timeout.
CliResult runCli(const QStringList& args, int timeoutMs = 120000);

/// Reads and parses a JSON object file; empty object on failure.
QJsonObject readJsonObject(const QString& path);

}  // namespace ob::test
