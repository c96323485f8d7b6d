// SPDX-License-Identifier: MIT
// Batches measured in several worker processes (forks): the per-process breakdown, its regrouping of the samples,
// and the run JSON's "processes", "process_spread" and "states" keys, which must survive a round trip.

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "format/runjson.h"
#include "results/runresult.h"

using namespace ob;

namespace {

BatchResult threeProcesses()
{
    BatchResult b;
    b.batch = 4;
    b.samplesMs = {1.0, 1.1, 0.9, 2.0, 2.1, 1.0, 1.2};
    for (int fork = 0; fork < 3; ++fork) {
        ProcessBatch p;
        p.fork = fork;
        p.samples = fork == 1 ? 2 : fork == 0 ? 3 : 2;
        p.calls = p.samples * 10;
        p.medianMs = fork == 1 ? 2.05 : 1.0;
        p.medianCiMs = {p.medianMs * 0.9, p.medianMs * 1.1};
        p.cpus = QString::number(fork % 2);
        p.loadBefore = 0.1 * fork;
        p.loadAfter = 0.05;
        p.state = fork == 1 ? QStringLiteral("busy") : QStringLiteral("quiet");
        if (fork != 2)
            p.otherCpuShare = 0.25;
        b.processes.push_back(p);
    }
    b.calls = 70;
    summarizeBatch(b);
    b.spread = stats::ProcessSpread{3, 0.9, 0.02, true};
    StateMedians m;
    m.quietProcesses = 2;
    m.busyProcesses = 1;
    m.quietMs = 1.0;
    m.busyMs = 2.05;
    m.quietCiMs = {0.95, 1.05};
    m.busyCiMs = {2.0, 2.1};
    m.quietSpeedup = 2.2;
    b.states = m;
    return b;
}

}  // namespace

class TestForks : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void samplesRegroupByProcess()
    {
        const BatchResult b = threeProcesses();
        const stats::GroupedSamples groups = groupedSamples(b);
        QCOMPARE(groups.size(), std::size_t(3));
        QCOMPARE(groups[0], (std::vector<double>{1.0, 1.1, 0.9}));
        QCOMPARE(groups[1], (std::vector<double>{2.0, 2.1}));
        QCOMPARE(groups[2], (std::vector<double>{1.0, 1.2}));
        // Processes that do not add up to the samples (a damaged file): one group of everything.
        BatchResult damaged = b;
        damaged.processes[2].samples = 5;
        QCOMPARE(groupedSamples(damaged).size(), std::size_t(1));
        BatchResult none;
        none.samplesMs = {1, 2};
        QCOMPARE(groupedSamples(none), (stats::GroupedSamples{{1, 2}}));
        // Outliers left out of the summary are left out of each process's group too.
        BatchResult excluded = b;
        excluded.outliersExcluded = true;
        excluded.outlierFencesMs = {0.5, 1.5};
        QCOMPARE(summarizedGroups(excluded)[1], std::vector<double>{});
    }

    void processKeysRoundTrip()
    {
        const BatchResult b = threeProcesses();
        const QJsonObject o = batchToJson(b, true);
        QVERIFY(o.value(QStringLiteral("processes")).isArray());
        QCOMPARE(o.value(QStringLiteral("processes")).toArray().size(), 3);
        QCOMPARE(o.value(QStringLiteral("process_spread")).toObject().value(QStringLiteral("shifted")).toBool(), true);
        const auto back = batchFromJson(o, nullptr);
        QVERIFY(back);
        QCOMPARE(back->processes.size(), b.processes.size());
        for (std::size_t i = 0; i < b.processes.size(); ++i) {
            const ProcessBatch& x = b.processes[i];
            const ProcessBatch& y = back->processes[i];
            QCOMPARE(y.fork, x.fork);
            QCOMPARE(y.samples, x.samples);
            QCOMPARE(y.calls, x.calls);
            QCOMPARE(y.medianMs, x.medianMs);
            QCOMPARE(y.medianCiMs, x.medianCiMs);
            QCOMPARE(y.cpus, x.cpus);
            QCOMPARE(y.loadBefore, x.loadBefore);
            QCOMPARE(y.loadAfter, x.loadAfter);
            QCOMPARE(y.otherCpuShare, x.otherCpuShare);
            QCOMPARE(y.state, x.state);
        }
        QCOMPARE(groupedSamples(*back), groupedSamples(b));
        QVERIFY(back->spread);
        QCOMPARE(back->spread->between, 0.9);
        QCOMPARE(back->spread->within, 0.02);
        QCOMPARE(back->spread->processes, 3);
        QVERIFY(back->states);
        QCOMPARE(back->states->busyProcesses, 1);
        QCOMPARE(back->states->busyCiMs, b.states->busyCiMs);
        QCOMPARE(back->states->quietSpeedup, std::optional<double>(2.2));
        QCOMPARE(back->states->busySpeedup, std::optional<double>());
    }

    /// A file written before forks: no process keys, and none appear.
    void olderBatchesHaveNoProcesses()
    {
        BatchResult b;
        b.batch = 1;
        b.samplesMs = {1, 2, 3};
        summarizeBatch(b);
        const QJsonObject o = batchToJson(b, true);
        QVERIFY(!o.contains(QStringLiteral("processes")));
        QVERIFY(!o.contains(QStringLiteral("process_spread")));
        QVERIFY(!o.contains(QStringLiteral("states")));
        const auto back = batchFromJson(o, nullptr);
        QVERIFY(back && back->processes.empty() && !back->spread && !back->states);
    }
};

QTEST_GUILESS_MAIN(TestForks)
#include "tst_forks.moc"
