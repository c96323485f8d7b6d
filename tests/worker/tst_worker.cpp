// SPDX-License-Identifier: MIT
// Runs in supervised worker processes (isolation=process): the same results as in this process; a forward that
// hangs, a worker killed with SIGKILL and a crash while preparing fail only the method they happened in, and the run
// goes on in a new worker with the journal intact; cancel ends the worker within half a second; the limits are in
// the environment; a model file is inspected in a worker. Faults are injected with OPTIBENCH_WORKER_TEST_FAULT,
// which the worker reads (kind:method@batch); tst_worker_models does the same with real TorchScript models.

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <chrono>
#include <thread>

#include "bench/runner.h"
#include "bench/runworker.h"
#include "bench/supervisor.h"
#include "bench/workerprotocol.h"
#include "config/modelfile.h"
#include "format/runjson.h"
#include "results/journal.h"
#include "testutils.h"

using namespace ob;

namespace {

/// Sets OPTIBENCH_WORKER_TEST_FAULT for the workers started while it lives.
class Fault {
public:
    explicit Fault(const QByteArray& value) { qputenv("OPTIBENCH_WORKER_TEST_FAULT", value); }
    ~Fault() { qunsetenv("OPTIBENCH_WORKER_TEST_FAULT"); }
};

RunConfig processConfig(const QStringList& methods)
{
    RunConfig c = test::quickConfig(methods);
    c.isolation = QStringLiteral("process");
    c.options.insert(QStringLiteral("roofline"), QStringLiteral("off"));
    return c;
}

RunResult runIt(const RunConfig& c, RunObserver* observer = nullptr)
{
    RunObserver none;
    std::atomic<bool> cancel{false};
    return BenchmarkRunner(c).run(observer ? *observer : none, cancel);
}

const MethodResult& method(const RunResult& r, const QString& id)
{
    const MethodResult* m = r.result(id);
    if (!m)
        qFatal("no result for %s", qPrintable(id));
    return *m;
}

/// The live worker processes that are children of this test.
QList<qint64> workerChildren()
{
    QList<qint64> out;
    const qint64 self = QCoreApplication::applicationPid();
    for (const QString& pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        const auto close = text.lastIndexOf(')');
        const QList<QByteArray> fields = text.mid(close + 2).split(' ');
        if (fields.size() > 1 && fields[0] != "Z" && fields[1].toLongLong() == self
            && text.contains("(optibench-worke"))
            out << pid.toLongLong();
    }
    return out;
}

/// Cancels the run at its first samples (the measurement is under way), or `delayMs` after the first warm-up began
/// (a forward that hangs then), and times the rest.
class CancelLater : public RunObserver {
public:
    CancelLater(std::atomic<bool>& cancel, int delayMs) : m_cancel(cancel), m_delayMs(delayMs) {}
    ~CancelLater() override
    {
        if (m_thread.joinable())
            m_thread.join();
    }
    void samplesAdded(const QString&, int, const std::vector<double>&) override
    {
        if (m_delayMs == 0)
            cancelNow();
    }
    void progress(const RunProgress& p) override
    {
        if (m_delayMs > 0 && p.stage == QLatin1String("warmup") && !m_thread.joinable())
            m_thread = std::thread([this] {
                std::this_thread::sleep_for(std::chrono::milliseconds(m_delayMs));
                cancelNow();
            });
    }
    qint64 elapsed()
    {
        if (m_thread.joinable())
            m_thread.join();
        return m_timer.elapsed();
    }

private:
    void cancelNow()
    {
        if (m_cancel.exchange(true))
            return;
        m_timer.start();
    }
    std::atomic<bool>& m_cancel;
    int m_delayMs;
    QElapsedTimer m_timer;
    std::thread m_thread;
};

}  // namespace

class TestWorker : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!workerExecutable().isEmpty(), "optibench-worker not found: OPTIBENCH_WORKER is not set");
    }

    void processRunEqualsThreadRun()
    {
        // dynamic_fp16 fails with LibTorch's own error; the others run. Statistics aside, the same results.
        RunConfig c = processConfig({QStringLiteral("eager"), QStringLiteral("bf16"), QStringLiteral("dynamic_int8"),
                                     QStringLiteral("dynamic_fp16"), QStringLiteral("jit_script")});
        const RunResult inWorker = runIt(c);
        c.isolation = QStringLiteral("thread");
        const RunResult inThread = runIt(c);
        QVERIFY2(inWorker.error.isEmpty(), qPrintable(inWorker.error));
        QCOMPARE(inWorker.environment.value(QStringLiteral("worker")).toObject().value(QStringLiteral("isolation")),
                 QJsonValue(QStringLiteral("process")));
        QCOMPARE(inThread.environment.value(QStringLiteral("worker")).toObject().value(QStringLiteral("isolation")),
                 QJsonValue(QStringLiteral("thread")));
        QCOMPARE(inWorker.environment.value(QStringLiteral("worker")).toObject().value(QStringLiteral("processes")),
                 QJsonValue(1));
        QCOMPARE(inWorker.methods, inThread.methods);
        QCOMPARE(inWorker.results.size(), inThread.results.size());
        QVERIFY(inWorker.timer.resolutionNs > 0);
        QVERIFY(inWorker.noise.cpus > 0);
        for (std::size_t i = 0; i < inThread.results.size(); ++i) {
            const MethodResult& w = inWorker.results[i];
            const MethodResult& t = inThread.results[i];
            QCOMPARE(w.method, t.method);
            QCOMPARE(statusId(w.status), statusId(t.status));
            QCOMPARE(w.error, t.error);
            if (!t.error.isEmpty())  // a failure's diagnosis; hints such as int8_slower_than_eager depend on timing
                QCOMPARE(w.diagnosis, t.diagnosis);
            QCOMPARE(w.score, t.score);
            QCOMPARE(w.flags.contains(QStringLiteral("non_finite")), t.flags.contains(QStringLiteral("non_finite")));
            QCOMPARE(w.fidelity.has_value(), t.fidelity.has_value());
            if (w.fidelity) {
                QCOMPARE(w.fidelity->cosine, t.fidelity->cosine);
                QCOMPARE(w.fidelity->maxAbsError, t.fidelity->maxAbsError);
                QCOMPARE(w.fidelity->argmaxAgreement, t.fidelity->argmaxAgreement);
                QCOMPARE(w.fidelity->faithful, t.fidelity->faithful);
            }
            QCOMPARE(w.steps.size(), t.steps.size());
            for (std::size_t s = 0; s < w.steps.size(); ++s) {
                QCOMPARE(w.steps[s].strategy, t.steps[s].strategy);
                QCOMPARE(w.steps[s].status, t.steps[s].status);
                QCOMPARE(w.steps[s].error, t.steps[s].error);
            }
            QCOMPARE(w.batches.size(), t.batches.size());
            for (std::size_t b = 0; b < w.batches.size(); ++b) {
                QCOMPARE(w.batches[b].batch, t.batches[b].batch);
                QCOMPARE(w.batches[b].calls, t.batches[b].calls);
                QCOMPARE(w.batches[b].complete, t.batches[b].complete);
                QCOMPARE(w.batches[b].stopRule, t.batches[b].stopRule);
            }
            QCOMPARE(w.speedupVsEager.size(), t.speedupVsEager.size());
        }
        QCOMPARE(workerChildren(), QList<qint64>());  // every worker has ended
    }

    void hangingForwardTimesOutAndTheRunGoesOn()
    {
        const Fault fault("hang:bf16@4");
        RunConfig c = processConfig({QStringLiteral("eager"), QStringLiteral("bf16"), QStringLiteral("dynamic_int8")});
        c.batches = {1, 4, 8};
        c.callTimeout = 1;
        QElapsedTimer timer;
        timer.start();
        const RunResult r = runIt(c);
        QVERIFY2(timer.elapsed() < 30000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        const MethodResult& hung = method(r, QStringLiteral("bf16"));
        QCOMPARE(hung.status, MethodStatus::Failed);
        QCOMPARE(hung.error, QStringLiteral("forward did not return within 1 s at batch 4"));
        QCOMPARE(hung.diagnosis.id, QStringLiteral("worker_timeout"));
        QCOMPARE(hung.diagnosis.args.value(QStringLiteral("seconds")), QStringLiteral("1"));
        QCOMPARE(hung.batches.size(), size_t(1));  // batch 1 was measured before
        QVERIFY(hung.fidelity);                     // and its preparation is kept
        for (const QString& other : {QStringLiteral("eager"), QStringLiteral("dynamic_int8")}) {
            const MethodResult& m = method(r, other);
            QCOMPARE(m.status, MethodStatus::Ok);
            QCOMPARE(m.batches.size(), size_t(3));
            for (const auto& b : m.batches)
                QCOMPARE(b.calls, qint64(*c.iterations));
        }
        QCOMPARE(r.environment.value(QStringLiteral("worker")).toObject().value(QStringLiteral("processes")),
                 QJsonValue(2));
        QCOMPARE(workerChildren(), QList<qint64>());
    }

    void killedWorkerFailsThatMethodAndKeepsTheJournal()
    {
        const Fault fault("kill:bf16@4");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run.jsonl"));
        RunConfig c = processConfig({QStringLiteral("eager"), QStringLiteral("bf16"), QStringLiteral("dynamic_int8")});
        c.batches = {1, 4, 8};
        RunJournal journal(path);
        const RunResult r = runIt(c, &journal);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        const MethodResult& killed = method(r, QStringLiteral("bf16"));
        QCOMPARE(killed.status, MethodStatus::Failed);
        QVERIFY2(killed.error.startsWith(
                     QStringLiteral("the worker process was killed by signal 9 (SIGKILL) from outside in forward at "
                                    "batch 4")),
                 qPrintable(killed.error));
        QCOMPARE(killed.diagnosis.id, QStringLiteral("worker_crashed"));
        QCOMPARE(method(r, QStringLiteral("eager")).status, MethodStatus::Ok);
        QCOMPARE(method(r, QStringLiteral("dynamic_int8")).status, MethodStatus::Ok);
        QCOMPARE(method(r, QStringLiteral("dynamic_int8")).batches.size(), size_t(3));
        // The journal has the whole run, as the runner returned it.
        QString error;
        const auto j = readJournal(path, &error);
        QVERIFY2(j, qPrintable(error));
        QVERIFY(j->finished);
        QCOMPARE(j->ignoredLines, 0);
        RunResult a = j->run, b = r;
        a.started = b.started = {};
        a.finished = b.finished = {};
        QCOMPARE(runToJsonBytes(a), runToJsonBytes(b));
    }

    void crashWhilePreparingFailsOnlyThatMethod()
    {
        const Fault fault("segv:bf16@0");
        const RunResult r = runIt(processConfig({QStringLiteral("eager"), QStringLiteral("bf16"),
                                                 QStringLiteral("dynamic_int8")}));
        const MethodResult& crashed = method(r, QStringLiteral("bf16"));
        QCOMPARE(crashed.status, MethodStatus::Failed);
        QVERIFY2(crashed.error.startsWith(QStringLiteral(
                     "the worker process crashed with signal 11 (SIGSEGV) while preparing the method")),
                 qPrintable(crashed.error));
        QCOMPARE(crashed.diagnosis.id, QStringLiteral("worker_crashed"));
        QVERIFY(crashed.batches.empty());
        for (const QString& other : {QStringLiteral("eager"), QStringLiteral("dynamic_int8")}) {
            QCOMPARE(method(r, other).status, MethodStatus::Ok);
            QVERIFY(method(r, other).fidelity);
            QCOMPARE(method(r, other).batches.size(), size_t(2));
        }
    }

    void cancelEndsTheWorkerWithinHalfASecond_data()
    {
        QTest::addColumn<QByteArray>("fault");
        QTest::addRow("measuring") << QByteArray();
        QTest::addRow("in a forward that hangs") << QByteArray("hang:bf16@1");
    }

    void cancelEndsTheWorkerWithinHalfASecond()
    {
        QFETCH(QByteArray, fault);
        const Fault injected(fault);
        RunConfig c = processConfig({QStringLiteral("eager"), QStringLiteral("bf16")});
        c.iterations.reset();  // adaptive, long: still measuring when cancelled
        c.timeBudget = 30;
        c.targetCi = 0.1;
        c.minCalls = 1000000;
        c.maxCalls = 10000000;
        std::atomic<bool> cancel{false};
        CancelLater observer(cancel, fault.isEmpty() ? 0 : 1000);
        const RunResult r = BenchmarkRunner(c).run(observer, cancel);
        const qint64 ms = observer.elapsed();
        qInfo("cancel to the end of the run: %lld ms", ms);
        QVERIFY(r.cancelled);
        QVERIFY2(ms < 500, qPrintable(QString::number(ms)));
        QCOMPARE(workerChildren(), QList<qint64>());
        QCOMPARE(method(r, QStringLiteral("eager")).status, MethodStatus::Cancelled);
    }

    void limitsAreInTheEnvironment()
    {
        RunConfig c = processConfig({QStringLiteral("eager")});
        c.batches = {1};
        RunResult r = runIt(c);
        QJsonObject w = r.environment.value(QStringLiteral("worker")).toObject();
        QCOMPARE(w.value(QStringLiteral("memory_limit")).toString(), QStringLiteral("auto"));
#if !defined(__SANITIZE_ADDRESS__)
        QCOMPARE(qint64(w.value(QStringLiteral("memory_limit_mib")).toDouble()),
                 physicalMemoryBytes() / 4 * 3 / (1024 * 1024));
#endif
        QCOMPARE(w.value(QStringLiteral("call_timeout_s")).toString(), QStringLiteral("auto"));
        QVERIFY(w.value(QStringLiteral("cpu_limit_s")).toDouble() >= 3600);
        c.workerMemoryMiB = 4096;
        c.workerCpuSeconds = 0;  // none
        c.callTimeout = 2.5;
        r = runIt(c);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        w = r.environment.value(QStringLiteral("worker")).toObject();
#if !defined(__SANITIZE_ADDRESS__)
        QCOMPARE(w.value(QStringLiteral("memory_limit_mib")).toDouble(), 4096.0);
#endif
        QCOMPARE(w.value(QStringLiteral("memory_limit")).toString(), QStringLiteral("set"));
        QCOMPARE(w.value(QStringLiteral("cpu_limit_s")).toString(), QStringLiteral("none"));
        QCOMPARE(w.value(QStringLiteral("call_timeout_s")).toDouble(), 2.5);
        QCOMPARE(r.results.front().status, MethodStatus::Ok);
    }

    void modelFileIsInspectedInAWorker()
    {
        // A TorchScript file written by a run (--save-model), then inspected in a worker and in this process.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("model.pt"));
        RunConfig save = processConfig({QStringLiteral("jit_script")});
        save.batches = {1};
        save.options.insert(QStringLiteral("save_model"), file);
        const RunResult saved = runIt(save);
        QVERIFY2(QFileInfo::exists(file), qPrintable(saved.results.front().error));
        bool stepSeen = false;
        for (const auto& s : saved.results.front().steps)
            stepSeen = stepSeen || s.strategy == QLatin1String("save_model");
        QVERIFY(stepSeen);  // the step the worker added after the method's preparation

        RunConfig c;
        c.model = QStringLiteral("torchscript");
        c.modelFile = file;
        engine::ModelFileInfo inWorker;
        QVERIFY(!checkModelFile(c, &inWorker));
        c.isolation = QStringLiteral("thread");
        engine::ModelFileInfo inThread;
        QVERIFY(!checkModelFile(c, &inThread));
        QVERIFY(inWorker.ok);
        QCOMPARE(worker::modelFileInfoToJson(inWorker), worker::modelFileInfoToJson(inThread));
        QCOMPARE(workerChildren(), QList<qint64>());

        // A run of the file in a worker: the cost model is read from the inspection the worker made.
        c.isolation = QStringLiteral("process");
        c.methods = {QStringLiteral("eager")};
        c.batches = {1};
        c.iterations = 10;
        c.warmup = 1;
        c.forks = 1;
        c.options.insert(QStringLiteral("roofline"), QStringLiteral("off"));
        const RunResult r = runIt(c);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.results.front().status, MethodStatus::Ok);
    }

    void workerRunsBehindRunWorkerSignals()
    {
        // The CLI and the GUI go through RunWorker: its signals come as before, in order.
        RunWorker w;
        w.setJournalDirectory(QString());
        QSignalSpy started(&w, &RunWorker::runStarted);
        QSignalSpy prepared(&w, &RunWorker::methodPrepared);
        QSignalSpy batches(&w, &RunWorker::batchFinished);
        QSignalSpy samples(&w, &RunWorker::samplesAdded);
        QSignalSpy finished(&w, &RunWorker::runFinished);
        w.start(processConfig({QStringLiteral("eager"), QStringLiteral("bf16")}));
        QVERIFY(finished.wait(60000));
        QCOMPARE(started.size(), 1);
        QCOMPARE(prepared.size(), 2);
        QCOMPARE(batches.size(), 4);
        QVERIFY(!samples.isEmpty());
        const auto r = finished.front().at(1).value<RunResult>();
        QCOMPARE(r.results.size(), size_t(2));
        QCOMPARE(r.results[1].status, MethodStatus::Ok);
    }
};

QTEST_GUILESS_MAIN(TestWorker)
#include "tst_worker.moc"
