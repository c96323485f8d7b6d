// SPDX-License-Identifier: MIT
#pragma once
// The seed-shaped results table as plain text (the CLI's output), with failures and their diagnoses.

#include <QString>

#include "results/runresult.h"

namespace ob {

/// Table rows: method, batch, latency mean, jitter, p99, median with its CI, speed-up against eager ("≈" when not
/// significant), score, fidelity, status; then the summary (format/runsummary.h), the measurement notes and one
/// block per failure.
QString runToText(const RunResult& run);

/// Display width of text in a terminal (CJK characters take two columns).
int displayWidth(const QString& text);

}  // namespace ob
