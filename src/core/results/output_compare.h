// SPDX-License-Identifier: MIT
#pragma once
// A model file's outputs, leaf by leaf, against eager's: fidelity, score and whether the method stays faithful.

#include <QString>

#include <vector>

#include "config/runconfig.h"
#include "optibench/engine/types.h"
#include "results/runresult.h"

namespace ob {

/// Compares a method's output leaves with eager's on the same evaluation inputs and fills r.fidelity (the run's worst
/// leaf decides cosine / max abs / rel L2; argmaxAgreement = top-1 agreement on the primary leaf), r.score (top-1
/// agreement % on the primary leaf, or 100 x cosine of the primary leaf when it has no class dimension) and, when
/// the method drifts (cosine < config.driftCosine or top-1 agreement < config.driftTop1 on any float leaf, any
/// integer/bool leaf not exactly equal, or non-finite), faithful = false, flag "drifted" and the diagnosis
/// "output_drift" (args: leaf, cosine, top1, max_abs) unless the method already has a diagnosis.
/// Leaves are matched by path; one missing on either side or of another shape makes the method unfaithful with the
/// diagnosis "output_mismatch" (args: leaf, expected, got: the shapes, empty where the leaf is missing). The worst
/// leaf is the first of: mismatched, non-finite, drifting, then the lowest cosine. Eager itself is always faithful.
void applyOutputFidelity(MethodResult& r, const std::vector<engine::OutputLeaf>& reference,
                         const std::vector<engine::OutputLeaf>& outputs, const QString& primaryOutput,
                         const RunConfig& config);

/// "[4, 10]": a leaf's shape as the diagnoses and reports print it ("[]" for a scalar).
QString shapeText(const std::vector<std::int64_t>& shape);

}  // namespace ob
