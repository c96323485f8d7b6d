// SPDX-License-Identifier: MIT
#pragma once
// The commands of optibench-cli. Each returns the process exit code (see cliargs.h).

#include <QStringList>

#include <functional>

namespace ob {
struct RunResult;
class HistoryStore;
}

namespace ob::cli {

int runCommand(const QStringList& args);
/// Prints a finished run instead of the results table; `compare` holds --compare's two methods (or is empty).
using RunPrinter = std::function<QString(const RunResult& run, const QStringList& compare)>;
/// The run command with its results printed by `printText` (null: the table), for commands built on it (profile).
int runCommand(const QStringList& args, const RunPrinter& printText);
int profileCommand(const QStringList& args);
int envCommand(const QStringList& args);
int methodsCommand(const QStringList& args);
int rooflineCommand(const QStringList& args);
int diagnoseCommand(const QStringList& args);
int reportCommand(const QStringList& args);
int inspectCommand(const QStringList& args);
int historyCommand(const QStringList& args);
QString usage();
/// The history's part of usage(): the command and the run options --history-db, --no-history.
QString historyUsageSummary();
/// The profile command's part of the usage.
QString profileUsage();
/// Writes the report (`reportPath`, HTML or PDF by suffix) and the chart files (`chartsDir`) when given (non-null).
int writeReportOutputs(const RunResult& run, const QString& reportPath, const QString& reportField,
                       const QString& chartsDir);

/// history compare: a method x batch got slower beyond --fail-if-slower with significance (the CI gate).
inline constexpr int kExitRegression = 3;
struct ParsedArgs;
/// history compare (history_compare.cpp): `parsed` without the word "compare"; `store` is opened there when the
/// history is on (ids need it, files do not).
int historyCompare(const ParsedArgs& parsed, HistoryStore& store);
/// Stores a finished run in the history (--history-db PATH, --no-history, else $OPTIBENCH_HISTORY_DB or the default);
/// a history that cannot be written gets a warning on stderr, never a failed run.
void recordRun(const RunResult& run, const QString& explicitPath, bool disabled, bool quiet);

}  // namespace ob::cli
