// SPDX-License-Identifier: MIT
#pragma once
// The pipeline of each method as text: every step's status, setup time and what it did.

#include <QString>

#include "results/runresult.h"

namespace ob {

/// One block per method: "method  (setup 12.3 ms)" then one line per step with its status, time and message.
QString stepsToText(const RunResult& run);

}  // namespace ob
