// SPDX-License-Identifier: MIT
// The run history's store: a run comes back with bit-identical statistics; an older schema is migrated; a damaged
// or foreign file is refused and left byte for byte as it was; two processes storing at once both land; a kill -9
// in the middle of a store leaves the database intact.

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "bench/analysis.h"
#include "format/runjson.h"
#include "history/historyschema.h"
#include "history/historystore.h"
#include "historyfixture.h"
#include "stats/bootstrap.h"

using namespace ob;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

/// Runs SQL on a file with a connection of its own (the test's view of the database, not the store's).
QVariant sqlValue(const QString& path, const QString& sql, QString* error = nullptr)
{
    QVariant value;
    const QString name = QStringLiteral("test.%1").arg(reinterpret_cast<quintptr>(&value));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0);
            else if (error)
                *error = q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

void compareBatches(const BatchResult& a, const BatchResult& b)
{
    // Bit-identical: the doubles compare with ==, not within a tolerance.
    QCOMPARE(b.samplesMs, a.samplesMs);
    QVERIFY(b.latencyMs.p50 == a.latencyMs.p50 && b.latencyMs.mean == a.latencyMs.mean);
    QVERIFY(b.latencyMs.std == a.latencyMs.std && b.latencyMs.p99 == a.latencyMs.p99);
    QVERIFY(b.latencyMs.iqr == a.latencyMs.iqr && b.latencyMs.cv == a.latencyMs.cv);
    QVERIFY(b.medianCiMs == a.medianCiMs);
    QVERIFY(b.outlierFencesMs.low == a.outlierFencesMs.low && b.outlierFencesMs.high == a.outlierFencesMs.high);
    QCOMPARE(b.outliers, a.outliers);
    QCOMPARE(b.steady, a.steady);
    QVERIFY(b.throughputPerS == a.throughputPerS);
}

/// The rows of the schema-1 layout, written as schema 1 wrote them: the run as compressed JSON.
void writeVersion1(const QString& path, const std::vector<RunResult>& runs)
{
    const QString name = QStringLiteral("v1");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(kHistoryApplicationId)));
        QVERIFY(db.transaction());
        QCOMPARE(migrateHistory(db, 0, 1), QString());
        for (const auto& run : runs) {
            const QByteArray json = QJsonDocument(runToJson(run)).toJson(QJsonDocument::Compact);
            QSqlQuery insert(db);
            insert.prepare(QStringLiteral("INSERT INTO runs (content_sha256, stored, started, source, model,"
                                          " model_label, host, cpu_model, methods, batches, run_json)"
                                          " VALUES (?, ?, ?, 'cli', ?, ?, ?, ?, ?, '1,4', ?)"));
            insert.addBindValue(QString::number(qHash(json)));
            insert.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
            insert.addBindValue(run.started.toString(Qt::ISODateWithMs));
            insert.addBindValue(run.config.model);
            insert.addBindValue(QStringLiteral("%1 %2×2").arg(run.config.model).arg(run.config.hidden));
            insert.addBindValue(run.environment.value(QStringLiteral("hostname")).toString());
            insert.addBindValue(run.environment.value(QStringLiteral("cpu_model")).toString());
            insert.addBindValue(static_cast<int>(run.results.size()));
            insert.addBindValue(qCompress(json));
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        }
        QVERIFY(db.commit());
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

/// Writes synthetic runs as JSON files (seeds from `first`), for the CLI.
QStringList writeRunFiles(const QString& dir, int first, int count)
{
    QStringList files;
    for (int i = 0; i < count; ++i) {
        test::SyntheticRun spec;
        spec.seed = static_cast<std::uint64_t>(first + i);
        spec.samples = 50;
        const QString path = QDir(dir).filePath(QStringLiteral("run-%1.json").arg(first + i));
        writeAll(path, runToJsonBytes(test::syntheticRun(spec)));
        files << path;
    }
    return files;
}

} // namespace

class TestHistory : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTripIsBitIdentical()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/history.sqlite")); // the directory is created
        test::SyntheticRun spec;
        spec.scale = {{QStringLiteral("native_fp32"), 1.0}};
        const RunResult run = test::syntheticRun(spec);
        HistoryStore store;
        QVERIFY2(store.open(path), qPrintable(store.error()));
        QCOMPARE(store.schemaVersion(), kHistorySchemaVersion);
        QCOMPARE(sqlValue(path, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        const qint64 id = store.store(run, QStringLiteral("cli"));
        QVERIFY2(id > 0, qPrintable(store.error()));

        const auto loaded = store.load(id);
        QVERIFY2(loaded, qPrintable(store.error()));
        QCOMPARE(loaded->results.size(), run.results.size());
        for (std::size_t m = 0; m < run.results.size(); ++m) {
            const MethodResult& a = run.results[m];
            const MethodResult& b = loaded->results[m];
            QCOMPARE(b.method, a.method);
            QCOMPARE(b.speedupVsEager, a.speedupVsEager);
            QCOMPARE(b.batches.size(), a.batches.size());
            for (std::size_t i = 0; i < a.batches.size(); ++i) {
                compareBatches(a.batches[i], b.batches[i]);
                // The samples are enough to compute the statistics again, to the bit.
                const auto seed = bootstrapSeed(run.config.seed, a.method, a.batches[i].batch);
                QVERIFY(medianCi(b.batches[i].samplesMs, seed) == a.batches[i].medianCiMs);
            }
        }
        QCOMPARE(*store.runJson(id), runToJsonBytes(run));

        const auto entry = store.entry(id);
        QVERIFY(entry);
        QCOMPARE(entry->modelLabel, QStringLiteral("simplified 64×2"));
        QCOMPARE(entry->host, QStringLiteral("bench-a"));
        QCOMPARE(entry->bestMethod, QStringLiteral("native_fp32"));
        QVERIFY(entry->bestSpeedup > 1.8 && entry->bestSpeedup < 2.2);
        QCOMPARE(entry->batches, (QList<int>{1, 4}));
        QCOMPARE(entry->source, QStringLiteral("cli"));
        QCOMPARE(sqlValue(path, QStringLiteral("SELECT count(*) FROM batches WHERE run_id = %1").arg(id)).toInt(), 6);

        bool existed = false;
        QCOMPARE(store.store(run, QStringLiteral("import"), QString(), &existed), id);
        QVERIFY(existed);
        QCOMPARE(store.list().size(), std::size_t(1));
    }

    void notesTagsFilterAndDelete()
    {
        QTemporaryDir dir;
        HistoryStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("h.sqlite"))));
        test::SyntheticRun a;
        test::SyntheticRun b;
        b.seed = 2;
        b.host = QStringLiteral("bench-b");
        const qint64 ida = store.store(test::syntheticRun(a), QStringLiteral("cli"));
        const qint64 idb = store.store(test::syntheticRun(b), QStringLiteral("workbench"));
        QVERIFY(ida > 0 && idb > ida);
        QVERIFY(store.setNote(ida, QStringLiteral("  before the 负载 fix ")));
        QVERIFY(
            store.setTags(ida, {QStringLiteral("baseline"), QStringLiteral(" nightly "), QStringLiteral("baseline")}));
        QCOMPARE(store.entry(ida)->note, QStringLiteral("before the 负载 fix"));
        QCOMPARE(store.entry(ida)->tags, (QStringList{QStringLiteral("baseline"), QStringLiteral("nightly")}));
        QCOMPARE(store.allTags(), (QStringList{QStringLiteral("baseline"), QStringLiteral("nightly")}));

        const auto all = store.list();
        QCOMPARE(all.size(), std::size_t(2));
        QCOMPARE(all.front().id, idb); // newest first
        HistoryFilter byTag;
        byTag.tag = QStringLiteral("nightly");
        QCOMPARE(store.list(byTag).size(), std::size_t(1));
        HistoryFilter byText;
        byText.text = QStringLiteral("负载 BASELINE"); // every word, case-insensitive, any field
        QCOMPARE(store.list(byText).size(), std::size_t(1));
        HistoryFilter byHost;
        byHost.host = QStringLiteral("bench-b · Test CPU 3000");
        QCOMPARE(store.list(byHost).front().id, idb);

        QVERIFY(store.remove(ida));
        QVERIFY(!store.entry(ida));
        QVERIFY(store.error().contains(QString::number(ida)));
        QVERIFY(!store.remove(ida));
        QCOMPARE(store.allTags(), QStringList());
        QCOMPARE(store.list().size(), std::size_t(1));
    }

    void migratesSchemaOne()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        test::SyntheticRun spec;
        const RunResult run = test::syntheticRun(spec);
        writeVersion1(path, {run});
        QCOMPARE(sqlValue(path, QStringLiteral("PRAGMA user_version")).toInt(), 1);
        QString error;
        QVERIFY(!sqlValue(path, QStringLiteral("SELECT count(*) FROM tags"), &error).isValid());

        HistoryStore store;
        QVERIFY2(store.open(path), qPrintable(store.error()));
        QCOMPARE(store.schemaVersion(), kHistorySchemaVersion);
        const auto entries = store.list();
        QCOMPARE(entries.size(), std::size_t(1));
        const qint64 id = entries.front().id;
        // Migration 2 filled the new tables from the stored runs.
        QCOMPARE(sqlValue(path, QStringLiteral("SELECT count(*) FROM methods WHERE run_id = %1").arg(id)).toInt(), 3);
        QCOMPARE(sqlValue(path, QStringLiteral("SELECT median_ms FROM batches WHERE method = 'eager' AND batch = 4"))
                     .toDouble(),
            run.result(QStringLiteral("eager"))->batch(4)->latencyMs.p50);
        QCOMPARE(entries.front().processes, 1);
        QVERIFY(store.setTags(id, {QStringLiteral("migrated")}));
        const auto loaded = store.load(id);
        QVERIFY(loaded);
        QVERIFY(loaded->results[0].batches[0].medianCiMs == run.results[0].batches[0].medianCiMs);
        // A newer run goes in beside it.
        spec.seed = 5;
        QVERIFY(store.store(test::syntheticRun(spec), QStringLiteral("cli")) > id);
    }

    void refusesFilesThatAreNotAHistory_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::addRow("text file") << "text"
                                   << "not an SQLite database";
        QTest::addRow("damaged history") << "damaged"
                                         << "it is damaged";
        QTest::addRow("foreign SQLite") << "foreign"
                                        << "another program's SQLite database";
        QTest::addRow("foreign application id") << "appid"
                                                << "application id 0x";
        QTest::addRow("newer schema") << "newer"
                                      << "newer OptiBench";
    }

    void refusesFilesThatAreNotAHistory()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        if (kind == QLatin1String("text")) {
            writeAll(path, "run,method,latency\n1,eager,0.1\n");
        } else if (kind == QLatin1String("foreign") || kind == QLatin1String("appid")) {
            QString error;
            sqlValue(path, QStringLiteral("CREATE TABLE customers (name TEXT)"), &error);
            sqlValue(path, QStringLiteral("INSERT INTO customers VALUES ('a')"), &error);
            if (kind == QLatin1String("appid"))
                sqlValue(path, QStringLiteral("PRAGMA application_id = 1234"), &error);
        } else {
            {
                HistoryStore store;
                QVERIFY(store.open(path));
                QVERIFY(store.store(test::syntheticRun({}), QStringLiteral("cli")) > 0);
            }
            sqlValue(path, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            if (kind == QLatin1String("newer")) {
                sqlValue(path, QStringLiteral("PRAGMA user_version = 99"));
                sqlValue(path, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            } else {
                // Damage: the header survives, the page that holds the schema does not.
                QByteArray bytes = readAll(path);
                QVERIFY(bytes.size() > 4096);
                for (int i = 100; i < 4096; ++i)
                    bytes[i] = static_cast<char>(0xA5 ^ i);
                writeAll(path, bytes);
            }
            QFile::remove(path + QStringLiteral("-wal"));
            QFile::remove(path + QStringLiteral("-shm"));
        }
        const QByteArray before = readAll(path);
        QVERIFY(!before.isEmpty());
        HistoryStore store;
        QVERIFY(!store.open(path));
        QVERIFY2(store.error().contains(expected), qPrintable(store.error()));
        QVERIFY2(store.error().contains(QDir::toNativeSeparators(path)), qPrintable(store.error()));
        QVERIFY(!store.isOpen());
        QCOMPARE(store.store(test::syntheticRun({}), QStringLiteral("cli")), qint64(0));
        QCOMPARE(readAll(path), before); // byte for byte
    }

    void twoProcessesStoreAtOnce()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("shared.sqlite"));
        const QStringList first = writeRunFiles(dir.path(), 100, 6);
        const QStringList second = writeRunFiles(dir.path(), 200, 6);
        const QString cli = qEnvironmentVariable("OPTIBENCH_CLI");
        QVERIFY(!cli.isEmpty());
        // Both start on a file that does not exist yet: creating it races too.
        QProcess a, b;
        a.start(cli,
            QStringList{QStringLiteral("history"), QStringLiteral("import")} + first
                + QStringList{QStringLiteral("--history-db"), db});
        b.start(cli,
            QStringList{QStringLiteral("history"), QStringLiteral("import")} + second
                + QStringList{QStringLiteral("--history-db"), db});
        QVERIFY(a.waitForFinished(60000) && b.waitForFinished(60000));
        QVERIFY2(a.exitCode() == 0, a.readAllStandardError().constData());
        QVERIFY2(b.exitCode() == 0, b.readAllStandardError().constData());
        HistoryStore store;
        QVERIFY(store.open(db));
        QCOMPARE(store.list().size(), std::size_t(12));
        QCOMPARE(sqlValue(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }

    void killDuringStoreLeavesItIntact()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("h.sqlite"));
        const QStringList files = writeRunFiles(dir.path(), 300, 2);
        {
            HistoryStore store;
            QVERIFY(store.open(db));
            QString error;
            auto run = runFromJson(readAll(files[0]), &error);
            QVERIFY(run);
            QVERIFY(store.store(*run, QStringLiteral("cli")) > 0);
        }
        // The CLI stops inside its store's transaction (after the rows are written, before the commit) and says so
        // in the marker file; then it is killed.
        const QString marker = dir.filePath(QStringLiteral("storing"));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("OPTIBENCH_HISTORY_TEST_PAUSE"), marker);
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("OPTIBENCH_CLI"),
            {QStringLiteral("history"), QStringLiteral("import"), files[1], QStringLiteral("--history-db"), db});
        QVERIFY(p.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(marker), 30000);
        p.kill(); // SIGKILL
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);

        QCOMPARE(sqlValue(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        HistoryStore store;
        QVERIFY2(store.open(db), qPrintable(store.error()));
        QCOMPARE(store.list().size(), std::size_t(1)); // the interrupted store is not there, nothing else is lost
        QCOMPARE(sqlValue(db, QStringLiteral("SELECT count(*) FROM batches")).toInt(), 6);
        QString error;
        auto run = runFromJson(readAll(files[1]), &error);
        QVERIFY(store.store(*run, QStringLiteral("cli")) > 0);
        QCOMPARE(store.list().size(), std::size_t(2));
    }
};

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
