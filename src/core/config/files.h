// SPDX-License-Identifier: MIT
#pragma once
// Reading input files and checking output paths, with messages that name the file and the problem.

#include <QByteArray>
#include <QString>

#include "config/runconfig.h"
#include "config/validation.h"

namespace ob {

/// Files larger than this are refused (configs and sessions are small).
inline constexpr qint64 kMaxInputFileBytes = 64 * 1024 * 1024;

/// Reads a whole file: missing, unreadable, too large or not UTF-8 gives an error (field = `field`).
MaybeError readTextFile(const QString& path, const QString& field, QByteArray& bytes);
/// Applies a JSON config file to `config` (keys as the CLI's long options).
MaybeError loadConfigFile(const QString& path, RunConfig& config);
/// Checks that `path` can be written (its directory exists and is writable) without creating it.
MaybeError checkOutputPath(const QString& path, const QString& field);
/// Writes atomically (a temporary file renamed over the target), so that a failed write keeps the old file.
MaybeError writeFileAtomically(const QString& path, const QByteArray& bytes, const QString& field);

}  // namespace ob
