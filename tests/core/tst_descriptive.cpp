// SPDX-License-Identifier: MIT
// Descriptive statistics against values computed by hand.

#include <QTest>

#include <cmath>

#include "stats/descriptive.h"
#include "stats/fidelity.h"

using namespace ob::stats;

class TestDescriptive : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void quantile_data()
    {
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<double>("q");
        QTest::addColumn<double>("expected");
        // Type 7: h = q (n - 1); interpolate between sorted[floor(h)] and sorted[floor(h) + 1].
        QTest::addRow("odd median") << QList<double>{5, 1, 3} << 0.5 << 3.0;
        QTest::addRow("even median") << QList<double>{4, 1, 3, 2} << 0.5 << 2.5;
        QTest::addRow("even p25") << QList<double>{1, 2, 3, 4} << 0.25 << 1.75;
        QTest::addRow("p90 of 1..10") << QList<double>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10} << 0.9 << 9.1;
        QTest::addRow("p99 of 1..10") << QList<double>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10} << 0.99 << 9.91;
        QTest::addRow("one sample") << QList<double>{7} << 0.99 << 7.0;
        QTest::addRow("min") << QList<double>{3, 9, 1} << 0.0 << 1.0;
        QTest::addRow("max") << QList<double>{3, 9, 1} << 1.0 << 9.0;
    }

    void quantile()
    {
        QFETCH(QList<double>, values);
        QFETCH(double, q);
        QFETCH(double, expected);
        QCOMPARE(ob::stats::quantile(std::vector<double>(values.begin(), values.end()), q), expected);
    }

    void summaryOfKnownSample()
    {
        const Summary s = summarize({2, 4, 4, 4, 5, 5, 7, 9});
        QCOMPARE(s.n, 8);
        QCOMPARE(s.mean, 5.0);
        // Sum of squared deviations is 32; the sample variance is 32 / 7.
        QVERIFY(std::abs(s.std - std::sqrt(32.0 / 7.0)) < 1e-12);
        QCOMPARE(s.min, 2.0);
        QCOMPARE(s.max, 9.0);
        QCOMPARE(s.p50, 4.5);
        // p25 = 4 (h = 1.75 between 4 and 4), p75 = 5.5 (h = 5.25 between 5 and 7).
        QCOMPARE(s.iqr, 1.5);
        QVERIFY(std::abs(s.cv - s.std / 5.0) < 1e-15);
    }

    void summaryOfOneSample()
    {
        const Summary s = summarize({3.5});
        QCOMPARE(s.n, 1);
        QCOMPARE(s.mean, 3.5);
        QCOMPARE(s.std, 0.0);
        QCOMPARE(s.p99, 3.5);
        QCOMPARE(s.iqr, 0.0);
    }

    void summaryOfNothing()
    {
        const Summary s = summarize({});
        QCOMPARE(s.n, 0);
        QCOMPARE(s.mean, 0.0);
    }

    void fidelityOfIdenticalOutputsIsExact()
    {
        const std::vector<float> a{0.1f, 0.7f, 0.4f, 0.9f, 0.2f, 0.3f};
        const Fidelity f = compare(a, a, 3);
        QCOMPARE(f.maxAbsError, 0.0);
        QVERIFY(std::abs(f.cosine - 1.0) < 1e-12);
        QCOMPARE(f.relL2Error, 0.0);
        QCOMPARE(f.argmaxAgreement, 100.0);
        QVERIFY(f.finite);
    }

    void fidelityOfKnownDifference()
    {
        // Logits of the reference are (1, 0) and (0, 1) in sigmoid space; the method swaps the second row.
        const auto s = [](double x) { return static_cast<float>(1.0 / (1.0 + std::exp(-x))); };
        const std::vector<float> ref{s(1), s(0), s(0), s(1)};
        const std::vector<float> got{s(1), s(0), s(1), s(0)};
        const Fidelity f = compare(ref, got, 2);
        QCOMPARE(f.argmaxAgreement, 50.0);
        QVERIFY(std::abs(f.cosine - 0.5) < 1e-6);                 // dot 1, norms sqrt(2) each
        QVERIFY(std::abs(f.relL2Error - 1.0) < 1e-6);             // ||(0,0,1,-1)|| / ||(1,0,0,1)||
        QVERIFY(std::abs(f.maxAbsError - (s(1) - s(0))) < 1e-6);
    }

    void fidelityFlagsNonFinite()
    {
        const std::vector<float> ref{0.5f, 0.5f};
        const std::vector<float> got{0.5f, std::nanf("")};
        QVERIFY(!compare(ref, got, 2).finite);
    }

    void meanScore()
    {
        QCOMPARE(ob::stats::meanScore({0.25f, 0.75f, 0.5f, 0.5f}), 0.5);
    }
};

QTEST_GUILESS_MAIN(TestDescriptive)
#include "tst_descriptive.moc"
