// SPDX-License-Identifier: MIT
#pragma once
// The report's details, after the results: per-batch statistics, the seed comparison, each method's steps, the
// configuration and the environment, all in words (labels, never the keys of the run JSON).

#include <QString>

#include "report/reporthtml.h"

namespace ob::report {

/// Per method and batch size: calls, mean, std, median with its CI, p99, samples/s, how the measurement ended,
/// roofline (the minimum and the other percentiles are in the CSV and the JSON).
QString batchSection(const ReportContext& ctx);
/// The seed report's claims next to this run's means (empty when the run did not measure the seed's pair).
QString seedSection(const ReportContext& ctx);
/// Each method's pipeline: its steps with status, time and what each did.
QString stepsSection(const ReportContext& ctx);
/// Every setting of the run, labelled.
QString configurationSection(const ReportContext& ctx);
/// The environment (OS, CPU, LibTorch, BLAS, threads), the timer and the machine's roofs.
QString environmentSection(const ReportContext& ctx);

}  // namespace ob::report
