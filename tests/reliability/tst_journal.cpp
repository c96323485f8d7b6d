// SPDX-License-Identifier: MIT
// The run journal: what a run writes rebuilds the run; a journal cut at any byte stays readable and keeps
// every line that was complete; unfinished journals are listed (not while their writer lives); cleanup.

#include <QFile>
#include <QJsonDocument>
#include <QLockFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

#include "bench/runner.h"
#include "bench/runworker.h"
#include "format/runjson.h"
#include "results/journal.h"
#include "testutils.h"

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
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

// Runs a small benchmark with a journal at `path`; returns the run as the runner returned it.
RunResult journaledRun(const QString& path, const RunConfig& config)
{
    RunJournal journal(path);
    std::atomic<bool> cancel{false};
    RunResult r = BenchmarkRunner(config).run(journal, cancel);
    return r;
}

// The run without what a journal does not keep (the run-level times are compared separately).
QByteArray comparable(RunResult r)
{
    r.started = {};
    r.finished = {};
    return runToJsonBytes(r);
}

}  // namespace

class TestJournal : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void journalRebuildsTheRun()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run-1.jsonl"));
        const RunResult run = journaledRun(path, test::quickConfig({QStringLiteral("eager"), QStringLiteral("eager+eager")}));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".lock")));  // released at run end
        QString error;
        const auto j = readJournal(path, &error);
        QVERIFY2(j, qPrintable(error));
        QVERIFY(j->finished);
        QVERIFY(!j->dismissed);
        QCOMPARE(j->ignoredLines, 0);
        QCOMPARE(j->lines, 1 + 2 + 2 * 2 + 2 + 1);  // header, prepared, batches, method finished, run finished
        QCOMPARE(j->run.finished, run.finished);
        QCOMPARE(comparable(j->run), comparable(run));
        for (const QByteArray& line : readAll(path).trimmed().split('\n'))
            QVERIFY(!QJsonDocument::fromJson(line).isNull());  // JSON Lines: one object per line
    }

    void cutAtAnyByteStaysReadable()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run-1.jsonl"));
        RunConfig c = test::quickConfig({QStringLiteral("eager")});
        c.iterations = 4;
        journaledRun(path, c);
        const QByteArray full = readAll(path);
        const qsizetype headerEnd = full.indexOf('\n') + 1;
        int lastBatches = 0;
        for (qsizetype cut = 0; cut <= full.size(); ++cut) {
            const QByteArray prefix = full.left(cut);
            QString error;
            const auto j = parseJournal(prefix, &error);
            if (cut < headerEnd - 1) {  // the header itself is torn: nothing finished was reported yet
                QVERIFY(!j);
                continue;
            }
            QVERIFY2(j, qPrintable(QStringLiteral("cut at %1: %2").arg(cut).arg(error)));
            QVERIFY(j->ignoredLines <= 1);
            // Every complete batch line is in the rebuilt run, with all its samples.
            const int completeBatchLines = int(prefix.left(prefix.lastIndexOf('\n') + 1).count("\"batch_finished\""));
            const MethodResult* m = j->run.result(QStringLiteral("eager"));
            QVERIFY(m);
            QVERIFY(int(m->batches.size()) >= completeBatchLines);
            QVERIFY(int(m->batches.size()) >= lastBatches);  // never loses what a shorter cut had
            lastBatches = int(m->batches.size());
            for (const auto& b : m->batches)
                QCOMPARE(int(b.samplesMs.size()), *c.iterations);
            QCOMPARE(j->finished, cut >= full.size() - 1);  // run_finished is the last line; its newline is optional
            if (!j->finished)
                QVERIFY(j->run.cancelled);  // an interrupted run is marked as such
        }
        QCOMPARE(lastBatches, int(c.batches.size()));
    }

    void badJournals_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("empty") << QByteArray() << "no run_started line";
        QTest::addRow("not JSON") << QByteArray("\x01\x02garbage\n") << "no run_started line";
        QTest::addRow("no header") << QByteArray("{\"event\":\"batch_finished\"}\n") << "first line";
        QTest::addRow("newer schema")
            << QByteArray("{\"event\":\"run_started\",\"schema\":\"optibench.journal/2\",\"run\":{}}\n") << "newer";
        QTest::addRow("other schema") << QByteArray("{\"event\":\"run_started\",\"schema\":\"x\",\"run\":{}}\n")
                                      << "not an OptiBench journal";
        QTest::addRow("bad header") << QByteArray("{\"event\":\"run_started\",\"schema\":\"optibench.journal/1\"}\n")
                                    << "header is unreadable";
    }

    void badJournals()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!parseJournal(bytes, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    void unfinishedAreListedDismissedAndCleanedUp()
    {
        QTemporaryDir dir;
        RunConfig c = test::quickConfig();
        c.iterations = 3;
        for (int i = 0; i < 4; ++i)
            journaledRun(dir.filePath(QStringLiteral("run-f%1.jsonl").arg(i)), c);
        // An interrupted run: its journal without the last two lines (method and run finished).
        const QByteArray full = readAll(dir.filePath(QStringLiteral("run-f0.jsonl")));
        QByteArray cut = full;
        for (int i = 0; i < 2; ++i)
            cut.truncate(cut.lastIndexOf('\n', cut.size() - 2) + 1);
        cut += "{\"event\":\"batch_fin";  // and a torn line
        const QString interrupted = dir.filePath(QStringLiteral("run-u.jsonl"));
        writeAll(interrupted, cut);
        // A run still going in this process: locked, so it is not offered.
        const QString live = dir.filePath(QStringLiteral("run-live.jsonl"));
        writeAll(live, cut);
        QLockFile liveLock(live + QStringLiteral(".lock"));
        QVERIFY(liveLock.tryLock(0));

        const auto unfinished = unfinishedJournals(dir.path());
        QCOMPARE(unfinished.size(), 1);
        QCOMPARE(unfinished.front().path, interrupted);
        QCOMPARE(unfinished.front().ignoredLines, 1);
        QCOMPARE(unfinished.front().run.results.front().batches.size(), size_t(2));
        QCOMPARE(unfinished.front().run.results.front().status, MethodStatus::Cancelled);

        QString error;
        QVERIFY2(dismissJournal(interrupted, &error), qPrintable(error));
        QVERIFY(unfinishedJournals(dir.path()).isEmpty());
        const auto dismissed = readJournal(interrupted, &error);
        QVERIFY(dismissed && dismissed->finished && dismissed->dismissed);
        QCOMPARE(dismissed->run.results.front().batches.size(), size_t(2));  // still restorable by hand

        // Five finished (four runs + the dismissed one); keep two. The live one is never touched.
        QCOMPARE(removeFinishedJournals(dir.path(), 2), 3);
        QVERIFY(QFileInfo::exists(live));
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("run-*.jsonl")}, QDir::Files).size(), 3);
    }

    void workerWritesTheJournalBeforeAnnouncing()
    {
        QTemporaryDir dir;
        RunWorker worker;
        worker.setJournalDirectory(dir.path(), 5);
        QStringList seenInJournal;
        // Each batch the GUI hears about is already on disk.
        connect(&worker, &RunWorker::batchFinished, this, [&](int, const QString& method, const BatchResult& b) {
            const auto files = QDir(dir.path()).entryList({QStringLiteral("run-*.jsonl")}, QDir::Files);
            QCOMPARE(files.size(), 1);
            const auto j = readJournal(dir.filePath(files.front()), nullptr);
            QVERIFY(j);
            const MethodResult* m = j->run.result(method);
            QVERIFY(m && m->batch(b.batch));
            seenInJournal << QStringLiteral("%1/%2").arg(method).arg(b.batch);
        });
        QSignalSpy finished(&worker, &RunWorker::runFinished);
        QSignalSpy journalFailed(&worker, &RunWorker::journalFailed);
        worker.start(test::quickConfig());
        QVERIFY(finished.wait(60000));
        QCOMPARE(seenInJournal, (QStringList{QStringLiteral("eager/1"), QStringLiteral("eager/4")}));
        QVERIFY(journalFailed.isEmpty());
        QVERIFY(unfinishedJournals(dir.path()).isEmpty());
    }

    void unwritableJournalDoesNotStopTheRun()
    {
        QTemporaryDir dir;
        writeAll(dir.filePath(QStringLiteral("file")), "x");
        RunWorker worker;
        worker.setJournalFile(dir.filePath(QStringLiteral("file/run.jsonl")));  // under a file: cannot exist
        QSignalSpy finished(&worker, &RunWorker::runFinished);
        QSignalSpy journalFailed(&worker, &RunWorker::journalFailed);
        worker.start(test::quickConfig());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.front().at(1).value<RunResult>().results.front().status, MethodStatus::Ok);
        QCOMPARE(journalFailed.size(), 1);
        QVERIFY2(journalFailed.front().at(1).toString().contains(QStringLiteral("cannot be created")),
                 qPrintable(journalFailed.front().at(1).toString()));
    }

    void aJournalBeingWrittenIsNotTakenOver()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run-1.jsonl"));
        RunJournal first(path);
        auto header = runFromJson(runToJsonBytes(journaledRun(dir.filePath(QStringLiteral("run-0.jsonl")),
                                                                    test::quickConfig())),
                                        nullptr);
        QVERIFY(header);
        const BatchResult batch = header->results.front().batches.front();
        header->results.front().batches.clear();  // a header as a run starts
        first.runStarted(*header);
        QVERIFY(first.errorString().isEmpty());
        RunJournal second(path);
        second.runStarted(*header);
        QVERIFY2(second.errorString().contains(QStringLiteral("being written by another run")),
                 qPrintable(second.errorString()));
        second.batchFinished(QStringLiteral("eager"), batch);
        first.runFinished(*header);
        const auto j = readJournal(path, nullptr);
        QVERIFY(j && j->finished);
        QVERIFY(j->run.results.front().batches.empty());  // nothing of the second writer got in
    }

    void directoryFromEnvironment()
    {
        qputenv("OPTIBENCH_JOURNAL_DIR", "off");
        QVERIFY(defaultJournalDirectory().isEmpty());
        qputenv("OPTIBENCH_JOURNAL_DIR", "/some/where");
        QCOMPARE(defaultJournalDirectory(), QStringLiteral("/some/where"));
        qunsetenv("OPTIBENCH_JOURNAL_DIR");
        QVERIFY(defaultJournalDirectory().endsWith(QStringLiteral("/journal")));
        QVERIFY(newJournalPath(QStringLiteral("/d")).startsWith(QStringLiteral("/d/run-")));
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
