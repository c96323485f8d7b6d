// SPDX-License-Identifier: MIT
#pragma once
// The one validation layer for configurations: used by the GUI, the CLI and config/session loading.

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

#include "config/runconfig.h"

namespace ob {

/// A rejected value: the field, the value as given, and what is allowed.
struct ValidationError {
    QString field;
    QString value;
    QString problem;  // e.g. "is out of range"
    QString allowed;  // e.g. "1..8192"
    /// One line, translated: "<field>: <value> <problem>; allowed: <allowed>".
    QString message() const;
};

using MaybeError = std::optional<ValidationError>;

/// Range of an integer field.
struct IntRange {
    qlonglong min = 0;
    qlonglong max = 0;
};

/// Every configuration key, as used by the CLI's long options and config/session JSON.
QStringList configKeys();
/// The valid range of an integer field ("hidden", "layers", "warmup", ...); {0,0} for other keys.
IntRange rangeOf(const QString& key);
/// Range of a decimal field ("target-ci", "time-budget").
struct DoubleRange {
    double min = 0;
    double max = 0;
};
/// The valid range of a decimal field; {0,0} for other keys.
DoubleRange doubleRangeOf(const QString& key);

/// Sets `key` from its text form (CLI option or comma-separated list). Checks type and range.
MaybeError applyText(RunConfig& config, const QString& key, const QString& text);
/// Sets every key of `object` (a config file or a session's config). Rejects unknown keys and wrong types.
MaybeError applyJson(RunConfig& config, const QJsonObject& object);
/// Checks the whole configuration (ranges, methods known to the engine, options).
MaybeError validate(const RunConfig& config);

/// The configuration as a JSON object with the same keys as the CLI.
QJsonObject toJson(const RunConfig& config);

/// Strategy ids known to the engine, in display order.
QStringList strategyIds();
/// The methods `--methods all` runs.
QStringList allMethods();
/// Expands "all" and removes duplicates, keeping order; `eager` first when present.
QStringList expandMethods(const QStringList& methods);
/// Checks one method (a pipeline of strategy ids joined by '+').
MaybeError checkMethod(const QString& method);

}  // namespace ob
