// SPDX-License-Identifier: MIT
#pragma once
// The commands of optibench-cli. Each returns the process exit code (see cliargs.h).

#include <QStringList>

namespace ob::cli {

int runCommand(const QStringList& args);
int envCommand(const QStringList& args);
int methodsCommand(const QStringList& args);
int rooflineCommand(const QStringList& args);
int diagnoseCommand(const QStringList& args);
QString usage();

}  // namespace ob::cli
