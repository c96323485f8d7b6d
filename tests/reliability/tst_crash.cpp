// SPDX-License-Identifier: MIT
// kill -9 during a CLI run: the journal stays readable and holds every batch the run had reported finished
// (the CLI's --verbose "finished <method> batch <b> (<n> calls, ...)" lines come after the journal write).

#include <QDeadlineTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "results/journal.h"

using namespace ob;

namespace {

struct Reported {
    QString method;
    int batch = 0;
    int calls = 0;
};

QStringList runArgs(const QString& journal)
{
    // Long enough that it is still running when killed: many batch sizes, each a fraction of a second.
    QStringList batches;
    for (int b = 1; b <= 128; ++b)
        batches << QString::number(b);
    return {QStringLiteral("run"), QStringLiteral("--hidden"), QStringLiteral("64"), QStringLiteral("--layers"),
            QStringLiteral("2"), QStringLiteral("--batch"), batches.join(QLatin1Char(',')), QStringLiteral("--methods"),
            QStringLiteral("eager"), QStringLiteral("--warmup"), QStringLiteral("5"), QStringLiteral("--iterations"),
            QStringLiteral("1000"), QStringLiteral("--journal"), journal, QStringLiteral("--verbose"),
            QStringLiteral("--quiet"), QStringLiteral("--forks=1")};
}

QList<Reported> parseReported(const QString& log)
{
    static const QRegularExpression re(QStringLiteral(R"(finished (\S+) batch (\d+) \((\d+) calls)"));
    QList<Reported> out;
    for (auto it = re.globalMatch(log); it.hasNext();) {
        const auto m = it.next();
        out << Reported{m.captured(1), m.captured(2).toInt(), m.captured(3).toInt()};
    }
    return out;
}

// Checks the journal at `path` after a kill: readable, unfinished, and holding every reported batch.
void checkJournal(const QString& path, const QList<Reported>& reported)
{
    QString error;
    const auto j = readJournal(path, &error);
    if (!j) {
        // Only acceptable when killed before the header line was complete: then nothing had been reported.
        QVERIFY2(reported.isEmpty(), qPrintable(error));
        QFile f(path);
        QVERIFY(!f.open(QIODevice::ReadOnly) || !f.readAll().contains('\n'));
        return;
    }
    QVERIFY(!j->finished);
    QVERIFY(j->run.cancelled);
    QVERIFY(j->ignoredLines <= 1);
    for (const auto& r : reported) {
        const MethodResult* m = j->run.result(r.method);
        QVERIFY2(m, qPrintable(r.method));
        const BatchResult* b = m->batch(r.batch);
        QVERIFY2(b, qPrintable(QStringLiteral("%1 batch %2 was reported but is not in the journal").arg(r.method).arg(r.batch)));
        QCOMPARE(int(b->samplesMs.size()), r.calls);
        QCOMPARE(b->latencyMs.n, r.calls);
        QVERIFY(b->complete);
    }
}

}  // namespace

class TestCrash : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY2(!qEnvironmentVariableIsEmpty("OPTIBENCH_CLI"), "OPTIBENCH_CLI is not set"); }

    void killAfterTwoFinishedBatches()
    {
        QTemporaryDir dir;
        const QString journal = dir.filePath(QStringLiteral("run-crash.jsonl"));
        QProcess p;
        p.start(qEnvironmentVariable("OPTIBENCH_CLI"), runArgs(journal));
        QVERIFY(p.waitForStarted());
        QString log;
        QDeadlineTimer deadline(120000);
        while (parseReported(log).size() < 2 && !deadline.hasExpired() && p.state() == QProcess::Running) {
            p.waitForReadyRead(200);
            log += QString::fromUtf8(p.readAllStandardError());
        }
        QVERIFY2(p.state() == QProcess::Running, qPrintable(QStringLiteral("the run ended before the kill:\n") + log));
        p.kill();  // SIGKILL
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);
        log += QString::fromUtf8(p.readAllStandardError());  // lines written before the kill
        const auto reported = parseReported(log);
        QVERIFY2(reported.size() >= 2, qPrintable(log));
        checkJournal(journal, reported);
        if (QTest::currentTestFailed())
            return;
        // Its writer is gone (its lock file is stale): the journal is offered for restore, then dismissed.
        QVERIFY(QFileInfo::exists(journal + QStringLiteral(".lock")));
        const auto unfinished = unfinishedJournals(dir.path());
        QCOMPARE(unfinished.size(), 1);
        QCOMPARE(unfinished.front().path, journal);
        QString error;
        QVERIFY2(dismissJournal(journal, &error), qPrintable(error));
        QVERIFY(readJournal(journal, &error)->finished);
        QVERIFY(unfinishedJournals(dir.path()).isEmpty());
    }

    void killAtRandomMoments()
    {
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("seed %u", seed);
        QRandomGenerator rng(seed);
        for (int i = 0; i < 6; ++i) {
            QTemporaryDir dir;
            const QString journal = dir.filePath(QStringLiteral("run.jsonl"));
            QProcess p;
            p.start(qEnvironmentVariable("OPTIBENCH_CLI"), runArgs(journal));
            QVERIFY(p.waitForStarted());
            QString log;
            if (i % 2 == 1) {  // every other kill lands while the run is measuring: after its journal appeared
                QDeadlineTimer started(60000);
                while (!QFileInfo::exists(journal) && !started.hasExpired() && p.state() == QProcess::Running) {
                    p.waitForReadyRead(20);
                    log += QString::fromUtf8(p.readAllStandardError());
                }
            }
            const int delayMs = i % 2 == 1 ? rng.bounded(0, 3000) : rng.bounded(500, 6000);
            QDeadlineTimer deadline(delayMs);
            while (!deadline.hasExpired() && p.state() == QProcess::Running) {
                p.waitForReadyRead(int(std::max<qint64>(1, std::min<qint64>(50, deadline.remainingTime()))));
                log += QString::fromUtf8(p.readAllStandardError());
            }
            QVERIFY(p.state() == QProcess::Running);
            p.kill();
            QVERIFY(p.waitForFinished(10000));
            log += QString::fromUtf8(p.readAllStandardError());
            if (!QFileInfo::exists(journal)) {
                qInfo("killed %d ms after %s: before the run started", delayMs, i % 2 ? "its journal appeared" : "start");
                QVERIFY2(parseReported(log).isEmpty(), qPrintable(log));
                continue;
            }
            const auto reported = parseReported(log);
            const auto j = readJournal(journal, nullptr);
            qInfo("killed %d ms after %s: %lld batch(es) reported, %d journal line(s) read", delayMs,
                  i % 2 ? "its journal appeared" : "start",
                  qlonglong(reported.size()), j ? j->lines : 0);
            checkJournal(journal, reported);
            if (QTest::currentTestFailed()) {
                qWarning("killed after %d ms", delayMs);
                return;
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
