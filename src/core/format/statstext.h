// SPDX-License-Identifier: MIT
#pragma once
// The statistics in words, for the CLI table and the GUI alike: a median with its CI, a speed-up that says "≈"
// when it is noise, a score change against eager's CI, and the notes on how the run measured.

#include <QString>

#include "results/runresult.h"

namespace ob {

/// "0.1234 ±1.3%": the median (ms) and the larger side of its 95% CI relative to it.
QString medianCiText(const BatchResult& batch);
/// "1.82× faster (1.75–1.90)", "1.41× slower (1.37–1.45)"; "≈ (0.98–1.04)" when not significant, never a win.
QString speedupText(const SpeedupEntry& speedup);
/// Eager: "0.500123 ±0.0021"; others: the score and "(no change)" inside eager's CI, else "(higher)"/"(lower)".
QString scoreText(const RunResult& run, const MethodResult& result);
/// Notes under the table: the timer, the length rule, the machine noise (with a warning when busy), and per batch
/// what needs saying: a stop rule other than the target, block timing, drift ("not steady"), outliers.
QString measurementNotes(const RunResult& run);
/// `other` against `base`, one line per batch both measured; an error line when either is not in the run.
QString comparisonText(const RunResult& run, const QString& base, const QString& other);

}  // namespace ob
