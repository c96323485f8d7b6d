// SPDX-License-Identifier: MIT
#pragma once
// The run history in words: the list of stored runs and one run's record, for the CLI and the workbench alike.

#include <QString>

#include <vector>

#include "history/historyentry.h"

namespace ob {

/// "native_int8 7.93× (batch 1)"; "-" when no method was significantly faster than eager with the same answers.
QString bestMethodText(const HistoryEntry& entry);
/// The start of the run in local time, short.
QString startedText(const HistoryEntry& entry);
/// A table: id, started, model, machine, best method, methods, source, tags, note.
QString historyListText(const std::vector<HistoryEntry>& entries);
/// The record of one run, one "label: value" line each (model identity, machine, source, note, tags).
QString historyEntryText(const HistoryEntry& entry);

} // namespace ob
