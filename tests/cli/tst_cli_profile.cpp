// SPDX-License-Identifier: MIT
// optibench-cli profile: each method's top operators and two methods side by side in the terminal, the profile in
// the run's JSON and CSV, a model file's layers by module, and bad input refused with exit code 2.

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include "testutils.h"

using ob::test::runCli;

namespace {

QStringList quick()
{
    return {QStringLiteral("--warmup"), QStringLiteral("3"), QStringLiteral("--iterations"), QStringLiteral("25"),
            QStringLiteral("--option"), QStringLiteral("roofline=off"), QStringLiteral("--eval-samples"),
            QStringLiteral("64")};
}

}  // namespace

class TestCliProfile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void builtInModel()
    {
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("run.json"));
        const QString csv = dir.filePath(QStringLiteral("run.csv"));
        const auto r = runCli(QStringList{QStringLiteral("profile"), QStringLiteral("--hidden"), QStringLiteral("32"),
                                          QStringLiteral("--layers"), QStringLiteral("2"), QStringLiteral("--methods"),
                                          QStringLiteral("eager,native_fp32"), QStringLiteral("--top"),
                                          QStringLiteral("40"), QStringLiteral("--json"), json, QStringLiteral("--csv"),
                                          csv}
                              + quick());
        QCOMPARE(r.exitCode, 0);
        // Each method's operators with their modules, the native kernels' fused layers, then the two side by side.
        for (const char* text : {"eager, batch 1", "native_fp32, batch 1", "aten::addmm", "fc1.1",
                                 "native::linear+relu", "native::linear+residual", "of the timed median",
                                 "eager → native_fp32", "vanished (fused or folded)", "appeared"})
            QVERIFY2(r.out.contains(QString::fromUtf8(text)), text);

        const QJsonArray results = ob::test::readJsonObject(json).value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 2);
        for (const auto& v : results) {
            const QJsonObject profile = v.toObject().value(QStringLiteral("profile")).toObject();
            QCOMPARE(profile.value(QStringLiteral("batch")).toInt(), 1);
            QVERIFY(profile.value(QStringLiteral("coverage")).toDouble() > 0);
            const QJsonArray rows = profile.value(QStringLiteral("rows")).toArray();
            QVERIFY(!rows.isEmpty());
            double shares = 0;
            for (const auto& row : rows) {
                const QJsonObject o = row.toObject();
                for (const char* key : {"op", "module", "calls", "total_ms", "self_ms", "share", "flops", "shapes"})
                    QVERIFY2(o.contains(QLatin1String(key)), key);
                shares += o.value(QStringLiteral("share")).toDouble();
            }
            QVERIFY2(qAbs(shares - 1) < 1e-9, qPrintable(QString::number(shares)));
        }
        QFile table(dir.filePath(QStringLiteral("run.profile.csv")));
        QVERIFY(table.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(table.readAll());
        QVERIFY(text.startsWith(QStringLiteral("method,batch,op,module,scope,calls,total_ms,self_ms,share")));
        QVERIFY(text.contains(QStringLiteral("native_fp32,1,native::linear+relu,fc1.0,kernel,1,")));
    }

    void modelFile()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("mlp.pt"));
        const auto saved =
            runCli(QStringList{QStringLiteral("run"), QStringLiteral("--hidden"), QStringLiteral("16"),
                               QStringLiteral("--layers"), QStringLiteral("1"), QStringLiteral("--batch"),
                               QStringLiteral("1"), QStringLiteral("--methods"), QStringLiteral("jit_script"),
                               QStringLiteral("--save-model"), file}
                   + quick());
        QCOMPARE(saved.exitCode, 0);
        const auto r = runCli(QStringList{QStringLiteral("profile"), file, QStringLiteral("--top"), QStringLiteral("8"),
                                          QStringLiteral("--compare"), QStringLiteral("eager,freeze_optimize")}
                              + quick());
        QCOMPARE(r.exitCode, 0);
        for (const char* text : {"eager, batch 1", "freeze_optimize, batch 1", "aten::linear", "fc1_0",
                                 "eager → freeze_optimize"})
            QVERIFY2(r.out.contains(QString::fromUtf8(text)),
                     qPrintable(QString::fromUtf8(text) + QLatin1Char('\n') + r.out));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("names");
        QTest::addRow("top zero")
            << QStringList{QStringLiteral("profile"), QStringLiteral("--top"), QStringLiteral("0")}
            << QStringLiteral("--top");
        QTest::addRow("top text") << QStringList{QStringLiteral("profile"), QStringLiteral("--top=many")}
                                  << QStringLiteral("--top");
        QTest::addRow("top missing") << QStringList{QStringLiteral("profile"), QStringLiteral("--top")}
                                     << QStringLiteral("--top");
        QTest::addRow("no file") << QStringList{QStringLiteral("profile"), QStringLiteral("/nonexistent/model.pt")}
                                 << QStringLiteral("model.pt");
        QTest::addRow("compare unknown")
            << QStringList{QStringLiteral("profile"), QStringLiteral("--compare"), QStringLiteral("eager,jit_trace")}
            << QStringLiteral("--compare");
    }

    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, names);
        const auto r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(names), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliProfile)
#include "tst_cli_profile.moc"
