// SPDX-License-Identifier: MIT
// The worker's jobs besides runs: saving a method as TorchScript (the GUI's "Save model as TorchScript…") and
// measuring the machine's roofs with progress (the GUI's "Re-measure the machine"); a run still works after them.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "bench/progress.h"
#include "bench/runworker.h"
#include "roofline/machinecache.h"
#include "testutils.h"

using namespace ob;

namespace {

constexpr int kTimeoutMs = 120000;

QByteArray head(const QString& path, int n)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(n) : QByteArray();
}

/// The progress reported while measuring the machine, in order.
class ProgressLog : public RunObserver {
public:
    void progress(const RunProgress& p) override { events.push_back(p); }
    std::vector<RunProgress> events;
};

void checkMeasurementProgress(const std::vector<RunProgress>& events)
{
    QVERIFY(events.size() >= 3);
    double last = -1;
    for (const auto& p : events) {
        QCOMPARE(p.stage, kRooflineStage);
        QVERIFY2(!p.method.isEmpty(), "the probe's stage is named");
        QVERIFY2(p.fraction >= 0 && p.fraction <= 1, qPrintable(QString::number(p.fraction)));
        QVERIFY2(p.fraction >= last, qPrintable(QStringLiteral("%1 after %2").arg(p.fraction).arg(last)));
        last = p.fraction;
    }
    QCOMPARE(events.front().fraction, 0.0);
    QCOMPARE(events.back().fraction, 1.0);
    // It advances through the stages, not only at its ends.
    const auto inside = std::count_if(events.begin(), events.end(),
                                      [](const RunProgress& p) { return p.fraction > 0 && p.fraction < 1; });
    QVERIFY(inside >= 2);
}

}  // namespace

class TestWorkerJobs : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);  // the roofline cache goes to the test location
        QVERIFY(m_dir.isValid());
    }

    void exportSavesAPreparedMethod()
    {
        RunWorker worker;
        worker.setJournalDirectory(QString());
        QSignalSpy exported(&worker, &RunWorker::modelExported);
        const QString path = m_dir.filePath(QStringLiteral("jit_script.pt"));
        const int id = worker.exportModel(test::quickConfig(), QStringLiteral("jit_script"), path);
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, kTimeoutMs);
        QCOMPARE(exported.first().at(0).toInt(), id);
        const auto result = exported.first().at(1).value<StepResult>();
        QVERIFY2(result.status == QLatin1String("ok"), qPrintable(result.error));
        QVERIFY(result.message.contains(path));
        QVERIFY(QFileInfo(path).size() > 0);
        QCOMPARE(head(path, 2), QByteArray("PK"));  // TorchScript files are zip archives
        QVERIFY2(!QFile::exists(path + QStringLiteral(".part")), "written through a temporary file");
        QVERIFY(!worker.isRunning());
    }

    void exportOfAMethodWithoutTorchScriptFailsAndWritesNothing()
    {
        RunWorker worker;
        worker.setJournalDirectory(QString());
        QSignalSpy exported(&worker, &RunWorker::modelExported);
        QSignalSpy finished(&worker, &RunWorker::runFinished);
        const QString path = m_dir.filePath(QStringLiteral("native.pt"));
        for (const auto* method : {"native_fp32", "eager"}) {  // eager is a C++ module, not TorchScript
            exported.clear();
            worker.exportModel(test::quickConfig(), QLatin1String(method), path);
            QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, kTimeoutMs);
            const auto result = exported.first().at(1).value<StepResult>();
            QCOMPARE(result.status, QStringLiteral("failed"));
            QVERIFY2(result.error.contains(QStringLiteral("has no TorchScript form")), qPrintable(result.error));
            QVERIFY(!QFile::exists(path));
            QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
        }
        // A method that does not prepare: its own error.
        exported.clear();
        worker.exportModel(test::quickConfig(), QStringLiteral("no_such_method"), path);
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, kTimeoutMs);
        QCOMPARE(exported.last().at(1).value<StepResult>().status, QStringLiteral("failed"));
        QVERIFY(!exported.last().at(1).value<StepResult>().error.isEmpty());
        QVERIFY(!QFile::exists(path));

        // The worker is free for a run afterwards.
        RunConfig config = test::quickConfig();
        config.options.insert(QStringLiteral("roofline"), QStringLiteral("off"));
        const int runId = worker.start(config);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeoutMs);
        QCOMPARE(finished.first().at(0).toInt(), runId);
        const auto run = finished.first().at(1).value<RunResult>();
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        QCOMPARE(run.results.front().status, MethodStatus::Ok);
    }

    void measureMachineReportsIncreasingProgressAndCaches()
    {
        RunWorker worker;
        QSignalSpy progress(&worker, &RunWorker::progress);
        QSignalSpy measured(&worker, &RunWorker::machineMeasured);
        QFile::remove(roofline::cacheFilePath());
        const int id = worker.measureMachine();
        QTRY_COMPARE_WITH_TIMEOUT(measured.count(), 1, kTimeoutMs);
        QCOMPARE(measured.first().at(0).toInt(), id);
        QVERIFY2(measured.first().at(2).toString().isEmpty(), qPrintable(measured.first().at(2).toString()));
        const auto roofs = measured.first().at(1).value<MachineRoofs>();
        QVERIFY(roofs.isValid());
        std::vector<RunProgress> events;
        for (const auto& args : progress) {
            QCOMPARE(args.at(0).toInt(), id);
            events.push_back(args.at(1).value<RunProgress>());
        }
        checkMeasurementProgress(events);
        const auto cached = roofline::cachedRoofs();
        QVERIFY(cached);
        QCOMPARE(cached->peakGflopsFp32, roofs.peakGflopsFp32);
        QCOMPARE(cached->bandwidthDram, roofs.bandwidthDram);
    }

    void measureMachineCancelledKeepsTheCache()
    {
        RunWorker worker;
        QSignalSpy measured(&worker, &RunWorker::machineMeasured);
        const QString cache = roofline::cacheFilePath();
        const QByteArray before = head(cache, 1 << 20);
        worker.measureMachine();
        worker.cancel();  // before the job begins: it stops at its first check
        QTRY_COMPARE_WITH_TIMEOUT(measured.count(), 1, kTimeoutMs);
        QVERIFY(!measured.first().at(2).toString().isEmpty());
        QVERIFY2(measured.first().at(2).toString().contains(QStringLiteral("cancelled")),
                 qPrintable(measured.first().at(2).toString()));
        QCOMPARE(head(cache, 1 << 20), before);
    }

    void runMeasuringTheMachineShowsItsProgressFirst()
    {
        RunConfig config = test::quickConfig();
        config.options.insert(QStringLiteral("roofline"), QStringLiteral("remeasure"));
        ProgressLog log;
        std::atomic<bool> cancel{false};
        const RunResult run = BenchmarkRunner(config).run(log, cancel);
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        QVERIFY(run.machine && run.machine->isValid());
        std::vector<RunProgress> measuring;
        auto it = log.events.begin();
        for (; it != log.events.end() && it->stage == kRooflineStage; ++it)
            measuring.push_back(*it);
        checkMeasurementProgress(measuring);
        // Then the run's own progress, from its start.
        QVERIFY(it != log.events.end());
        QCOMPARE(it->stage, QStringLiteral("prepare"));
        QVERIFY(it->fraction < 0.5);
        QVERIFY(std::none_of(it, log.events.end(), [](const RunProgress& p) { return p.stage == kRooflineStage; }));
    }
};

QTEST_GUILESS_MAIN(TestWorkerJobs)
#include "tst_workerjobs.moc"
