// SPDX-License-Identifier: MIT
// The native strategies against eager: fp32 within 1e-4, int8 and bf16 with logit cosine >= 0.99, on every
// instruction set this machine can run (the scalar fallback included), at odd sizes; and mobile_xnnpack.

#include <torch/torch.h>

#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <optional>
#include <cstdlib>
#include <stdexcept>
#include <random>

#include "env/cpu_features.h"
#include "kernels/backend.h"
#include "kernels/native_mlp.h"
#include "kernels/onednn_net.h"
#include "models/simplified_model.h"
#include "runtime/strategy.h"
#include "strategies/native/native_runnable.h"

using namespace ob::engine;
namespace k = ob::engine::kernels;

namespace {

/// The simplified model with non-zero biases (the seeded init leaves them at zero, which would hide bias bugs).
std::shared_ptr<SimplifiedModel> modelWithBiases(const ModelSpec& spec)
{
    SimplifiedNet net(spec);
    torch::NoGradGuard guard;
    auto gen = torch::make_generator<at::CPUGeneratorImpl>(spec.seed + 7);
    for (auto& p : net->named_parameters())
        if (p.key().find("bias") != std::string::npos)
            p.value().uniform_(-0.3, 0.3, gen);
    return std::make_shared<SimplifiedModel>(net);
}

at::Tensor inputs(int batch, int width, std::uint64_t seed = 3)
{
    auto gen = torch::make_generator<at::CPUGeneratorImpl>(seed);
    return torch::randn({batch, width}, gen) * 2.0;
}

at::Tensor nativeLogits(k::NativeMlp& mlp, const at::Tensor& x)
{
    auto out = torch::empty({x.size(0), mlp.outputs()});
    mlp.logits(x.contiguous().data_ptr<float>(), static_cast<int>(x.size(0)), out.data_ptr<float>());
    return out;
}

double cosine(const at::Tensor& a, const at::Tensor& b)
{
    const auto x = a.flatten().to(torch::kDouble), y = b.flatten().to(torch::kDouble);
    return (x.dot(y) / (x.norm() * y.norm())).item<double>();
}

std::string isaText(k::Isa isa)
{
    return k::isaName(isa);
}

/// Logit cosine from sigmoid scores, as core computes fidelity.
double scoreCosine(const std::vector<float>& ref, const std::vector<float>& got)
{
    auto logit = [](double p) {
        p = std::clamp(p, 1e-7, 1.0 - 1e-7);
        return std::log(p / (1.0 - p));
    };
    double dot = 0, a2 = 0, b2 = 0;
    for (std::size_t i = 0; i < ref.size(); ++i) {
        const double a = logit(ref[i]), b = logit(got[i]);
        dot += a * b;
        a2 += a * a;
        b2 += b * b;
    }
    return dot / std::sqrt(a2 * b2);
}

/// The plan with which oneDNN runs `p` here, or nullopt (with the reason) when it cannot.
std::optional<k::BackendPlan> onednnPlan(k::Precision p, std::string* why)
{
    const auto& cpu = cpuFeatures();
    auto plan = k::planBackends(p, cpu, k::onednnFeatures(cpu), k::onednnInBuild(), "onednn");
    if (!plan.applicable || !plan.error.empty()) {
        *why = plan.applicable ? plan.error : plan.reason;
        return std::nullopt;
    }
    return plan;
}

}  // namespace

class TestNative : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fidelity_data()
    {
        QTest::addColumn<int>("hidden");
        QTest::addColumn<int>("layers");
        QTest::addColumn<int>("inputs");
        QTest::addColumn<int>("outputs");
        QTest::addColumn<int>("batch");
        QTest::addColumn<int>("isa");
        for (k::Isa isa : k::availableIsas()) {
            const int i = static_cast<int>(isa);
            const std::string n = isaText(isa);
            QTest::addRow("%s default b1", n.c_str()) << 256 << 7 << 4 << 13 << 1 << i;
            QTest::addRow("%s default b17", n.c_str()) << 256 << 7 << 4 << 13 << 17 << i;
            QTest::addRow("%s hidden37 b17", n.c_str()) << 37 << 3 << 5 << 13 << 17 << i;
            QTest::addRow("%s hidden1", n.c_str()) << 1 << 2 << 4 << 3 << 4 << i;
            QTest::addRow("%s layers0", n.c_str()) << 64 << 0 << 4 << 13 << 1 << i;
            QTest::addRow("%s hidden100 out1 b7", n.c_str()) << 100 << 4 << 9 << 1 << 7 << i;
            QTest::addRow("%s hidden520 b17", n.c_str()) << 520 << 2 << 4 << 21 << 17 << i;
            QTest::addRow("%s hidden48 b8", n.c_str()) << 48 << 2 << 4 << 13 << 8 << i;
            QTest::addRow("%s hidden16 b2", n.c_str()) << 16 << 1 << 4 << 13 << 2 << i;
        }
    }

    void fidelity()
    {
        QFETCH(int, hidden);
        QFETCH(int, layers);
        QFETCH(int, inputs);
        QFETCH(int, outputs);
        QFETCH(int, batch);
        QFETCH(int, isa);
        ModelSpec spec;
        spec.hidden = hidden;
        spec.layers = layers;
        spec.inputs = inputs;
        spec.outputs = outputs;
        auto model = modelWithBiases(spec);
        const auto x = ::inputs(batch, inputs);
        c10::InferenceMode guard;
        const auto ref = model->net()->logits(x);
        std::vector<at::Tensor> keep;
        const auto weights = weightsOf(*model->residualMlp(), keep);

        k::NativeMlp fp32(weights, k::Precision::Fp32, static_cast<k::Isa>(isa));
        const double maxErr = (nativeLogits(fp32, x) - ref).abs().max().item<double>();
        QVERIFY2(maxErr <= 1e-4, qPrintable(QStringLiteral("fp32 max abs error %1").arg(maxErr)));

        k::NativeMlp int8(weights, k::Precision::Int8, static_cast<k::Isa>(isa));
        const double cosInt8 = cosine(nativeLogits(int8, x), ref);
        QVERIFY2(cosInt8 >= 0.99, qPrintable(QStringLiteral("int8 logit cosine %1").arg(cosInt8)));

        k::NativeMlp bf16(weights, k::Precision::Bf16, static_cast<k::Isa>(isa));
        const double cosBf16 = cosine(nativeLogits(bf16, x), ref);
        QVERIFY2(cosBf16 >= 0.99, qPrintable(QStringLiteral("bf16 logit cosine %1").arg(cosBf16)));

        // The Runnable's output dict matches eager's (scores and confidence).
        NativeRunnable runnable(*model->residualMlp(), k::Precision::Fp32, static_cast<k::Isa>(isa));
        const auto out = runnable.forward(x).toGenericDict();
        const auto eager = model->forward(x).toGenericDict();
        for (const char* key : {"reasoning_scores", "confidence"}) {
            const auto a = out.at(std::string(key)).toTensor(), b = eager.at(std::string(key)).toTensor();
            QCOMPARE(a.sizes().vec(), b.sizes().vec());
            QVERIFY((a - b).abs().max().item<double>() <= 1e-4);
        }
    }

    // Every oneDNN net this CPU can run, against eager: fp32 within 1e-4, int8 and bf16 with logit cosine >= 0.99
    // (the drift is printed). Odd sizes and batch sizes that are not a multiple of anything.
    void onednnPathsAgainstEager_data()
    {
        QTest::addColumn<int>("hidden");
        QTest::addColumn<int>("layers");
        QTest::addColumn<int>("inputs");
        QTest::addColumn<int>("outputs");
        QTest::addColumn<int>("batch");
        QTest::addRow("default b1") << 256 << 7 << 4 << 13 << 1;
        QTest::addRow("default b4") << 256 << 7 << 4 << 13 << 4;
        QTest::addRow("default b16") << 256 << 7 << 4 << 13 << 16;
        QTest::addRow("default b17") << 256 << 7 << 4 << 13 << 17;
        QTest::addRow("hidden37 b5") << 37 << 3 << 5 << 13 << 5;
        QTest::addRow("hidden520 out21 b3") << 520 << 2 << 4 << 21 << 3;
        QTest::addRow("layers0 b2") << 64 << 0 << 4 << 13 << 2;
        QTest::addRow("hidden100 out1 b7") << 100 << 4 << 9 << 1 << 7;
    }

    void onednnPathsAgainstEager()
    {
        QFETCH(int, hidden);
        QFETCH(int, layers);
        QFETCH(int, inputs);
        QFETCH(int, outputs);
        QFETCH(int, batch);
        ModelSpec spec;
        spec.hidden = hidden;
        spec.layers = layers;
        spec.inputs = inputs;
        spec.outputs = outputs;
        auto model = modelWithBiases(spec);
        // Inputs of the calibration's distribution (standard normal), as the runner's evaluation set.
        const auto x = ::inputs(batch, inputs) * 0.5;
        c10::InferenceMode guard;
        const auto ref = model->net()->logits(x);
        int ran = 0;
        for (auto p : {k::Precision::Fp32, k::Precision::Int8, k::Precision::Bf16}) {
            std::string why;
            const auto plan = onednnPlan(p, &why);
            if (!plan) {
                qInfo("oneDNN %s not run here: %s", k::precisionName(p).c_str(), why.c_str());
                continue;
            }
            NativeRunnable runnable(*model->residualMlp(), p, k::defaultIsa(), *plan, {batch}, spec.seed);
            QCOMPARE(runnable.backends().backendFor(batch), k::Backend::Onednn);
            QCOMPARE(runnable.choices().front().choice, std::string("onednn"));
            auto got = torch::empty({batch, outputs});
            runnable.backends().logits(x.contiguous().data_ptr<float>(), batch, got.data_ptr<float>());
            const double maxErr = (got - ref).abs().max().item<double>();
            const double cos = cosine(got, ref);
            qInfo("oneDNN %s: logit cosine %.6f, max abs error %.2e", k::precisionName(p).c_str(), cos, maxErr);
            if (p == k::Precision::Fp32)
                QVERIFY2(maxErr <= 1e-4, qPrintable(QStringLiteral("fp32 max abs error %1").arg(maxErr)));
            else
                QVERIFY2(cos >= 0.99, qPrintable(QStringLiteral("%1 logit cosine %2")
                                                     .arg(QString::fromStdString(k::precisionName(p)))
                                                     .arg(cos)));
            ++ran;
        }
        if (!k::onednnInBuild())
            QSKIP("no oneDNN in this build");
        QVERIFY(ran >= 1);  // fp32 runs wherever oneDNN is
    }

    // The workspace's methods at each prepared batch size, on whatever each one chose: the same bounds against
    // eager, on the runner's path (evaluate), and the step says what it chose.
    void everyChosenPathMatchesEager()
    {
        ModelSpec spec;
        EngineSettings settings;
        settings.batches = {1, 4, 16};
        auto ws = Workspace::create(spec, settings);
        std::vector<float> in(64 * 4);
        std::mt19937 rng(11);
        std::normal_distribution<float> normal;
        for (auto& v : in)
            v = normal(rng);
        auto eager = ws->prepare("eager", {});
        for (const char* method : {"native_fp32", "native_int8", "native_bf16"}) {
            auto m = ws->prepare(method, {});
            const auto& step = m->steps().front();
            if (step.status == StepStatus::NotApplicable) {
                QCOMPARE(std::string(method), std::string("native_bf16"));
                QVERIFY(!k::hasBf16Arithmetic(cpuFeatures()));
                QCOMPARE(step.message, std::string("not supported on this CPU: needs AVX512_BF16 or AMX"));
                continue;
            }
            QVERIFY2(m->ok(), method);
            QCOMPARE(step.choices.size(), std::size_t(3));
            qInfo("%s: %s", method, step.message.c_str());
            QVERIFY(step.message.find("per batch size: b1 ") != std::string::npos);
            for (const auto& c : step.choices) {
                QVERIFY(c.choice == "kernels" || c.choice == "onednn");
                std::vector<float> ref, got;
                eager->evaluate(in.data(), c.batch, ref);
                m->evaluate(in.data(), c.batch, got);
                double maxErr = 0;
                for (std::size_t i = 0; i < ref.size(); ++i)
                    maxErr = std::max(maxErr, static_cast<double>(std::fabs(ref[i] - got[i])));
                const double cos = scoreCosine(ref, got);
                qInfo("  b%d on %s: logit cosine %.6f, max abs error of the scores %.2e", c.batch, c.choice.c_str(),
                      cos, maxErr);
                if (std::string(method) == "native_fp32")
                    QVERIFY(maxErr <= 1e-4);
                else
                    QVERIFY(cos >= 0.99);
            }
        }
    }

    void backendForcedByOption()
    {
        ModelSpec spec;
        spec.hidden = 64;
        spec.layers = 2;
        EngineSettings settings;
        settings.batches = {1, 8};
        settings.options["native.backend"] = "kernels";
        auto m = Workspace::create(spec, settings)->prepare("native_int8", {});
        QVERIFY(m->ok());
        for (const auto& c : m->steps().front().choices)
            QCOMPARE(c.choice, std::string("kernels"));
        settings.options["native.backend"] = "gpu";
        auto bad = Workspace::create(spec, settings)->prepare("native_fp32", {});
        QVERIFY(!bad->ok());
        QVERIFY(bad->steps().front().error.find("native.backend") != std::string::npos);
        if (!k::onednnInBuild())
            return;
        settings.options["native.backend"] = "onednn";
        auto onednn = Workspace::create(spec, settings)->prepare("native_fp32", {});
        QVERIFY(onednn->ok());
        for (const auto& c : onednn->steps().front().choices)
            QCOMPARE(c.choice, std::string("onednn"));
        // A batch size that was not prepared is cut into prepared ones: 19 = 8 + 8 + 1.
        std::vector<float> in(19 * 4, 0.25f), a, b;
        onednn->evaluate(in.data(), 19, a);
        Workspace::create(spec, {})->prepare("eager", {})->evaluate(in.data(), 19, b);
        for (std::size_t i = 0; i < a.size(); ++i)
            QVERIFY(std::fabs(a[i] - b[i]) <= 1e-4f);
    }

    void simdPathsAgreeWithTheScalarFallback()
    {
        const auto isas = k::availableIsas();
        if (isas.size() < 2)
            QSKIP("only the scalar kernels run on this machine");
        ModelSpec spec;
        spec.hidden = 75;
        spec.layers = 3;
        auto model = modelWithBiases(spec);
        std::vector<at::Tensor> keep;
        const auto weights = weightsOf(*model->residualMlp(), keep);
        // hidden 75 = 5 panels of 16: batch 1 takes the four-panel tiles plus a single one; 2 and 17 the row tiles.
        for (int batch : {1, 2, 17}) {
            const auto x = inputs(batch, spec.inputs);
            for (auto p : {k::Precision::Fp32, k::Precision::Bf16, k::Precision::Int8}) {
                k::NativeMlp scalar(weights, p, k::Isa::Scalar);
                k::NativeMlp simd(weights, p, isas.back());
                const double d = (nativeLogits(scalar, x) - nativeLogits(simd, x)).abs().max().item<double>();
                const QString what = QString::fromStdString(k::precisionName(p));
                QVERIFY2(d <= 1e-4, qPrintable(QStringLiteral("%1 batch %2: %3").arg(what).arg(batch).arg(d)));
            }
        }
    }

    void quantizationIsIdenticalOnEveryPath()
    {
        std::mt19937 rng(5);
        std::normal_distribution<float> normal(0.0f, 3.0f);
        const int rows = 5, kk = 77, kPad = 80;
        std::vector<float> a(static_cast<size_t>(rows) * kk);
        for (auto& v : a)
            v = normal(rng);
        a[3] = 0;
        std::vector<std::uint8_t> ref(static_cast<size_t>(rows) * kPad, 99);
        std::vector<float> refScale(rows);
        std::vector<std::int32_t> refZero(rows);
        k::scalarOps().quantize(a.data(), kk, rows, kk, kPad, ref.data(), kPad, refScale.data(), refZero.data());
        for (int m = 0; m < rows; ++m) {
            QVERIFY(refZero[m] >= 0 && refZero[m] <= k::kActivationLevels);
            for (int i = 0; i < kPad; ++i) {
                QVERIFY(ref[static_cast<size_t>(m) * kPad + i] <= k::kActivationLevels);
                if (i >= kk)
                    QCOMPARE(int(ref[static_cast<size_t>(m) * kPad + i]), 0);
            }
            // Each value comes back within half a step.
            for (int i = 0; i < kk; ++i) {
                const float back = (ref[static_cast<size_t>(m) * kPad + i] - refZero[m]) * refScale[m];
                QVERIFY(std::fabs(back - a[static_cast<size_t>(m) * kk + i]) <= 0.5f * refScale[m] + 1e-6f);
            }
        }
        for (k::Isa isa : k::availableIsas()) {
            std::vector<std::uint8_t> q(ref.size(), 99);
            std::vector<float> scale(rows);
            std::vector<std::int32_t> zero(rows);
            k::opsFor(isa).quantize(a.data(), kk, rows, kk, kPad, q.data(), kPad, scale.data(), zero.data());
            QVERIFY(q == ref);
            QVERIFY(scale == refScale);
            QVERIFY(zero == refZero);
        }
    }

    void strategiesThroughTheWorkspace()
    {
        ModelSpec spec;
        spec.hidden = 48;
        spec.layers = 2;
        auto ws = Workspace::create(spec, {});
        std::vector<float> in(17 * 4);
        for (size_t i = 0; i < in.size(); ++i)
            in[i] = static_cast<float>(std::sin(0.37 * static_cast<double>(i)));
        std::vector<float> ref, got;
        ws->prepare("eager", {})->evaluate(in.data(), 17, ref);
        for (const char* method : {"native_fp32", "mobile_xnnpack"}) {
            auto m = ws->prepare(method, {});
            QVERIFY2(m->ok(), method);
            m->evaluate(in.data(), 17, got);
            QCOMPARE(got.size(), ref.size());
            for (size_t i = 0; i < got.size(); ++i)
                QVERIFY(std::fabs(got[i] - ref[i]) <= 1e-4f);
            m->forward(in.data(), 1);
            m->forward(in.data(), 17);
        }
        auto int8 = ws->prepare("native_int8", {});
        QVERIFY(int8->ok());
        QVERIFY(int8->weightBytes() < ws->prepare("native_fp32", {})->weightBytes() / 3);
    }

    void scalarFallbackForcedByOptionAndEnvironment()
    {
        ModelSpec spec;
        spec.hidden = 20;
        spec.layers = 1;
        EngineSettings settings;
        settings.options["native.isa"] = "scalar";
        auto ws = Workspace::create(spec, settings);
        auto m = ws->prepare("native_fp32", {});
        QVERIFY(m->ok());
        QVERIFY(m->steps().front().message.find("scalar") != std::string::npos);

        qputenv("OPTIBENCH_NATIVE_ISA", "scalar");
        QCOMPARE(k::defaultIsa(), k::Isa::Scalar);
        auto ws2 = Workspace::create(spec, {});
        QVERIFY(ws2->prepare("native_int8", {})->steps().front().message.find("scalar") != std::string::npos);
        qunsetenv("OPTIBENCH_NATIVE_ISA");
        QCOMPARE(k::defaultIsa(), k::availableIsas().back());
    }

    void badIsaOptionFailsWithItsName()
    {
        ModelSpec spec;
        spec.hidden = 8;
        EngineSettings settings;
        settings.options["native.isa"] = "avx9000";
        auto m = Workspace::create(spec, settings)->prepare("native_fp32", {});
        QVERIFY(!m->ok());
        const auto& error = m->steps().front().error;
        QVERIFY(error.find("native.isa") != std::string::npos && error.find("avx9000") != std::string::npos);
    }

    void modelWithoutTheViewIsSkipped()
    {
        struct Opaque : Runnable {
            c10::IValue forward(const at::Tensor& x) override { return x; }
            std::string kind() const override { return "opaque"; }
            std::int64_t weightBytes() const override { return -1; }
        };
        ModelSpec spec;
        EngineSettings settings;
        const std::string method = "native_fp32";
        for (const char* id : {"native_fp32", "native_int8", "mobile_xnnpack"}) {
            StepInput in{spec, settings, std::make_shared<Opaque>(), method, 0, nullptr, {}};
            const auto out = StrategyRegistry::instance().find(id)->apply(in);
            QCOMPARE(out.report.status, StepStatus::Skipped);
            QVERIFY(out.report.message.find("opaque") != std::string::npos);
            QCOMPARE(out.model, in.model);
        }
    }

    void emptyBatchDoesNothing()
    {
        ModelSpec spec;
        spec.hidden = 8;
        auto model = modelWithBiases(spec);
        std::vector<at::Tensor> keep;
        k::NativeMlp mlp(weightsOf(*model->residualMlp(), keep), k::Precision::Int8, k::defaultIsa());
        float out = 42;
        mlp.logits(nullptr, 0, &out);
        QCOMPARE(out, 42.0f);
    }

    void weightArenaHandsOutAlignedBlocksAndRefusesOverflow()
    {
        const std::size_t sizes[] = {1, 63, 64, 65, 4096};
        std::size_t total = 0;
        for (auto n : sizes)
            total += k::WeightArena::footprint(n);
        k::WeightArena arena(total);
        unsigned char* last = nullptr;
        for (auto n : sizes) {
            auto* p = static_cast<unsigned char*>(arena.take(n));
            QCOMPARE(reinterpret_cast<std::uintptr_t>(p) % 64, std::uintptr_t(0));
            QVERIFY(!last || p > last);  // in the order taken: the forward reads them in this order
            QVERIFY(std::all_of(p, p + n, [](unsigned char c) { return c == 0; }));
            last = p;
        }
        // The small arena was not rounded up to a huge page: one byte more than reserved is refused.
        QVERIFY_THROWS_EXCEPTION(std::logic_error, arena.take(1));
        // Large enough for huge pages: the block is 2 MiB aligned.
        k::WeightArena big(std::size_t(600) << 10);
        QCOMPARE(reinterpret_cast<std::uintptr_t>(big.take(16)) % (std::uintptr_t(2) << 20), std::uintptr_t(0));
    }
};

QTEST_GUILESS_MAIN(TestNative)
#include "tst_native.moc"
