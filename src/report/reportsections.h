// SPDX-License-Identifier: MIT
#pragma once
// The report's body: its sections in reading order, and the style sheet both forms use. Each section is a function
// of the ReportContext that returns HTML (reporthtml.h has the building blocks); a new section is one line in
// reportBody()'s list.

#include <QList>
#include <QString>

#include <functional>

#include "report/reporthtml.h"

namespace ob::report {

/// A section of the report: its HTML for the run and the form being written.
using ReportSection = std::function<QString(const ReportContext&)>;
/// A section that needs only the run: QString f(const RunResult&).
ReportSection ofRun(QString (*section)(const RunResult&));

/// The title page, the summary, the results (with memory per method), the charts, score and fidelity, failures
/// and diagnoses, then the details: per batch size, the seed comparison, each method's steps, the configuration
/// and the environment.
QString reportBody(const ReportContext& ctx);
/// The charts, in the order of chartIds(), each with its caption; in the PDF two to a page.
QString chartsSection(const ReportContext& ctx);
/// The style sheet both forms use.
QString reportStyle();

}  // namespace ob::report
