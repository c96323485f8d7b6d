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

/// One method's or one batch's result, as in the "results" array (also the journal's lines).
QJsonObject methodToJson(const MethodResult& result, bool includeSamples = true);
QJsonObject batchToJson(const BatchResult& batch, bool includeSamples = true);
/// Reads one method's or batch's result; on failure returns nullopt and sets `error`.
std::optional<MethodResult> methodFromJson(const QJsonObject& object, QString* error);
std::optional<BatchResult> batchFromJson(const QJsonObject& object, QString* error);

/// Reads a run; on failure returns nullopt and sets `error` to a message naming what is wrong.
std::optional<RunResult> runFromJson(const QByteArray& bytes, QString* error);

}  // namespace ob
