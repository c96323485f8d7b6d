// SPDX-License-Identifier: MIT
#pragma once
// Writing reports and charts to files, with the checks of config/files.h: a bad path is refused with a message
// naming the field (the CLI option or the dialog), the value and what is allowed, before any work is done.

#include <QSize>
#include <QString>
#include <QStringList>

#include "config/validation.h"
#include "results/runresult.h"

namespace ob::app {
class ChartBase;
}

namespace ob::report {

/// A report path must end in .html, .htm or .pdf and be writable.
MaybeError checkReportPath(const QString& path, const QString& field);
/// A charts directory must exist or have an existing, writable parent (it is then created).
MaybeError checkChartsDirectory(const QString& directory, const QString& field);
/// A chart file: `format` one of chartFormats(), size and scale within the limits of chartrender.h.
MaybeError checkChartExport(const QString& path, const QString& format, QSize size, double scale,
                            const QString& field);

/// Writes the HTML or PDF report (by the path's suffix) atomically.
MaybeError writeReport(const RunResult& run, const QString& path, const QString& field);
/// Writes <id>.png (at scale 2), <id>.svg and <id>.pdf for every chart into `directory`; `written` gets the paths.
MaybeError writeChartFiles(const RunResult& run, const QString& directory, const QString& field,
                           QStringList* written = nullptr);
/// Writes one chart in `format` at `size` (logical pixels) and `scale` (PNG only).
MaybeError writeChart(app::ChartBase& chart, const QString& path, const QString& format, QSize size, double scale,
                      const QString& field);

}  // namespace ob::report
