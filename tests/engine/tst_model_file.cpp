// SPDX-License-Identifier: MIT
// Model "torchscript": a TorchScript file loaded as the base model. A saved simplified model gives the same answers
// and is recognised as a residual MLP (so quantization and the native kernels apply); files that are not TorchScript
// and modules with the wrong interface are refused with messages that say so.

#include <torch/script.h>
#include <torch/torch.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "models/model_factory.h"
#include "optibench/engine/engine.h"
#include "results/runresult.h"
#include "roofline/roofline.h"
#include "testutils.h"

using namespace ob::engine;

namespace {

ModelSpec simplified(int hidden = 64, int layers = 3)
{
    ModelSpec s;
    s.hidden = hidden;
    s.layers = layers;
    return s;
}

ModelSpec fileSpec(const std::string& path)
{
    ModelSpec s;
    s.model = "torchscript";
    s.path = path;
    return s;
}

std::vector<float> inputs(int rows)
{
    torch::manual_seed(11);
    const auto t = torch::randn({rows, 4}).contiguous();
    return {t.data_ptr<float>(), t.data_ptr<float>() + t.numel()};
}

std::vector<float> scores(Workspace& ws, const std::string& method, int rows)
{
    auto m = ws.prepare(method, {});
    if (!m->ok())
        throw std::runtime_error(method + " did not prepare: " + m->steps().back().error);
    std::vector<float> out;
    const auto x = inputs(rows);
    m->evaluate(x.data(), rows, out);
    return out;
}

float maxAbs(const std::vector<float>& a, const std::vector<float>& b)
{
    if (a.size() != b.size())
        return std::numeric_limits<float>::infinity();
    float worst = 0;
    for (size_t i = 0; i < a.size(); ++i)
        worst = std::max(worst, std::abs(a[i] - b[i]));
    return worst;
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

/// What building a model from `path` throws ("" when it does not throw).
std::string buildError(const std::string& path, int inputs = 4)
{
    ModelSpec s = fileSpec(path);
    s.inputs = inputs;
    try {
        buildModel(s);
    } catch (const EngineError& e) {
        return e.what();
    }
    return {};
}

bool contains(const std::string& text, const std::string& words)
{
    return text.find(words) != std::string::npos;
}

}  // namespace

class TestModelFile : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::string path(const char* name) const { return m_dir.filePath(QLatin1String(name)).toStdString(); }

private Q_SLOTS:
    void listedWithSummary()
    {
        bool listed = false;
        for (const auto& m : models())
            listed = listed || (m.id == "torchscript" && contains(m.summary, "TorchScript"));
        QVERIFY(listed);
        QVERIFY_THROWS_EXCEPTION(EngineError, checkSpec(fileSpec("")));
    }

    // Saved by jit_script (one parameter per weight): the same answers as the model it came from, bit for bit, and
    // the lowering strategies find the residual MLP. A trace keeps the weights as tensor constants, not as the
    // model's parameters: it runs with the same answers but is not recognised.
    void savedSimplifiedModelRoundTrip()
    {
        auto original = Workspace::create(simplified(), {});
        const auto want = scores(*original, "eager", 200);
        for (const auto& [method, recognised] : {std::pair{"jit_script", true},
                                                 std::pair{"simplify_outputs+jit_trace", false}}) {
            auto prepared = original->prepare(method, {});
            QVERIFY2(prepared->ok(), method);
            const std::string file = path(recognised ? "scripted.pt" : "traced.pt");
            prepared->saveTorchScript(file);

            const auto model = buildModel(fileSpec(file));
            QCOMPARE(model->kind(), std::string("TorchScript (loaded from file)"));
            QVERIFY(model->scriptModule() != nullptr);
            QCOMPARE(model->residualMlp() != nullptr, recognised);
            // The trace's graph holds its weights as constants, identical ones (the zero biases) pooled into one.
            const std::int64_t fp32 = estimateCost(simplified()).weightBytesFp32;
            if (recognised)
                QCOMPARE(model->weightBytes(), fp32);
            else
                QVERIFY(model->weightBytes() > fp32 * 95 / 100 && model->weightBytes() <= fp32);

            auto loaded = Workspace::create(fileSpec(file), {});
            QCOMPARE(loaded->spec().outputs, 13);
            QCOMPARE(maxAbs(scores(*loaded, "eager", 200), want), 0.0f);
            const ModelFileInfo info = inspectModelFile(fileSpec(file));
            QVERIFY(info.ok);
            QCOMPARE(info.residualMlp, recognised);
            QCOMPARE(info.outputs, 13);
            QCOMPARE(info.weightBytes, model->weightBytes());
            if (!recognised) {
                QCOMPARE(estimateCost(fileSpec(file)).flopsPerSample, 0.0);  // unknown
                const auto native = loaded->prepare("native_fp32", {});
                QVERIFY(!native->steps().empty());
                QVERIFY(native->steps().front().status != StepStatus::Ok);
                continue;
            }
            QCOMPARE(model->residualMlp()->blocks.size(), size_t(3));
            QCOMPARE(loaded->spec().hidden, 64);
            QCOMPARE(loaded->spec().layers, 3);
            // The lowering strategies run on the recognised chain: native fp32 is close, int8 within its error.
            QVERIFY(maxAbs(scores(*loaded, "native_fp32", 200), want) < 1e-5f);
            QVERIFY(maxAbs(scores(*loaded, "dynamic_int8", 200), want) < 0.1f);
            QCOMPARE(info.parameters, estimateCost(simplified()).parameters);
            QCOMPARE(estimateCost(fileSpec(file)).flopsPerSample, estimateCost(simplified()).flopsPerSample);
        }
    }

    // A module that is not the simplified chain loads and runs, but the lowering strategies have nothing to lower.
    void otherModuleIsNotRecognised()
    {
        torch::jit::Module m("Other");
        m.register_parameter("w", torch::randn({5, 4}), false);
        m.define("def forward(self, x: Tensor) -> Tensor:\n    return torch.tanh(torch.matmul(x, self.w.t()))\n");
        const std::string file = path("other.pt");
        m.save(file);
        const ModelFileInfo info = inspectModelFile(fileSpec(file));
        QVERIFY2(info.ok, info.error.c_str());
        QVERIFY(!info.residualMlp);
        QCOMPARE(info.outputs, 5);
        QCOMPARE(info.parameters, std::int64_t(20));
        QCOMPARE(info.flopsPerSample, 0.0);  // unknown
        auto ws = Workspace::create(fileSpec(file), {});
        QCOMPARE(ws->spec().outputs, 5);
        QVERIFY(ws->prepare("eager", {})->ok());
        QVERIFY(!ws->prepare("native_fp32", {})->ok() || ws->prepare("native_fp32", {})->steps()[0].status
                                                             == StepStatus::Skipped);
    }

    // The roofline needs FLOPs: a recognised file has them, any other file gets no point (unknown, not 0).
    void rooflineOnlyWhenRecognised()
    {
        auto original = Workspace::create(simplified(), {});
        for (const auto& [method, recognised] : {std::pair{"jit_script", true},
                                                 std::pair{"simplify_outputs+jit_trace", false}}) {
            const std::string file = path(recognised ? "roof_scripted.pt" : "roof_traced.pt");
            original->prepare(method, {})->saveTorchScript(file);
            ob::RunResult run;
            run.config.model = QStringLiteral("torchscript");
            run.config.modelFile = QString::fromStdString(file);
            ob::MethodResult eager;
            eager.method = QStringLiteral("eager");
            eager.weightBytes = -1;
            ob::BatchResult b;
            b.batch = 1;
            b.samplesMs = {0.1, 0.1, 0.1};
            ob::summarizeBatch(b);
            eager.batches.push_back(b);
            run.results.push_back(eager);
            ob::roofline::annotateRoofline(run, ob::test::madeUpRoofs());
            QCOMPARE(run.results.front().batches.front().roofline.has_value(), recognised);
        }
    }

    void notTorchScriptFiles()
    {
        auto original = Workspace::create(simplified(), {});
        auto prepared = original->prepare("jit_script", {});
        const std::string good = path("good.pt");
        prepared->saveTorchScript(good);
        QFile f(QString::fromStdString(good));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();

        writeBytes(m_dir.filePath(QStringLiteral("text.pt")), "this is not a model\n");
        writeBytes(m_dir.filePath(QStringLiteral("empty.pt")), {});
        writeBytes(m_dir.filePath(QStringLiteral("truncated.pt")), bytes.left(bytes.size() / 2));
        for (const char* name : {"text.pt", "empty.pt", "truncated.pt"}) {
            const std::string error = buildError(path(name));
            QVERIFY2(contains(error, "model-file: " + path(name)), error.c_str());
            QVERIFY2(contains(error, "is not a TorchScript model file (torch::jit::save archive)"), error.c_str());
            QVERIFY2(contains(error, "LibTorch: "), error.c_str());  // LibTorch's own words follow
            const ModelFileInfo info = inspectModelFile(fileSpec(path(name)));
            QVERIFY(!info.ok);
            QCOMPARE(info.errorKind, std::string("not_torchscript"));
            QVERIFY(!info.detail.empty());
            QVERIFY2(contains(info.error, info.detail), info.error.c_str());
        }
        QVERIFY(contains(buildError(path("missing.pt")), "cannot be read"));
    }

    void wrongInterface()
    {
        // A forward for 3 inputs, probed with 4.
        torch::jit::Module narrow("Narrow");
        narrow.register_parameter("w", torch::randn({2, 3}), false);
        narrow.define("def forward(self, x: Tensor) -> Tensor:\n    return torch.matmul(x, self.w.t())\n");
        narrow.save(path("narrow.pt"));
        std::string error = buildError(path("narrow.pt"));
        QVERIFY2(contains(error, "model-file: " + path("narrow.pt")), error.c_str());
        QVERIFY2(contains(error, "[1, 4] float input"), error.c_str());
        QVERIFY2(contains(error, "a TorchScript module whose forward takes a [batch, inputs] float tensor"),
                 error.c_str());
        QVERIFY2(contains(error, "LibTorch: "), error.c_str());
        QVERIFY(buildError(path("narrow.pt"), 3).empty());  // with --inputs 3 it is fine

        // Scores of the wrong rank.
        torch::jit::Module flat("Flat");
        flat.define("def forward(self, x: Tensor) -> Tensor:\n    return x.sum()\n");
        flat.save(path("flat.pt"));
        error = buildError(path("flat.pt"));
        QVERIFY2(contains(error, "not [1, N] floats"), error.c_str());
        QCOMPARE(inspectModelFile(fileSpec(path("flat.pt"))).errorKind, std::string("interface"));
    }
};

QTEST_GUILESS_MAIN(TestModelFile)
#include "tst_model_file.moc"
