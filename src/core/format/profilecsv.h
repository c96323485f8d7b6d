// SPDX-License-Identifier: MIT
#pragma once
// The profile table as CSV: one row per method, operator and module (docs/reports.md). Locale-neutral.

#include <QByteArray>
#include <QString>

#include "results/runresult.h"

namespace ob {

/// Every profiled method's rows; only the header when no method was profiled.
QByteArray profileToCsv(const RunResult& run);
/// Where `run --csv FILE` writes the profile table: FILE with ".profile" before its suffix (run.csv ->
/// run.profile.csv).
QString profileCsvPath(const QString& csvPath);

}  // namespace ob
