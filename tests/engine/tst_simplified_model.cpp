// SPDX-License-Identifier: MIT
// The simplified model: output structure, shapes, determinism from the seed, and the public interface.

#include <torch/torch.h>

#include <QTest>

#include "models/model_factory.h"
#include "models/simplified_model.h"
#include "optibench/engine/engine.h"

using namespace ob::engine;

class TestSimplifiedModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void outputStructure()
    {
        ModelSpec spec;
        spec.hidden = 32;
        spec.layers = 3;
        SimplifiedModel model(spec);
        c10::InferenceMode guard;
        const auto out = model.forward(torch::randn({5, 4}));
        QVERIFY(out.isGenericDict());
        const auto dict = out.toGenericDict();
        QCOMPARE(dict.size(), size_t(2));
        const auto scores = dict.at(std::string("reasoning_scores")).toTensor();
        const auto confidence = dict.at(std::string("confidence")).toTensor();
        QCOMPARE(scores.sizes().vec(), (std::vector<int64_t>{5, 13}));
        QCOMPARE(confidence.sizes().vec(), (std::vector<int64_t>{5, 1}));
        QVERIFY(scores.min().item<float>() > 0 && scores.max().item<float>() < 1);
        // confidence = max softmax(logits), and logits = logit(scores).
        const auto logits = torch::logit(scores.to(torch::kDouble));
        const auto expected = std::get<0>(torch::softmax(logits, -1).max(-1, true)).to(torch::kFloat);
        QVERIFY(torch::allclose(confidence, expected, 1e-5, 1e-6));
        QCOMPARE(model.residualMlp()->blocks.size(), size_t(3));
    }

    void xavierInitialisationAndZeroBias()
    {
        ModelSpec spec;
        spec.hidden = 256;
        SimplifiedModel model(spec);
        const auto& w = model.residualMlp()->blocks[0].fc1.weight;
        const double bound = std::sqrt(6.0 / (256 + 256));
        QVERIFY(w.abs().max().item<double>() <= bound);
        QVERIFY(w.abs().max().item<double>() > 0.9 * bound);
        QCOMPARE(model.residualMlp()->blocks[0].fc1.bias.abs().sum().item<double>(), 0.0);
    }

    void deterministicFromSeed()
    {
        ModelSpec spec;
        spec.hidden = 16;
        spec.layers = 2;
        const auto x = torch::randn({3, 4});
        c10::InferenceMode guard;
        const auto a = scoresOf(SimplifiedModel(spec).forward(x));
        const auto b = scoresOf(SimplifiedModel(spec).forward(x));
        spec.seed = 43;
        const auto c = scoresOf(SimplifiedModel(spec).forward(x));
        QVERIFY(torch::equal(a, b));
        QVERIFY(!torch::equal(a, c));
    }

    void zeroLayersAndOtherWidths()
    {
        ModelSpec spec;
        spec.layers = 0;
        spec.inputs = 7;
        spec.outputs = 3;
        spec.hidden = 8;
        auto ws = Workspace::create(spec, {});
        auto m = ws->prepare("eager", {});
        QVERIFY(m->ok());
        std::vector<float> in(2 * 7, 0.5f), scores;
        m->evaluate(in.data(), 2, scores);
        QCOMPARE(scores.size(), size_t(6));
    }

    void invalidSpecIsRefused()
    {
        ModelSpec spec;
        spec.hidden = 0;
        QVERIFY_THROWS_EXCEPTION(EngineError, Workspace::create(spec, {}));
        spec.hidden = 8;
        spec.model = "nope";
        QVERIFY_THROWS_EXCEPTION(EngineError, Workspace::create(spec, {}));
    }

    void unknownStrategyFailsTheMethodOnly()
    {
        ModelSpec spec;
        spec.hidden = 8;
        auto ws = Workspace::create(spec, {});
        auto m = ws->prepare("eager+warp_drive", {});
        QVERIFY(!m->ok());
        QCOMPARE(m->steps().back().status, StepStatus::Failed);
        QVERIFY(m->steps().back().error.find("warp_drive") != std::string::npos);
        QVERIFY(ws->prepare("eager", {})->ok());
    }

    void costOfTheDefaultModel()
    {
        const ModelCost c = estimateCost(ModelSpec{});
        QCOMPARE(c.parameters, std::int64_t(921856 + 3853));
        QCOMPARE(c.flopsPerSample, 2.0 * (4 * 256 + 7 * 2 * 256 * 256 + 256 * 13));
    }
};

QTEST_GUILESS_MAIN(TestSimplifiedModel)
#include "tst_simplified_model.moc"
