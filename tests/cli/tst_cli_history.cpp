// SPDX-License-Identifier: MIT
// optibench-cli history end to end: `run` keeps every run; list, show, export, import, note, tag, delete with their
// exit codes and --json; compare of two real runs of the same build passes the gate, a run slowed by 70% fails it
// (exit 3); a history file that is not one leaves the run successful and the file untouched.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include "testutils.h"

using ob::test::runCli;

namespace {

QStringList tinyRun(const QString& db, const QString& json)
{
    return {QStringLiteral("run"), QStringLiteral("--hidden"), QStringLiteral("32"), QStringLiteral("--layers"),
        QStringLiteral("2"), QStringLiteral("--batch"), QStringLiteral("1,4"), QStringLiteral("--methods"),
        QStringLiteral("eager,jit_script"), QStringLiteral("--warmup"), QStringLiteral("5"),
        QStringLiteral("--iterations"), QStringLiteral("200"), QStringLiteral("--forks"), QStringLiteral("3"),
        QStringLiteral("--history-db"), db,
        QStringLiteral("--json"), json};
}

QJsonObject jsonOf(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeJson(const QString& path, const QJsonObject& o)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(o).toJson());
}

/// The run as measured in one process on a quiet machine (an older file has no processes; the busy rule and the
/// intervals between processes have their own tests): its load set to 0, the batches' process entries removed.
QJsonObject quietOneProcess(QJsonObject run)
{
    QJsonObject noise = run.value(QStringLiteral("machine_noise")).toObject();
    noise.insert(QStringLiteral("load_before"), 0.0);
    noise.insert(QStringLiteral("load_after"), 0.0);
    noise.insert(QStringLiteral("busy"), false);
    run.insert(QStringLiteral("machine_noise"), noise);
    QJsonArray results = run.value(QStringLiteral("results")).toArray();
    for (int i = 0; i < results.size(); ++i) {
        QJsonObject m = results[i].toObject();
        QJsonArray batches = m.value(QStringLiteral("batches")).toArray();
        for (int j = 0; j < batches.size(); ++j) {
            QJsonObject b = batches[j].toObject();
            for (const char* key : {"processes", "process_spread", "states"})
                b.remove(QLatin1String(key));
            batches[j] = b;
        }
        m.insert(QStringLiteral("batches"), batches);
        results[i] = m;
    }
    run.insert(QStringLiteral("results"), results);
    return run;
}

} // namespace

class TestCliHistory : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("history.sqlite"));
        // Two runs of the same build, one after the other, as a CI job would make them.
        for (const char* name : {"first.json", "second.json"}) {
            const auto r = runCli(tinyRun(m_db, m_dir.filePath(QLatin1String(name))));
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QVERIFY2(r.err.contains(QStringLiteral("stored in the history as #")), qPrintable(r.err));
        }
    }

    void listAndShow()
    {
        auto r = runCli({QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--history-db"), m_db,
            QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray runs = jsonOf(r.out).value(QStringLiteral("runs")).toArray();
        QCOMPARE(runs.size(), 2);
        const QJsonObject newest = runs.at(0).toObject();
        QCOMPARE(newest.value(QStringLiteral("id")).toInt(), 2);
        QCOMPARE(newest.value(QStringLiteral("model_label")).toString(), QStringLiteral("simplified 32×2"));
        QCOMPARE(newest.value(QStringLiteral("source")).toString(), QStringLiteral("cli"));

        r = runCli({QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--history-db"), m_db});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("simplified 32×2")));

        r = runCli({QStringLiteral("history"), QStringLiteral("show"), QStringLiteral("latest~1"),
            QStringLiteral("--history-db"), m_db, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject shown = jsonOf(r.out);
        QCOMPARE(shown.value(QStringLiteral("entry")).toObject().value(QStringLiteral("id")).toInt(), 1);
        QCOMPARE(shown.value(QStringLiteral("run")).toObject().value(QStringLiteral("schema")).toString(),
            QStringLiteral("optibench.run/1"));

        r = runCli({QStringLiteral("history"), QStringLiteral("show"), QStringLiteral("1"),
            QStringLiteral("--history-db"), m_db});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("jit_script")));
    }

    void sameBuildPassesTheGate()
    {
        const auto r = runCli({QStringLiteral("history"), QStringLiteral("compare"), QStringLiteral("1"),
            QStringLiteral("2"), QStringLiteral("--history-db"), m_db, QStringLiteral("--fail-if-slower"),
            QStringLiteral("5%"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QJsonObject o = jsonOf(r.out);
        QCOMPARE(o.value(QStringLiteral("schema")).toString(), QStringLiteral("optibench.compare/1"));
        QCOMPARE(o.value(QStringLiteral("gate_failed")).toBool(), false);
        const QJsonObject c = o.value(QStringLiteral("comparisons")).toArray().at(0).toObject();
        QCOMPARE(c.value(QStringLiteral("batches")).toArray().size(), 4);
        QCOMPARE(c.value(QStringLiteral("regressions")).toInt(), 0);
        // Three worker processes per run: the intervals come from the variation between them.
        QCOMPARE(c.value(QStringLiteral("between_processes")).toBool(), true);
        QCOMPARE(c.value(QStringLiteral("batches")).toArray().at(0).toObject().value(QStringLiteral("other_processes")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("reference")).toObject().value(QStringLiteral("id")).toInt(), 1);
    }

    void realSlowdownFailsTheGate()
    {
        // The first run with jit_script's samples 70% slower (beyond the 30% one process can show): a regression the
        // files carry, compared without the history (files need none).
        QJsonObject run
            = quietOneProcess(QJsonDocument::fromJson(readAll(m_dir.filePath(QStringLiteral("first.json")))).object());
        const QString base = m_dir.filePath(QStringLiteral("base.json"));
        writeJson(base, run);
        QJsonArray results = run.value(QStringLiteral("results")).toArray();
        for (int i = 0; i < results.size(); ++i) {
            QJsonObject m = results[i].toObject();
            if (m.value(QStringLiteral("method")).toString() != QLatin1String("jit_script"))
                continue;
            QJsonArray batches = m.value(QStringLiteral("batches")).toArray();
            for (int j = 0; j < batches.size(); ++j) {
                QJsonObject b = batches[j].toObject();
                QJsonArray samples;
                for (const auto& s : b.value(QStringLiteral("samples_ms")).toArray())
                    samples.append(s.toDouble() * 1.7);
                b.insert(QStringLiteral("samples_ms"), samples);
                batches[j] = b;
            }
            m.insert(QStringLiteral("batches"), batches);
            results[i] = m;
        }
        run.insert(QStringLiteral("results"), results);
        const QString slow = m_dir.filePath(QStringLiteral("slow.json"));
        writeJson(slow, run);
        const QString report = m_dir.filePath(QStringLiteral("compare.html"));
        const auto r = runCli({QStringLiteral("history"), QStringLiteral("compare"), base, slow,
            QStringLiteral("--fail-if-slower"), QStringLiteral("5%"), QStringLiteral("--report"), report});
        QVERIFY2(r.exitCode == 3, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("regression")));
        QVERIFY(r.out.contains(QStringLiteral("FAILED")));
        const QString html = QString::fromUtf8(readAll(report));
        QVERIFY(html.contains(QStringLiteral("<svg")));
        QVERIFY(html.contains(QStringLiteral("jit_script")));
    }

    void exportImportNoteTagDelete()
    {
        const QString exported = m_dir.filePath(QStringLiteral("exported.json"));
        auto r = runCli({QStringLiteral("history"), QStringLiteral("export"), QStringLiteral("1"), exported,
            QStringLiteral("--history-db"), m_db});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(readAll(exported), readAll(m_dir.filePath(QStringLiteral("first.json")))); // the run as written

        const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
        r = runCli({QStringLiteral("history"), QStringLiteral("import"), exported, QStringLiteral("--history-db"),
            other, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(jsonOf(r.out)
                     .value(QStringLiteral("imported"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toInt(),
            1);
        r = runCli(
            {QStringLiteral("history"), QStringLiteral("import"), exported, QStringLiteral("--history-db"), other});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("already in the history as #1")));

        QCOMPARE(runCli({QStringLiteral("history"), QStringLiteral("note"), QStringLiteral("1"),
                            QStringLiteral("from the laptop"), QStringLiteral("--history-db"), other})
                     .exitCode,
            0);
        r = runCli({QStringLiteral("history"), QStringLiteral("tag"), QStringLiteral("1"), QStringLiteral("laptop"),
            QStringLiteral("baseline"), QStringLiteral("--history-db"), other});
        QCOMPARE(r.exitCode, 0);
        r = runCli({QStringLiteral("history"), QStringLiteral("tag"), QStringLiteral("1"), QStringLiteral("--remove"),
            QStringLiteral("baseline"), QStringLiteral("--history-db"), other});
        QCOMPARE(r.out.trimmed(), QStringLiteral("laptop"));
        r = runCli({QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--tag"),
            QStringLiteral("laptop"), QStringLiteral("--history-db"), other, QStringLiteral("--json")});
        const QJsonObject entry = jsonOf(r.out).value(QStringLiteral("runs")).toArray().at(0).toObject();
        QCOMPARE(entry.value(QStringLiteral("note")).toString(), QStringLiteral("from the laptop"));
        QCOMPARE(entry.value(QStringLiteral("source")).toString(), QStringLiteral("import"));

        QCOMPARE(runCli({QStringLiteral("history"), QStringLiteral("delete"), QStringLiteral("1"),
                            QStringLiteral("--history-db"), other})
                     .exitCode,
            0);
        r = runCli({QStringLiteral("history"), QStringLiteral("show"), QStringLiteral("1"),
            QStringLiteral("--history-db"), other});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("no run 1")));
    }

    void badInputsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::addRow("unknown subcommand")
            << QStringList{QStringLiteral("history"), QStringLiteral("purge")} << QStringLiteral("unknown command");
        QTest::addRow("bad id") << QStringList{QStringLiteral("history"), QStringLiteral("show"), QStringLiteral("x1")}
                                << QStringLiteral("neither a run file nor a history id");
        QTest::addRow("one run to compare") << QStringList{QStringLiteral("history"), QStringLiteral("compare"),
            QStringLiteral("1")} << QStringLiteral("at least one run");
        QTest::addRow("bad threshold") << QStringList{QStringLiteral("history"), QStringLiteral("compare"),
            QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("--fail-if-slower"), QStringLiteral("fast")}
                                       << QStringLiteral("--fail-if-slower");
        QTest::addRow("history both ways") << QStringList{QStringLiteral("run"), QStringLiteral("--no-history"),
            QStringLiteral("--history-db"), QStringLiteral("x.sqlite")}
                                           << QStringLiteral("contradict");
    }

    void badInputsExitTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        if (args.size() > 1 && args[0] == QLatin1String("history"))
            args << QStringLiteral("--history-db") << m_db;
        const auto r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void unusableHistoryLeavesTheRunSuccessful()
    {
        const QString notes = m_dir.filePath(QStringLiteral("notes.sqlite"));
        QFile f(notes);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("my notes, not a database\n");
        f.close();
        const auto r = runCli(tinyRun(notes, m_dir.filePath(QStringLiteral("third.json"))));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QStringLiteral("not stored in the history")), qPrintable(r.err));
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("third.json"))));
        QCOMPARE(readAll(notes), QByteArray("my notes, not a database\n"));
        const auto list
            = runCli({QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--history-db"), notes});
        QCOMPARE(list.exitCode, 2);
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestCliHistory)
#include "tst_cli_history.moc"
