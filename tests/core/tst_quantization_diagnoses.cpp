// SPDX-License-Identifier: MIT
// Quantization diagnoses: the catalog recognises LibTorch's C++ texts and Python's wordings of the same failures,
// renders a cause that names the engines of this build, and the "int8 slower than eager" hint flags exactly the
// batches where it holds.

#include <QTest>

#include "diagnosis/catalog.h"
#include "diagnosis/hints.h"
#include "optibench/engine/engine.h"

using namespace ob;

namespace {

QStringList supportedEngines()
{
    QStringList out;
    for (const auto& e : engine::captureEnvironment().supportedQEngines)
        if (e != "none")
            out << QString::fromStdString(e);
    return out;
}

BatchResult batchWithMedian(int batch, double p50)
{
    BatchResult b;
    b.batch = batch;
    b.samplesMs = {p50, p50, p50};
    summarizeBatch(b);
    return b;
}

MethodResult method(const QString& id, const QList<QPair<int, double>>& medians)
{
    MethodResult r;
    r.method = id;
    r.status = MethodStatus::Ok;
    for (const auto& [batch, p50] : medians)
        r.batches.push_back(batchWithMedian(batch, p50));
    return r;
}

}  // namespace

class TestQuantizationDiagnoses : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void recognisesCppAndPythonWordings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("id");
        QTest::addRow("NoQEngine C++") << "Didn't find engine for operation quantized::linear_prepack NoQEngine"
                                       << "qengine_none";
        QTest::addRow("NoQEngine Python") << "RuntimeError: Didn't find engine for operation "
                                             "quantized::linear_prepack_fp16 NoQEngine"
                                          << "qengine_none";
        QTest::addRow("FBGEMM missing") << "quantized engine FBGEMM is not supported" << "qengine_unsupported";
        QTest::addRow("Python engine name") << "RuntimeError: mkldnn is not a valid value for quantized engine"
                                            << "qengine_unsupported";
        QTest::addRow("fp16 QNNPACK") << "quantized::linear_prepack_fp16 is currently not supported by QNNPACK"
                                      << "fp16_unsupported";
        QTest::addRow("fp16 no FBGEMM") << "RuntimeError: This PyTorch installation was not built with FBGEMM operators"
                                        << "fp16_unsupported";
        QTest::addRow("qint16 Python") << "AttributeError: module 'torch' has no attribute 'qint16'"
                                       << "int16_not_a_dtype";
        QTest::addRow("int16 Python") << "ValueError: Don't know how to quantize with default settings for "
                                         "torch.int16. Provide full qconfig please"
                                      << "int16_not_a_dtype";
        QTest::addRow("op backend") << "NotImplementedError: Could not run 'quantized::linear' with arguments from "
                                       "the 'CPU' backend. This could be because the operator doesn't exist for "
                                       "this backend"
                                    << "quant_op_unsupported";
        QTest::addRow("op engine") << "quantized::linear (qnnpack): Expected input data type to be QUInt8"
                                   << "quant_op_unsupported";
        QTest::addRow("onednn weight zp") << "quantized::linear_prepack: ONEDNN only supports symmetric quantization "
                                             "of weight, whose zero point must be 0, but got 3"
                                          << "quant_op_unsupported";
    }

    void recognisesCppAndPythonWordings()
    {
        QFETCH(QString, text);
        QFETCH(QString, id);
        const DiagnosisRef ref = diagnoseError(text);
        QCOMPARE(ref.id, id);
        const DiagnosisText t = renderDiagnosis(ref);
        QVERIFY(!t.cause.isEmpty() && !t.fix.isEmpty());
        QVERIFY2(!t.cause.contains(QLatin1Char('{')), qPrintable(t.cause));  // every placeholder filled
        if (id.startsWith(QLatin1String("qengine")) || id == QLatin1String("quant_op_unsupported"))
            for (const auto& e : supportedEngines())
                QVERIFY2(t.cause.contains(e), qPrintable(t.cause));
    }

    void noEngineFixSelectsAnEngine()
    {
        const auto ref = diagnoseError(QStringLiteral("Didn't find engine for operation quantized::linear_prepack NoQEngine"));
        QCOMPARE(ref.fixes.size(), 1);
        QCOMPARE(ref.fixes[0], (FixAction{QStringLiteral("setting"), QStringLiteral("qengine"), QStringLiteral("qnnpack")}));
        QCOMPARE(ref.args.value(QStringLiteral("op")), QStringLiteral("quantized::linear_prepack"));
    }

    void seedLogLineIsFound()
    {
        const auto findings = scanLog(QStringLiteral("loading model\n量化失败: Didn't find engine for operation "
                                                     "quantized::linear_prepack NoQEngine\ndone\n"));
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0].line, 2);
        QCOMPARE(findings[0].diagnosis.id, QStringLiteral("qengine_none"));
    }

    void int8SlowerThanEagerIsFlaggedPerBatch()
    {
        RunResult run;
        run.results.push_back(method(QStringLiteral("eager"), {{1, 1.0}, {16, 2.0}}));
        run.results.push_back(method(QStringLiteral("dynamic_int8"), {{1, 1.05}, {16, 3.0}}));  // +5%, +50%
        run.results.push_back(method(QStringLiteral("static_int8"), {{1, 0.5}, {16, 1.0}}));    // faster
        run.results.push_back(method(QStringLiteral("bf16"), {{1, 9.0}, {16, 9.0}}));           // not int8
        annotateRun(run);

        const MethodResult* d = run.result(QStringLiteral("dynamic_int8"));
        QVERIFY(d->batches[0].flags.isEmpty());
        QCOMPARE(d->batches[1].flags, QStringList{QStringLiteral("int8_slower_than_eager")});
        QCOMPARE(d->diagnosis.id, QStringLiteral("int8_slower_than_eager"));
        QCOMPARE(d->diagnosis.args.value(QStringLiteral("batches")), QStringLiteral("16"));
        QCOMPARE(d->diagnosis.args.value(QStringLiteral("ratios")), QStringLiteral("1.50"));
        const QString cause = renderDiagnosis(d->diagnosis).cause;
        QVERIFY2(cause.contains(QStringLiteral("1.84 MFLOP")) && !cause.contains(QLatin1Char('{')), qPrintable(cause));

        for (const char* other : {"static_int8", "bf16", "eager"}) {
            const MethodResult* r = run.result(QLatin1String(other));
            QVERIFY(r->diagnosis.isEmpty());
            for (const auto& b : r->batches)
                QVERIFY(b.flags.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestQuantizationDiagnoses)
#include "tst_quantization_diagnoses.moc"
