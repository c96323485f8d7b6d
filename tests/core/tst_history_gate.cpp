// SPDX-License-Identifier: MIT
// The comparison of runs and its regression gate on synthetic runs: two runs of the same build whose processes
// differ by a shift pass; a real 20% slowdown fails, and only for the method that slowed; the differences of the
// conditions are listed; a run of one process says it only knows the variation within it.

#include <QJsonArray>
#include <QTest>

#include <algorithm>

#include "format/comparetext.h"
#include "stats/compare.h"
#include "history/runcompare.h"
#include "historyfixture.h"

using namespace ob;

namespace {

/// A run measured in six worker processes.
test::SyntheticRun forked(std::uint64_t seed)
{
    test::SyntheticRun spec;
    spec.seed = seed;
    spec.processes = 6;
    spec.processSpread = 0.04;
    spec.samples = 40;
    return spec;
}

CompareOptions gate(double threshold)
{
    CompareOptions o;
    o.failIfSlower = threshold;
    return o;
}

const BatchChange* find(const RunComparison& c, const QString& method, int batch)
{
    for (const auto& b : c.batches)
        if (b.method == method && b.batch == batch)
            return &b;
    return nullptr;
}

} // namespace

class TestHistoryGate : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sameBuildPasses_data()
    {
        QTest::addColumn<double>("shift");
        QTest::addRow("same process speed") << 1.0;
        QTest::addRow("other process 8 percent slower") << 1.08;
        QTest::addRow("other process 10 percent faster") << 0.90;
    }

    void sameBuildPasses()
    {
        QFETCH(double, shift);
        // Different seeds: different samples, as two processes give.
        for (std::uint64_t seed = 1; seed <= 5; ++seed) {
            test::SyntheticRun a;
            a.seed = seed;
            test::SyntheticRun b;
            b.seed = seed + 100;
            b.processShift = shift;
            const RunComparison c = compareRuns(test::syntheticRun(a), test::syntheticRun(b), gate(0.05));
            QCOMPARE(c.batches.size(), std::size_t(6));
            QVERIFY2(!c.gateFailed(), qPrintable(comparisonToText(c, QStringLiteral("a"), QStringLiteral("b"))));
            QCOMPARE(c.regressions, 0);
        }
    }

    void betweenProcessesSameBuildPasses()
    {
        // Six processes per run, each shifted by its own draw of the machine (4% between processes, far more than
        // the interval within one process): runs of the same build differ by these shifts and must pass.
        int oneProcessAlarms = 0;
        for (std::uint64_t seed = 1; seed <= 5; ++seed) {
            const RunResult a = test::syntheticRun(forked(seed));
            const RunResult b = test::syntheticRun(forked(seed + 1000));
            const RunComparison c = compareRuns(a, b, gate(0.05));
            QVERIFY(c.betweenProcesses());
            QVERIFY2(!c.gateFailed(), qPrintable(comparisonToText(c, QStringLiteral("a"), QStringLiteral("b"))));
            for (const auto& pair : c.batches) {
                QCOMPARE(pair.referenceProcesses, 6);
                QCOMPARE(pair.otherProcesses, 6);
                // What a gate on one process of each run, with the interval within it, would have said.
                const auto first = [&](const RunResult& run) {
                    return summarizedGroups(*run.result(pair.method)->batch(pair.batch)).front();
                };
                const auto alone = stats::compareLatencies(first(a), first(b), seed, c.pairLevel);
                const bool slower = alone.ratio < 1 / 1.05 || alone.ratio > 1.05;  // in one order or the other
                oneProcessAlarms += alone.significant && slower ? 1 : 0;
            }
        }
        QVERIFY2(oneProcessAlarms > 0, "the process shifts are too small to tell the two kinds of interval apart");
    }

    void betweenProcessesRealSlowdownFails()
    {
        for (std::uint64_t seed = 1; seed <= 3; ++seed) {
            test::SyntheticRun slow = forked(seed + 2000);
            slow.scale = {{QStringLiteral("native_fp32"), 1.2}};
            const RunComparison c = compareRuns(test::syntheticRun(forked(seed)), test::syntheticRun(slow), gate(0.05));
            QVERIFY(c.betweenProcesses());
            QVERIFY2(c.gateFailed(), qPrintable(comparisonToText(c, QStringLiteral("a"), QStringLiteral("b"))));
            for (const auto& pair : c.batches)
                QCOMPARE(pair.regression, pair.method == QLatin1String("native_fp32"));
            QVERIFY(variationText(c).contains(QStringLiteral("between worker processes")));
        }
    }

    void slowdownBeyondTheRunToRunVariationFails()
    {
        // One process per run: a slowdown must exceed the run-to-run variation (30%) to be told from a slow process.
        test::SyntheticRun a;
        test::SyntheticRun b;
        b.seed = 7;
        b.scale = {{QStringLiteral("native_fp32"), 1.45}};
        const RunComparison c = compareRuns(test::syntheticRun(a), test::syntheticRun(b), gate(0.05));
        QVERIFY(c.gateFailed());
        QCOMPARE(c.regressions, 2); // native_fp32 at both batch sizes, nothing else
        for (int batch : {1, 4}) {
            const BatchChange* slow = find(c, QStringLiteral("native_fp32"), batch);
            QVERIFY(slow);
            QVERIFY(slow->regression && slow->significant);
            QCOMPARE(slow->kind, ChangeKind::Slower);
            QVERIFY(slow->ratio > 1.40 && slow->ratio < 1.50);
            QVERIFY(slow->ci.low > 1 && slow->ci.contains(slow->ratio));
            QVERIFY(!find(c, QStringLiteral("eager"), batch)->regression);
        }
        QVERIFY(gateText(c).contains(QStringLiteral("FAILED")));
        // A higher threshold lets the same slowdown through; no gate never fails.
        QVERIFY(!compareRuns(test::syntheticRun(a), test::syntheticRun(b), gate(0.50)).gateFailed());
        QVERIFY(!compareRuns(test::syntheticRun(a), test::syntheticRun(b), CompareOptions{}).gateFailed());
    }

    void improvementIsNotARegression()
    {
        test::SyntheticRun a;
        test::SyntheticRun b;
        b.seed = 9;
        b.scale = {{QStringLiteral("eager"), 0.7}};
        const RunComparison c = compareRuns(test::syntheticRun(a), test::syntheticRun(b), gate(0.05));
        QVERIFY(!c.gateFailed());
        QCOMPARE(c.improvements, 2);
        QCOMPARE(find(c, QStringLiteral("eager"), 1)->kind, ChangeKind::Faster);
        QVERIFY(verdictText(*find(c, QStringLiteral("eager"), 1)).contains(QStringLiteral("improvement")));
    }

    void oneProcessIsWidenedByTheRunToRunVariation()
    {
        // Within one process the 8% shift is far outside the interval; the run-to-run variation makes it noise.
        test::SyntheticRun a;
        test::SyntheticRun b;
        b.seed = 3;
        b.processShift = 1.08;
        CompareOptions strict = gate(0.05);
        strict.noiseFloor = 0;
        const RunComparison naive = compareRuns(test::syntheticRun(a), test::syntheticRun(b), strict);
        QVERIFY(naive.gateFailed()); // what a gate on within-process noise alone would say
        const RunComparison c = compareRuns(test::syntheticRun(a), test::syntheticRun(b), gate(0.05));
        QVERIFY(!c.gateFailed());
        QVERIFY(c.withinProcessOnly());
        QVERIFY(!c.betweenProcesses());
        QCOMPARE(c.noiseFloor, kRunToRunNoise);
        // A 20% slowdown is within what one process can show: with one process it passes, saying why.
        test::SyntheticRun slower;
        slower.seed = 12;
        slower.scale = {{QStringLiteral("eager"), 1.2}};
        const RunComparison one = compareRuns(test::syntheticRun(a), test::syntheticRun(slower), gate(0.05));
        QVERIFY(!one.gateFailed());
        QVERIFY(find(one, QStringLiteral("eager"), 1)->ci.contains(1.0));
        QVERIFY(variationText(c).contains(QStringLiteral("within")));
        const BatchChange* e = find(c, QStringLiteral("eager"), 1);
        QVERIFY(e->ci.low < 1 / (1 + kRunToRunNoise) * 1.1 && e->ci.high > (1 + kRunToRunNoise) * 0.95);
    }

    void busyMachineIsNotJudgedWithOneProcess()
    {
        test::SyntheticRun a;
        test::SyntheticRun b;
        b.seed = 11;
        b.scale = {{QStringLiteral("eager"), 1.5}};
        RunResult busy = test::syntheticRun(b);
        busy.noise.loadBefore = 9.3; // on 2 CPUs
        QVERIFY(measuredBusy(busy));
        QVERIFY(!measuredBusy(test::syntheticRun(a)));
        const RunComparison c = compareRuns(test::syntheticRun(a), busy, gate(0.05));
        QVERIFY(!c.gateFailed());
        QCOMPARE(c.inconclusive, 6);
        QVERIFY(c.otherBusy && !c.referenceBusy);
        for (const auto& pair : c.batches)
            QVERIFY(pair.inconclusive && !pair.significant && !pair.regression);
        QVERIFY(busyText(c).contains(QStringLiteral("busy machine")));
        QVERIFY(comparisonToText(c, QStringLiteral("a"), QStringLiteral("b")).contains(busyText(c)));
    }

    void familyWiseLevel()
    {
        test::SyntheticRun a;
        const RunComparison c = compareRuns(test::syntheticRun(a), test::syntheticRun(a), gate(0.05));
        QCOMPARE(c.batches.size(), std::size_t(6));
        QVERIFY(qAbs(c.pairLevel - (1 - 0.05 / 6)) < 1e-12);
        for (const auto& b : c.batches)
            QVERIFY(b.ratio == 1.0 && !b.significant);
    }

    void conditionsAndMethodChanges()
    {
        test::SyntheticRun a;
        test::SyntheticRun b;
        b.seed = 4;
        b.cpu = QStringLiteral("Other CPU 9000");
        b.host = QStringLiteral("bench-b");
        b.hidden = 128;
        RunResult ra = test::syntheticRun(a);
        RunResult rb = test::syntheticRun(b);
        rb.environment.insert(QStringLiteral("cpu_flags"),
            QJsonArray{QStringLiteral("avx2"), QStringLiteral("fma"), QStringLiteral("avx512f")});
        rb.noise.busy = true;
        MethodResult& failed = *rb.result(QStringLiteral("dynamic_int8"));
        failed.status = MethodStatus::Failed;
        failed.batches.clear();
        const RunComparison c = compareRuns(ra, rb, gate(0.05));
        QStringList keys;
        for (const auto& e : c.environment)
            keys << e.key;
        for (const char* key : {"cpu_model", "hostname", "isa", "load_before", "busy"})
            QVERIFY2(keys.contains(QLatin1String(key)), key);
        QVERIFY(!keys.contains(QStringLiteral("torch_version"))); // equal: not listed
        const auto isa = std::find_if(c.environment.begin(), c.environment.end(),
            [](const EnvironmentChange& e) { return e.key == QLatin1String("isa"); });
        QCOMPARE(isa->other, QStringLiteral("+avx512f"));
        QCOMPARE(c.config.size(), std::size_t(2)); // hidden and seed
        QCOMPARE(c.methods.size(), std::size_t(1));
        QCOMPARE(c.methods.front().otherStatus, QStringLiteral("failed"));
        QCOMPARE(c.notCompared, (QStringList{QStringLiteral("dynamic_int8 @ 1"), QStringLiteral("dynamic_int8 @ 4")}));
        QCOMPARE(c.batches.size(), std::size_t(4));

        CompareSet set = compareRunSet(
            ra, QStringLiteral("A"), {{QStringLiteral("B"), rb}, {QStringLiteral("C"), ra}}, gate(0.05));
        const auto rows = conditionRows(set);
        const auto cpu = std::find_if(
            rows.begin(), rows.end(), [](const ConditionRow& r) { return r.key == QLatin1String("cpu_model"); });
        QVERIFY(cpu != rows.end());
        QCOMPARE(cpu->others, (QStringList{QStringLiteral("Other CPU 9000"), QStringLiteral("Test CPU 3000")}));
        const QJsonObject json = compareSetToJson(set, {}, {QJsonObject{}, QJsonObject{}});
        QCOMPARE(json.value(QStringLiteral("schema")).toString(), QStringLiteral("optibench.compare/1"));
        QCOMPARE(json.value(QStringLiteral("comparisons")).toArray().size(), 2);
    }

    void parsesPercentages_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("value"); // -1: refused
        QTest::addRow("with sign") << "5%" << 0.05;
        QTest::addRow("bare") << "12.5" << 0.125;
        QTest::addRow("spaces") << " 3 % " << 0.03;
        QTest::addRow("negative") << "-5%" << -1.0;
        QTest::addRow("word") << "five" << -1.0;
        QTest::addRow("empty") << "" << -1.0;
    }

    void parsesPercentages()
    {
        QFETCH(QString, text);
        QFETCH(double, value);
        const auto v = parsePercent(text);
        if (value < 0)
            QVERIFY(!v);
        else
            QVERIFY(v && qAbs(*v - value) < 1e-12);
    }
};

QTEST_GUILESS_MAIN(TestHistoryGate)
#include "tst_history_gate.moc"
