// SPDX-License-Identifier: MIT
#include "stats/output_fidelity.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ob::stats {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

/// The index of the largest value of a row; NaN never wins, a row of NaN gives -1.
std::ptrdiff_t argmax(const double* row, std::int64_t n)
{
    std::ptrdiff_t best = -1;
    for (std::int64_t i = 0; i < n; ++i)
        if (!std::isnan(row[i]) && (best < 0 || row[i] > row[best]))
            best = static_cast<std::ptrdiff_t>(i);
    return best;
}

}  // namespace

LeafFidelity mismatchedLeaf()
{
    LeafFidelity f;
    f.mismatch = true;
    f.cosine = f.maxAbsError = f.relL2Error = kNaN;
    f.exactMatch = false;
    return f;
}

std::int64_t classDimension(const std::vector<std::int64_t>& shape)
{
    return !shape.empty() && shape.back() >= 2 ? shape.back() : 0;
}

std::optional<double> top1Agreement(const std::vector<double>& reference, const std::vector<double>& candidate,
                                    std::int64_t classes)
{
    if (classes < 2 || reference.size() != candidate.size() || reference.size() % static_cast<std::size_t>(classes))
        return std::nullopt;
    const std::size_t rows = reference.size() / static_cast<std::size_t>(classes);
    if (rows == 0)
        return std::nullopt;
    std::size_t agree = 0;
    for (std::size_t r = 0; r < rows; ++r) {
        const std::size_t at = r * static_cast<std::size_t>(classes);
        if (argmax(reference.data() + at, classes) == argmax(candidate.data() + at, classes))
            ++agree;
    }
    return 100.0 * static_cast<double>(agree) / static_cast<double>(rows);
}

LeafFidelity compareLeaf(const std::vector<double>& reference, const std::vector<double>& candidate,
                         const std::vector<std::int64_t>& referenceShape,
                         const std::vector<std::int64_t>& candidateShape, bool floating)
{
    if (referenceShape != candidateShape || reference.size() != candidate.size())
        return mismatchedLeaf();
    LeafFidelity f;
    double dot = 0, nr = 0, nc = 0, diff2 = 0;
    for (std::size_t i = 0; i < reference.size(); ++i) {
        const double r = reference[i];
        const double c = candidate[i];
        f.exactMatch = f.exactMatch && r == c;
        if (!std::isfinite(c)) {
            f.finite = false;
            continue;
        }
        f.maxAbsError = std::max(f.maxAbsError, std::abs(c - r));
        dot += r * c;
        nr += r * r;
        nc += c * c;
        diff2 += (c - r) * (c - r);
    }
    if (!f.finite) {
        f.cosine = kNaN;
        f.maxAbsError = f.relL2Error = kInf;
    } else {
        f.cosine = (nr > 0 && nc > 0) ? std::clamp(dot / std::sqrt(nr * nc), -1.0, 1.0) : (nr == nc ? 1.0 : 0.0);
        f.relL2Error = nr > 0 ? std::sqrt(diff2 / nr) : (diff2 > 0 ? kInf : 0.0);
    }
    if (floating)
        f.top1Agreement = top1Agreement(reference, candidate, classDimension(referenceShape));
    return f;
}

}  // namespace ob::stats
