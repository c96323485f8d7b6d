// SPDX-License-Identifier: MIT
// The statistics of a benchmark against known answers: percentiles, MAD, outlier fences, bootstrap coverage,
// Mann–Whitney against textbook values, drift, t and normal quantiles, comparisons and timer block sizes.

#include <QTest>

#include <cmath>
#include <map>
#include <vector>

#include "bench/analysis.h"
#include "bench/timer.h"
#include "format/statstext.h"
#include "stats/bootstrap.h"
#include "stats/compare.h"
#include "stats/descriptive.h"
#include "stats/hypothesis.h"
#include "stats/rng.h"
#include "stats/robust.h"

using namespace ob;
using namespace ob::stats;

namespace {

std::vector<double> vec(const QList<double>& l)
{
    return {l.begin(), l.end()};
}

/// Seeded standard normal draws (Box–Muller on SplitMix64).
class Normal {
public:
    explicit Normal(std::uint64_t seed)
        : m_rng(seed)
    {
    }
    double next()
    {
        const double r = std::sqrt(-2 * std::log(m_rng.uniform()));
        return r * std::cos(6.283185307179586 * m_rng.uniform());
    }
    double uniform() { return m_rng.uniform(); }

private:
    SplitMix64 m_rng;
};

enum Shape { Gaussian, LogNormal, Exponential };

/// A draw whose population median is 1.
double drawMedianOne(Normal& g, int shape)
{
    switch (shape) {
    case Gaussian:
        return 1 + 0.1 * g.next();
    case LogNormal:
        return std::exp(0.5 * g.next());
    default:
        return -std::log(g.uniform()) / std::log(2.0);  // exponential with median 1
    }
}

bool near(double a, double b, double tol)
{
    return std::abs(a - b) <= tol;
}

}  // namespace

class TestStatistics : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void percentiles_data()
    {
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<double>("q");
        QTest::addColumn<double>("expected");
        // R: quantile(1:10, c(.1, .25, .75)) (type 7) = 1.9, 3.25, 7.75.
        const QList<double> oneToTen{10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
        QTest::addRow("p10 of 1..10") << oneToTen << 0.10 << 1.9;
        QTest::addRow("p25 of 1..10") << oneToTen << 0.25 << 3.25;
        QTest::addRow("p75 of 1..10") << oneToTen << 0.75 << 7.75;
        QTest::addRow("median of two") << QList<double>{1, 4} << 0.5 << 2.5;
        QTest::addRow("ties") << QList<double>{2, 2, 2, 9} << 0.5 << 2.0;
    }
    void percentiles()
    {
        QFETCH(QList<double>, values);
        QFETCH(double, q);
        QFETCH(double, expected);
        QVERIFY(near(quantile(vec(values), q), expected, 1e-12));
    }

    void medianAndMad_data()
    {
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<double>("median");
        QTest::addColumn<double>("mad");
        // |x - 2| = 1 1 0 0 2 4 7 -> sorted 0 0 1 1 2 4 7 -> MAD 1 (R: mad(x, constant = 1)).
        QTest::addRow("odd") << QList<double>{1, 1, 2, 2, 4, 6, 9} << 2.0 << 1.0;
        // |x - 4.5| = 2.5 .5 .5 .5 .5 .5 2.5 4.5 -> MAD 0.5.
        QTest::addRow("even") << QList<double>{2, 4, 4, 4, 5, 5, 7, 9} << 4.5 << 0.5;
        QTest::addRow("one") << QList<double>{3} << 3.0 << 0.0;
        QTest::addRow("empty") << QList<double>{} << 0.0 << 0.0;
    }
    void medianAndMad()
    {
        QFETCH(QList<double>, values);
        QFETCH(double, median);
        QFETCH(double, mad);
        QCOMPARE(stats::median(vec(values)), median);
        QCOMPARE(stats::mad(vec(values)), mad);
    }

    void fences()
    {
        // median 2, MAD 1: 2 ± 3.5 * 1.4826.
        const Fences m = madFences({1, 1, 2, 2, 4, 6, 9});
        QVERIFY(near(m.low, 2 - 3.5 * kMadToSigma, 1e-12));
        QVERIFY(near(m.high, 2 + 3.5 * kMadToSigma, 1e-12));
        // Q1 = 2.75, Q3 = 6.25 (type 7 on 1..8), IQR 3.5: [2.75 - 5.25, 6.25 + 5.25].
        const Fences t = tukeyFences({8, 7, 6, 5, 4, 3, 2, 1});
        QVERIFY(near(t.low, -2.5, 1e-12));
        QVERIFY(near(t.high, 11.5, 1e-12));
        // MAD 0: the mean absolute deviation from the median (6.25) times sqrt(pi/2) stands in for sigma.
        const std::vector<double> flat{1, 1, 1, 1, 1, 1, 2, 50};
        const Fences f = madFences(flat);
        QVERIFY(near(f.high, 1 + 3.5 * 6.25 * 1.2533141373155003 /* sqrt(pi / 2) */, 1e-9));
        QCOMPARE(outlierIndices(flat, f), (std::vector<std::size_t>{7}));
    }

    void outliersOnInjectedSpikes_data()
    {
        QTest::addColumn<int>("fence");  // 0 MAD, 1 Tukey far out
        QTest::addColumn<std::uint64_t>("seed");
        for (std::uint64_t seed : {1, 2, 3}) {
            QTest::addRow("MAD, seed %d", int(seed)) << 0 << seed;
            QTest::addRow("Tukey, seed %d", int(seed)) << 1 << seed;
        }
    }
    void outliersOnInjectedSpikes()
    {
        QFETCH(int, fence);
        QFETCH(std::uint64_t, seed);
        Normal g(seed);
        std::vector<double> samples(300);
        for (auto& s : samples)
            s = 1.0 + 0.02 * g.next();  // 1 ms ± 2%
        const std::vector<std::size_t> spikes{17, 100, 101, 250, 299};
        for (auto i : spikes)
            samples[i] *= 5;  // a preempted call
        const Fences f = fence == 0 ? madFences(samples) : tukeyFences(samples, 3.0);
        QCOMPARE(outlierIndices(samples, f), spikes);
        QCOMPARE(insideFences(samples, f).size(), samples.size() - spikes.size());
    }

    void orderStatisticCi()
    {
        // n = 100: the 95% distribution-free interval is [x(40), x(61)] (binomial ranks, textbook tables).
        std::vector<double> v(100);
        for (int i = 0; i < 100; ++i)
            v[static_cast<std::size_t>(i)] = 100 - i;  // x(k) = k
        const Interval ci = orderStatisticMedianCi(v);
        QCOMPARE(ci.low, 40.0);
        QCOMPARE(ci.high, 61.0);
        // n = 5: no pair of ranks reaches 95%; the widest interval there is.
        const Interval small = orderStatisticMedianCi({5, 1, 4, 2, 3});
        QCOMPARE(small.low, 1.0);
        QCOMPARE(small.high, 5.0);
    }

    void bootstrapIsSeeded()
    {
        Normal g(7);
        std::vector<double> v(200);
        for (auto& s : v)
            s = drawMedianOne(g, LogNormal);
        const Interval a = bootstrapMedianCi(v, 0.95, 1000, 11);
        QCOMPARE(bootstrapMedianCi(v, 0.95, 1000, 11), a);
        QVERIFY(bootstrapMedianCi(v, 0.95, 1000, 12) != a);
        QVERIFY(a.contains(median(v)));
        QCOMPARE(bootstrapMedianCi({4.0}), (Interval{4.0, 4.0}));
    }

    void bootstrapDistributionIsExact_data()
    {
        QTest::addColumn<QList<double>>("values");
        QTest::addRow("n 3") << QList<double>{10, 20, 30};
        QTest::addRow("n 4") << QList<double>{1, 2, 4, 8};
        QTest::addRow("n 5 with a tie") << QList<double>{1, 2, 2, 3, 5};
    }
    void bootstrapDistributionIsExact()
    {
        // The resampled medians are drawn in O(1) from order statistics of uniforms; their distribution must be
        // that of the plain bootstrap. Enumerate all n^n resamples (each as likely) for the exact probabilities.
        QFETCH(QList<double>, values);
        const std::vector<double> v = vec(values);
        const std::size_t n = v.size();
        std::map<double, double> exact;
        std::vector<std::size_t> idx(n, 0);
        const double total = std::pow(double(n), double(n));
        for (;;) {
            std::vector<double> resample;
            for (auto i : idx)
                resample.push_back(v[i]);
            exact[stats::median(resample)] += 1 / total;
            std::size_t d = 0;
            while (d < n && ++idx[d] == n)
                idx[d++] = 0;
            if (d == n)
                break;
        }
        constexpr int kDraws = 40000;
        std::map<double, double> seen;
        for (double m : bootstrapMedians(v, kDraws, 17))
            seen[m] += 1.0 / kDraws;
        for (const auto& [value, p] : seen)
            QVERIFY2(exact.count(value), qPrintable(QStringLiteral("impossible median %1").arg(value)));
        for (const auto& [value, p] : exact) {
            const double tolerance = 4 * std::sqrt(p * (1 - p) / kDraws) + 1e-9;  // 4 standard errors
            QVERIFY2(near(seen[value], p, tolerance),
                qPrintable(QStringLiteral("median %1: %2 drawn, %3 exact").arg(value).arg(seen[value]).arg(p)));
        }
    }

    void bootstrapCoverage_data()
    {
        QTest::addColumn<int>("shape");
        QTest::addColumn<int>("n");
        QTest::addRow("normal, n 41") << int(Gaussian) << 41;
        QTest::addRow("lognormal, n 100") << int(LogNormal) << 100;
        QTest::addRow("exponential, n 60") << int(Exponential) << 60;
    }
    void bootstrapCoverage()
    {
        // Repeated synthetic draws with a known median of 1: the 95% intervals must contain it about 95% of the
        // time. 400 trials: the binomial standard error is 1.1%, so [91%, 99%] is wide enough not to be flaky and
        // narrow enough to catch an interval that is too narrow or too wide.
        QFETCH(int, shape);
        QFETCH(int, n);
        constexpr int kTrials = 400;
        int medianHits = 0;
        int orderHits = 0;
        int ratioHits = 0;
        Normal g(1000 + static_cast<std::uint64_t>(shape));
        for (int t = 0; t < kTrials; ++t) {
            std::vector<double> a(static_cast<std::size_t>(n));
            std::vector<double> b(static_cast<std::size_t>(n));
            for (auto& s : a)
                s = 2 * drawMedianOne(g, shape);  // median 2
            for (auto& s : b)
                s = drawMedianOne(g, shape);  // median 1
            medianHits += bootstrapMedianCi(b, 0.95, 1000, static_cast<std::uint64_t>(t)).contains(1.0);
            orderHits += orderStatisticMedianCi(b).contains(1.0);
            ratioHits += bootstrapRatioCi(a, b, 0.95, 1000, static_cast<std::uint64_t>(t)).contains(2.0);
        }
        const double median = double(medianHits) / kTrials;
        const double order = double(orderHits) / kTrials;
        const double ratio = double(ratioHits) / kTrials;
        qInfo("coverage: median %.3f, order statistic %.3f, ratio of medians %.3f", median, order, ratio);
        QVERIFY2(median >= 0.91 && median <= 0.99, qPrintable(QString::number(median)));
        QVERIFY2(order >= 0.93 && order <= 0.995, qPrintable(QString::number(order)));  // conservative by design
        QVERIFY2(ratio >= 0.91 && ratio <= 0.99, qPrintable(QString::number(ratio)));
    }

    void quantiles_data()
    {
        QTest::addColumn<double>("p");
        QTest::addColumn<double>("df");  // 0: normal
        QTest::addColumn<double>("expected");
        QTest::addRow("z .975") << 0.975 << 0.0 << 1.959963984540054;
        QTest::addRow("z .995") << 0.995 << 0.0 << 2.5758293035489;
        QTest::addRow("z .001") << 0.001 << 0.0 << -3.090232306167813;
        QTest::addRow("t .975, 1") << 0.975 << 1.0 << 12.70620473617471;
        QTest::addRow("t .975, 10") << 0.975 << 10.0 << 2.228138851986274;
        QTest::addRow("t .975, 30") << 0.975 << 30.0 << 2.042272456301238;
        QTest::addRow("t .995, 5") << 0.995 << 5.0 << 4.032142983557536;
        QTest::addRow("t .025, 7") << 0.025 << 7.0 << -2.364624251592785;
    }
    void quantiles()
    {
        QFETCH(double, p);
        QFETCH(double, df);
        QFETCH(double, expected);
        const double got = df == 0 ? normalQuantile(p) : studentTQuantile(p, df);
        QVERIFY2(
            near(got, expected, 1e-9 * std::max(1.0, std::abs(expected))), qPrintable(QString::number(got, 'g', 16)));
    }

    void meanInterval()
    {
        // mean 5, s = sqrt(32 / 7), t(.975, 7) = 2.364624251592785.
        const Interval ci = meanCi({2, 4, 4, 4, 5, 5, 7, 9});
        const double half = 2.364624251592785 * std::sqrt(32.0 / 7.0) / std::sqrt(8.0);
        QVERIFY(near(ci.low, 5 - half, 1e-9));
        QVERIFY(near(ci.high, 5 + half, 1e-9));
        QVERIFY(std::isnan(meanCi({1.0}).low));
    }

    void mannWhitney_data()
    {
        QTest::addColumn<QList<double>>("a");
        QTest::addColumn<QList<double>>("b");
        QTest::addColumn<double>("u");
        QTest::addColumn<double>("p");
        QTest::addColumn<bool>("exact");
        // Hollander & Wolfe (1973) p. 69, the example of R's wilcox.test: W = 35, one-sided p = 0.1272 (exact).
        QTest::addRow("Hollander-Wolfe") << QList<double>{0.80, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46}
                                         << QList<double>{1.15, 0.88, 0.90, 0.74, 1.21} << 35.0 << 0.2544122544122544
                                         << true;
        // Complete separation of 3 and 3: 2 of the C(6,3) = 20 arrangements are as extreme.
        QTest::addRow("separated 3+3") << QList<double>{1, 2, 3} << QList<double>{4, 5, 6} << 0.0 << 0.1 << true;
        QTest::addRow("identical order") << QList<double>{1, 4} << QList<double>{2, 3} << 2.0 << 1.0 << true;
        // Ties (2 three times, 4 twice): var = 5*6/12 * (12 - 30/110) = 29.318; z = (5 - 15 + 0.5) / sqrt(var)
        // = -1.7545; two-sided p = 0.07934 (R: wilcox.test(a, b, exact = FALSE)).
        QTest::addRow("ties, normal") << QList<double>{1, 2, 2, 3, 5} << QList<double>{2, 4, 4, 6, 7, 8} << 5.0
                                      << 0.07934368319771508 << false;
        QTest::addRow("all tied") << QList<double>{3, 3} << QList<double>{3, 3, 3} << 3.0 << 1.0 << false;
    }
    void mannWhitney()
    {
        QFETCH(QList<double>, a);
        QFETCH(QList<double>, b);
        QFETCH(double, u);
        QFETCH(double, p);
        QFETCH(bool, exact);
        const MannWhitney r = mannWhitneyU(vec(a), vec(b));
        QCOMPARE(r.u, u);
        QCOMPARE(r.exact, exact);
        QVERIFY2(near(r.pValue, p, 1e-9), qPrintable(QString::number(r.pValue, 'g', 16)));
        // Symmetric: swapping the samples mirrors U and keeps p.
        const MannWhitney s = mannWhitneyU(vec(b), vec(a));
        QCOMPARE(s.u, a.size() * b.size() - u);
        QVERIFY(near(s.pValue, p, 1e-9));
    }

    void mannWhitneyLargeSample()
    {
        // 0..29 against 15.5..44.5, no ties, n = 60: normal approximation. U = sum over a = k of #{b < k}
        // = (k - 15) for k = 16..29 = 1 + ... + 14 = 105; z = (105 - 450 + 0.5) / sqrt(30 * 30 * 61 / 12).
        std::vector<double> a, b;
        for (int i = 0; i < 30; ++i) {
            a.push_back(i);
            b.push_back(i + 15.5);
        }
        const MannWhitney r = mannWhitneyU(a, b);
        QCOMPARE(r.u, 105.0);
        QVERIFY(!r.exact);
        const double z = (105 - 450 + 0.5) / std::sqrt(30.0 * 30.0 * 61.0 / 12.0);
        QVERIFY(near(r.z, z, 1e-12));
        QVERIFY(near(r.pValue, std::erfc(std::abs(z) / std::sqrt(2.0)), 1e-12));
    }

    void drift_data()
    {
        QTest::addColumn<double>("trend");  // total relative change over the series
        QTest::addColumn<double>("noise");  // relative standard deviation
        QTest::addColumn<bool>("drifting");
        QTest::addRow("steady") << 0.0 << 0.05 << false;
        QTest::addRow("warming up, -20%%") << -0.20 << 0.05 << true;
        QTest::addRow("slowing, +20%%") << 0.20 << 0.05 << true;
        QTest::addRow("significant but small, +1%%") << 0.01 << 0.001 << false;
    }
    void drift()
    {
        QFETCH(double, trend);
        QFETCH(double, noise);
        QFETCH(bool, drifting);
        Normal g(99);
        std::vector<double> series(400);
        for (std::size_t i = 0; i < series.size(); ++i)
            series[i] = (1 + trend * double(i) / double(series.size() - 1)) * (1 + noise * g.next());
        const Drift d = driftTest(series);
        QCOMPARE(d.drifting, drifting);
        if (trend != 0) {
            QVERIFY(d.pValue < kDriftAlpha);  // the small trend is significant too, just not large enough to matter
            QVERIFY(d.relativeChange * trend > 0);
            // First and last quarters sit at 1/8 and 7/8 of the trend: their ratio is (1 + 7t/8) / (1 + t/8).
            QVERIFY(near(d.relativeChange, (1 + 7 * trend / 8) / (1 + trend / 8) - 1, std::abs(trend) * 0.2 + 0.003));
        }
        QVERIFY(!driftTest({1, 2, 3, 4, 5, 6, 7}).drifting);  // too short to test
    }

    void compare()
    {
        Normal g(5);
        std::vector<double> base(300), same(300), faster(300);
        for (std::size_t i = 0; i < base.size(); ++i) {
            base[i] = drawMedianOne(g, LogNormal);
            same[i] = drawMedianOne(g, LogNormal);
            faster[i] = drawMedianOne(g, LogNormal) / 2;
        }
        const Comparison noise = compareLatencies(base, same, 1);
        QVERIFY(!noise.significant);
        QVERIFY(noise.ci.contains(1.0));
        const Comparison win = compareLatencies(base, faster, 1);
        QVERIFY(win.significant);
        QVERIFY(win.ratio > 1.5 && win.ratio < 2.6);
        QVERIFY(win.ci.contains(win.ratio));
        QVERIFY(win.pValue < 1e-6);
        const Comparison loss = compareLatencies(faster, base, 1);
        QVERIFY(loss.significant && loss.ratio < 1);
    }

    void scoreChanges()
    {
        const Interval ci{0.499, 0.501};
        QCOMPARE(scoreChange(0.5003, ci), ScoreChange::NoChange);
        QCOMPARE(scoreChange(0.502, ci), ScoreChange::Higher);
        QCOMPARE(scoreChange(0.49, ci), ScoreChange::Lower);
        QCOMPARE(scoreChange(0.5, Interval{NAN, NAN}), ScoreChange::Unknown);
        // The score CI is over rows: two rows of means 0.4 and 0.6 give mean 0.5 with s = 0.1414, t(.975, 1).
        const Interval rows = scoreCi({0.3f, 0.5f, 0.5f, 0.7f}, 2);
        const double half = 12.70620473617471 * std::sqrt(0.02) / std::sqrt(2.0);
        QVERIFY(near(rows.low, 0.5 - half, 1e-6));
        QVERIFY(near(rows.high, 0.5 + half, 1e-6));
    }

    void noiseIsNeverAWin_data()
    {
        QTest::addColumn<double>("ratio");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::addColumn<bool>("significant");
        QTest::addColumn<QString>("expected");
        QTest::addRow("faster") << 1.8 << 1.7 << 1.9 << true << QStringLiteral("1.80× faster (1.70–1.90)");
        QTest::addRow("slower") << 0.5 << 0.4 << 0.625 << true << QStringLiteral("2.00× slower (1.60–2.50)");
        QTest::addRow("a big ratio that is noise") << 1.6 << 0.9 << 2.4 << false << QStringLiteral("≈ (0.90–2.40)");
        QTest::addRow("a small one") << 1.01 << 0.99 << 1.03 << false << QStringLiteral("≈ (0.99–1.03)");
    }
    void noiseIsNeverAWin()
    {
        QFETCH(double, ratio);
        QFETCH(double, low);
        QFETCH(double, high);
        QFETCH(bool, significant);
        QFETCH(QString, expected);
        const SpeedupEntry s{1, ratio, Interval{low, high}, significant ? 0.001 : 0.3, significant};
        QCOMPARE(speedupText(s), expected);
    }

    void scoreInsideTheIntervalIsNoChange()
    {
        RunResult run;
        MethodResult eager;
        eager.method = QStringLiteral("eager");
        eager.score = 0.5;
        eager.scoreCi = Interval{0.498, 0.502};
        MethodResult same;
        same.method = QStringLiteral("other");
        same.score = 0.5015;  // +0.3%: the seed would have called this an improvement
        MethodResult worse = same;
        worse.score = 0.49;
        run.results = {eager, same, worse};
        QVERIFY(scoreText(run, run.results[0]).contains(QStringLiteral("±")));
        QVERIFY(scoreText(run, run.results[1]).endsWith(QStringLiteral("(no change)")));
        QVERIFY(scoreText(run, run.results[2]).endsWith(QStringLiteral("(lower)")));
    }

    void blockSize_data()
    {
        QTest::addColumn<double>("callNs");
        QTest::addColumn<double>("overheadNs");
        QTest::addColumn<double>("resolutionNs");
        QTest::addColumn<int>("block");
        QTest::addRow("long call") << 100000.0 << 30.0 << 20.0 << 1;
        QTest::addRow("exactly 100x") << 3000.0 << 30.0 << 20.0 << 1;
        QTest::addRow("just short") << 2000.0 << 30.0 << 20.0 << 2;  // ceil(3000 / 1970)
        QTest::addRow("short") << 130.0 << 30.0 << 20.0 << 30;  // ceil(3000 / 100)
        QTest::addRow("near zero") << 30.0 << 30.0 << 20.0 << kMaxBlock;  // the cap
        QTest::addRow("coarse clock") << 5000.0 << 0.0 << 100.0 << 2;  // the resolution is the cost
    }
    void blockSize()
    {
        QFETCH(double, callNs);
        QFETCH(double, overheadNs);
        QFETCH(double, resolutionNs);
        QFETCH(int, block);
        QCOMPARE(blockSizeFor(callNs, TimerCalibration{resolutionNs, overheadNs}), block);
    }

    void timerCalibration()
    {
        const TimerCalibration t = calibrateTimer();
        QVERIFY(t.resolutionNs > 0);
        QVERIFY(t.overheadNs >= 0);
        QVERIFY(t.overheadNs < 1e6);  // a clock that costs a millisecond to read is broken
    }
};

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
