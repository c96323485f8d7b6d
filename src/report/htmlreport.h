// SPDX-License-Identifier: MIT
#pragma once
// The full report of a run, in the current UI language: one self-contained HTML file (charts as inline SVG, no
// external resource, no script) and a paginated portrait A4 PDF of the same content (charts as images at about
// 300 DPI, two to a page; headings kept with what follows; tables repeat their header row on each page).
// Needs a QApplication (charts); works on the offscreen platform.

#include <QByteArray>
#include <QString>

#include <memory>

#include "results/runresult.h"

QT_BEGIN_NAMESPACE
class QTextDocument;
QT_END_NAMESPACE

namespace ob::app {
class ChartBase;
}

namespace ob::report {

/// The HTML report, UTF-8.
QByteArray reportHtml(const RunResult& run);
/// The PDF report.
QByteArray reportPdf(const RunResult& run);
/// The PDF's document, laid out on its pages (reportPdf() prints it): for tests of its layout.
std::unique_ptr<QTextDocument> reportDocument(const RunResult& run);
/// The line under a chart in the report (what it shows, e.g. the batch of the jitter chart).
QString chartCaption(const app::ChartBase& chart);

}  // namespace ob::report
