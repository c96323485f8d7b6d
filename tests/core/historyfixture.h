// SPDX-License-Identifier: MIT
#pragma once
// Runs made of synthetic samples, analysed by the runner's own statistics (analyzeBatch, addSpeedups), for the
// history's and the comparison's tests: no model is run.

#include <QMap>
#include <QString>

#include <cstdint>

#include "results/runresult.h"

namespace ob::test {

struct SyntheticRun {
    std::uint64_t seed = 1;
    /// Factor on every sample of a method (1.2: 20% slower); methods: eager, native_fp32 (0.5 × eager), dynamic_int8
    /// (1.3 ×).
    QMap<QString, double> scale;
    /// Factor on every sample of the run: the shift of one process against another of the same build.
    double processShift = 1.0;
    int samples = 300;  // per process
    /// Worker processes per batch (a run with forks): each has its own shift, log-normal with `processSpread`.
    int processes = 1;
    double processSpread = 0;
    double noise = 0.04; // relative spread of the samples (log-normal)
    QString host = QStringLiteral("bench-a");
    QString cpu = QStringLiteral("Test CPU 3000");
    QString model = QStringLiteral("simplified");
    int hidden = 64;
};

/// A finished run of eager, native_fp32 and dynamic_int8 at batches 1 and 4.
RunResult syntheticRun(const SyntheticRun& spec);

} // namespace ob::test
