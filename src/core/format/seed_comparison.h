// SPDX-License-Identifier: MIT
#pragma once
// The seed report's claim (original 15.03 ms -> optimized 0.30 ms, on an unknown machine) next to what a run
// measured for the same pair of methods: `eager` on the original model and the seed's optimized pipeline.

#include <QList>
#include <QString>

#include "results/runresult.h"

namespace ob {

/// The seed's optimized pipeline, as OptiBench methods.
inline const QString kSeedOptimizedMethod = QStringLiteral("simplify+simplify_outputs+freeze_optimize");

struct SeedRow {
    int batch = 0;
    double seedOriginalMs = 0;   // claimed
    double seedOptimizedMs = 0;  // claimed
    double originalMs = -1;      // measured here (mean), -1 when not measured
    double optimizedMs = -1;
};

/// The seed's table (batch 1 from its main table; 4, 8, 16 from its batch table) with this run's means.
QList<SeedRow> seedComparison(const RunResult& run);

/// The comparison as text for the CLI (empty when the run did not measure both methods at any seed batch).
QString seedComparisonText(const RunResult& run);

}  // namespace ob
