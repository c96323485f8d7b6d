// SPDX-License-Identifier: MIT
// The original model: its nested output structure, determinism from the seed, and that its path really depends on
// the input (the evaluation set takes several chain lengths and strategy branches).

#include <torch/torch.h>

#include <QTest>

#include <set>

#include "bench/inputs.h"
#include "models/model_factory.h"
#include "models/original_model.h"
#include "optibench/engine/engine.h"

using namespace ob::engine;

namespace {

// The evaluation set of a run with the default configuration (1024 rows, seed 42; see bench/runner.cpp).
at::Tensor evaluationSet(int rows = 1024, std::uint64_t seed = 42)
{
    auto data = ob::InputGenerator(ob::deriveSeed(seed, 1)).next(static_cast<std::size_t>(rows) * 4);
    return torch::from_blob(data.data(), {rows, 4}, torch::kFloat).clone();
}

std::string pathHistogram(const at::Tensor& values)
{
    const auto counts = torch::bincount(values);
    std::string out;
    for (int64_t i = 0; i < counts.size(0); ++i)
        out += (i ? " " : "") + std::to_string(i) + ":" + std::to_string(counts[i].item<int64_t>());
    return out;
}

}  // namespace

class TestOriginalModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void outputStructure()
    {
        ModelSpec spec;
        spec.model = "original";
        spec.hidden = 32;
        spec.layers = 3;
        OriginalModel model(spec);
        QVERIFY(model.dataDependentControlFlow());
        c10::InferenceMode guard;
        const auto out = model.forward(torch::randn({5, 4}));
        QVERIFY(out.isGenericDict());
        const auto dict = out.toGenericDict();
        std::vector<std::string> keys;
        for (const auto& e : dict)
            keys.push_back(e.key().toStringRef());
        QCOMPARE(keys, (std::vector<std::string>{"reasoning_scores", "confidence", "attention", "reasoning_chain",
                                                 "strategy"}));
        const auto scores = dict.at(std::string("reasoning_scores")).toTensor();
        QCOMPARE(scores.sizes().vec(), (std::vector<int64_t>{5, 13}));
        QVERIFY(scores.min().item<float>() > 0 && scores.max().item<float>() < 1);
        QCOMPARE(dict.at(std::string("confidence")).toTensor().sizes().vec(), (std::vector<int64_t>{5, 1}));

        const auto attention = dict.at(std::string("attention")).toGenericDict();
        const auto weights = attention.at(std::string("weights")).toTensor();
        QCOMPARE(weights.sizes().vec(), (std::vector<int64_t>{5, OriginalShape::kMemorySlots}));
        QVERIFY(torch::allclose(weights.sum(1), torch::ones({5}), 1e-5, 1e-5));  // softmax over the slots
        const auto used = attention.at(std::string("memory_slots_used"));
        QVERIFY(used.isInt());
        QVERIFY(used.toInt() >= 0 && used.toInt() <= OriginalShape::kMemorySlots);

        const auto chain = dict.at(std::string("reasoning_chain")).toList();
        QVERIFY(chain.size() >= 2 && chain.size() <= 6 && chain.size() % 2 == 0);
        for (size_t i = 0; i < chain.size(); i += 2) {
            QVERIFY(chain.get(i).isInt());  // a list mixing int step ids ...
            QCOMPARE(chain.get(i).toInt(), int64_t(i / 2));
            QVERIFY(chain.get(i + 1).isTensor());  // ... and Tensor states
            QCOMPARE(chain.get(i + 1).toTensor().sizes().vec(), (std::vector<int64_t>{5, 32}));
        }
        const auto strategy = dict.at(std::string("strategy"));
        QVERIFY(strategy.isInt());
        QVERIFY(strategy.toInt() >= 0 && strategy.toInt() < OriginalShape::kStrategies);
    }

    void deterministicFromSeed()
    {
        ModelSpec spec;
        spec.model = "original";
        spec.hidden = 16;
        spec.layers = 2;
        const auto x = torch::randn({7, 4});
        c10::InferenceMode guard;
        const auto a = scoresOf(OriginalModel(spec).forward(x));
        const auto b = scoresOf(OriginalModel(spec).forward(x));
        spec.seed = 43;
        const auto c = scoresOf(OriginalModel(spec).forward(x));
        QVERIFY(torch::equal(a, b));
        QVERIFY(!torch::equal(a, c));
    }

    void rowsDoNotDependOnTheirBatch()
    {
        ModelSpec spec;
        spec.model = "original";
        OriginalModel model(spec);
        const auto x = evaluationSet(64);
        c10::InferenceMode guard;
        const auto together = scoresOf(model.forward(x));
        for (int64_t i : {0, 17, 63}) {
            const auto alone = scoresOf(model.forward(x.slice(0, i, i + 1)));
            QVERIFY(torch::allclose(alone, together.slice(0, i, i + 1), 1e-5, 1e-6));
        }
    }

    void evaluationSetTakesSeveralPaths()
    {
        ModelSpec spec;
        spec.model = "original";  // default size: hidden 256, 7 layers
        OriginalModel model(spec);
        const auto p = model.paths(evaluationSet());
        const auto steps = p.steps.contiguous();
        const auto strategy = p.strategy.contiguous();
        qInfo("chain lengths over the evaluation set (steps:rows): %s", pathHistogram(steps).c_str());
        qInfo("strategies over the evaluation set (branch:rows): %s", pathHistogram(strategy).c_str());
        std::set<int64_t> lengths(steps.data_ptr<int64_t>(), steps.data_ptr<int64_t>() + steps.numel());
        std::set<int64_t> branches(strategy.data_ptr<int64_t>(), strategy.data_ptr<int64_t>() + strategy.numel());
        QVERIFY2(lengths.size() >= 3, "the chain length should vary over the evaluation set");
        QCOMPARE(branches.size(), size_t(OriginalShape::kStrategies));
        // No path is taken by (almost) every row: at least 10 % of the rows take another chain length / branch.
        QVERIFY(torch::bincount(steps).max().item<int64_t>() < 0.9 * 1024);
        QVERIFY(torch::bincount(strategy).max().item<int64_t>() < 0.9 * 1024);
    }

    void zeroLayers()
    {
        ModelSpec spec;
        spec.model = "original";
        spec.hidden = 6;
        spec.layers = 0;
        OriginalModel model(spec);
        c10::InferenceMode guard;
        const auto dict = model.forward(torch::randn({2, 4})).toGenericDict();
        QCOMPARE(dict.at(std::string("reasoning_chain")).toList().size(), size_t(0));
        QCOMPARE(scoresOf(dict).sizes().vec(), (std::vector<int64_t>{2, 13}));
    }

    void factoryAndCost()
    {
        ModelSpec spec;
        spec.model = "original";
        bool listed = false;
        for (const auto& m : models())
            listed = listed || (m.id == "original" && m.dataDependentControlFlow);
        QVERIFY(listed);
        const auto built = buildModel(spec);
        QVERIFY(built->dataDependentControlFlow());
        const ModelCost c = estimateCost(spec);
        QCOMPARE(c.parameters, static_cast<std::int64_t>(built->weightBytes() / 4));
        // At least the dense part of every step and branch; more than the simplified model of the same size.
        spec.model = "simplified";
        QVERIFY(c.flopsPerSample > estimateCost(spec).flopsPerSample);
    }
};

QTEST_GUILESS_MAIN(TestOriginalModel)
#include "tst_original_model.moc"
