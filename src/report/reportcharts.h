// SPDX-License-Identifier: MIT
#pragma once
// The charts of a report or an export: fresh chart objects in the light export style, drawn from a run. They are
// never shown; chartrender.h lays them out at the requested size. Same classes as the workbench's charts panel.

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

#include "results/runresult.h"

namespace ob::app {
class ChartBase;
}

namespace ob::report {

/// Chart ids in report order: latency, trace, latencyByBatch, throughputByBatch, jitter, score, fidelity, memory,
/// roofline.
QStringList chartIds();
/// A new chart for `id` (null for an unknown id), in the export style, without data.
std::unique_ptr<app::ChartBase> createChart(const QString& id);
/// A new chart like `shown` (same id, methods shown, scale and batch) drawn from `run`, in the export style.
std::unique_ptr<app::ChartBase> exportCopy(const app::ChartBase& shown, const RunResult& run);
/// Every chart of chartIds() drawn from `run`.
std::vector<std::unique_ptr<app::ChartBase>> createReportCharts(const RunResult& run);
/// The batch size the jitter chart shows (0 when none was measured).
int jitterBatch(const app::ChartBase& chart);

}  // namespace ob::report
