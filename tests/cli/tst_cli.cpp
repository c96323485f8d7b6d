// SPDX-License-Identifier: MIT
// optibench-cli end to end: the run contract (table, JSON, CSV) and exit 2 for every class of bad input.

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include "testutils.h"

using ob::test::runCli;

class TestCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void version()
    {
        const auto r = runCli({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("optibench-cli ")));
    }

    void envJson()
    {
        const auto r = runCli({QStringLiteral("env"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const auto env = QJsonDocument::fromJson(r.out.toUtf8()).object();
        for (const char* key : {"optibench_version", "torch_version", "qengines_supported", "blas_library",
                                "cpu_model", "cpu_flags", "intra_op_threads", "qt_version", "os", "compiler"})
            QVERIFY2(env.contains(QLatin1String(key)), key);
    }

    void runWritesTheContract()
    {
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("run.json"));
        const QString csv = dir.filePath(QStringLiteral("run.csv"));
        const auto r = runCli({QStringLiteral("run"), QStringLiteral("--hidden"), QStringLiteral("32"),
                               QStringLiteral("--layers"), QStringLiteral("2"), QStringLiteral("--batch=1,3"),
                               QStringLiteral("--methods"), QStringLiteral("eager"), QStringLiteral("--warmup"),
                               QStringLiteral("3"), QStringLiteral("--iterations"), QStringLiteral("17"),
                               QStringLiteral("--json"), json, QStringLiteral("--csv"), csv});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("eager")), qPrintable(r.out));
        QVERIFY(r.err.isEmpty());  // no progress when stderr is not a terminal

        const QJsonObject o = ob::test::readJsonObject(json);
        QCOMPARE(o.value(QStringLiteral("schema")).toString(), QStringLiteral("optibench.run/1"));
        QVERIFY(!o.value(QStringLiteral("tool_version")).toString().isEmpty());
        QVERIFY(o.value(QStringLiteral("environment")).isObject());
        QCOMPARE(o.value(QStringLiteral("config")).toObject().value(QStringLiteral("hidden")).toInt(), 32);
        const QJsonArray results = o.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 1);
        const QJsonObject m = results.at(0).toObject();
        for (const char* key : {"method", "model", "status", "error", "diagnosis", "setup_ms", "score", "fidelity", "batches"})
            QVERIFY2(m.contains(QLatin1String(key)), key);
        QCOMPARE(m.value(QStringLiteral("method")).toString(), QStringLiteral("eager"));
        QCOMPARE(m.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        const QJsonObject f = m.value(QStringLiteral("fidelity")).toObject();
        QCOMPARE(f.value(QStringLiteral("max_abs_error")).toDouble(), 0.0);
        QCOMPARE(f.value(QStringLiteral("argmax_agreement")).toDouble(), 100.0);
        for (const char* key : {"cosine", "rel_l2_error"})
            QVERIFY2(f.value(QLatin1String(key)).isDouble(), key);
        const QJsonArray batches = m.value(QStringLiteral("batches")).toArray();
        QCOMPARE(batches.size(), 2);
        QCOMPARE(batches.at(1).toObject().value(QStringLiteral("batch")).toInt(), 3);
        for (const auto& bv : batches) {
            const QJsonObject b = bv.toObject();
            QCOMPARE(b.value(QStringLiteral("samples_ms")).toArray().size(), 17);
            const QJsonObject lat = b.value(QStringLiteral("latency_ms")).toObject();
            for (const char* key : {"mean", "std", "min", "p50", "p90", "p99", "max"})
                QVERIFY2(lat.value(QLatin1String(key)).isDouble(), key);
            QVERIFY(lat.value(QStringLiteral("min")).toDouble() <= lat.value(QStringLiteral("max")).toDouble());
            QVERIFY(b.value(QStringLiteral("throughput_per_s")).toDouble() > 0);
            QCOMPARE(b.value(QStringLiteral("calls")).toInt(), 17);
            const QJsonArray ci = b.value(QStringLiteral("median_ci_ms")).toArray();
            QCOMPARE(ci.size(), 2);
            QVERIFY(ci.at(0).toDouble() <= lat.value(QStringLiteral("p50")).toDouble());
            QVERIFY(ci.at(1).toDouble() >= lat.value(QStringLiteral("p50")).toDouble());
            QVERIFY(b.value(QStringLiteral("outliers")).isDouble());
            QCOMPARE(b.value(QStringLiteral("stop_rule")).toString(), QStringLiteral("iterations"));
            QVERIFY(b.value(QStringLiteral("steady")).isBool());
        }
        QVERIFY(!m.contains(QStringLiteral("speedup_vs_eager")));  // absent for eager itself
        QVERIFY(o.value(QStringLiteral("timer")).toObject().value(QStringLiteral("overhead_ns")).isDouble());
        QVERIFY(o.value(QStringLiteral("machine_noise")).toObject().value(QStringLiteral("busy")).isBool());

        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(csvFile.readAll()).trimmed().split(QStringLiteral("\r\n"));
        QCOMPARE(lines.size(), 1 + 2);  // header + methods x batches
        QVERIFY(lines.front().startsWith(QStringLiteral("method,model,status,batch")));
    }

    void adaptiveRunSaysHowItStopped()
    {
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("a.json"));
        const auto r = runCli({QStringLiteral("run"), QStringLiteral("--hidden"), QStringLiteral("16"),
                               QStringLiteral("--layers"), QStringLiteral("1"), QStringLiteral("--batch"),
                               QStringLiteral("1"), QStringLiteral("--methods"), QStringLiteral("eager"),
                               QStringLiteral("--warmup"), QStringLiteral("2"), QStringLiteral("--min-calls"),
                               QStringLiteral("20"), QStringLiteral("--max-calls"), QStringLiteral("40"),
                               QStringLiteral("--time-budget"), QStringLiteral("0.5"),
                               QStringLiteral("--exclude-outliers"), QStringLiteral("--json"), json});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("EXCLUDED")), qPrintable(r.out));  // visibly
        QVERIFY2(r.out.contains(QStringLiteral("adaptive")), qPrintable(r.out));
        const QJsonObject o = ob::test::readJsonObject(json);
        QVERIFY(o.value(QStringLiteral("config")).toObject().value(QStringLiteral("iterations")).isNull());
        const QJsonObject b = o.value(QStringLiteral("results")).toArray().at(0).toObject()
                                  .value(QStringLiteral("batches")).toArray().at(0).toObject();
        const QString rule = b.value(QStringLiteral("stop_rule")).toString();
        QVERIFY2(QStringList({QStringLiteral("ci_target"), QStringLiteral("max_calls"), QStringLiteral("time_budget")})
                     .contains(rule),
                 qPrintable(rule));
        QVERIFY(b.value(QStringLiteral("calls")).toInt() <= 40);
        QVERIFY(b.value(QStringLiteral("outliers_excluded")).toBool());
    }

    void configFileAndOverride()
    {
        QTemporaryDir dir;
        QFile cfg(dir.filePath(QStringLiteral("c.json")));
        QVERIFY(cfg.open(QIODevice::WriteOnly));
        cfg.write(R"({"hidden": 16, "layers": 1, "batch": [2], "methods": ["eager"], "warmup": 1, "iterations": 5})");
        cfg.close();
        const QString json = dir.filePath(QStringLiteral("r.json"));
        const auto r = runCli({QStringLiteral("run"), QStringLiteral("--config"), cfg.fileName(),
                               QStringLiteral("--iterations"), QStringLiteral("4"), QStringLiteral("--json"), json});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = ob::test::readJsonObject(json);
        QCOMPARE(o.value(QStringLiteral("config")).toObject().value(QStringLiteral("hidden")).toInt(), 16);
        const auto batch = o.value(QStringLiteral("results")).toArray().at(0).toObject()
                               .value(QStringLiteral("batches")).toArray().at(0).toObject();
        QCOMPARE(batch.value(QStringLiteral("samples_ms")).toArray().size(), 4);
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        const QString run = QStringLiteral("run");
        QTest::addRow("not a number") << QStringList{run, QStringLiteral("--hidden"), QStringLiteral("abc")} << "abc";
        QTest::addRow("hidden out of range") << QStringList{run, QStringLiteral("--hidden"), QStringLiteral("0")} << "1..8192";
        QTest::addRow("layers out of range") << QStringList{run, QStringLiteral("--layers"), QStringLiteral("300")} << "0..256";
        QTest::addRow("empty batch") << QStringList{run, QStringLiteral("--batch"), QString()} << "batch";
        QTest::addRow("malformed batch") << QStringList{run, QStringLiteral("--batch"), QStringLiteral("1,,2")} << "batch";
        QTest::addRow("unknown method") << QStringList{run, QStringLiteral("--methods"), QStringLiteral("warp")} << "warp";
        QTest::addRow("unknown option") << QStringList{run, QStringLiteral("--hiden"), QStringLiteral("3")} << "--hiden";
        QTest::addRow("missing value") << QStringList{run, QStringLiteral("--hidden")} << "--hidden";
        QTest::addRow("missing config") << QStringList{run, QStringLiteral("--config"), QStringLiteral("/nonexistent/c.json")} << "does not exist";
        QTest::addRow("unwritable json") << QStringList{run, QStringLiteral("--json"), QStringLiteral("/nonexistent/dir/r.json")} << "--json";
        QTest::addRow("unknown command") << QStringList{QStringLiteral("fly")} << "fly";
        QTest::addRow("bad qengine") << QStringList{run, QStringLiteral("--qengine"), QStringLiteral("turbo")} << "turbo";
        const QString compare = QStringLiteral("--compare");
        QTest::addRow("bad target-ci") << QStringList{run, QStringLiteral("--target-ci"), QStringLiteral("0")}
                                       << "0.1..50";
        QTest::addRow("compare one") << QStringList{run, compare, QStringLiteral("eager")} << "--compare";
        QTest::addRow("compare unknown") << QStringList{run, QStringLiteral("--methods"), QStringLiteral("eager"),
                                                        compare, QStringLiteral("eager,warp")}
                                         << "warp";
        // Model files (issue 15): a bad --input spec names the option, the spec as given and the part that is wrong.
        const QString input = QStringLiteral("--input");
        QTest::addRow("bad input spec") << QStringList{run, QStringLiteral("--model-file"), QStringLiteral("m.pt"),
                                                       input, QStringLiteral("x:B,y,224")}
                                        << "--input: x:B,y,224 is not a valid input spec: dimension 2 'y'";
        QTest::addRow("bad input dtype") << QStringList{run, input, QStringLiteral("ids:B,24:long[0,9)")}
                                         << "dtype 'long'";
        QTest::addRow("input without model file") << QStringList{run, input, QStringLiteral("x:B,3")}
                                                  << "--model-file";
        QTest::addRow("bad drift-top1") << QStringList{run, QStringLiteral("--drift-top1"), QStringLiteral("101")}
                                        << "0..100";
        const QString inspect = QStringLiteral("inspect");
        QTest::addRow("inspect bad spec") << QStringList{inspect, QStringLiteral("m.pt"), input,
                                                         QStringLiteral("ids:B:int64[0,5]")}
                                          << "--input: ids:B:int64[0,5] is not a valid input spec";
        QTest::addRow("inspect without file") << QStringList{inspect} << "inspect needs one model file";
        QTest::addRow("inspect missing file") << QStringList{inspect, QStringLiteral("/nonexistent/m.pt")}
                                              << "model-file: /nonexistent/m.pt does not exist";
        // Any file that exists stands for the model: the missing example file must be named first.
        QTest::addRow("inspect missing example") << QStringList{inspect, QCoreApplication::applicationFilePath(),
                                                                QStringLiteral("--example-inputs"),
                                                                QStringLiteral("/nonexistent/in.pt")}
                                                 << "example-inputs: /nonexistent/in.pt does not exist";
    }

    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const auto r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        const QStringList lines = r.err.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 1);
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
        QVERIFY(!r.err.contains(QStringLiteral("terminate")));
    }

    void badConfigFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("malformed") << QByteArray("{\"hidden\": ") << "JSON";
        QTest::addRow("unknown key") << QByteArray(R"({"hiden": 3})") << "hiden";
        QTest::addRow("wrong type") << QByteArray(R"({"hidden": "big"})") << "hidden";
        QTest::addRow("not utf8") << QByteArray("{\"model\": \"\xff\xfe\"}") << "UTF-8";
    }

    void badConfigFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("c.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        const auto r = runCli({QStringLiteral("run"), QStringLiteral("--config"), f.fileName()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
