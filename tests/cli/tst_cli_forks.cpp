// SPDX-License-Identifier: MIT
// Forks end to end: a small run measured in three worker processes has three processes per batch in its JSON, each
// pinned (Linux) and with its share of the samples, the run reads back with them; --forks and --max-forks refuse bad
// values with exit 2, naming the option; isolation thread says it has one process.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include "bench/pinning.h"
#include "format/runjson.h"
#include "testutils.h"

using ob::test::runCli;

namespace {

QStringList smallRun(const QString& json)
{
    return {QStringLiteral("run"), QStringLiteral("--hidden"), QStringLiteral("32"), QStringLiteral("--layers"),
            QStringLiteral("2"), QStringLiteral("--batch"), QStringLiteral("1,4"), QStringLiteral("--methods"),
            QStringLiteral("eager,eager+eager"), QStringLiteral("--warmup"), QStringLiteral("3"),
            QStringLiteral("--iterations"), QStringLiteral("30"), QStringLiteral("--eval-samples"),
            QStringLiteral("32"), QStringLiteral("--json"), json};
}

}  // namespace

class TestCliForks : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void threeProcessesPerBatch()
    {
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("run.json"));
        const auto r = runCli(smallRun(json) << QStringLiteral("--forks") << QStringLiteral("3"));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Worker processes per method: 3")), qPrintable(r.out));
        const QJsonObject o = ob::test::readJsonObject(json);
        const QJsonObject worker = o.value(QStringLiteral("environment")).toObject().value(QStringLiteral("worker")).toObject();
        QCOMPARE(worker.value(QStringLiteral("forks")).toInt(), 3);
        QCOMPARE(worker.value(QStringLiteral("restarts")).toInt(), 0);
        QCOMPARE(worker.value(QStringLiteral("forks_planned")).toInt(), 3);
        QVERIFY(!o.value(QStringLiteral("config")).toObject().contains(QStringLiteral("forks")));  // the default
        QCOMPARE(o.value(QStringLiteral("config")).toObject().value(QStringLiteral("iterations")).toInt(), 30);
        for (const auto& rv : o.value(QStringLiteral("results")).toArray()) {
            const QJsonArray batches = rv.toObject().value(QStringLiteral("batches")).toArray();
            QCOMPARE(batches.size(), 2);
            for (const auto& bv : batches) {
                const QJsonObject b = bv.toObject();
                const QJsonArray processes = b.value(QStringLiteral("processes")).toArray();
                QCOMPARE(processes.size(), 3);
                int samples = 0;
                for (int i = 0; i < 3; ++i) {
                    const QJsonObject p = processes.at(i).toObject();
                    QCOMPARE(p.value(QStringLiteral("fork")).toInt(), i);
                    QCOMPARE(p.value(QStringLiteral("calls")).toInt(), 10);  // 30 calls over 3 processes
                    samples += p.value(QStringLiteral("samples")).toInt();
                    if (ob::canPin())
                        QVERIFY(!p.value(QStringLiteral("cpus")).toString().isEmpty());
                    QVERIFY(p.value(QStringLiteral("load_before")).isDouble() || !ob::canPin());
                }
                QCOMPARE(samples, b.value(QStringLiteral("samples_ms")).toArray().size());
                QCOMPARE(b.value(QStringLiteral("calls")).toInt(), 30);
                QVERIFY(b.value(QStringLiteral("process_spread")).isObject());
            }
        }
        // The round trip keeps every process and regroups the samples.
        QFile f(json);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QString error;
        const auto run = ob::runFromJson(f.readAll(), &error);
        QVERIFY2(run, qPrintable(error));
        for (const auto& m : run->results)
            for (const auto& b : m.batches) {
                QCOMPARE(b.processes.size(), std::size_t(3));
                QCOMPARE(ob::groupedSamples(b).size(), std::size_t(3));
            }
        const QJsonObject again = ob::runToJson(*run);
        const auto processesOf = [](const QJsonObject& runObject) {
            return runObject.value(QStringLiteral("results")).toArray().at(1).toObject().value(QStringLiteral("batches"))
                .toArray().at(1).toObject().value(QStringLiteral("processes"));
        };
        QCOMPARE(processesOf(again), processesOf(o));
    }

    // Every bad value of the keys is checked in tst_forks (forkKeys); here that the CLI refuses them.
    void badForksExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("field");
        const QString run = QStringLiteral("run");
        QTest::addRow("zero") << QStringList{run, QStringLiteral("--forks"), QStringLiteral("0")} << "forks";
        QTest::addRow("not a number") << QStringList{run, QStringLiteral("--forks"), QStringLiteral("three")} << "forks";
        QTest::addRow("max fraction") << QStringList{run, QStringLiteral("--max-forks=2.5")} << "max-forks";
    }

    void badForksExitTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, field);
        const auto r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--") + field + QLatin1Char(':')), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("1..64")), qPrintable(r.err));
    }

    void badForksInAConfigFile()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("c.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"forks": 0})");
        f.close();
        const auto r = runCli({QStringLiteral("run"), QStringLiteral("--config"), f.fileName(), QStringLiteral("--forks=2")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("forks")) && r.err.contains(QStringLiteral("1..64")), qPrintable(r.err));
    }

    /// isolation thread: one process, and the output says so.
    void threadIsolationHasOneProcess()
    {
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("run.json"));
        const auto r = runCli(smallRun(json) << QStringLiteral("--forks=3") << QStringLiteral("--isolation")
                                             << QStringLiteral("thread"));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("forks (3) does not apply")), qPrintable(r.out));
        const QJsonObject o = ob::test::readJsonObject(json);
        const QJsonObject b = o.value(QStringLiteral("results")).toArray().at(0).toObject()
                                  .value(QStringLiteral("batches")).toArray().at(0).toObject();
        QCOMPARE(b.value(QStringLiteral("processes")).toArray().size(), 1);
        QCOMPARE(b.value(QStringLiteral("calls")).toInt(), 30);
    }
};

QTEST_GUILESS_MAIN(TestCliForks)
#include "tst_cli_forks.moc"
