// SPDX-License-Identifier: MIT
#pragma once
// A comparison of runs (history/runcompare.h) in words, as a text table for the CLI and the same wording for the
// workbench and the report, and as JSON (schema optibench.compare/1).

#include <QJsonObject>
#include <QString>

#include "history/runcompare.h"

namespace ob {

inline constexpr char kCompareSchema[] = "optibench.compare/1";

/// "+20.0%", "−3.1%", "±0.0%": the change of the median latency that a ratio (other / reference) means.
QString changeText(double ratio);
/// Interval ends beyond this ratio (or below its inverse) are shown as "> +900%" ("< −90.0%").
inline constexpr double kShownRatioLimit = 10;
/// "+12.1% … +28.4%": an interval of the ratio as changes.
QString changeIntervalText(const stats::Interval& ci);
/// "slower", "faster" or "≈ same", with "regression" or "improvement" when it passes the threshold.
QString verdictText(const BatchChange& change);
/// What the intervals know: between processes, or within one process widened by the run-to-run variation.
QString variationText(const RunComparison& comparison);
/// Why some pairs were not judged (a run of one process measured on a busy machine); empty when all were.
QString busyText(const RunComparison& comparison);
/// "2 regressions, 1 improvement".
QString countsText(const RunComparison& comparison);
/// The gate's verdict: "passed" or "FAILED: N regression(s)"; empty without a gate.
QString gateText(const RunComparison& comparison);
/// A status change, e.g. "ok → failed", a score change or a drift, for a method.
QString methodChangeText(const MethodChange& change);

/// The whole comparison as text: the table, the methods that changed, what was not compared, the differences of
/// environment and configuration, the variation used and the gate.
QString comparisonToText(const RunComparison& comparison, const QString& referenceLabel, const QString& otherLabel);

/// One comparison as JSON: batches, methods, not_compared, environment, config, regressions, improvements, gate.
QJsonObject comparisonToJson(const RunComparison& comparison);
/// A set as JSON: {schema, reference, comparisons: [{other, ...comparisonToJson}], gate_failed}; `reference` and
/// `others` describe the runs (label, id or file, started, host, CPU).
QJsonObject compareSetToJson(const CompareSet& set, const QJsonObject& reference, const QList<QJsonObject>& others);

} // namespace ob
