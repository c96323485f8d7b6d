// SPDX-License-Identifier: MIT
// The benchmark runner: shape of the results, fidelity of eager against itself, cancellation, failure isolation.

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <chrono>
#include <cmath>
#include <limits>
#include <map>
#include <random>
#include <stdexcept>
#include <thread>

#include "bench/runner.h"
#include "bench/runworker.h"
#include "bench/timer.h"
#include "format/csvreport.h"
#include "format/runjson.h"
#include "stats/robust.h"
#include "optibench/engine/engine.h"
#include "testutils.h"

using namespace ob;

namespace {

// What a fake method does besides computing a fixed function at next to no cost. Methods must be known pipelines,
// so each behaviour has an eager+... name. Spread busy-waits a random 10..40 µs (long enough to be timed alone), so
// that the CI of its median stays wide: about ±1.2 / sqrt(n), far from 0.1% within any limit the tests set. (Two
// modes would not do: once one mode holds a clear majority the median's CI collapses inside it.)
enum class Fault {
    None, ForwardThrows, Spread, EvaluateThrows, PrepareThrows, ForwardThrowsInt, NanEval, NanAtBatch4, SlowSetup
};
const std::map<std::string, Fault> kFaults = {
    {"eager+eager", Fault::ForwardThrows},  // throws from its 6th forward call
    {"eager+eager+eager", Fault::Spread},
    {"eager+eager+eager+eager", Fault::EvaluateThrows},  // throws when checked against eager
    {"eager+eager+eager+eager+eager", Fault::PrepareThrows},  // Workspace::prepare itself throws (a broken contract)
    {"eager+eager+eager+eager+eager+eager", Fault::ForwardThrowsInt},  // throws something that is no std::exception
    {"eager+eager+eager+eager+eager+eager+eager", Fault::NanEval},  // NaN on the evaluation set
    {"eager+eager+eager+eager+eager+eager+eager+eager", Fault::NanAtBatch4},  // Inf only at batch size 4
    {"eager+eager+eager+eager+eager+eager+eager+eager+eager", Fault::SlowSetup},  // a 60 s setup that polls cancel
};
/// A well-behaved method that is not plain eager.
const QString kGoodPipeline = QStringLiteral("eager+eager+eager+eager+eager+eager+eager+eager+eager+eager");

Fault faultOf(const std::string& method)
{
    const auto it = kFaults.find(method);
    return it == kFaults.end() ? Fault::None : it->second;
}

QString methodWith(Fault f)
{
    for (const auto& [name, fault] : kFaults)
        if (fault == f)
            return QString::fromStdString(name);
    return QStringLiteral("eager");
}

class FakeMethod : public engine::PreparedMethod {
public:
    FakeMethod(std::string method, int outputs) : m_method(std::move(method)), m_outputs(outputs), m_fault(faultOf(m_method))
    {
        engine::StepReport s;
        s.strategy = "eager";
        m_steps.push_back(s);
    }
    const std::string& method() const override { return m_method; }
    bool ok() const override { return true; }
    const std::vector<engine::StepReport>& steps() const override { return m_steps; }
    double setupMs() const override { return 0; }
    std::int64_t weightBytes() const override { return 4; }
    void forward(const float*, int) override
    {
        if (m_fault == Fault::ForwardThrows && ++m_calls > 5)
            throw std::runtime_error("deliberate failure in forward");
        if (m_fault == Fault::ForwardThrowsInt && ++m_calls > 3)
            throw 42;
        if (m_fault == Fault::Spread) {
            const auto until = std::chrono::steady_clock::now() + std::chrono::nanoseconds(10000 + m_rng() % 30000);
            while (std::chrono::steady_clock::now() < until) {
            }
        }
    }
    void evaluate(const float* input, int n, std::vector<float>& scores) override
    {
        if (m_fault == Fault::EvaluateThrows)
            throw std::runtime_error("deliberate failure in evaluate");
        scores.assign(static_cast<size_t>(n * m_outputs), 0.0f);
        for (int i = 0; i < n * m_outputs; ++i)
            scores[static_cast<size_t>(i)] = 0.5f + 0.1f * std::tanh(input[i % 4]);
        if (m_fault == Fault::NanEval)
            scores[1] = std::numeric_limits<float>::quiet_NaN();
        if (m_fault == Fault::NanAtBatch4 && n == 4)
            scores[0] = std::numeric_limits<float>::infinity();
    }
    void saveTorchScript(const std::string&) const override { throw std::runtime_error("no"); }

private:
    std::string m_method;
    int m_outputs;
    Fault m_fault;
    int m_calls = 0;
    std::mt19937 m_rng{3};
    std::vector<engine::StepReport> m_steps;
};

class FakeWorkspace : public engine::Workspace {
public:
    FakeWorkspace(engine::ModelSpec spec, engine::EngineSettings settings) : m_spec(std::move(spec)), m_settings(std::move(settings)) {}
    const engine::ModelSpec& spec() const override { return m_spec; }
    const engine::EngineSettings& settings() const override { return m_settings; }
    std::unique_ptr<engine::PreparedMethod> prepare(const std::string& method, const engine::PrepareContext& ctx) override
    {
        if (faultOf(method) == Fault::PrepareThrows)
            throw std::runtime_error("deliberate failure in prepare");
        if (faultOf(method) == Fault::SlowSetup) {
            for (int ms = 0; ms < 60000 && !ctx.cancel->load(); ++ms) {
                ctx.progress(method, "calibrate", ms / 60000.0);
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            }
        }
        return std::make_unique<FakeMethod>(method, m_spec.outputs);
    }

private:
    engine::ModelSpec m_spec;
    engine::EngineSettings m_settings;
};

WorkspaceFactory fakeFactory()
{
    return [](const engine::ModelSpec& s, const engine::EngineSettings& e) { return std::make_unique<FakeWorkspace>(s, e); };
}

// Cancels when the run reaches `stage` (as reported by progress) and times how long the run takes to return.
class CancelAtStage : public RunObserver {
public:
    CancelAtStage(std::atomic<bool>& flag, QString stage) : m_flag(flag), m_stage(std::move(stage)) {}
    void progress(const RunProgress& p) override
    {
        if (!m_flag && p.stage == m_stage) {
            m_flag = true;
            timer.start();
        }
    }
    QElapsedTimer timer;

private:
    std::atomic<bool>& m_flag;
    QString m_stage;
};

class CancelAfterSamples : public RunObserver {
public:
    explicit CancelAfterSamples(std::atomic<bool>& flag) : m_flag(flag) {}
    void samplesAdded(const QString&, int, const std::vector<double>&) override
    {
        if (!m_flag) {
            m_flag = true;
            timer.start();
        }
    }
    QElapsedTimer timer;

private:
    std::atomic<bool>& m_flag;
};

}  // namespace

class TestRunner : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void eagerRunHasEveryBatchAndExactFidelity()
    {
        RunConfig c = test::quickConfig();
        RunObserver none;
        std::atomic<bool> cancel{false};
        const RunResult r = BenchmarkRunner(c).run(none, cancel);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.results.size(), size_t(1));
        const MethodResult& m = r.results.front();
        QCOMPARE(m.status, MethodStatus::Ok);
        QCOMPARE(m.batches.size(), size_t(c.batches.size()));
        for (const auto& b : m.batches) {
            QCOMPARE(int(b.samplesMs.size()), *c.iterations);
            QCOMPARE(b.latencyMs.n, *c.iterations);
            QCOMPARE(b.calls, qint64(*c.iterations));
            QCOMPARE(b.block, 1);
            QCOMPARE(b.stopRule, QStringLiteral("iterations"));
            QVERIFY(b.medianCiMs.low <= b.latencyMs.p50 && b.latencyMs.p50 <= b.medianCiMs.high);
            QVERIFY(b.latencyMs.min > 0);
            QVERIFY(b.latencyMs.min <= b.latencyMs.p50 && b.latencyMs.p50 <= b.latencyMs.p99);
            QVERIFY(b.throughputPerS > 0);
        }
        QVERIFY(m.fidelity);
        QCOMPARE(m.fidelity->maxAbsError, 0.0);
        QCOMPARE(m.fidelity->argmaxAgreement, 100.0);
        QVERIFY(m.score && *m.score > 0 && *m.score < 1);
        QVERIFY(m.scoreCi && m.scoreCi->contains(*m.score));
        QVERIFY(m.speedupVsEager.empty());
        QVERIFY(r.timer.resolutionNs > 0);
        QVERIFY(r.noise.cpus > 0);
        QVERIFY(!r.environment.isEmpty());
    }

    void sameSeedSameScoreOtherSeedOtherScore()
    {
        RunObserver none;
        std::atomic<bool> cancel{false};
        RunConfig c = test::quickConfig();
        c.iterations = 1;
        c.warmup = 0;
        const double a = *BenchmarkRunner(c).run(none, cancel).results.front().score;
        const double b = *BenchmarkRunner(c).run(none, cancel).results.front().score;
        c.seed = 7;
        const double other = *BenchmarkRunner(c).run(none, cancel).results.front().score;
        QCOMPARE(a, b);
        QVERIFY(a != other);
    }

    void failingMethodIsIsolated()
    {
        RunConfig c = test::quickConfig({QStringLiteral("eager"), QStringLiteral("eager+eager")});
        RunObserver none;
        std::atomic<bool> cancel{false};
        const RunResult r = BenchmarkRunner(c, fakeFactory()).run(none, cancel);
        QCOMPARE(r.results.size(), size_t(2));
        QCOMPARE(r.results[0].status, MethodStatus::Ok);
        QCOMPARE(r.results[0].batches.size(), size_t(2));
        QCOMPARE(r.results[1].status, MethodStatus::Failed);
        QCOMPARE(r.results[1].error, QStringLiteral("deliberate failure in forward"));
        QVERIFY(r.results[1].batches.empty());
    }

    void cancelKeepsFinishedAndReturnsQuickly()
    {
        RunConfig c;  // default size: cancel must come back within a second
        c.methods = {QStringLiteral("eager")};
        c.forks = 1;  // one process measures batch 1 long enough to be cancelled in it
        c.batches = {1, 16};
        std::atomic<bool> cancel{false};
        CancelAfterSamples observer(cancel);
        const RunResult r = BenchmarkRunner(c).run(observer, cancel);
        QVERIFY(r.cancelled);
        QVERIFY2(observer.timer.elapsed() < 1000, qPrintable(QString::number(observer.timer.elapsed())));
        const MethodResult& m = r.results.front();
        QCOMPARE(m.status, MethodStatus::Cancelled);
        QCOMPARE(m.batches.size(), size_t(1));  // the batch being measured, kept and marked incomplete
        QVERIFY(!m.batches.front().complete);
        QVERIFY(!m.batches.front().samplesMs.empty());
    }

    void exactIterationsWhenGiven_data()
    {
        QTest::addColumn<bool>("fake");  // a near-zero-cost call, timed in blocks
        QTest::addColumn<int>("iterations");
        for (int n : {1, 7, 20, 333}) {
            QTest::addRow("model, %d", n) << false << n;
            QTest::addRow("no-op, %d", n) << true << n;
        }
    }
    void exactIterationsWhenGiven()
    {
        QFETCH(bool, fake);
        QFETCH(int, iterations);
        RunConfig c = test::quickConfig();
        c.iterations = iterations;
        RunObserver none;
        std::atomic<bool> cancel{false};
        const RunResult r =
            fake ? BenchmarkRunner(c, fakeFactory()).run(none, cancel) : BenchmarkRunner(c).run(none, cancel);
        for (const auto& b : r.results.front().batches) {
            QCOMPARE(b.calls, qint64(iterations));  // exactly N calls, whatever the block size
            QCOMPARE(b.stopRule, QStringLiteral("iterations"));
            QVERIFY(b.complete);
            QCOMPARE(qint64(b.samplesMs.size()), (iterations + b.block - 1) / b.block);
        }
    }

    void blockTimingOnNearZeroCostCall()
    {
        RunConfig c = test::quickConfig();
        c.iterations = 20000;
        c.batches = {1};
        RunObserver none;
        std::atomic<bool> cancel{false};
        const RunResult r = BenchmarkRunner(c, fakeFactory()).run(none, cancel);
        const BatchResult& b = r.results.front().batches.front();
        QVERIFY2(b.block > 1, qPrintable(QString::number(b.block)));
        QCOMPARE(b.calls, qint64(20000));
#if defined(__SANITIZE_ADDRESS__)
        QSKIP("AddressSanitizer slows the no-op call past the clock's own cost; the block size was checked above");
#endif
        // A per-call time below what one reading of the clock around a call costs: only blocks can measure that.
        QVERIFY2(b.latencyMs.p50 * 1e6 < r.timer.overheadNs,
                 qPrintable(QStringLiteral("%1 ns per call, timer %2 ns")
                                .arg(b.latencyMs.p50 * 1e6)
                                .arg(r.timer.overheadNs)));
    }

    void adaptiveStopsWithARecordedRule_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<double>("targetCi");
        QTest::addColumn<int>("maxCalls");
        QTest::addColumn<double>("timeBudget");
        QTest::addColumn<int>("minCalls");
        QTest::addColumn<QString>("rule");
        // A steady call reaches the target long before the limits.
        QTest::addRow("target") << "eager" << 2.0 << 10'000'000 << 60.0 << 10 << "ci_target";
        // A widely spread call never does: the first limit reached ends the measurement.
        QTest::addRow("max calls") << "eager+eager+eager" << 0.1 << 150 << 60.0 << 10 << "max_calls";
        QTest::addRow("time budget") << "eager+eager+eager" << 0.1 << 10'000'000 << 0.05 << 10 << "time_budget";
        // A maximum below the minimum is allowed: the maximum wins.
        QTest::addRow("max below min") << "eager+eager+eager" << 0.1 << 40 << 60.0 << 500 << "max_calls";
    }
    void adaptiveStopsWithARecordedRule()
    {
        QFETCH(QString, method);
        QFETCH(double, targetCi);
        QFETCH(int, maxCalls);
        QFETCH(double, timeBudget);
        QFETCH(int, minCalls);
        QFETCH(QString, rule);
        RunConfig c = test::quickConfig({method});
        c.iterations.reset();
        c.targetCi = targetCi;
        c.minCalls = minCalls;
        c.maxCalls = maxCalls;
        c.timeBudget = timeBudget;
        RunObserver none;
        std::atomic<bool> cancel{false};
        const RunResult r = BenchmarkRunner(c, fakeFactory()).run(none, cancel);
        QCOMPARE(r.results.front().status, MethodStatus::Ok);
        for (const auto& b : r.results.front().batches) {
            QCOMPARE(b.stopRule, rule);
            QVERIFY(b.complete);
            QVERIFY(b.calls >= std::min(c.minCalls, c.maxCalls) || rule == QLatin1String("time_budget"));
            QVERIFY(b.calls <= c.maxCalls);
            const double half = b.medianCiMs.relativeHalfWidth(b.latencyMs.p50);
            if (rule == QLatin1String("ci_target"))
                QVERIFY2(half <= targetCi / 100, qPrintable(QString::number(half)));
            if (rule == QLatin1String("max_calls"))
                QCOMPARE(b.calls, qint64(maxCalls));
            if (rule == QLatin1String("time_budget"))
                QVERIFY(b.measureSeconds >= timeBudget);
            if (rule != QLatin1String("ci_target"))
                QVERIFY(half > targetCi / 100);  // the CI it stopped with is reported as it is
        }
    }

    void outliersExcludedVisibly()
    {
        RunConfig c = test::quickConfig({QStringLiteral("eager+eager+eager")});
        c.iterations = 400;
        c.excludeOutliers = true;
        RunObserver none;
        std::atomic<bool> cancel{false};
        const RunResult r = BenchmarkRunner(c, fakeFactory()).run(none, cancel);
        for (const auto& b : r.results.front().batches) {
            QVERIFY(b.outliersExcluded);
            QCOMPARE(qint64(b.samplesMs.size()), (400 + b.block - 1) / b.block);  // every sample is kept ...
            QCOMPARE(b.latencyMs.n, int(b.samplesMs.size()) - b.outliers);      // ... and the summary leaves some out
            QCOMPARE(b.outliers, int(stats::outlierIndices(b.samplesMs, b.outlierFencesMs).size()));
        }
    }

    void speedupsAgainstEagerSurviveJsonAndCsv()
    {
        RunConfig c = test::quickConfig({QStringLiteral("eager"), QStringLiteral("eager+eager+eager")});
        c.iterations = 60;
        RunObserver none;
        std::atomic<bool> cancel{false};
        const RunResult r = BenchmarkRunner(c, fakeFactory()).run(none, cancel);
        QVERIFY(r.results[0].speedupVsEager.empty());
        const auto& speedups = r.results[1].speedupVsEager;
        QCOMPARE(speedups.size(), size_t(2));
        for (const auto& s : speedups) {
            QVERIFY(s.ratio > 0);
            QVERIFY(s.ci.low <= s.ci.high);
            QVERIFY(s.pValue >= 0 && s.pValue <= 1);
            QCOMPARE(s.significant, s.pValue < 0.05 && !s.ci.contains(1.0));
        }

        QString error;
        const auto back = runFromJson(runToJsonBytes(r), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->config, r.config);
        QVERIFY(!back->config.iterations || *back->config.iterations == 60);
        QCOMPARE(back->timer.overheadNs, r.timer.overheadNs);
        QCOMPARE(back->noise.busy, r.noise.busy);
        QCOMPARE(back->noise.otherCpuShare.has_value(), r.noise.otherCpuShare.has_value());
        for (std::size_t m = 0; m < r.results.size(); ++m) {
            QVERIFY(back->results[m].speedupVsEager == r.results[m].speedupVsEager);
            QVERIFY(back->results[m].scoreCi == r.results[m].scoreCi);
            for (std::size_t i = 0; i < r.results[m].batches.size(); ++i) {
                const BatchResult& a = r.results[m].batches[i];
                const BatchResult& b = back->results[m].batches[i];
                QCOMPARE(b.medianCiMs, a.medianCiMs);
                QCOMPARE(b.outliers, a.outliers);
                QCOMPARE(b.stopRule, a.stopRule);
                QCOMPARE(b.steady, a.steady);
                QCOMPARE(b.block, a.block);
                QCOMPARE(b.calls, a.calls);
            }
        }
        // Without samples the summary and the statistics come from the stored fields.
        const auto lean = runFromJson(runToJsonBytes(r, false), &error);
        QVERIFY2(lean, qPrintable(error));
        QCOMPARE(lean->results[1].batches[0].outliers, r.results[1].batches[0].outliers);

        const QString csv = QString::fromUtf8(runToCsv(r));
        const QStringList header = csv.section(QStringLiteral("\r\n"), 0, 0).split(QLatin1Char(','));
        for (const char* key : {"median_ci_ms_low", "median_ci_ms_high", "outliers", "stop_rule", "steady",
                                "speedup_vs_eager_ratio", "speedup_vs_eager_p_value", "speedup_vs_eager_significant"})
            QVERIFY2(header.contains(QLatin1String(key)), key);
        const QStringList eagerRow = csv.section(QStringLiteral("\r\n"), 1, 1).split(QLatin1Char(','));
        QCOMPARE(eagerRow.size(), header.size());
        QVERIFY(eagerRow[header.indexOf(QStringLiteral("speedup_vs_eager_ratio"))].isEmpty());
        QCOMPARE(eagerRow[header.indexOf(QStringLiteral("stop_rule"))], QStringLiteral("iterations"));
    }

    void outOfRangeNumbersInASessionAreRefusedOrClamped()
    {
        // Found by fuzz_session: integers beyond qint64 in "weight_bytes" or "calls" were cast from double (undefined
        // behaviour, caught by UBSan in the sanitizer run of these tests).
        const QByteArray json = R"({"schema":"optibench.run/1","config":{"hidden":8,"layers":1,"methods":["eager"]},
            "methods":["eager"],"results":[{"method":"eager","status":"ok","weight_bytes":18446744073709551616,
            "batches":[{"batch":1,"calls":1e300,"block":2147483647,"latency_ms":{"p50":0.1}}]}]})";
        QString error;
        const auto run = runFromJson(json, &error);
        QVERIFY2(run, qPrintable(error));
        QCOMPARE(run->results[0].weightBytes, qint64(-1));
        const BatchResult& b = run->results[0].batches[0];
        QVERIFY(b.calls >= 0 && b.calls <= std::numeric_limits<int>::max());
        QVERIFY(b.latencyMs.n >= 0);
    }

    void faultsFailOnlyTheirMethod_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("error");
        QTest::addRow("forward throws") << methodWith(Fault::ForwardThrows) << "deliberate failure in forward";
        QTest::addRow("evaluate throws") << methodWith(Fault::EvaluateThrows) << "deliberate failure in evaluate";
        QTest::addRow("prepare throws") << methodWith(Fault::PrepareThrows) << "deliberate failure in prepare";
        QTest::addRow("non-std exception") << methodWith(Fault::ForwardThrowsInt) << "unknown exception in forward";
    }

    void faultsFailOnlyTheirMethod()
    {
        QFETCH(QString, method);
        QFETCH(QString, error);
        // The faulty method between two good ones: the run goes on before and after it.
        RunConfig c = test::quickConfig({QStringLiteral("eager"), method, kGoodPipeline});
        RunObserver none;
        std::atomic<bool> cancel{false};
        const RunResult r = BenchmarkRunner(c, fakeFactory()).run(none, cancel);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.results.size(), size_t(3));
        QCOMPARE(r.results[1].status, MethodStatus::Failed);
        QVERIFY2(r.results[1].error.startsWith(error), qPrintable(r.results[1].error));
        for (int i : {0, 2}) {
            QCOMPARE(r.results[size_t(i)].status, MethodStatus::Ok);
            QCOMPARE(r.results[size_t(i)].batches.size(), size_t(c.batches.size()));
        }
    }

    void nonFiniteOutputsAreFlaggedNotAveraged_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addRow("NaN on the evaluation set") << methodWith(Fault::NanEval);
        QTest::addRow("Inf at one batch size only") << methodWith(Fault::NanAtBatch4);
    }

    void nonFiniteOutputsAreFlaggedNotAveraged()
    {
        QFETCH(QString, method);
        RunConfig c = test::quickConfig({QStringLiteral("eager"), method});
        RunObserver none;
        std::atomic<bool> cancel{false};
        const RunResult r = BenchmarkRunner(c, fakeFactory()).run(none, cancel);
        const MethodResult& bad = r.results[1];
        QVERIFY(bad.flags.contains(QStringLiteral("non_finite")));
        QCOMPARE(bad.diagnosis.id, QStringLiteral("non_finite_output"));
        QVERIFY(!bad.score);  // no mean over NaN or Inf
        QVERIFY(r.results[0].score && std::isfinite(*r.results[0].score));
        QVERIFY(!r.results[0].flags.contains(QStringLiteral("non_finite")));
    }

    void cancelAtEveryStageReturnsWithinASecond_data()
    {
        QTest::addColumn<QString>("stage");
        QTest::addColumn<bool>("fake");
        QTest::addRow("setup step (calibration)") << "calibrate" << true;
        QTest::addRow("prepare") << "prepare" << false;
        QTest::addRow("evaluate") << "evaluate" << false;
        QTest::addRow("warmup") << "warmup" << false;
        QTest::addRow("measure") << "measure" << false;
    }

    void cancelAtEveryStageReturnsWithinASecond()
    {
        QFETCH(QString, stage);
        QFETCH(bool, fake);
        RunConfig c;  // default sizes and counts: the 1 s promise is made at default settings
        c.methods = {QStringLiteral("eager")};
        if (fake)
            c.methods << methodWith(Fault::SlowSetup);
        std::atomic<bool> cancel{false};
        CancelAtStage observer(cancel, stage);
        const RunResult r = fake ? BenchmarkRunner(c, fakeFactory()).run(observer, cancel)
                                 : BenchmarkRunner(c).run(observer, cancel);
        QVERIFY2(cancel, "the stage was never reached");
        QVERIFY(r.cancelled);
        QVERIFY2(observer.timer.elapsed() < 1000, qPrintable(QString::number(observer.timer.elapsed())));
        for (const auto& m : r.results) {
            QVERIFY(m.status == MethodStatus::Cancelled || m.status == MethodStatus::Ok);
            for (const auto& b : m.batches)  // whatever was kept is marked complete or not
                QCOMPARE(b.complete, b.stopRule != QLatin1String(stoprule::kCancelled));
        }
    }

    void runnerRefusesARunThatDoesNotFitWithoutBuildingIt()
    {
        RunConfig c = test::quickConfig();
        c.hidden = 8192;
        c.layers = 256;
        bool built = false;
        WorkspaceFactory factory = [&](const engine::ModelSpec& s, const engine::EngineSettings& e) {
            built = true;
            return std::make_unique<FakeWorkspace>(s, e);
        };
        RunObserver none;
        std::atomic<bool> cancel{false};
        const RunResult r = BenchmarkRunner(c, factory).run(none, cancel);
        QVERIFY(!built);
        QVERIFY2(r.error.startsWith(QStringLiteral("memory: estimated ")), qPrintable(r.error));
        QVERIFY(r.error.contains(QStringLiteral("available memory")));
        QVERIFY(r.results.empty());
    }

    void workerCancelAndWaitForClosing()
    {
        RunWorker worker;
        QSignalSpy finished(&worker, &RunWorker::runFinished);
        RunConfig c = test::quickConfig();
        c.iterations = 1000000;
        worker.start(c);
        QTRY_VERIFY(worker.isRunning());
        QVERIFY(worker.cancelAndWait(5000));
        QVERIFY(!worker.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);  // may have been emitted before cancelAndWait returned
        QVERIFY(finished.front().at(1).value<RunResult>().cancelled);
    }

    void workerRunsOffTheCallersThread()
    {
        RunWorker worker;
        QSignalSpy finished(&worker, &RunWorker::runFinished);
        QSignalSpy progress(&worker, &RunWorker::progress);
        const int id = worker.start(test::quickConfig());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.front().at(0).toInt(), id);
        const auto r = finished.front().at(1).value<RunResult>();
        QCOMPARE(r.results.front().status, MethodStatus::Ok);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.back().at(1).value<RunProgress>().fraction, 1.0);
    }

    void workerCancelBeforeStartIsNotLost()
    {
        RunWorker worker;
        QSignalSpy finished(&worker, &RunWorker::runFinished);
        RunConfig c = test::quickConfig();
        c.iterations = 100000;
        worker.start(c);
        worker.cancel();
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.front().at(1).value<RunResult>().cancelled);
    }
};

QTEST_GUILESS_MAIN(TestRunner)
#include "tst_runner.moc"
