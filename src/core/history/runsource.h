// SPDX-License-Identifier: MIT
#pragma once
// A run named on the command line or picked in the workbench: a history id ("12"), "latest", "latest~N" (the N-th
// before the latest), or an optibench.run/1 JSON file.

#include <QString>

#include <optional>

#include "results/runresult.h"

namespace ob {

class HistoryStore;

struct NamedRun {
    RunResult run;
    qint64 id = 0; // in the history; 0 for a file
    QString file; // the file it was read from; empty for a history run
    QString label; // "#12" or the file's name
};

/// Loads the run `spec` names. A spec that is an existing file is read as a run; otherwise it must be an id of
/// `store` (null or closed: the history is off). On failure returns nullopt with a message naming `field`.
std::optional<NamedRun> loadNamedRun(const QString& spec, HistoryStore* store, const QString& field, QString* error);

/// The id `spec` names in `store` ("12", "latest", "latest~2"); 0 when it names none (error set).
qint64 resolveHistoryId(const QString& spec, HistoryStore& store, const QString& field, QString* error);

} // namespace ob
