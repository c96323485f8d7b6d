// SPDX-License-Identifier: MIT
#pragma once
// A run made by hand with every method of `--methods all` and two pipelines (15 and more), batches 1, 4, 8, 16:
// samples with spikes, speed-ups, scores, fidelity, memory and roofline points, one drifted method and one that
// does not apply. For the chart tests and their screenshots (no benchmark runs).

#include "results/runresult.h"

namespace ob::test {

/// The methods: `--methods all` in order, then "dynamic_int8+freeze_optimize" and "jit_script+fuser".
QStringList manyMethods();
/// The run; `drifted` is marked "drifted", `notApplicable` does not apply (both empty for none).
RunResult manyMethodsRun(const QString& drifted = QStringLiteral("dynamic_int8"),
                         const QString& notApplicable = QStringLiteral("bf16"));

}  // namespace ob::test
