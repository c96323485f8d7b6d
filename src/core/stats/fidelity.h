// SPDX-License-Identifier: MIT
#pragma once
// How closely a method's outputs follow the reference's. Pure functions.

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

#include "stats/output_fidelity.h"

namespace ob::stats {

/// One output leaf of a model file compared with eager's (see output_fidelity.h for the numbers).
struct LeafResult : LeafFidelity {
    QString path;  // "" for a bare tensor; keys and indices joined by '.'
    QString dtype;
    std::vector<std::int64_t> shape;
    bool floating = false;
};

/// Built-in models: the numbers compare reasoning_scores (and their logits). Model files: the worst leaf decides
/// cosine, max abs and relative L2 error, argmaxAgreement is the primary leaf's top-1 agreement (NaN without one).
struct Fidelity {
    double maxAbsError = 0;       // max |Δ reasoning_scores|
    double cosine = 1;            // cosine similarity of the logits
    double relL2Error = 0;        // ||Δ logits|| / ||reference logits||
    double argmaxAgreement = 100; // % of rows whose argmax matches
    bool finite = true;           // false when the method produced NaN or Inf
    std::optional<bool> faithful;  // within the run's drift thresholds of eager; unknown in older runs
    QString primaryOutput;         // model files: the leaf the score and argmaxAgreement are measured on
    QString worstLeaf;             // model files: the leaf furthest from eager's
    std::vector<LeafResult> leaves;  // model files: every output leaf
};

/// Logits recovered from sigmoid outputs: log(p / (1 - p)), with p clamped to (1e-7, 1 - 1e-7).
double logitOf(double p);

/// Compares `scores` against `reference` (both n x width, row-major reasoning_scores).
Fidelity compare(const std::vector<float>& reference, const std::vector<float>& scores, int width);

/// The mean of all values (the "score" of a method over the evaluation set).
double meanScore(const std::vector<float>& scores);

}  // namespace ob::stats
