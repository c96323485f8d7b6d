// SPDX-License-Identifier: MIT
#pragma once
// The optibench.run/1 JSON format: run results with their configuration, environment and samples.

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

#include "results/runresult.h"

namespace ob {

inline constexpr char kRunSchema[] = "optibench.run/1";

QJsonObject runToJson(const RunResult& run, bool includeSamples = true);
QByteArray runToJsonBytes(const RunResult& run, bool includeSamples = true);

/// Reads a run; on failure returns nullopt and sets `error` to a message naming what is wrong.
std::optional<RunResult> runFromJson(const QByteArray& bytes, QString* error);

}  // namespace ob
