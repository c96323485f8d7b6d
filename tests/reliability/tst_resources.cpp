// SPDX-License-Identifier: MIT
// The memory check before a run: the estimate follows the configuration, a run that does not fit is refused
// with the estimate and the available memory, and the platform figures are read.

#include <QTest>

#include "config/memoryinfo.h"
#include "config/resources.h"
#include "config/validation.h"
#include "testutils.h"

using namespace ob;

class TestResources : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void estimateGrowsWithWhatTheRunKeeps()
    {
        const RunConfig base = test::quickConfig();
        const MemoryEstimate e = estimateMemory(base);
        QVERIFY(e.weights > 0 && e.activations > 0 && e.samples > 0 && e.evaluation > 0 && e.runtime > 0);
        QCOMPARE(e.total(), e.weights + e.activations + e.samples + e.evaluation + e.runtime);

        RunConfig bigger = base;
        bigger.hidden *= 4;
        QVERIFY(estimateMemory(bigger).weights > 8 * e.weights);  // quadratic in the hidden size
        bigger = base;
        bigger.layers *= 4;
        QVERIFY(estimateMemory(bigger).weights > 2 * e.weights);
        bigger = base;
        bigger.batches = {1, 4096};
        QVERIFY(estimateMemory(bigger).activations > e.activations);
        bigger = base;
        bigger.iterations = *base.iterations * 10;
        QCOMPARE(estimateMemory(bigger).samples, 10 * e.samples);
        bigger.iterations.reset();  // adaptive: bounded by max-calls
        bigger.maxCalls = *base.iterations * 3;
        QCOMPARE(estimateMemory(bigger).samples, 3 * e.samples);
        bigger = base;
        bigger.evalSamples *= 2;
        QCOMPARE(estimateMemory(bigger).evaluation, 2 * e.evaluation);
    }

    void methodCopiesComeFromTheStrategies()
    {
        // eager shares the workspace's model (weightCopies 0): a second eager-only pipeline adds nothing,
        // while an unknown step would be counted as a full copy.
        const RunConfig one = test::quickConfig({QStringLiteral("eager")});
        const RunConfig two = test::quickConfig({QStringLiteral("eager"), QStringLiteral("eager+eager")});
        QCOMPARE(estimateMemory(one).methods, 1);
        QCOMPARE(estimateMemory(two).methods, 2);
        QCOMPARE(estimateMemory(two).weights, estimateMemory(one).weights);
    }

    void refusalNamesEstimateAndAvailable()
    {
        const RunConfig c = test::quickConfig();
        const qint64 need = estimateMemory(c).total();
        QVERIFY(!checkResources(c, need));
        QVERIFY(!checkResources(c, -1));  // unknown: no refusal
        const auto e = checkResources(c, need - 1);
        QVERIFY(e);
        QCOMPARE(e->field, QStringLiteral("memory"));
        const QString m = e->message();
        QVERIFY2(m.contains(formatBytes(need)), qPrintable(m));
        QVERIFY2(m.contains(QStringLiteral("available memory of ") + formatBytes(need - 1)), qPrintable(m));
        QVERIFY2(m.contains(QStringLiteral("weights ")) && m.contains(QStringLiteral("samples ")), qPrintable(m));
    }

    void theLargestModelIsRefusedHere()
    {
        RunConfig c = test::quickConfig();
        c.hidden = 8192;
        c.layers = 256;
        QVERIFY(!validate(c));  // valid ranges, but not for this machine
        QVERIFY(estimateMemory(c).weights > qint64(100) * 1024 * 1024 * 1024);
        const auto e = checkResources(c);
        QVERIFY2(e, "a 128 GiB model fitted: does this machine have that much memory?");
    }

    void formatting_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<QString>("text");
        QTest::addRow("KiB") << qint64(1536) << "1.5 KiB";
        QTest::addRow("MiB") << qint64(256) * 1024 * 1024 << "256.0 MiB";
        QTest::addRow("GiB") << qint64(3) * 1024 * 1024 * 1024 / 2 << "1.5 GiB";
    }

    void formatting()
    {
        QFETCH(qint64, bytes);
        QFETCH(QString, text);
        QCOMPARE(formatBytes(bytes), text);
    }

    void platformFigures()
    {
#if defined(Q_OS_LINUX) || defined(Q_OS_WIN) || defined(Q_OS_MACOS)
        const qint64 available = availableMemoryBytes();
        QVERIFY2(available > 16 * 1024 * 1024, qPrintable(QString::number(available)));
        const qint64 rss = residentMemoryBytes();
        QVERIFY2(rss > 1024 * 1024, qPrintable(QString::number(rss)));
        std::vector<char> block(64 * 1024 * 1024, 1);  // touched pages count as resident
        QVERIFY(residentMemoryBytes() > rss + 32 * 1024 * 1024);
        QCOMPARE(block[12345], char(1));
#else
        QSKIP("no memory figures on this platform");
#endif
    }
};

QTEST_GUILESS_MAIN(TestResources)
#include "tst_resources.moc"
