// SPDX-License-Identifier: MIT
#pragma once
// The history database's layout, built by numbered migrations: a new file runs them all, an older file the ones it
// lacks, each in the transaction of the caller. PRAGMA user_version holds the version reached, PRAGMA
// application_id marks the file as OptiBench's (so that another program's SQLite file is never taken for ours).

#include <QSqlDatabase>
#include <QString>

#include "results/runresult.h"

namespace ob {

/// "OBHS" as a big-endian integer: the SQLite application_id of an OptiBench history.
inline constexpr qint32 kHistoryApplicationId = 0x4F424853;
/// The schema this build writes. 1: runs with their JSON; 2: tags, and methods/batches as indexed columns.
inline constexpr int kHistorySchemaVersion = 2;

/// Runs the migrations from `from` (0: an empty file) to `to` on `db`, inside a transaction the caller holds.
/// Returns an empty string on success, else the failing step's error (the caller rolls back).
QString migrateHistory(QSqlDatabase& db, int from, int to = kHistorySchemaVersion);

/// Writes the rows of the methods and batches tables for one stored run (store, and migration 2 for old rows).
QString indexRunRows(QSqlDatabase& db, qint64 runId, const RunResult& run);

} // namespace ob
