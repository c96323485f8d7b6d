// SPDX-License-Identifier: MIT
#pragma once
// The comparison of runs as a report section and as a document of its own (HTML or PDF), in the current language:
// per method × batch the change with its interval and verdict (regressions red, improvements green), the chart,
// the methods whose status or answers changed, and the differences of environment, load and configuration, one
// column per compared run. Used by `optibench-cli history compare --report` and the workbench's compare view.
// Needs a QApplication (the chart); works on the offscreen platform.

#include <QByteArray>
#include <QString>

#include "config/validation.h"
#include "history/runcompare.h"

namespace ob::report {

/// The section's HTML (Qt rich-text subset, every run-supplied text escaped); `chartHtml` is placed after the table.
QString compareSectionHtml(const CompareSet& set, const QString& chartHtml);
/// A self-contained HTML document of the comparison (the chart as inline SVG).
QByteArray compareReportHtml(const CompareSet& set);
/// The same as a landscape A4 PDF (the chart as an image of about 300 DPI).
QByteArray compareReportPdf(const CompareSet& set);
/// Writes the HTML or PDF (by the path's suffix) atomically; `field` names the option or dialog in messages.
MaybeError writeCompareReport(const CompareSet& set, const QString& path, const QString& field);

} // namespace ob::report
