// SPDX-License-Identifier: MIT
#pragma once
// How closely one output leaf of a method (a tensor or a scalar of any structure a model returns) follows the
// reference's on the same inputs. Pure functions over plain values.

#include <cstdint>
#include <optional>
#include <vector>

namespace ob::stats {

/// One leaf against the reference. Cosine of two zero vectors is 1, of a zero and a non-zero one 0; the relative L2
/// error is 0 when both differences and reference are zero, +inf when only the reference is zero.
struct LeafFidelity {
    bool mismatch = false;  // shapes or lengths differ: the leaves cannot be compared, the numbers are NaN
    double cosine = 1;
    double maxAbsError = 0;
    double relL2Error = 0;                // ||candidate - reference|| / ||reference||
    std::optional<double> top1Agreement;  // % of rows whose argmax matches; floating leaves with a class dimension
    bool exactMatch = true;               // every value equal (what integer and bool leaves are judged by)
    bool finite = true;                   // false when the candidate holds NaN or Inf
};

/// The result for leaves that cannot be compared (mismatch set, the numbers NaN, no exact match).
LeafFidelity mismatchedLeaf();

/// The class dimension of a leaf of this shape: its last dimension when it is at least 2, else 0 (none).
std::int64_t classDimension(const std::vector<std::int64_t>& shape);

/// Compares a candidate leaf with the reference's, both row-major; top-1 agreement treats the values as [-1, C]
/// with C = classDimension(shape) (floating leaves only: argmax of integers is not a prediction).
LeafFidelity compareLeaf(const std::vector<double>& reference, const std::vector<double>& candidate,
                         const std::vector<std::int64_t>& referenceShape,
                         const std::vector<std::int64_t>& candidateShape, bool floating);

/// Top-1 agreement in % of `reference` and `candidate` as rows of `classes` values; NaN never wins an argmax.
/// nullopt when classes < 2, the lengths differ or are not a whole number of rows.
std::optional<double> top1Agreement(const std::vector<double>& reference, const std::vector<double>& candidate,
                                    std::int64_t classes);

}  // namespace ob::stats
