// SPDX-License-Identifier: MIT
#pragma once
// The processes of a run in words (forks, docs/worker.md), for the CLI after its table and the workbench's
// environment panel alike: how many processes measured each method and where they ran, the load around them, how
// much the machine's speed changed between them, and, when they fall into a quiet and a busy state, each state's
// medians and speed-ups instead of one blended number.

#include <QString>

#include "results/runresult.h"

namespace ob {

/// The whole text, lines ending in '\n'; empty for a run without process records (an older file).
QString processesText(const RunResult& run);

}  // namespace ob
