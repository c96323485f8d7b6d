// SPDX-License-Identifier: MIT
// The benchmark runner: shape of the results, fidelity of eager against itself, cancellation, failure isolation.

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <stdexcept>

#include "bench/runner.h"
#include "bench/runworker.h"
#include "optibench/engine/engine.h"
#include "testutils.h"

using namespace ob;

namespace {

// A workspace whose methods compute a fixed function; "eager+eager" throws from its 6th forward call.
class FakeMethod : public engine::PreparedMethod {
public:
    FakeMethod(std::string method, int outputs, bool failing) : m_method(std::move(method)), m_outputs(outputs), m_failing(failing)
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
    }
    void evaluate(const float* input, int n, std::vector<float>& scores) override
    {
        scores.assign(static_cast<size_t>(n * m_outputs), 0.0f);
        for (int i = 0; i < n * m_outputs; ++i)
            scores[static_cast<size_t>(i)] = 0.5f + 0.1f * std::tanh(input[i % 4]);
    }
    void saveTorchScript(const std::string&) const override { throw std::runtime_error("no"); }

private:
    std::string m_method;
    int m_outputs;
    bool m_failing;
    int m_calls = 0;
    std::vector<engine::StepReport> m_steps;
};

class FakeWorkspace : public engine::Workspace {
public:
    FakeWorkspace(engine::ModelSpec spec, engine::EngineSettings settings) : m_spec(std::move(spec)), m_settings(std::move(settings)) {}
    const engine::ModelSpec& spec() const override { return m_spec; }
    const engine::EngineSettings& settings() const override { return m_settings; }
    std::unique_ptr<engine::PreparedMethod> prepare(const std::string& method, const engine::PrepareContext&) override
    {
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
