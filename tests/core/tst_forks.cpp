// SPDX-License-Identifier: MIT
// Batches measured in several worker processes (forks): the per-process breakdown, its regrouping of the samples,
// and the run JSON's "processes", "process_spread" and "states" keys, which must survive a round trip.

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cmath>

#include "bench/analysis.h"
#include "bench/forks.h"
#include "bench/pinning.h"
#include "config/presets.h"
#include "config/validation.h"
#include "format/processtext.h"
#include "format/runjson.h"
#include "i18n/language.h"
#include "results/runresult.h"
#include "stats/rng.h"

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

/// `n` latencies around `median` (lognormal, 2% spread), seeded.
std::vector<double> samples(stats::SplitMix64& rng, double median, int n)
{
    std::vector<double> out;
    for (int i = 0; i < n; ++i) {
        const double z = std::sqrt(-2 * std::log(rng.uniform())) * std::cos(6.283185307179586 * rng.uniform());
        out.push_back(median * std::exp(0.02 * z));
    }
    return out;
}

/// One process's part of a batch, as a worker reports it (analysed, one process entry).
BatchResult part(stats::SplitMix64& rng, int batch, double median, int n = 200)
{
    BatchResult b;
    b.batch = batch;
    b.samplesMs = samples(rng, median, n);
    b.calls = n;
    b.stopRule = QStringLiteral("ci_target");
    analyzeBatch(b, 1);
    recordProcess(b, MachineNoise{});
    return b;
}

/// A run of eager and a method twice as fast, at batch 1, measured in processes whose speed is `levels[i]`.
RunResult forkedRun(const std::vector<double>& levels)
{
    stats::SplitMix64 rng(99);
    RunResult run;
    run.config.forks = static_cast<int>(levels.size());
    for (const auto& [name, median] : {std::pair{QStringLiteral("eager"), 0.1}, {QStringLiteral("fast"), 0.05}}) {
        MethodResult m;
        m.method = name;
        m.status = MethodStatus::Ok;
        std::vector<BatchResult> parts;
        for (std::size_t i = 0; i < levels.size(); ++i) {
            parts.push_back(part(rng, 1, median * levels[i]));
            parts.back().processes.front().fork = static_cast<int>(i);
        }
        m.batches.push_back(combineProcesses(parts, 7));
        run.results.push_back(m);
    }
    run.environment.insert(QStringLiteral("worker"), QJsonObject{{QStringLiteral("isolation"), QStringLiteral("process")}});
    addSpeedups(run);
    analyzeProcessStates(run);
    return run;
}

}  // namespace

class TestForks : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(i18n::setLanguage(QStringLiteral("en"))); }  // English with its plural forms

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

    /// Each of N processes measures 1/N of the run, within the minimums; the run's own keys come back.
    void forkShareOfTheMeasurement()
    {
        RunConfig c;
        QCOMPARE(c.forks, 3);
        QCOMPARE(plannedForks(c), 3);
        QCOMPARE(forkLimit(c), 3);
        const RunConfig f = forkConfig(c, 3);
        QCOMPARE(f.timeBudget, 1.0 / 3);
        QCOMPARE(f.minCalls, 34);
        QCOMPARE(f.maxCalls, 3334);
        QCOMPARE(f.warmup, 17);
        QVERIFY(std::abs(f.targetCi - 2 * std::sqrt(3.0)) < 1e-12);
        QVERIFY(!f.iterations);
        QVERIFY(!validate(f));
        // The minimums: 0.2 s, 20 calls, 10 warm-up calls (or the run's own value when smaller).
        c.timeBudget = 0.3;
        c.minCalls = 30;
        c.iterations = 12;
        c.warmup = 4;
        const RunConfig g = forkConfig(c, 8);
        QCOMPARE(g.timeBudget, 0.2);
        QCOMPARE(g.minCalls, 20);
        QCOMPARE(g.iterations, std::optional<int>(2));  // 12 calls over 8 processes: 2, 2, 2, 2, 1, 1, 1, 1
        QCOMPARE(forkConfig(c, 8, 4).iterations, std::optional<int>(1));
        QCOMPARE(forkConfig(c, 8, 9).iterations, std::optional<int>(2));  // an added process
        c.iterations = 3;
        QCOMPARE(forkConfig(c, 8, 7).iterations, std::optional<int>(1));  // at least one
        QCOMPARE(g.warmup, 4);
        c.targetCi = 40;
        QCOMPARE(forkConfig(c, 9).targetCi, 50.0);  // the key's own limit
        QCOMPARE(forkConfig(c, 1), c);
        RunConfig back = g;
        restoreMeasurement(back, c);
        QCOMPARE(back.timeBudget, c.timeBudget);
        QCOMPARE(back.iterations, c.iterations);
        QCOMPARE(back.targetCi, c.targetCi);
        // max-forks below forks adds none; isolation thread has one process; the quick preset one.
        c.forks = 4;
        c.maxForks = 2;
        QCOMPARE(forkLimit(c), 4);
        c.maxForks = 9;
        QCOMPARE(forkLimit(c), 9);
        c.isolation = QStringLiteral("thread");
        QCOMPARE(plannedForks(c), 1);
        QCOMPARE(forkLimit(c), 1);
        QCOMPARE(presetConfig(QStringLiteral("quick"))->forks, 1);
    }

    /// The keys as text and JSON: forks 1..64, max-forks 1..64 or auto; the field named in each error.
    void forkKeys()
    {
        RunConfig c;
        QVERIFY(!applyText(c, QStringLiteral("forks"), QStringLiteral("5")));
        QCOMPARE(c.forks, 5);
        QVERIFY(!applyText(c, QStringLiteral("max-forks"), QStringLiteral("9")));
        QCOMPARE(c.maxForks, std::optional<int>(9));
        const QJsonObject o = toJson(c);
        QCOMPARE(o.value(QStringLiteral("forks")).toInt(), 5);
        QCOMPARE(o.value(QStringLiteral("max-forks")).toInt(), 9);
        RunConfig back;
        QVERIFY(!applyJson(back, o));
        QCOMPARE(back, c);
        QVERIFY(!applyText(c, QStringLiteral("max-forks"), QStringLiteral("auto")));
        QVERIFY(!c.maxForks);
        QVERIFY(!toJson(RunConfig{}).contains(QStringLiteral("forks")));  // defaults keep the configuration's keys
        for (const auto& [key, value] : {std::pair{"forks", "0"}, {"forks", "65"}, {"forks", "two"}, {"forks", "auto"},
                 {"max-forks", "0"}, {"max-forks", "1.5"}}) {
            const auto e = applyText(c, QLatin1String(key), QLatin1String(value));
            QVERIFY2(e, key);
            QCOMPARE(e->field, QLatin1String(key));
            QVERIFY2(e->message().contains(QStringLiteral("1..64")), qPrintable(e->message()));
        }
        const auto e = applyJson(c, QJsonObject{{QStringLiteral("forks"), QStringLiteral("many")}});
        QVERIFY(e && e->field == QLatin1String("forks"));
    }

    /// Three processes' parts combine into one batch: samples in process order, the hierarchical interval.
    void partsCombineInProcessOrder()
    {
        stats::SplitMix64 rng(3);
        std::vector<BatchResult> parts{part(rng, 4, 1.0, 100), part(rng, 4, 1.3, 120), part(rng, 4, 1.0, 80)};
        for (int i = 0; i < 3; ++i)
            parts[static_cast<std::size_t>(i)].processes.front().fork = i;
        const BatchResult b = combineProcesses(parts, 5);
        QCOMPARE(b.samplesMs.size(), std::size_t(300));
        QCOMPARE(b.calls, qint64(300));
        QCOMPARE(b.processes.size(), std::size_t(3));
        QCOMPARE(b.processes[1].samples, 120);
        QCOMPARE(groupedSamples(b)[1], parts[1].samplesMs);
        QVERIFY(std::abs(b.processes[1].medianMs - 1.3) < 0.02);
        QVERIFY(b.spread && b.spread->shifted && b.spread->processes == 3);
        // The interval covers every process's median, which one process's interval does not.
        for (const auto& p : b.processes)
            QVERIFY2(b.medianCiMs.contains(p.medianMs), qPrintable(QString::number(p.medianMs)));
        QVERIFY(!parts[0].medianCiMs.contains(b.processes[1].medianMs));
        // One part is that part, with its one process entry.
        const BatchResult one = combineProcesses({parts[0]}, 5);
        QCOMPARE(one.samplesMs, parts[0].samplesMs);
        QCOMPARE(one.processes.size(), std::size_t(1));
        QCOMPARE(one.processes.front().samples, 100);
    }

    /// Nine processes, four of them busy (1.6x slower): the processes are marked, each batch gets both states'
    /// medians and speed-ups, and the text says so instead of one blended number.
    void quietAndBusyStates()
    {
        const RunResult run = forkedRun({1, 1.6, 1, 1, 1.6, 1, 1.6, 1.6, 1});
        const ProcessSummary s = summarizeProcesses(run);
        QCOMPARE(s.processes, 9);
        QVERIFY(s.shifted);
        QVERIFY(std::abs(s.shift - 0.6) < 0.05);
        QVERIFY(s.states.split);
        QCOMPARE(s.states.busyCount, 4);
        const BatchResult& fast = run.result(QStringLiteral("fast"))->batches.front();
        QVERIFY(fast.states);
        QCOMPARE(fast.states->busyProcesses, 4);
        QCOMPARE(fast.states->quietProcesses, 5);
        QVERIFY(std::abs(fast.states->quietMs - 0.05) < 0.002);
        QVERIFY(std::abs(fast.states->busyMs - 0.08) < 0.003);
        QVERIFY(fast.states->quietSpeedup && std::abs(*fast.states->quietSpeedup - 2) < 0.05);
        QVERIFY(fast.states->busySpeedup && std::abs(*fast.states->busySpeedup - 2) < 0.05);
        QCOMPARE(fast.processes[1].state, QStringLiteral("busy"));
        QCOMPARE(fast.processes[0].state, QStringLiteral("quiet"));
        // The speed-up is taken within each process: 2x, however much the processes differ.
        const SpeedupEntry* speedup = run.result(QStringLiteral("fast"))->speedup(1);
        QVERIFY(speedup && std::abs(speedup->ratio - 2) < 0.03 && speedup->ci.contains(2) && speedup->significant);
        const QString text = processesText(run);
        QVERIFY2(text.contains(QStringLiteral("Worker processes per method: 9")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("changes speed between processes by")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("4 of 9 busy")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("fast, batch 1: quiet")), qPrintable(text));

        // Processes that agree: no states, and the text says they agree.
        const RunResult agreeing = forkedRun({1, 1, 1, 1});
        QVERIFY(!summarizeProcesses(agreeing).shifted);
        QVERIFY(!agreeing.results.back().batches.front().states);
        QVERIFY(processesText(agreeing).contains(QStringLiteral("agree within their noise")));
    }

    /// The least busy cores, and forks that alternate on an idle machine.
    void coresForEachFork()
    {
        if (!canPin())
            QSKIP("no pinning on this platform");
        CpuLoad idle;
        idle.cpus = {0, 1, 2, 3};
        idle.busy = {0, 0, 0.01, 0};
        QCOMPARE(chooseCores(idle, 1, 0), QList<int>{0});
        QCOMPARE(chooseCores(idle, 1, 1), QList<int>{1});
        QCOMPARE(chooseCores(idle, 1, 5), QList<int>{1});
        QCOMPARE(chooseCores(idle, 2, 3), (QList<int>{0, 3}));
        CpuLoad busy = idle;
        busy.busy = {0.9, 0.2, 0.95, 0.5};
        QCOMPARE(chooseCores(busy, 1, 0), QList<int>{1});
        QCOMPARE(chooseCores(busy, 2, 2), (QList<int>{1, 3}));
        QVERIFY(chooseCores(busy, 4, 0).isEmpty());  // as many threads as cores: not pinned
        QCOMPARE(coresText({0, 3}), QStringLiteral("0,3"));
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
