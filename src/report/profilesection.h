// SPDX-License-Identifier: MIT
#pragma once
// The report's profile section (--profile; docs/profile.md): each profiled method's coverage against its timed
// median and its top operators, then two methods side by side (eager and the fastest) with the bar chart of their
// top operators. Same HTML subset as the other sections (reportsections.h); the chart is a PNG data URL, which both
// the browser and the PDF's QTextDocument show.

#include <QString>

#include <memory>

#include "results/runresult.h"

namespace ob::app {
class ChartBase;
}

namespace ob::report {

/// Rows per method in the section.
inline constexpr int kProfileReportRows = 10;

/// Empty when no method was profiled.
QString profileSection(const RunResult& run);
/// The section's chart in the export style (the default pair, or the only profiled method); null when no method
/// has a profile with rows. `--charts DIR` writes it as profile.png/svg/pdf.
std::unique_ptr<app::ChartBase> profileReportChart(const RunResult& run);

}  // namespace ob::report
