// SPDX-License-Identifier: MIT
#pragma once
// The result sections of the report: the results table with memory per method and how the run measured, score and
// fidelity, failures and diagnoses.

#include <QString>

#include "report/reporthtml.h"

namespace ob::report {

/// One row per method and batch size (median with its CI, mean, p99, speed-up against eager, status), the
/// notes on how the run measured, and the memory of each method.
QString resultsSection(const ReportContext& ctx);
/// Memory per method: weights at its precision, peak resident, kept, preparation and call peaks (a <h3> block).
QString memoryBlock(const ReportContext& ctx);
/// Score and fidelity per method, with its flags in words.
QString qualitySection(const ReportContext& ctx);
/// Each failed or flagged method: the error as LibTorch wrote it, the diagnosed cause and the fix.
QString failuresSection(const ReportContext& ctx);

}  // namespace ob::report
