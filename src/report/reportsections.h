// SPDX-License-Identifier: MIT
#pragma once
// The sections of a report as HTML, shared by the self-contained HTML file and the PDF (which lays the same HTML out
// with QTextDocument, so it keeps to the HTML subset Qt's rich text understands: tables, headings, <pre>, <img>).
// Every text that comes from a run (methods, models, paths, error messages) is escaped.

#include <QList>
#include <QString>

#include "results/runresult.h"

namespace ob::report {

/// A chart as it goes into the report: `html` is an inline <svg> or an <img>.
struct EmbeddedChart {
    QString id;
    QString title;
    QString caption;
    QString html;
};

/// "OptiBench report: <model> (<date>)".
QString reportTitle(const RunResult& run);
/// The report's body: title and date, configuration, environment, results, notes, charts, score and fidelity,
/// failures with diagnoses, per-batch statistics, the seed comparison (when measured) and each method's steps.
QString reportBody(const RunResult& run, const QList<EmbeddedChart>& charts);
/// The style sheet both forms use.
QString reportStyle();

}  // namespace ob::report
