// SPDX-License-Identifier: MIT
// Statistics of samples from several processes (stats/hierarchical.h) on synthetic data with known process shifts:
// the hierarchical interval covers what other runs see where a one-process interval does not, paired and unpaired
// ratios, the spread between processes and the quiet/busy split.

#include <QTest>

#include <algorithm>
#include <cmath>
#include <vector>

#include "stats/bootstrap.h"
#include "stats/hierarchical.h"
#include "stats/rng.h"
#include "stats/robust.h"

using namespace ob::stats;

namespace {

class Gauss {
public:
    explicit Gauss(std::uint64_t seed)
        : m_rng(seed)
    {
    }
    double next()
    {
        return std::sqrt(-2 * std::log(m_rng.uniform())) * std::cos(6.283185307179586 * m_rng.uniform());
    }

private:
    SplitMix64 m_rng;
};

/// `n` latencies of one process: lognormal around `median` with a relative spread `sigma`.
std::vector<double> process(Gauss& g, double median, int n, double sigma = 0.03)
{
    std::vector<double> out;
    for (int i = 0; i < n; ++i)
        out.push_back(median * std::exp(sigma * g.next()));
    return out;
}

/// A run of `processes` processes whose medians scatter around `median` by `between` (lognormal): the machine's
/// state differs from process to process.
GroupedSamples run(Gauss& g, double median, int processes, double between, int n = 300)
{
    GroupedSamples groups;
    for (int p = 0; p < processes; ++p)
        groups.push_back(process(g, median * std::exp(between * g.next()), n));
    return groups;
}

std::vector<double> pooled(const GroupedSamples& groups)
{
    std::vector<double> all;
    for (const auto& g : groups)
        all.insert(all.end(), g.begin(), g.end());
    return all;
}

}  // namespace

class TestHierarchical : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void oneProcessGivesTheOneProcessIntervals()
    {
        Gauss g(7);
        const GroupedSamples a{process(g, 100, 200)};
        const GroupedSamples b{process(g, 40, 150)};
        QCOMPARE(hierarchicalMedianCi(a, 0.95, 2000, 11), bootstrapMedianCi(a.front(), 0.95, 2000, 11));
        QCOMPARE(pairedRatioCi(a, b, 0.95, 2000, 11), bootstrapRatioCi(a.front(), b.front(), 0.95, 2000, 11));
        QCOMPARE(unpairedRatioCi(a, b, 0.95, 2000, 11), bootstrapRatioCi(a.front(), b.front(), 0.95, 2000, 11));
        // Empty processes do not count.
        const GroupedSamples withEmpty{{}, a.front(), {}};
        QCOMPARE(hierarchicalMedianCi(withEmpty, 0.95, 2000, 11), hierarchicalMedianCi(a, 0.95, 2000, 11));
        QCOMPARE(processCount(withEmpty), 1);
        QCOMPARE(hierarchicalMedianCi({}), Interval{});
        QVERIFY(std::isnan(pairedRatioCi({}, {}).low));
        QVERIFY(std::isnan(unpairedRatio({{1.0}}, {})));
    }

    void seededAndDeterministic()
    {
        Gauss g(3);
        const GroupedSamples groups = run(g, 100, 4, 0.1);
        QCOMPARE(hierarchicalMedianCi(groups, 0.95, 1000, 5), hierarchicalMedianCi(groups, 0.95, 1000, 5));
        QVERIFY(hierarchicalMedianCi(groups, 0.95, 1000, 5) != hierarchicalMedianCi(groups, 0.95, 1000, 6));
        QCOMPARE(pooledMedian(groups), median(pooled(groups)));
    }

    /// Two processes ran quiet (100) and two busy (130): the pooled samples' interval, which treats every sample as
    /// independent, is narrow and lies between the two; the hierarchical one covers both processes' medians.
    void coversTheShiftedProcesses()
    {
        Gauss g(11);
        const GroupedSamples groups{process(g, 100, 400), process(g, 100, 400), process(g, 130, 400),
            process(g, 130, 400)};
        const Interval naive = bootstrapMedianCi(pooled(groups), 0.95, 2000, 1);
        const Interval h = hierarchicalMedianCi(groups, 0.95, 2000, 1);
        const double pooledMid = pooledMedian(groups);
        QVERIFY(naive.contains(pooledMid));
        QVERIFY(h.contains(runMedian(groups)));
        for (double m : groupMedians(groups)) {
            QVERIFY2(!naive.contains(m),
                qPrintable(QStringLiteral("naive [%1, %2] holds %3").arg(naive.low).arg(naive.high).arg(m)));
            QVERIFY2(h.low <= m * 1.01 && m * 0.99 <= h.high,
                qPrintable(QStringLiteral("hierarchical [%1, %2] misses %3").arg(h.low).arg(h.high).arg(m)));
        }
    }

    /// Runs of 5 processes on a machine whose speed moves by 8% (sd) between processes, each process precise to
    /// about ±0.4%: the hierarchical interval of one run covers most other runs' medians (the interval for another
    /// run, by design, 95%; the confidence interval of the long-run median fewer, as any confidence interval does
    /// against a value that is itself noisy); one process's interval (what a run without forks reports) covers few.
    void coversOtherRunsMedians()
    {
        Gauss g(2024);
        constexpr int kRuns = 30;
        std::vector<GroupedSamples> runs;
        for (int r = 0; r < kRuns; ++r)
            runs.push_back(run(g, 100, 5, 0.08, 200));
        std::vector<double> medians;
        for (const auto& r : runs)
            medians.push_back(runMedian(r));
        int longRunHits = 0;
        int anotherRunHits = 0;
        int oneProcessHits = 0;
        int pairs = 0;
        for (int a = 0; a < kRuns; ++a) {
            const auto seed = static_cast<std::uint64_t>(a + 1);
            const Interval longRun = hierarchicalMedianCi(runs[a], 0.95, 1000, seed);
            const Interval anotherRun = hierarchicalMedianCi(runs[a], 0.95, 1000, seed, IntervalTarget::AnotherRun);
            const Interval one = bootstrapMedianCi(runs[a].front(), 0.95, 1000, seed);
            QVERIFY(anotherRun.low <= longRun.low && longRun.high <= anotherRun.high);
            for (int b = 0; b < kRuns; ++b) {
                if (a == b)
                    continue;
                ++pairs;
                longRunHits += longRun.contains(medians[b]);
                anotherRunHits += anotherRun.contains(medians[b]);
                oneProcessHits += one.contains(medians[b]);
            }
        }
        const auto share = [&](int hits) { return double(hits) / pairs; };
        qInfo("other runs' medians inside: for another run %.0f%%, long run %.0f%%, one process %.0f%%",
            share(anotherRunHits) * 100, share(longRunHits) * 100, share(oneProcessHits) * 100);
        QVERIFY2(share(anotherRunHits) >= 0.90, qPrintable(QString::number(share(anotherRunHits))));
        QVERIFY2(share(longRunHits) >= 0.75, qPrintable(QString::number(share(longRunHits))));
        QVERIFY2(share(oneProcessHits) <= 0.15, qPrintable(QString::number(share(oneProcessHits))));
    }

    /// Processes that agree: the interval stays as narrow as their noise (no widening for the few processes).
    void agreeingProcessesKeepANarrowInterval()
    {
        Gauss g(31);
        const GroupedSamples groups = run(g, 100, 3, 0.0, 400);
        const double one = bootstrapMedianCi(groups.front(), 0.95, 2000, 1).relativeHalfWidth(100);
        const double h = hierarchicalMedianCi(groups, 0.95, 2000, 1, IntervalTarget::AnotherRun)
                             .relativeHalfWidth(runMedian(groups));
        QVERIFY2(h < 1.5 * one, qPrintable(QStringLiteral("%1 vs %2").arg(h).arg(one)));
    }

    /// The ratio within each process cancels the process's shift: speed ratio 2 in every process, processes 30%
    /// apart. The paired interval is narrow around 2; the unpaired one (the processes matched at random) is wide.
    void pairedRatioCancelsProcessShifts()
    {
        Gauss g(5);
        GroupedSamples slow;
        GroupedSamples fast;
        for (double level : {1.0, 1.3, 1.0, 1.3, 1.15}) {
            slow.push_back(process(g, 200 * level, 300, 0.02));
            fast.push_back(process(g, 100 * level, 300, 0.02));
        }
        QVERIFY(std::abs(pairedRatio(slow, fast) - 2) < 0.02);
        const Interval paired = pairedRatioCi(slow, fast, 0.95, 2000, 3);
        QVERIFY(paired.contains(2));
        QVERIFY2(paired.relativeHalfWidth(2) < 0.02, qPrintable(QString::number(paired.relativeHalfWidth(2))));
        std::rotate(fast.begin(), fast.begin() + 1, fast.end());  // the same data, as if from two other runs
        const Interval unpaired = unpairedRatioCi(slow, fast, 0.95, 2000, 3);
        QVERIFY(unpaired.contains(unpairedRatio(slow, fast)));
        QVERIFY2(unpaired.width() > 5 * paired.width(),
            qPrintable(QStringLiteral("%1 vs %2").arg(unpaired.width()).arg(paired.width())));
    }

    /// Ratios that differ between processes (2.2 in quiet ones, 3.0 in busy ones, three of each): the median over
    /// processes lies between the two states, and the interval is honest about the disagreement.
    void pairedRatioOfDisagreeingProcesses()
    {
        Gauss g(8);
        GroupedSamples eager;
        GroupedSamples method;
        const std::vector<double> ratios{2.2, 3.0, 2.2, 3.0, 2.2, 3.0};
        for (double r : ratios) {
            eager.push_back(process(g, 100 * r / 2.2, 300, 0.02));
            method.push_back(process(g, 100 / 2.2, 300, 0.02));
        }
        const double expected = std::sqrt(2.2 * 3.0);
        QVERIFY(std::abs(pairedRatio(eager, method) / expected - 1) < 0.01);
        const Interval ci = pairedRatioCi(eager, method, 0.95, 2000, 9);
        QVERIFY(ci.contains(expected));
        QVERIFY(ci.low > 2.0 && ci.high < 3.3);
        QVERIFY(ci.width() > 0.3);
    }

    void unpairedRatioOfTwoRuns()
    {
        Gauss g(13);
        const GroupedSamples before = run(g, 100, 5, 0.02);
        const GroupedSamples same = run(g, 100, 5, 0.02);
        const GroupedSamples slower = run(g, 120, 5, 0.02);
        QVERIFY(unpairedRatioCi(same, before, 0.95, 2000, 1).contains(1));
        const Interval regression = unpairedRatioCi(slower, before, 0.95, 2000, 1);
        QVERIFY(regression.low > 1.05);
        QVERIFY(regression.contains(1.2));
        QCOMPARE(unpairedRatio(slower, before), runMedian(slower) / runMedian(before));
    }

    /// One process of three 50% slower (the machine busy while it ran): the pooled median moves with it by part of
    /// the fast processes' own spread, the run's median (the middle process) and the paired ratio do not.
    void oneSlowProcessMovesNeitherTheRunMedianNorTheRatio()
    {
        Gauss g(17);
        const GroupedSamples groups{process(g, 100, 300, 0.08), process(g, 100, 300, 0.08), process(g, 150, 300, 0.08)};
        QVERIFY2(pooledMedian(groups) > 102, qPrintable(QString::number(pooledMedian(groups))));
        QVERIFY2(std::abs(runMedian(groups) / 100 - 1) < 0.01, qPrintable(QString::number(runMedian(groups))));
        QCOMPARE(runMedian({groups.front()}), median(groups.front()));
        QCOMPARE(runMedian({}), 0.0);
        // Speed-up 2 in two processes, 3 in the busy one.
        const GroupedSamples eager{process(g, 200, 300, 0.02), process(g, 200, 300, 0.02), process(g, 300, 300, 0.02)};
        const GroupedSamples method{process(g, 100, 300, 0.02), process(g, 100, 300, 0.02), process(g, 100, 300, 0.02)};
        const double ratio = pairedRatio(eager, method);
        QVERIFY2(std::abs(ratio / 2 - 1) < 0.01, qPrintable(QString::number(ratio)));
    }

    /// A run's series share its processes. Ten series whose processes differ by about 4% (sd), and one whose three
    /// processes agree by chance: alone, its interval is as narrow as their noise; with the run's spread between
    /// processes as a floor, about as wide as the others'. A run whose processes all agree keeps narrow intervals.
    void theRunsSpreadFloorsProcessesThatAgreeByChance()
    {
        Gauss g(23);
        std::vector<ProcessBootstrap> bootstraps;
        std::vector<double> widths;
        for (int s = 0; s < 10; ++s) {
            const GroupedSamples series = run(g, 100, 3, 0.04, 200);
            bootstraps.push_back(medianBootstrap(series, 0.95, 1000, s + 1));
            const Interval ci = widened(bootstraps.back(), 0.95, IntervalTarget::AnotherRun);
            widths.push_back(ci.relativeHalfWidth(runMedian(series)));
        }
        const double floor = runBetweenSpread(bootstraps);
        QVERIFY(floor > 0);
        const GroupedSamples agreeing = run(g, 100, 3, 0.0, 200);
        const ProcessBootstrap b = medianBootstrap(agreeing, 0.95, 1000, 99);
        const double m = runMedian(agreeing);
        const double alone = widened(b, 0.95, IntervalTarget::AnotherRun).relativeHalfWidth(m);
        const double floored = widened(b, 0.95, IntervalTarget::AnotherRun, floor).relativeHalfWidth(m);
        QCOMPARE(hierarchicalMedianCi(agreeing, 0.95, 1000, 99, IntervalTarget::AnotherRun, floor),
            widened(b, 0.95, IntervalTarget::AnotherRun, floor));
        const double typical = median(widths);
        QVERIFY2(floored > 2 * alone && floored > 0.5 * typical && floored < 2 * typical,
            qPrintable(QStringLiteral("alone %1, floored %2, typical %3").arg(alone).arg(floored).arg(typical)));
        // A floor never narrows an interval.
        for (const auto& x : bootstraps)
            QVERIFY(widened(x, 0.95, IntervalTarget::AnotherRun, floor).width()
                >= widened(x, 0.95, IntervalTarget::AnotherRun).width() * (1 - 1e-12));
        std::vector<ProcessBootstrap> quiet;
        for (int s = 0; s < 10; ++s)
            quiet.push_back(medianBootstrap(run(g, 100, 3, 0.0, 200), 0.95, 1000, s + 1));
        QVERIFY2(runBetweenSpread(quiet) < 0.1 * floor,
            qPrintable(QStringLiteral("%1 vs %2").arg(runBetweenSpread(quiet)).arg(floor)));
        QCOMPARE(runBetweenSpread({}), 0.0);
    }

    /// Runs of three processes where now and then one process is 1.5× slower (the two states this machine shows,
    /// docs/performance.md "Forks"): the run's median with the run's spread as a floor holds 90% of the other runs'
    /// medians.
    void coversOtherRunsWithAnOccasionalSlowProcess()
    {
        Gauss g(77);
        SplitMix64 coin(78);
        constexpr int kRuns = 30;
        constexpr int kSeries = 8;
        std::vector<std::vector<GroupedSamples>> runs(kRuns);
        for (auto& r : runs)
            for (int s = 0; s < kSeries; ++s) {
                GroupedSamples series = run(g, 100, 3, 0.02, 150);
                if (coin.uniform() < 0.2)
                    series[2] = process(g, 150, 150);
                r.push_back(series);
            }
        int hits = 0;
        int pairs = 0;
        for (int a = 0; a < kRuns; ++a) {
            std::vector<ProcessBootstrap> bs;
            for (int s = 0; s < kSeries; ++s)
                bs.push_back(medianBootstrap(runs[a][s], 0.95, 1000, static_cast<std::uint64_t>(a * kSeries + s + 1)));
            const double floor = runBetweenSpread(bs);
            for (int s = 0; s < kSeries; ++s) {
                const Interval ci = widened(bs[s], 0.95, IntervalTarget::AnotherRun, floor);
                for (int b = 0; b < kRuns; ++b)
                    if (b != a) {
                        ++pairs;
                        hits += ci.contains(runMedian(runs[b][s]));
                    }
            }
        }
        qInfo("other runs' medians inside: %.0f%%", 100.0 * hits / pairs);
        QVERIFY2(hits >= 0.9 * pairs, qPrintable(QString::number(double(hits) / pairs)));
    }

    void spreadBetweenAndWithinProcesses()
    {
        Gauss g(17);
        const GroupedSamples oneState = run(g, 100, 5, 0.0005, 400);
        const ProcessSpread quiet = processSpread(oneState);
        QCOMPARE(quiet.processes, 5);
        QVERIFY(quiet.within > 0 && quiet.within < 0.01);
        QVERIFY(!quiet.shifted);

        const GroupedSamples shifted{process(g, 100, 400), process(g, 110, 400), process(g, 101, 400)};
        const ProcessSpread s = processSpread(shifted);
        QVERIFY(s.shifted);
        QVERIFY2(std::abs(s.between - 0.10) < 0.02, qPrintable(QString::number(s.between)));
        // A shift within the processes' own noise is no shift.
        const GroupedSamples noisy{process(g, 100, 30, 0.3), process(g, 104, 30, 0.3), process(g, 98, 30, 0.3)};
        QVERIFY(!processSpread(noisy).shifted);
        // One process has no spread between processes.
        QVERIFY(!processSpread({process(g, 100, 50)}).shifted);
    }

    /// Processes that fall into two states (quiet 94, busy 150, each with a little jitter of its own) are split,
    /// every time; processes from one continuous noisy state are not (a few false splits at most).
    void quietBusySplit()
    {
        int splitTwoStates = 0;
        int splitOneState = 0;
        constexpr int kTrials = 50;
        for (int t = 0; t < kTrials; ++t) {
            Gauss g(static_cast<std::uint64_t>(1000 + t));
            GroupedSamples twoStates;
            std::vector<bool> busy;
            for (int p = 0; p < 9; ++p) {
                const bool b = p % 9 == 1 || p % 9 == 4 || p % 9 == 6 || p % 9 == 7;  // 4 of 9
                busy.push_back(b);
                twoStates.push_back(process(g, (b ? 150 : 94) * std::exp(0.01 * g.next()), 300));
            }
            const StateSplit s = splitStates(twoStates);
            if (s.split && s.busy == busy && s.busyCount == 4) {
                ++splitTwoStates;
                QVERIFY(std::abs(s.quietLevel / 94 - 1) < 0.03);
                QVERIFY(std::abs(s.busyLevel / 150 - 1) < 0.03);
            }
            const GroupedSamples oneState = run(g, 100, 9, 0.12);
            splitOneState += splitStates(oneState).split;
        }
        qInfo("split: two states %d of %d, one noisy state %d of %d", splitTwoStates, kTrials, splitOneState, kTrials);
        QCOMPARE(splitTwoStates, kTrials);
        QVERIFY(splitOneState <= kTrials / 10);
        // Too few processes, or levels within the noise, are never split.
        QVERIFY(!splitStates(std::vector<double>{94, 150}, 0.01).split);
        QVERIFY(!splitStates(std::vector<double>{94, 95, 150}, 0.2).split);
        QVERIFY(splitStates(std::vector<double>{94, 95, 150}, 0.01).split);
    }

    /// A process slow in every series gets a level above 1, and the others below.
    void levelsOverSeveralSeries()
    {
        Gauss g(21);
        std::vector<GroupedSamples> series;
        for (double base : {100.0, 40.0, 12.0}) {
            series.push_back({process(g, base, 200), process(g, base * 1.4, 200), process(g, base, 200), {}});
        }
        const std::vector<double> levels = processLevels(series);
        QCOMPARE(levels.size(), std::size_t(4));
        QVERIFY(levels[1] > 1.3 && levels[0] < 1.05 && levels[2] < 1.05);
        QCOMPARE(levels[3], 0.0);
        const StateSplit s = splitStates(levels, 0.01);
        QVERIFY(s.split);
        QCOMPARE(s.busyCount, 1);
        QVERIFY(s.busy[1] && !s.busy[3]);
        QCOMPARE(selectGroups(series.front(), {true, false, true}).size(), std::size_t(2));
    }
};

QTEST_GUILESS_MAIN(TestHierarchical)
#include "tst_hierarchical.moc"
