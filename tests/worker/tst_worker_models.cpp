// SPDX-License-Identifier: MIT
// Real TorchScript models in worker processes: a forward that never returns at one batch size times out there
// (the other batch sizes are kept), one that allocates far past the worker's memory limit fails cleanly, and a file
// whose probe hangs is refused by its inspection instead of hanging the caller.

#include <torch/script.h>

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

#include "bench/runner.h"
#include "config/modelfile.h"

using namespace ob;

namespace {

/// Two Linear layers, 6 features in and 3 out, with `extra` TorchScript lines at the start of forward (x is the
/// input, y may be set before the layers run).
std::string saveModel(const QTemporaryDir& dir, const char* name, const std::string& extra)
{
    torch::manual_seed(5);
    torch::jit::Module m("Mlp");
    m.register_parameter("w1", torch::randn({8, 6}), false);
    m.register_parameter("b1", torch::randn({8}), false);
    m.register_parameter("w2", torch::randn({3, 8}), false);
    m.register_parameter("b2", torch::randn({3}), false);
    m.define("def forward(self, x: Tensor) -> Tensor:\n"
             "    y = torch.linear(x, self.w1, self.b1)\n"
             + extra + "    return torch.linear(torch.relu(y), self.w2, self.b2)\n");
    const std::string file = dir.filePath(QLatin1String(name)).toStdString();
    m.save(file);
    return file;
}

RunConfig fileConfig(const std::string& file)
{
    RunConfig c;
    c.model = QStringLiteral("torchscript");
    c.modelFile = QString::fromStdString(file);
    c.methods = {QStringLiteral("eager"), QStringLiteral("bf16")};
    c.batches = {1, 4, 8};
    c.warmup = 2;
    c.iterations = 20;
    c.forks = 1;
    c.options.insert(QStringLiteral("roofline"), QStringLiteral("off"));
    return c;
}

RunResult runIt(const RunConfig& c)
{
    RunObserver none;
    std::atomic<bool> cancel{false};
    return BenchmarkRunner(c).run(none, cancel);
}

}  // namespace

class TestWorkerModels : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void forwardThatNeverReturnsAtOneBatchSize()
    {
        // Batch 4 loops for ever (the inspection probes batch 1, the evaluation runs chunks of 8 rows).
        RunConfig c = fileConfig(saveModel(m_dir, "hang.pt",
                                           "    n = 0\n"
                                           "    while x.size(0) == 4:\n"
                                           "        n = n + 1\n"));
        c.callTimeout = 1;
        QElapsedTimer timer;
        timer.start();
        const RunResult r = runIt(c);
        qInfo("two methods hung at batch 4, the run took %lld ms", timer.elapsed());
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        for (const auto& m : r.results) {
            QCOMPARE(m.status, MethodStatus::Failed);
            QCOMPARE(m.error, QStringLiteral("forward did not return within 1 s at batch 4"));
            QCOMPARE(m.diagnosis.id, QStringLiteral("worker_timeout"));
            QCOMPARE(m.batches.size(), size_t(1));  // batch 1, measured before
            QCOMPARE(m.batches.front().batch, 1);
            QVERIFY(m.fidelity);
        }
        QVERIFY2(timer.elapsed() < 60000, qPrintable(QString::number(timer.elapsed())));
    }

    void allocationFarPastTheMemoryLimitFailsCleanly()
    {
        // 8 GiB at batch 4, against a worker limited to 3 GiB of address space.
        RunConfig c = fileConfig(saveModel(m_dir, "alloc.pt",
                                           "    if x.size(0) == 4:\n"
                                           "        big = torch.ones([2147483648], dtype=6)\n"
                                           "        y = y + big[0]\n"));
        c.workerMemoryMiB = 3072;
        const RunResult r = runIt(c);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        for (const auto& m : r.results)
            qInfo("%s: %s %s batches %d", qPrintable(m.method), qPrintable(statusId(m.status)), qPrintable(m.error),
                  int(m.batches.size()));
        for (const auto& m : r.results) {
            QCOMPARE(m.status, MethodStatus::Failed);
            QVERIFY2(m.error.contains(QStringLiteral("can't allocate memory")), qPrintable(m.error));
            QCOMPARE(m.diagnosis.id, QStringLiteral("out_of_memory"));
            QCOMPARE(m.batches.size(), size_t(1));
        }
        // The allocation failed inside the worker: no crash, no restart.
        QCOMPARE(r.environment.value(QStringLiteral("worker")).toObject().value(QStringLiteral("processes")),
                 QJsonValue(1));
    }

    void inspectionOfAFileThatHangsComesBack()
    {
        RunConfig c = fileConfig(saveModel(m_dir, "hang1.pt",
                                           "    n = 0\n"
                                           "    while x.size(0) == 1:\n"
                                           "        n = n + 1\n"));
        c.callTimeout = 1;  // the inspection gets at least 10 s
        QElapsedTimer timer;
        timer.start();
        engine::ModelFileInfo info;
        const MaybeError e = checkModelFile(c, &info);
        QVERIFY(e);
        QVERIFY(!info.ok);
        QCOMPARE(e->field, QStringLiteral("model-file"));
        QVERIFY2(e->problem.contains(QStringLiteral("did not finish loading and probing within 10 s")),
                 qPrintable(e->message()));
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
        // A run of it is refused the same way, without hanging.
        const RunResult r = runIt(c);
        QVERIFY2(r.error.contains(QStringLiteral("did not finish")), qPrintable(r.error));
    }
};

QTEST_GUILESS_MAIN(TestWorkerModels)
#include "tst_worker_models.moc"
