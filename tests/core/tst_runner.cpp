// SPDX-License-Identifier: MIT
// The benchmark runner: shape of the results, fidelity of eager against itself, cancellation, failure isolation.

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <cmath>
#include <limits>
#include <map>
#include <stdexcept>
#include <thread>

#include "bench/runner.h"
#include "bench/runworker.h"
#include "optibench/engine/engine.h"
#include "testutils.h"

using namespace ob;

namespace {

// Faults a fake method injects; methods must be known pipelines, so each fault has an eager+... name.
enum class Fault { None, ForwardThrows, EvaluateThrows, PrepareThrows, ForwardThrowsInt, NanEval, NanAtBatch4, SlowSetup };
const std::map<std::string, Fault> kFaults = {
    {"eager+eager", Fault::ForwardThrows},          // throws from its 6th forward call
    {"eager+eager+eager", Fault::EvaluateThrows},   // throws when checked against eager
    {"eager+eager+eager+eager", Fault::PrepareThrows},  // Workspace::prepare itself throws (a broken contract)
    {"eager+eager+eager+eager+eager", Fault::ForwardThrowsInt},  // throws something that is no std::exception
    {"eager+eager+eager+eager+eager+eager", Fault::NanEval},     // NaN on the evaluation set
    {"eager+eager+eager+eager+eager+eager+eager", Fault::NanAtBatch4},  // Inf only at batch size 4
    {"eager+eager+eager+eager+eager+eager+eager+eager", Fault::SlowSetup},  // a 60 s setup that polls cancel
};

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

// A workspace whose methods compute a fixed function, with the faults above.
class FakeMethod : public engine::PreparedMethod {
public:
    FakeMethod(std::string method, int outputs, bool failing)
        : m_method(std::move(method)), m_outputs(outputs), m_failing(failing), m_fault(faultOf(m_method))
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
        if (m_failing && ++m_calls > 5)
            throw std::runtime_error("deliberate failure in forward");
        if (m_fault == Fault::ForwardThrowsInt && ++m_calls > 3)
            throw 42;
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
    bool m_failing;
    Fault m_fault;
    int m_calls = 0;
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
        return std::make_unique<FakeMethod>(method, m_spec.outputs, method == "eager+eager");
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
            QCOMPARE(int(b.samplesMs.size()), c.iterations);
            QCOMPARE(b.latencyMs.n, c.iterations);
            QVERIFY(b.latencyMs.min > 0);
            QVERIFY(b.latencyMs.min <= b.latencyMs.p50 && b.latencyMs.p50 <= b.latencyMs.p99);
            QVERIFY(b.throughputPerS > 0);
        }
        QVERIFY(m.fidelity);
        QCOMPARE(m.fidelity->maxAbsError, 0.0);
        QCOMPARE(m.fidelity->argmaxAgreement, 100.0);
        QVERIFY(m.score && *m.score > 0 && *m.score < 1);
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
        RunConfig c = test::quickConfig({QStringLiteral("eager"), method, QStringLiteral("eager+eager+eager+eager+eager+eager+eager+eager+eager")});
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
                QCOMPARE(b.complete, int(b.samplesMs.size()) == c.iterations);
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
