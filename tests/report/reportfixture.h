// SPDX-License-Identifier: MIT
#pragma once
// A run made by hand (no benchmark): two measured methods at two batch sizes and one failure whose error text holds
// markup, so that the report tests are fast and deterministic.

#include "results/runresult.h"

namespace ob::test {

/// Methods: eager and dynamic_int8 measured at batches 1 and 4; jit_trace failed with `<script>` in its error.
RunResult fixtureRun();
/// The error text of the failed method.
QString fixtureError();
/// A run of the size `--methods all` gives: 15 methods (their real ids, a pipeline among them) at batch sizes 1, 4,
/// 8 and 16, with memory per method, one failure, one method that does not apply, a drifted and an int8 method that
/// is slower than eager (flags), outliers and a batch that is not steady.
RunResult fixtureRunMany();

}  // namespace ob::test
