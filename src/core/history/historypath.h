// SPDX-License-Identifier: MIT
#pragma once
// Where the run history lives: a choice made here (--history-db, --no-history, the workbench's setting) wins over
// $OPTIBENCH_HISTORY_DB (a path, or "off"), which wins over the default file in the application data directory.

#include <QString>

namespace ob {

/// The history file and whether runs are stored at all.
struct HistoryLocation {
    QString path; // empty when the history is off
    bool enabled() const { return !path.isEmpty(); }
};

/// The default file: <AppDataLocation>/history.sqlite.
QString defaultHistoryPath();

/// The history to use: `explicitPath` when not empty, none when `disabled`, else $OPTIBENCH_HISTORY_DB ("off": none),
/// else defaultHistoryPath().
HistoryLocation resolveHistoryLocation(const QString& explicitPath = {}, bool disabled = false);

} // namespace ob
