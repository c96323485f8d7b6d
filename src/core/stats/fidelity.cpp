// SPDX-License-Identifier: MIT
#include "stats/fidelity.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace ob::stats {

double logitOf(double p)
{
    p = std::clamp(p, 1e-7, 1.0 - 1e-7);
    return std::log(p / (1.0 - p));
}

Fidelity compare(const std::vector<float>& reference, const std::vector<float>& scores, int width)
{
    if (reference.size() != scores.size() || width <= 0 || reference.size() % static_cast<std::size_t>(width) != 0)
        throw std::invalid_argument("fidelity: outputs of different shapes");
    Fidelity f;
    double dot = 0, nr = 0, ns = 0, diff2 = 0;
    for (std::size_t i = 0; i < reference.size(); ++i) {
        if (!std::isfinite(scores[i])) {
            f.finite = false;
            continue;
        }
        f.maxAbsError = std::max(f.maxAbsError, std::abs(static_cast<double>(scores[i]) - reference[i]));
        const double lr = logitOf(reference[i]);
        const double ls = logitOf(scores[i]);
        dot += lr * ls;
        nr += lr * lr;
        ns += ls * ls;
        diff2 += (ls - lr) * (ls - lr);
    }
    if (!f.finite) {
        f.maxAbsError = f.relL2Error = std::numeric_limits<double>::infinity();
        f.cosine = std::numeric_limits<double>::quiet_NaN();
    } else {
        f.cosine = (nr > 0 && ns > 0) ? dot / std::sqrt(nr * ns) : (nr == ns ? 1.0 : 0.0);
        f.relL2Error = nr > 0 ? std::sqrt(diff2 / nr) : std::sqrt(diff2);
    }
    const std::size_t rows = reference.size() / static_cast<std::size_t>(width);
    std::size_t agree = 0;
    for (std::size_t r = 0; r < rows; ++r) {
        const auto rb = reference.begin() + static_cast<std::ptrdiff_t>(r * width);
        const auto sb = scores.begin() + static_cast<std::ptrdiff_t>(r * width);
        if (std::max_element(rb, rb + width) - rb == std::max_element(sb, sb + width) - sb)
            ++agree;
    }
    f.argmaxAgreement = rows ? 100.0 * static_cast<double>(agree) / static_cast<double>(rows) : 100.0;
    return f;
}

double meanScore(const std::vector<float>& scores)
{
    if (scores.empty())
        return 0;
    double s = 0;
    for (float v : scores)
        s += v;
    return s / static_cast<double>(scores.size());
}

}  // namespace ob::stats
