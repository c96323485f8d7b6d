// SPDX-License-Identifier: MIT
#pragma once
// The run summary in one sentence, for the title of a report: which faithful method is fastest at which batch sizes
// and by how much against eager, or that nothing beat eager. The summary itself (runsummary.h) says the rest.

#include <QString>

#include "format/runsummary.h"

namespace ob {

/// "Fastest faithful method: native_int8 at batch 1, 8, 16 (8.47×, 7.95×, 6.21× faster than eager); native_fp32 at
/// batch 4 (1.83×)." or "Nothing beat eager: no method was significantly faster at batch 1, 4, 8, 16." In the
/// current language; empty for an empty summary.
QString verdictText(const RunSummary& summary);

}  // namespace ob
