// SPDX-License-Identifier: MIT
#pragma once
// The report's title page: what was measured on what, when, with which OptiBench, and the verdict.

#include <QString>

#include "report/reporthtml.h"

namespace ob::report {

/// "OptiBench report: <model> model".
QString reportTitle(const RunResult& run);
/// The title, the verdict and the facts: model, machine, date, methods and batch sizes, OptiBench's version; a run
/// that failed or was cancelled says so.
QString titleSection(const ReportContext& ctx);

}  // namespace ob::report
