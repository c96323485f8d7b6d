// SPDX-License-Identifier: MIT
// The validation layer: every bad value is refused with a message naming the field, the value and what is allowed.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include "config/files.h"
#include "config/validation.h"

using namespace ob;

class TestValidation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void defaultsAreValid() { QVERIFY(!validate(RunConfig{})); }

    void badText_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("allowedFragment");
        QTest::addRow("hidden not a number") << "hidden" << "abc" << "1..8192";
        QTest::addRow("hidden zero") << "hidden" << "0" << "1..8192";
        QTest::addRow("hidden too large") << "hidden" << "8193" << "1..8192";
        QTest::addRow("layers negative") << "layers" << "-1" << "0..256";
        QTest::addRow("batch empty") << "batch" << "" << "1,4,8,16";
        QTest::addRow("batch malformed") << "batch" << "1,,4" << "1,4,8,16";
        QTest::addRow("batch zero") << "batch" << "0,4" << "1,4,8,16";
        QTest::addRow("batch word") << "batch" << "1,x" << "1,4,8,16";
        QTest::addRow("unknown method") << "methods" << "turbo" << "eager";
        QTest::addRow("int16") << "methods" << "int16" << "dynamic_qint16";  // the strategy that explains int16
        QTest::addRow("iterations zero") << "iterations" << "0" << "1..";
        QTest::addRow("threads zero") << "threads" << "0" << "1..1024";
        QTest::addRow("qengine") << "qengine" << "fast" << "qnnpack";
        QTest::addRow("model") << "model" << "huge" << "simplified";
        QTest::addRow("seed negative") << "seed" << "-3" << "0..";
        QTest::addRow("iterations word") << "iterations" << "many" << "or auto";
        QTest::addRow("target-ci zero") << "target-ci" << "0" << "0.1..50";
        QTest::addRow("target-ci word") << "target-ci" << "tight" << "0.1..50";
        QTest::addRow("min-calls zero") << "min-calls" << "0" << "1..";
        QTest::addRow("max-calls huge") << "max-calls" << "99999999999" << "1..";
        QTest::addRow("time-budget negative") << "time-budget" << "-1" << "0.001..3600";
        QTest::addRow("exclude-outliers") << "exclude-outliers" << "maybe" << "true, false";
    }

    void badText()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, allowedFragment);
        RunConfig c;
        const RunConfig before = c;
        const auto e = applyText(c, key, value);
        QVERIFY(e.has_value());
        QCOMPARE(e->field, key);
        QVERIFY2(e->message().contains(value.isEmpty() ? QStringLiteral("\"\"") : value), qPrintable(e->message()));
        QVERIFY2(e->allowed.contains(allowedFragment), qPrintable(e->message()));
        QVERIFY(c == before);  // nothing changed
    }

    void goodText()
    {
        RunConfig c;
        QVERIFY(!applyText(c, QStringLiteral("batch"), QStringLiteral(" 2, 8 ,2")));
        QCOMPARE(c.batches, (QList<int>{2, 8}));
        QVERIFY(!applyText(c, QStringLiteral("hidden"), QStringLiteral("64")));
        QCOMPARE(c.hidden, 64);
        QVERIFY(!applyText(c, QStringLiteral("seed"), QStringLiteral("18446744073709551615")));
        QCOMPARE(c.seed, 18446744073709551615ULL);
    }

    void statisticsKeys()
    {
        RunConfig c;
        QVERIFY(!c.iterations);  // adaptive by default
        QVERIFY(!applyText(c, QStringLiteral("iterations"), QStringLiteral("17")));
        QCOMPARE(c.iterations, std::optional<int>(17));
        QVERIFY(!applyText(c, QStringLiteral("iterations"), QStringLiteral("auto")));
        QVERIFY(!c.iterations);
        QVERIFY(!applyText(c, QStringLiteral("target-ci"), QStringLiteral("0.5")));
        QCOMPARE(c.targetCi, 0.5);
        QVERIFY(!applyText(c, QStringLiteral("exclude-outliers"), QStringLiteral("true")));
        QVERIFY(c.excludeOutliers);
        QVERIFY(!applyJson(c, QJsonObject{{QStringLiteral("iterations"), 9}, {QStringLiteral("time-budget"), 2.5},
                                          {QStringLiteral("exclude-outliers"), false}}));
        QCOMPARE(c.iterations, std::optional<int>(9));
        QCOMPARE(c.timeBudget, 2.5);
        QVERIFY(!c.excludeOutliers);
        // null means "not given": the JSON of a run says so, and reads back.
        QVERIFY(!applyJson(c, QJsonObject{{QStringLiteral("iterations"), QJsonValue::Null}}));
        QVERIFY(!c.iterations);
        QVERIFY(toJson(c).value(QStringLiteral("iterations")).isNull());
        RunConfig back;
        back.iterations = 3;
        QVERIFY(!applyJson(back, toJson(c)));
        QCOMPARE(back, c);
        QVERIFY(applyJson(c, QJsonObject{{QStringLiteral("exclude-outliers"), 3}}));

        // Each key is valid on its own: a maximum below the minimum is allowed (the maximum wins when measuring).
        c.minCalls = 500;
        c.maxCalls = 100;
        QVERIFY(!validate(c));
    }

    void jsonTypesAndKeys()
    {
        RunConfig c;
        QVERIFY(!applyJson(c, QJsonObject{{QStringLiteral("batch"), QJsonArray{1, 2}},
                                          {QStringLiteral("methods"), QStringLiteral("eager")},
                                          {QStringLiteral("hidden"), 48}}));
        QCOMPARE(c.batches, (QList<int>{1, 2}));
        QCOMPARE(c.hidden, 48);

        auto e = applyJson(c, QJsonObject{{QStringLiteral("hiden"), 4}});
        QVERIFY(e);
        QVERIFY(e->message().contains(QStringLiteral("hiden")));
        QVERIFY(e->allowed.contains(QStringLiteral("hidden")));

        e = applyJson(c, QJsonObject{{QStringLiteral("hidden"), QStringLiteral("wide")}});
        QVERIFY(e);
        QCOMPARE(e->field, QStringLiteral("hidden"));

        e = applyJson(c, QJsonObject{{QStringLiteral("hidden"), 1.5}});
        QVERIFY(e);
        e = applyJson(c, QJsonObject{{QStringLiteral("batch"), QJsonObject{}}});
        QVERIFY(e);
        e = applyJson(c, QJsonObject{{QStringLiteral("batch"), QJsonArray{1, QStringLiteral("x")}}});
        QVERIFY(e);
        e = applyJson(c, QJsonObject{{QStringLiteral("model"), 3}});
        QVERIFY(e);
    }

    // Model torchscript: the file is required, must exist and be a regular file; the key round-trips through JSON.
    void modelFile()
    {
        QTemporaryDir dir;
        RunConfig c;
        QVERIFY(!applyText(c, QStringLiteral("model"), QStringLiteral("torchscript")));
        auto e = validate(c);
        QVERIFY(e);
        QCOMPARE(e->field, QStringLiteral("model-file"));
        QVERIFY2(e->message().startsWith(QStringLiteral("model-file: ")), qPrintable(e->message()));
        QVERIFY2(e->message().contains(QStringLiteral("TorchScript")), qPrintable(e->message()));

        const QString missing = dir.filePath(QStringLiteral("missing.pt"));
        QVERIFY(!applyText(c, QStringLiteral("model-file"), missing));
        e = validate(c);
        QVERIFY(e);
        QCOMPARE(e->field, QStringLiteral("model-file"));
        QVERIFY2(e->message().contains(missing) && e->message().contains(QStringLiteral("does not exist")),
                 qPrintable(e->message()));
        QVERIFY2(e->message().contains(QStringLiteral("allowed: a TorchScript file")), qPrintable(e->message()));

        c.modelFile = dir.path();
        e = validate(c);
        QVERIFY(e);
        QVERIFY2(e->message().contains(dir.path()) && e->message().contains(QStringLiteral("directory")),
                 qPrintable(e->message()));

        // A file that exists passes the fast checks (loading it is checkModelFile()'s job) and round-trips.
        QFile file(dir.filePath(QStringLiteral("m.pt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x");
        file.close();
        c.modelFile = file.fileName();
        QVERIFY(!validate(c));
        RunConfig back;
        QVERIFY(!applyJson(back, toJson(c)));
        QCOMPARE(back.model, QStringLiteral("torchscript"));
        QCOMPARE(back.modelFile, file.fileName());
        QVERIFY(back == c);
        // Built-in models keep their keys; a non-string path is refused.
        QVERIFY(!toJson(RunConfig{}).contains(QStringLiteral("model-file")));
        e = applyJson(back, QJsonObject{{QStringLiteral("model-file"), 3}});
        QVERIFY(e);
        QCOMPARE(e->field, QStringLiteral("model-file"));
    }

    void expandAll()
    {
        QStringList all = expandMethods({QStringLiteral("all")});
        QVERIFY(!all.isEmpty());
        QCOMPARE(all.front(), QStringLiteral("eager"));
        QCOMPARE(all.removeDuplicates(), 0);
        QCOMPARE(expandMethods({QStringLiteral("eager"), QStringLiteral("eager")}), QStringList{QStringLiteral("eager")});
    }

    void configFiles()
    {
        QTemporaryDir dir;
        auto write = [&](const char* name, const QByteArray& bytes) {
            QFile f(dir.filePath(QLatin1String(name)));
            f.open(QIODevice::WriteOnly);
            f.write(bytes);
            return f.fileName();
        };
        RunConfig c;
        QVERIFY(!loadConfigFile(write("ok.json", R"({"hidden": 16, "batch": "1,2"})"), c));
        QCOMPARE(c.hidden, 16);
        QVERIFY(loadConfigFile(write("bad.json", "{\"hidden\": "), c));
        QVERIFY(loadConfigFile(write("array.json", "[1,2]"), c));
        QVERIFY(loadConfigFile(write("latin1.json", "{\"model\": \"\xe9\"}"), c));
        QVERIFY(loadConfigFile(dir.filePath(QStringLiteral("missing.json")), c));
        QVERIFY(loadConfigFile(dir.path(), c));
    }

    void outputPaths()
    {
        QTemporaryDir dir;
        QVERIFY(!checkOutputPath(dir.filePath(QStringLiteral("out.json")), QStringLiteral("--json")));
        QVERIFY(checkOutputPath(dir.filePath(QStringLiteral("no/such/dir/out.json")), QStringLiteral("--json")));
        QVERIFY(checkOutputPath(dir.path(), QStringLiteral("--json")));
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
