// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace ob::cli {

void printOut(const QString& text);
void printErr(const QString& text);
bool stderrIsTerminal();
/// Prints "optibench-cli: error: <message>" on stderr and returns `code`.
int fail(const QString& message, int code);

}  // namespace ob::cli
