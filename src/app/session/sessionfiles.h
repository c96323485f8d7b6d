// SPDX-License-Identifier: MIT
#pragma once
// Saving and opening sessions (optibench.run/1 JSON files) with messages that name the file and the problem.

#include <QString>

#include <optional>

#include "results/runresult.h"

namespace ob::app {

/// The file dialog filter for sessions (translated).
QString sessionFileFilter();
/// Writes `run` with its samples to `path` atomically. On failure returns false and sets `error`.
bool saveSession(const QString& path, const RunResult& run, QString* error);
/// Reads a session; on failure returns nullopt and sets `error` (the current session is not touched).
std::optional<RunResult> loadSession(const QString& path, QString* error);

}  // namespace ob::app
