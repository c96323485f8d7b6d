// SPDX-License-Identifier: MIT
#pragma once
// The flags of a method or a batch (MethodResult::flags, BatchResult::flags) in words, for every output that a
// person reads: the CLI's table, the workbench and the reports. The ids stay in the run JSON only.

#include <QString>
#include <QStringList>

namespace ob {

/// A flag in the current language: "int8_slower_than_eager" -> "int8 slower than eager". An id without an entry
/// comes back with spaces for its underscores, never as the bare id.
QString flagText(const QString& flag);
/// flagText() of each flag, joined by ", ".
QString flagsText(const QStringList& flags);

}  // namespace ob
