// SPDX-License-Identifier: MIT
#pragma once
// CSV export: one row per method x batch with every statistic, or one row per sample. Locale-neutral.

#include <QByteArray>

#include "results/runresult.h"

namespace ob {

QByteArray runToCsv(const RunResult& run);
QByteArray samplesToCsv(const RunResult& run);
/// Quotes a CSV field when it holds a separator, a quote or a line break (RFC 4180).
QString csvField(const QString& text);

}  // namespace ob
