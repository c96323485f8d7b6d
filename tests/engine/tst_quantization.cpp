// SPDX-License-Identifier: MIT
// The quantization strategies on the default model: correct on every engine this build supports, failing with
// LibTorch's exact text and a diagnosis where they cannot work, and caught by the fidelity check when broken.
// Expectations branch on the engines the build supports, never on this machine's build.

#include <ATen/Context.h>
#include <torch/torch.h>

#include "models/init.h"
#include "models/simplified_model.h"
#include "optibench/engine/engine.h"
#include "runtime/strategy.h"
#include "strategies/quantization/qcommon.h"
#include "strategies/quantization/quantization.h"

#include <QTest>

#include "diagnosis/hints.h"
#include "stats/fidelity.h"

using namespace ob::engine;

namespace {

constexpr int kRows = 512;

std::vector<float> inputs()
{
    auto gen = makeGenerator(2024);
    const auto t = at::randn({kRows, ModelSpec{}.inputs}, gen);
    return {t.data_ptr<float>(), t.data_ptr<float>() + t.numel()};
}

std::vector<float> scoresOf(PreparedMethod& m)
{
    std::vector<float> scores;
    m.evaluate(inputs().data(), kRows, scores);
    return scores;
}

std::vector<float> eagerScores()
{
    static const std::vector<float> ref = scoresOf(*Workspace::create(ModelSpec{}, {})->prepare("eager", {}));
    return ref;
}

ob::stats::Fidelity fidelityOf(const std::vector<float>& scores)
{
    return ob::stats::compare(eagerScores(), scores, ModelSpec{}.outputs);
}

std::vector<std::string> engines()
{
    std::vector<std::string> out;
    for (const auto& e : captureEnvironment().supportedQEngines)
        if (e != "none")
            out.push_back(e);
    return out;
}

bool supports(const std::string& engine)
{
    const auto all = engines();
    return std::find(all.begin(), all.end(), engine) != all.end();
}

const StepReport& failedStep(const PreparedMethod& m)
{
    for (const auto& s : m.steps())
        if (s.status == StepStatus::Failed)
            return s;
    throw std::runtime_error("no failed step in " + m.method());
}

std::unique_ptr<PreparedMethod> prepare(const std::string& method, EngineSettings settings, PrepareContext ctx = {})
{
    return Workspace::create(ModelSpec{}, settings)->prepare(method, ctx);
}

const std::int64_t kFp32Bytes = estimateCost(ModelSpec{}).weightBytesFp32;

}  // namespace

class TestQuantization : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void dynamicInt8OnEveryEngine_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("perChannel");
        QVERIFY(!engines().empty());
        for (const auto& e : engines())
            for (const char* pc : {"false", "true"})
                QTest::addRow("%s per_channel=%s", e.c_str(), pc) << QString::fromStdString(e) << QString::fromLatin1(pc);
    }

    void dynamicInt8OnEveryEngine()
    {
        QFETCH(QString, engine);
        QFETCH(QString, perChannel);
        auto m = prepare("dynamic_int8", {engine.toStdString(), {{"quant.per_channel", perChannel.toStdString()}}, {}});
        QVERIFY2(m->ok(), m->ok() ? "" : failedStep(*m).error.c_str());
        QVERIFY(m->steps().front().message.rfind("engine " + engine.toStdString(), 0) == 0);
        const auto f = fidelityOf(scoresOf(*m));
        qInfo("logit cosine %.6f, max abs error %.4f", f.cosine, f.maxAbsError);
        QVERIFY2(f.cosine >= 0.99, qPrintable(QString::number(f.cosine)));
        QVERIFY(f.maxAbsError > 0);  // it really is quantized
        QVERIFY(m->weightBytes() <= kFp32Bytes * 3 / 10);
    }

    void noEngineReproducesTheSeedsFailure()
    {
        for (const char* method : {"dynamic_int8", "static_int8"}) {
            auto m = prepare(method, {"none", {}, {}});
            QVERIFY(!m->ok());
            const auto& s = failedStep(*m);
            QCOMPARE(s.error, std::string("Didn't find engine for operation quantized::linear_prepack NoQEngine"));
            QCOMPARE(s.diagnosis.id, std::string("qengine_none"));
            for (const auto& e : engines())
                QVERIFY2(s.diagnosis.args.at("supported").find(e) != std::string::npos, e.c_str());
            QCOMPARE(s.diagnosis.fixes.size(), std::size_t(1));
            QCOMPARE(s.diagnosis.fixes[0].key, std::string("qengine"));
            QVERIFY(supports(s.diagnosis.fixes[0].value));
        }
    }

    void engineMissingFromTheBuild()
    {
        for (const std::string engine : {"fbgemm", "x86"}) {
            auto m = prepare("dynamic_int8", {engine, {}, {}});
            if (supports(engine)) {
                QVERIFY(m->ok());
                continue;
            }
            const auto& s = failedStep(*m);
            std::string upper = engine;
            std::transform(upper.begin(), upper.end(), upper.begin(), ::toupper);
            QCOMPARE(s.error, "quantized engine " + upper + " is not supported");
            QCOMPARE(s.diagnosis.id, std::string("qengine_unsupported"));
            QVERIFY(supports(s.diagnosis.fixes.at(0).value));
        }
    }

    void dynamicFp16NeedsFbgemm()
    {
        const bool fbgemm = supports("fbgemm") || supports("x86");
        const auto choice = quant::chooseEngine(EngineSettings{});
        auto m = prepare("dynamic_fp16", {});
        if (fbgemm) {
            QVERIFY2(m->ok(), m->ok() ? "" : failedStep(*m).error.c_str());
            QVERIFY(fidelityOf(scoresOf(*m)).cosine >= 0.99);
            return;
        }
        std::string upper = choice.name;
        std::transform(upper.begin(), upper.end(), upper.begin(), ::toupper);
        const auto& s = failedStep(*m);
        QCOMPARE(s.error, "quantized::linear_prepack_fp16 is currently not supported by " + upper);
        QCOMPARE(s.diagnosis.id, std::string("fp16_unsupported"));
        QCOMPARE(s.diagnosis.fixes.at(0).value, std::string("bf16"));
    }

    void staticInt8_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("option");
        for (const auto& e : engines())
            for (const char* o : {"", "quant.per_channel=true", "quant.observer=percentile", "quant.residual=qadd",
                                 "quant.residual=float"})
                QTest::addRow("%s %s", e.c_str(), o) << QString::fromStdString(e) << QString::fromLatin1(o);
    }

    void staticInt8()
    {
        QFETCH(QString, engine);
        QFETCH(QString, option);
        EngineSettings settings{engine.toStdString(), {}, {}};
        if (!option.isEmpty())
            settings.options[option.section(QLatin1Char('='), 0, 0).toStdString()] =
                option.section(QLatin1Char('='), 1).toStdString();
        auto m = prepare("static_int8", settings);
        QVERIFY2(m->ok(), m->ok() ? "" : failedStep(*m).error.c_str());
        const auto f = fidelityOf(scoresOf(*m));
        qInfo("logit cosine %.6f, max abs error %.4f", f.cosine, f.maxAbsError);
        QVERIFY2(f.cosine >= 0.98, qPrintable(QString::number(f.cosine)));
        QVERIFY(m->weightBytes() <= kFp32Bytes * 3 / 10);
        // Calling again gives the same answer (QNNPACK caches a packed weight's output parameters).
        QCOMPARE(scoresOf(*m), scoresOf(*m));
    }

    void calibrationReportsProgressAndCancels()
    {
        std::vector<double> fractions;
        std::atomic<bool> cancel{false};
        PrepareContext ctx;
        ctx.progress = [&](const std::string&, const std::string& stage, double f) {
            if (stage == "calibrate")
                fractions.push_back(f);
        };
        QVERIFY(prepare("static_int8", {}, ctx)->ok());
        QCOMPARE(fractions.size(), std::size_t(32));
        QCOMPARE(fractions.back(), 1.0);

        ctx.cancel = &cancel;
        ctx.progress = [&](const std::string&, const std::string&, double) { cancel = true; };
        auto m = prepare("static_int8", {}, ctx);
        QVERIFY(!m->ok());
        QCOMPARE(failedStep(*m).error, std::string("cancelled by the user"));
    }

    void badOptionsNameTheKey()
    {
        for (const auto& [key, value] : {std::pair{"quant.calib_batches", "0"}, {"quant.observer", "median"},
                                         {"quant.residual", "int4"}, {"quant.percentile", "20"}}) {
            auto m = prepare("static_int8", {"auto", {{key, value}}, {}});
            QVERIFY(!m->ok());
            QVERIFY2(failedStep(*m).error.find(key) != std::string::npos, failedStep(*m).error.c_str());
        }
    }

    void bf16IsCloseAndHalfTheBytes()
    {
        auto m = prepare("bf16", {});
        QVERIFY(m->ok());
        QVERIFY(fidelityOf(scoresOf(*m)).cosine >= 0.99);
        QVERIFY(m->weightBytes() == kFp32Bytes / 2);
    }

    void int16IsNotADtype()
    {
        auto m = prepare("dynamic_qint16", {});
        QVERIFY(!m->ok());
        const auto& s = failedStep(*m);
        QVERIFY(s.error.find("qint16 is not a quantized dtype") != std::string::npos);
        QVERIFY(s.error.find("qint8") != std::string::npos);
        QCOMPARE(s.diagnosis.id, std::string("int16_not_a_dtype"));
    }

    void aModelWithoutTheMlpViewFails()
    {
        class Opaque : public Runnable {
        public:
            c10::IValue forward(const at::Tensor& x) override { return x; }
            std::string kind() const override { return "opaque test model"; }
            std::int64_t weightBytes() const override { return 0; }
        };
        const ModelSpec spec;
        const EngineSettings settings;
        const std::string method = "static_int8";
        for (const char* id : {"dynamic_int8", "dynamic_fp16", "static_int8", "bf16"}) {
            StepInput in{spec, settings, std::make_shared<Opaque>(), method, 0, nullptr, {}};
            const auto out = StrategyRegistry::instance().find(id)->apply(in);
            QCOMPARE(out.report.status, StepStatus::Failed);
            QCOMPARE(out.report.diagnosis.id, std::string("quant_needs_residual_mlp"));
            QVERIFY(out.report.error.find("opaque test model") != std::string::npos);
        }
    }

    void theSharedModelIsNotModified()
    {
        auto ws = Workspace::create(ModelSpec{}, {});
        auto eager = ws->prepare("eager", {});
        const auto before = scoresOf(*eager);
        for (const char* id : {"dynamic_int8", "static_int8", "bf16"})
            QVERIFY(ws->prepare(id, {})->ok());
        QCOMPARE(scoresOf(*eager), before);
    }

    // A wrong weight scale (a quarter of max|w|/127: large weights saturate) runs without error; only the fidelity
    // check can tell. The correct build of the same code is not flagged.
    void wrongScaleIsFlaggedNumericallyWrong()
    {
        const SimplifiedModel model{ModelSpec{}};
        for (double factor : {1.0, 0.25}) {
            const auto engine = quant::chooseEngine(EngineSettings{}).engine;
            quant::DynamicOptions o;
            o.scaleFactor = factor;
            o.reduceRange = quant::reduceRangeFor(engine);
            quant::QEngineGuard guard(engine);
            const auto q = quant::buildDynamicInt8(*model.residualMlp(), o, "test");
            c10::InferenceMode mode;
            const auto in = inputs();
            const auto x = torch::from_blob(const_cast<float*>(in.data()), {kRows, ModelSpec{}.inputs});
            const auto s = ob::engine::scoresOf(q->forward(x)).contiguous();
            ob::MethodResult r;
            r.fidelity = fidelityOf({s.data_ptr<float>(), s.data_ptr<float>() + s.numel()});
            ob::annotateFidelity(r, ob::RunConfig{});
            qInfo("scale factor %.2f: logit cosine %.6f", factor, r.fidelity->cosine);
            QCOMPARE(r.flags.contains(QStringLiteral("numerically_wrong")), factor != 1.0);
            QCOMPARE(r.diagnosis.id == QLatin1String("numerically_wrong"), factor != 1.0);
        }
    }
};

QTEST_GUILESS_MAIN(TestQuantization)
#include "tst_quantization.moc"
