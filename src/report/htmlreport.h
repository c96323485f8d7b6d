// SPDX-License-Identifier: MIT
#pragma once
// The full report of a run, in the current UI language: one self-contained HTML file (charts as inline SVG, no
// external resource, no script) and a paginated landscape A4 PDF of the same content (charts as images at
// about 300 DPI, one per page; the wide tables fit across).
// Needs a QApplication (charts); works on the offscreen platform.

#include <QByteArray>
#include <QString>

#include "results/runresult.h"

namespace ob::app {
class ChartBase;
}

namespace ob::report {

/// The HTML report, UTF-8.
QByteArray reportHtml(const RunResult& run);
/// The PDF report.
QByteArray reportPdf(const RunResult& run);
/// The line under a chart in the report (what it shows, e.g. the batch of the jitter chart).
QString chartCaption(const app::ChartBase& chart);

}  // namespace ob::report
