// SPDX-License-Identifier: MIT
#pragma once
// The texts of result cells that the CLI's table and the HTML/PDF report share: one wording for both.

#include <QString>

#include "results/runresult.h"

namespace ob {

/// Milliseconds with 4 decimals below 1 ms, else 3 (locale-neutral, like the CSV).
QString msText(double v);
/// "cos 0.999441 / max 3.0e-02" against eager; "NaN/Inf" for a non-finite output; "-" without fidelity.
QString fidelityText(const MethodResult& r);
/// A method's status at batch `b` (or overall when null) with its flags in words and "not steady" when the drift
/// matters (diagnosis/steadiness.h); `failed` is the text
/// used for a failed method (each output points to where its failures are explained); "n/a: reason" for a method
/// that does not apply to the model.
QString statusText(const MethodResult& r, const BatchResult* b, const QString& failed);
/// The status of a measured batch (or a method overall when null): "ok" ("drifted" when its outputs drifted from
/// eager's), its flags and "not steady".
QString measuredText(const MethodResult& r, const BatchResult* b);
/// "95% L3": the share of the machine's bound a batch reached and what bounds it; "-" without a roofline point.
QString rooflineText(const BatchResult& b);
/// Bytes as MiB with one decimal ("12.5"); "-" for a negative (unmeasured) value.
QString mibText(qint64 bytes);
/// Why a measurement stopped (BatchResult::stopRule, one of stoprule::*) in words: "CI target met".
QString stopRuleText(const QString& rule);

}  // namespace ob
