// SPDX-License-Identifier: MIT
#pragma once
// The run JSON's keys for runs measured in several worker processes (forks): a batch's "processes",
// "process_spread" and "states" (docs/reports.md).

#include <QJsonObject>

#include "results/runresult.h"

namespace ob {

/// Adds a batch's process keys to its JSON object (nothing for a batch without processes).
void insertProcessKeys(QJsonObject& batch, const BatchResult& b);
/// Reads them back (absent keys leave the fields empty: older files).
void readProcessKeys(const QJsonObject& batch, BatchResult& b);

}  // namespace ob
