// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

namespace ob {

/// The environment of a run: OptiBench's version and build, Qt, the OS, and what the engine reports
/// (LibTorch, quantized engines, BLAS and its core type, CPU, threads), as in force in the calling thread.
QJsonObject captureEnvironment();

/// The label of an environment key in the current language ("torch_version": "LibTorch version"); an inner key as
/// "outer.inner" ("worker.restarts": "Worker process · restarts"); the key itself when it has none.
QString environmentLabel(const QString& key);

/// "0.1.0 (commit abc123, RelWithDebInfo)".
QString versionString();

}  // namespace ob
