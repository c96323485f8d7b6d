// SPDX-License-Identifier: MIT
// auto: per batch size the fastest faithful method, its fidelity floor, its routing of batch sizes, what it says,
// and how it is listed (not in "all"; "all,auto" and "auto" alone both work).

#include <torch/torch.h>

#include <QTest>

#include <algorithm>
#include <cmath>
#include <random>
#include <set>

#include "config/validation.h"
#include "runtime/strategy.h"

using namespace ob::engine;

namespace {

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

std::vector<float> normalRows(int rows, int width, unsigned seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<float> normal;
    std::vector<float> v(static_cast<std::size_t>(rows) * width);
    for (auto& x : v)
        x = normal(rng);
    return v;
}

const std::set<std::string> kCandidates = {"eager",       "freeze_optimize", "native_fp32",   "native_int8",
                                           "native_bf16", "dynamic_int8",    "mobile_xnnpack"};

}  // namespace

class TestNativeAuto : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void picksPerBatchSizeAndSaysWhy()
    {
        ModelSpec spec;
        spec.hidden = 64;
        spec.layers = 3;
        EngineSettings settings;
        settings.batches = {1, 4, 16};
        settings.options["auto.budget_ms"] = "5";
        auto ws = Workspace::create(spec, settings);
        auto m = ws->prepare("auto", {});
        QVERIFY2(m->ok(), m->steps().front().error.c_str());
        const auto& step = m->steps().front();
        qInfo("%s", step.message.c_str());
        QCOMPARE(step.choices.size(), std::size_t(3));
        for (const auto& c : step.choices) {
            QVERIFY2(kCandidates.count(c.choice), c.choice.c_str());
            QVERIFY(c.cosine >= 0.999);
            QVERIFY(c.us > 0);
            const std::string b = "b" + std::to_string(c.batch) + ": " + c.choice;
            QVERIFY2(step.message.find(b) != std::string::npos, b.c_str());
        }
        QVERIFY(step.message.find("cos ") != std::string::npos);

        // Each prepared batch size, and sizes that were not prepared, run and stay faithful.
        auto eager = ws->prepare("eager", {});
        const auto in = normalRows(40, spec.inputs, 3);
        for (int batch : {1, 4, 16, 7, 40}) {
            std::vector<float> ref, got;
            eager->evaluate(in.data(), batch, ref);
            m->evaluate(in.data(), batch, got);
            QCOMPARE(got.size(), ref.size());
            QVERIFY2(scoreCosine(ref, got) >= 0.999, qPrintable(QString::number(batch)));
            m->forward(in.data(), batch);
        }
    }

    void theFidelityFloorExcludesLossyMethods()
    {
        ModelSpec spec;
        spec.hidden = 64;
        spec.layers = 3;
        EngineSettings settings;
        settings.batches = {1, 8};
        settings.options["auto.budget_ms"] = "3";
        settings.options["auto.min_cosine"] = "0.9999999";  // only fp32 paths reach this
        auto m = Workspace::create(spec, settings)->prepare("auto", {});
        QVERIFY2(m->ok(), m->steps().front().error.c_str());
        const auto& step = m->steps().front();
        for (const auto& c : step.choices) {
            QVERIFY2(c.choice != "native_int8" && c.choice != "dynamic_int8" && c.choice != "native_bf16",
                     c.choice.c_str());
            QVERIFY(c.arithmetic != "int8" && c.arithmetic != "bf16");
        }
        // The lossy candidates are named with their cosine.
        QVERIFY2(step.message.find("below the fidelity floor: ") != std::string::npos, step.message.c_str());
        QVERIFY(step.message.find("native_int8 cos 0.99") != std::string::npos);
    }

    void worksOnAModelWithoutTheResidualView()
    {
        // The original model: the native candidates skip it (named in the message), the others compete.
        ModelSpec spec;
        spec.model = "original";
        spec.hidden = 32;
        spec.layers = 2;
        EngineSettings settings;
        settings.batches = {1, 2};
        settings.options["auto.budget_ms"] = "3";
        auto ws = Workspace::create(spec, settings);
        auto m = ws->prepare("auto", {});
        QVERIFY2(m->ok(), m->steps().front().error.c_str());
        const auto& step = m->steps().front();
        QVERIFY2(step.message.find("native_fp32 skipped") != std::string::npos, step.message.c_str());
        for (const auto& c : step.choices)
            QVERIFY(c.choice.rfind("native_", 0) != 0);
        std::vector<float> in(2 * spec.inputs, 0.3f), ref, got;
        ws->prepare("eager", {})->evaluate(in.data(), 2, ref);
        m->evaluate(in.data(), 2, got);
        QVERIFY(scoreCosine(ref, got) >= 0.999);
    }

    void badOptionsFailWithTheirName()
    {
        ModelSpec spec;
        spec.hidden = 8;
        spec.layers = 1;
        for (const auto& [key, value] : std::vector<std::pair<std::string, std::string>>{
                 {"auto.min_cosine", "2"}, {"auto.min_cosine", "x"}, {"auto.budget_ms", "0"}}) {
            EngineSettings settings;
            settings.options[key] = value;
            auto m = Workspace::create(spec, settings)->prepare("auto", {});
            QVERIFY(!m->ok());
            QVERIFY2(m->steps().front().error.find(key) != std::string::npos, m->steps().front().error.c_str());
        }
    }

    void listedInCompileNotInAll()
    {
        const auto infos = strategies();
        const auto it = std::find_if(infos.begin(), infos.end(), [](const auto& i) { return i.id == "auto"; });
        QVERIFY(it != infos.end());
        QCOMPARE(it->group, std::string("Compile"));
        QVERIFY(!it->inAll);
        QVERIFY(!it->notForModelFiles.empty());  // a model file with its own inputs: not applicable, with why
        const QStringList all = ob::expandMethods({QStringLiteral("all")});
        QVERIFY(!all.contains(QStringLiteral("auto")));
        const QStringList both = ob::expandMethods({QStringLiteral("all"), QStringLiteral("auto")});
        QCOMPARE(both.count(QStringLiteral("auto")), 1);
        QCOMPARE(both.size(), all.size() + 1);
        QVERIFY(!ob::checkMethod(QStringLiteral("auto")));
    }
};

QTEST_GUILESS_MAIN(TestNativeAuto)
#include "tst_native_auto.moc"
