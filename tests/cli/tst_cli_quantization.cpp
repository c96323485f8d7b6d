// SPDX-License-Identifier: MIT
// optibench-cli run with the quantization methods, end to end: with --qengine auto the int8 methods run and are
// close to eager, dynamic_fp16 works only where the build has FBGEMM; with --qengine none every quantized method
// fails with the seed's exact error and a diagnosis naming the engines this build supports. Both exit 0.

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include "testutils.h"

using ob::test::runCli;

namespace {

const QString kNoEngine = QStringLiteral("Didn't find engine for operation quantized::linear_prepack NoQEngine");

struct Run {
    ob::test::CliResult cli;
    QJsonObject json;
    QStringList engines;  // supported by this build, without "none"

    QJsonObject result(const QString& method) const
    {
        for (const auto& r : json.value(QStringLiteral("results")).toArray())
            if (r.toObject().value(QStringLiteral("method")).toString() == method)
                return r.toObject();
        return {};
    }
};

Run runQuantization(const QString& qengine)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("run.json"));
    Run run;
    run.cli = runCli({QStringLiteral("run"), QStringLiteral("--methods"),
                      QStringLiteral("eager,dynamic_int8,dynamic_fp16,static_int8"), QStringLiteral("--qengine"), qengine,
                      QStringLiteral("--hidden"), QStringLiteral("64"), QStringLiteral("--layers"), QStringLiteral("3"),
                      QStringLiteral("--batch"), QStringLiteral("1,8"), QStringLiteral("--warmup"), QStringLiteral("2"),
                      QStringLiteral("--iterations"), QStringLiteral("10"), QStringLiteral("--eval-samples"),
                      QStringLiteral("256"), QStringLiteral("--option"), QStringLiteral("quant.calib_batches=4"),
                      QStringLiteral("--json"), path});
    run.json = ob::test::readJsonObject(path);
    const auto env = run.json.value(QStringLiteral("environment")).toObject();
    for (const auto& e : env.value(QStringLiteral("qengines_supported")).toArray())
        if (e.toString() != QLatin1String("none"))
            run.engines << e.toString();
    return run;
}

}  // namespace

class TestCliQuantization : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void autoEngine()
    {
        const Run run = runQuantization(QStringLiteral("auto"));
        QCOMPARE(run.cli.exitCode, 0);
        QVERIFY2(!run.cli.err.contains(QStringLiteral("reduce_range")), qPrintable(run.cli.err.left(300)));
        QVERIFY(!run.engines.isEmpty());
        const qint64 fp32Bytes = static_cast<qint64>(run.result(QStringLiteral("eager")).value(QStringLiteral("weight_bytes")).toDouble());
        for (const char* id : {"dynamic_int8", "static_int8"}) {
            const QJsonObject m = run.result(QLatin1String(id));
            QCOMPARE(m.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
            QVERIFY(m.value(QStringLiteral("error")).isNull());
            QVERIFY(m.value(QStringLiteral("fidelity")).toObject().value(QStringLiteral("cosine")).toDouble() >= 0.98);
            QVERIFY(m.value(QStringLiteral("weight_bytes")).toDouble() < 0.3 * static_cast<double>(fp32Bytes));
            QCOMPARE(m.value(QStringLiteral("batches")).toArray().size(), 2);
            // The step says which engine "auto" chose, and why.
            const QString message = m.value(QStringLiteral("steps")).toArray().at(0).toObject().value(QStringLiteral("message")).toString();
            QVERIFY2(message.startsWith(QStringLiteral("engine ")), qPrintable(message));
            QVERIFY2(run.engines.contains(message.section(QLatin1Char(' '), 1, 1)), qPrintable(message));
        }
        const QJsonObject fp16 = run.result(QStringLiteral("dynamic_fp16"));
        if (run.engines.contains(QStringLiteral("fbgemm")) || run.engines.contains(QStringLiteral("x86"))) {
            QCOMPARE(fp16.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
            return;
        }
        QCOMPARE(fp16.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        const QString error = fp16.value(QStringLiteral("error")).toString();
        QVERIFY2(error.startsWith(QStringLiteral("quantized::linear_prepack_fp16 is currently not supported by ")),
                 qPrintable(error));
        const QJsonObject d = fp16.value(QStringLiteral("diagnosis")).toObject();
        QCOMPARE(d.value(QStringLiteral("id")).toString(), QStringLiteral("fp16_unsupported"));
        QCOMPARE(d.value(QStringLiteral("fixes")).toArray().at(0).toObject().value(QStringLiteral("value")).toString(),
                 QStringLiteral("bf16"));
        // The table shows the failure block: the exact error, the cause, the fix.
        QVERIFY(run.cli.out.contains(QStringLiteral("dynamic_fp16: failed")));
        QVERIFY(run.cli.out.contains(QStringLiteral("  error: ") + error));
        QVERIFY(run.cli.out.contains(QStringLiteral("implemented by FBGEMM only")));
    }

    void noEngine()
    {
        const Run run = runQuantization(QStringLiteral("none"));
        QCOMPARE(run.cli.exitCode, 0);
        QCOMPARE(run.result(QStringLiteral("eager")).value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        for (const char* id : {"dynamic_int8", "static_int8", "dynamic_fp16"}) {
            const QJsonObject m = run.result(QLatin1String(id));
            QCOMPARE(m.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
            const QString error = m.value(QStringLiteral("error")).toString();
            QCOMPARE(error, QLatin1String(id) == QLatin1String("dynamic_fp16")
                                ? QStringLiteral("Didn't find engine for operation quantized::linear_prepack_fp16 NoQEngine")
                                : kNoEngine);
            QVERIFY(m.value(QStringLiteral("batches")).toArray().isEmpty());
            const QJsonObject d = m.value(QStringLiteral("diagnosis")).toObject();
            QCOMPARE(d.value(QStringLiteral("id")).toString(), QStringLiteral("qengine_none"));
            for (const auto& e : run.engines)
                QVERIFY(d.value(QStringLiteral("args")).toObject().value(QStringLiteral("supported")).toString().contains(e));
            const QJsonObject fix = d.value(QStringLiteral("fixes")).toArray().at(0).toObject();
            QCOMPARE(fix.value(QStringLiteral("kind")).toString(), QStringLiteral("setting"));
            QCOMPARE(fix.value(QStringLiteral("key")).toString(), QStringLiteral("qengine"));
            QVERIFY(run.engines.contains(fix.value(QStringLiteral("value")).toString()));
        }
        QVERIFY(run.cli.out.contains(QStringLiteral("  error: ") + kNoEngine));
        QVERIFY(run.cli.out.contains(QStringLiteral("No quantized engine is selected (NoQEngine)")));
        for (const auto& e : run.engines)
            QVERIFY2(run.cli.out.contains(e), qPrintable(e));
    }
};

QTEST_GUILESS_MAIN(TestCliQuantization)
#include "tst_cli_quantization.moc"
