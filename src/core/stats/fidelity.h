// SPDX-License-Identifier: MIT
#pragma once
// How closely a method's outputs follow the reference's. Pure functions.

#include <vector>

namespace ob::stats {

struct Fidelity {
    double maxAbsError = 0;       // max |Δ reasoning_scores|
    double cosine = 1;            // cosine similarity of the logits
    double relL2Error = 0;        // ||Δ logits|| / ||reference logits||
    double argmaxAgreement = 100; // % of rows whose argmax matches
    bool finite = true;           // false when the method produced NaN or Inf
};

/// Logits recovered from sigmoid outputs: log(p / (1 - p)), with p clamped to (1e-7, 1 - 1e-7).
double logitOf(double p);

/// Compares `scores` against `reference` (both n x width, row-major reasoning_scores).
Fidelity compare(const std::vector<float>& reference, const std::vector<float>& scores, int width);

/// The mean of all values (the "score" of a method over the evaluation set).
double meanScore(const std::vector<float>& scores);

}  // namespace ob::stats
