// SPDX-License-Identifier: MIT
#include "stats/hypothesis.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

#include "stats/descriptive.h"
#include "stats/robust.h"

namespace ob::stats {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// Continued fraction of the regularized incomplete beta function (modified Lentz).
double betaContinuedFraction(double a, double b, double x)
{
    constexpr double kTiny = 1e-300;
    double c = 1;
    double d = 1 - (a + b) * x / (a + 1);
    d = 1 / (std::abs(d) < kTiny ? kTiny : d);
    double h = d;
    for (int m = 1; m <= 300; ++m) {
        const double m2 = 2.0 * m;
        double aa = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
        d = 1 + aa * d;
        d = 1 / (std::abs(d) < kTiny ? kTiny : d);
        c = 1 + aa / c;
        c = std::abs(c) < kTiny ? kTiny : c;
        h *= d * c;
        aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
        d = 1 + aa * d;
        d = 1 / (std::abs(d) < kTiny ? kTiny : d);
        c = 1 + aa / c;
        c = std::abs(c) < kTiny ? kTiny : c;
        const double del = d * c;
        h *= del;
        if (std::abs(del - 1) < 1e-15)
            break;
    }
    return h;
}

double incompleteBeta(double a, double b, double x)
{
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const double front
        = std::exp(std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) + a * std::log(x) + b * std::log1p(-x));
    if (x < (a + 1) / (a + b + 2))
        return front * betaContinuedFraction(a, b, x) / a;
    return 1 - front * betaContinuedFraction(b, a, 1 - x) / b;
}

/// Frequencies of U over all C(n1 + n2, n1) arrangements without ties: the coefficients of the Gaussian binomial
/// coefficient, built as the product over k of (1 − q^(n2+k)) / (1 − q^k), truncated at degree n1·n2.
std::vector<double> exactUFrequencies(int n1, int n2)
{
    const int m = n1 * n2;
    std::vector<double> f(static_cast<std::size_t>(m) + 1, 0.0);
    f[0] = 1;
    for (int k = 1; k <= n1; ++k) {
        for (int u = m; u >= n2 + k; --u)
            f[static_cast<std::size_t>(u)] -= f[static_cast<std::size_t>(u - n2 - k)];
        for (int u = k; u <= m; ++u)
            f[static_cast<std::size_t>(u)] += f[static_cast<std::size_t>(u - k)];
    }
    return f;
}

}  // namespace

double normalCdf(double z)
{
    return 0.5 * std::erfc(-z / std::sqrt(2.0));
}

double normalQuantile(double p)
{
    if (!(p > 0))
        return p == 0 ? -kInf : kNaN;
    if (!(p < 1))
        return p == 1 ? kInf : kNaN;
    // Acklam's rational approximation, refined by two Halley steps on erfc to full double precision.
    static const double a[] = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
        1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
    static const double b[] = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
        6.680131188771972e+01, -1.328068155288572e+01};
    static const double c[] = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
        -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
    static const double d[]
        = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00};
    constexpr double pLow = 0.02425;
    double x = 0;
    if (p < pLow || p > 1 - pLow) {
        const double q = std::sqrt(-2 * std::log(p < pLow ? p : 1 - p));
        x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
            / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        if (p > 1 - pLow)
            x = -x;
    } else {
        const double q = p - 0.5;
        const double r = q * q;
        x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
            / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    }
    for (int i = 0; i < 2; ++i) {
        const double e = normalCdf(x) - p;
        const double u = e * 2.5066282746310002 * std::exp(x * x / 2);
        x -= u / (1 + x * u / 2);
    }
    return x;
}

double studentTCdf(double t, double df)
{
    if (std::isinf(t))
        return t > 0 ? 1 : 0;
    const double tail = 0.5 * incompleteBeta(df / 2, 0.5, df / (df + t * t));
    return t > 0 ? 1 - tail : tail;
}

double studentTQuantile(double p, double df)
{
    if (!(p > 0) || !(p < 1))
        return p == 0 ? -kInf : (p == 1 ? kInf : kNaN);
    if (df > 1e7)
        return normalQuantile(p);
    if (p < 0.5)
        return -studentTQuantile(1 - p, df);
    double lo = 0;
    double hi = std::max(1.0, 2 * normalQuantile(p));
    while (studentTCdf(hi, df) < p)
        hi *= 2;
    for (int i = 0; i < 200 && hi - lo > 1e-13 * hi; ++i) {
        const double mid = 0.5 * (lo + hi);
        (studentTCdf(mid, df) < p ? lo : hi) = mid;
    }
    return 0.5 * (lo + hi);
}

MannWhitney mannWhitneyU(const std::vector<double>& a, const std::vector<double>& b)
{
    MannWhitney r;
    const std::size_t n1 = a.size();
    const std::size_t n2 = b.size();
    if (n1 == 0 || n2 == 0)
        return r;
    // Midranks of the pooled sample.
    std::vector<std::pair<double, bool>> pooled;  // value, from a
    pooled.reserve(n1 + n2);
    for (double v : a)
        pooled.emplace_back(v, true);
    for (double v : b)
        pooled.emplace_back(v, false);
    std::sort(pooled.begin(), pooled.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
    const double n = static_cast<double>(n1 + n2);
    double rankSumA = 0;
    double tieTerm = 0;  // sum of t^3 - t over groups of ties
    for (std::size_t i = 0; i < pooled.size();) {
        std::size_t j = i;
        while (j < pooled.size() && pooled[j].first == pooled[i].first)
            ++j;
        const double midrank = 0.5 * static_cast<double>(i + 1 + j);  // ranks i+1 .. j
        for (std::size_t k = i; k < j; ++k)
            if (pooled[k].second)
                rankSumA += midrank;
        const double t = static_cast<double>(j - i);
        tieTerm += t * t * t - t;
        i = j;
    }
    const double dn1 = static_cast<double>(n1);
    const double dn2 = static_cast<double>(n2);
    r.u = rankSumA - dn1 * (dn1 + 1) / 2;
    const double meanU = dn1 * dn2 / 2;

    if (tieTerm == 0 && n1 + n2 <= static_cast<std::size_t>(kMannWhitneyExactMax)) {
        const auto f = exactUFrequencies(static_cast<int>(n1), static_cast<int>(n2));
        const double total = std::accumulate(f.begin(), f.end(), 0.0);
        const auto u = static_cast<std::size_t>(std::lround(r.u));
        double lower = 0;  // P(U <= u)
        for (std::size_t v = 0; v <= u; ++v)
            lower += f[v];
        double upper = 0;  // P(U >= u)
        for (std::size_t v = u; v < f.size(); ++v)
            upper += f[v];
        r.pValue = std::min(1.0, 2 * std::min(lower, upper) / total);
        r.exact = true;
        return r;
    }
    const double variance = dn1 * dn2 / 12 * ((n + 1) - tieTerm / (n * (n - 1)));
    if (variance <= 0)
        return r;  // every value tied: no evidence of a difference
    const double diff = r.u - meanU;
    const double corrected = diff > 0 ? diff - 0.5 : (diff < 0 ? diff + 0.5 : 0.0);
    r.z = corrected / std::sqrt(variance);
    r.pValue = std::min(1.0, 2 * normalCdf(-std::abs(r.z)));
    return r;
}

Drift driftTest(const std::vector<double>& series, double alpha, double minRelativeChange)
{
    Drift d;
    if (static_cast<int>(series.size()) < kDriftMinSamples)
        return d;
    const auto quarter = static_cast<std::ptrdiff_t>(series.size() / 4);
    const std::vector<double> first(series.begin(), series.begin() + quarter);
    const std::vector<double> last(series.end() - quarter, series.end());
    const double m0 = median(first);
    d.relativeChange = m0 != 0 ? median(last) / m0 - 1 : 0;
    d.pValue = mannWhitneyU(last, first).pValue;
    d.drifting = d.pValue < alpha && std::abs(d.relativeChange) >= minRelativeChange;
    return d;
}

Interval meanCi(const std::vector<double>& values, double level)
{
    if (values.size() < 2)
        return {kNaN, kNaN};
    const double m = mean(values);
    const double n = static_cast<double>(values.size());
    const double half = studentTQuantile(1 - (1 - level) / 2, n - 1) * stddev(values) / std::sqrt(n);
    return {m - half, m + half};
}

}  // namespace ob::stats
