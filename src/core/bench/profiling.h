// SPDX-License-Identifier: MIT
#pragma once
// The profiled pass of a run (--profile): after the measurement of the batch size it profiles at, each measured
// method runs once more under the profiler (engine PreparedMethod::profile), outside every timed sample.

#include <vector>

#include "config/runconfig.h"
#include "results/profile.h"

namespace ob::engine {
class PreparedMethod;
}

namespace ob {

/// The batch size a run profiles at: the first of its batch sizes (0: none).
int profileBatch(const RunConfig& config);

/// `method`'s profile at `batch` on `inputs` (batch rows of the model's inputs; empty for a model file with its own
/// inputs), checked against its timed median there. A failure comes back as the profile's error, never thrown.
MethodProfile profileMethod(engine::PreparedMethod& method, int batch, const std::vector<float>& inputs,
                            double timedMedianMs);

}  // namespace ob
