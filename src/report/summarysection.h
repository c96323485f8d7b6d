// SPDX-License-Identifier: MIT
#pragma once
// The report's summary, first after the title page: core's run summary (format/runsummary.h), one line per batch
// size and per problem, marked by what it is about.

#include <QString>

#include "report/reporthtml.h"

namespace ob::report {

/// "Summary" and its lines; empty when the summary is.
QString summarySection(const ReportContext& ctx);

}  // namespace ob::report
