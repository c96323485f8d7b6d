// SPDX-License-Identifier: MIT
#pragma once
// The commands of optibench-cli. Each returns the process exit code (see cliargs.h).

#include <QStringList>

namespace ob {
struct RunResult;
}

namespace ob::cli {

int runCommand(const QStringList& args);
int envCommand(const QStringList& args);
int methodsCommand(const QStringList& args);
int rooflineCommand(const QStringList& args);
int diagnoseCommand(const QStringList& args);
int reportCommand(const QStringList& args);
int inspectCommand(const QStringList& args);
QString usage();
/// Writes the report (`reportPath`, HTML or PDF by suffix) and the chart files (`chartsDir`) when given (non-null).
int writeReportOutputs(const RunResult& run, const QString& reportPath, const QString& reportField,
                       const QString& chartsDir);

}  // namespace ob::cli
