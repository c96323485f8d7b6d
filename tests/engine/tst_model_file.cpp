// SPDX-License-Identifier: MIT
// Model "torchscript": a TorchScript file loaded as the base model. A saved simplified model gives the same answers
// and is recognised as a residual MLP (so quantization and the native kernels apply); any other module runs on its
// own inputs; files that are not TorchScript and inputs that do not fit are refused with messages that say so.

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

ModelSpec fileSpec(const std::string& path, const std::string& input = {})
{
    ModelSpec s;
    s.model = "torchscript";
    s.path = path;
    if (!input.empty()) {  // one [batch, width] float input, width = input
        InputSpec x;
        x.name = "x";
        x.dims = {InputSpec::kBatch, std::stoll(input)};
        s.inputSpecs.push_back(x);
    }
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

/// What building a model from `path` throws ("" when it does not throw); `input`: the width of x, else inferred.
std::string buildError(const std::string& path, const std::string& input = {})
{
    ModelSpec s = fileSpec(path, input);
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
            if (recognised)
                QCOMPARE(maxAbs(scores(*loaded, "eager", 200), want), 0.0f);
            const ModelFileInfo info = inspectModelFile(fileSpec(file));
            QVERIFY(info.ok);
            QCOMPARE(info.residualMlp, recognised);
            QCOMPARE(info.outputs, 13);
            QCOMPARE(info.weightBytes, model->weightBytes());
            // FLOPs are counted from the graph either way: the same as the model it came from.
            QCOMPARE(estimateCost(fileSpec(file)).flopsPerSample, estimateCost(simplified()).flopsPerSample);
            if (!recognised) {
                // Not the simplified model: its own inputs, compared leaf by leaf; native kernels do not apply.
                QVERIFY(loaded->ownInputs());
                QCOMPARE(info.inputSpecs.at(0).dims, (std::vector<std::int64_t>{InputSpec::kBatch, 4}));
                const auto native = loaded->prepare("native_fp32", {});
                QVERIFY(!native->ok());
                QCOMPARE(native->steps().front().status, StepStatus::NotApplicable);
                continue;
            }
            QVERIFY(!loaded->ownInputs());
            QCOMPARE(model->residualMlp()->blocks.size(), size_t(3));
            QCOMPARE(loaded->spec().hidden, 64);
            QCOMPARE(loaded->spec().layers, 3);
            // The lowering strategies run on the recognised chain: native fp32 is close, int8 within its error.
            QVERIFY(maxAbs(scores(*loaded, "native_fp32", 200), want) < 1e-5f);
            QVERIFY(maxAbs(scores(*loaded, "dynamic_int8", 200), want) < 0.1f);
            QCOMPARE(info.parameters, estimateCost(simplified()).parameters);
        }
    }

    // A module that is not the simplified chain loads and runs on its own inputs; the lowering strategies do not
    // apply to it, and say so.
    void otherModuleIsNotRecognised()
    {
        torch::jit::Module m("Other");
        m.register_parameter("w", torch::randn({5, 4}), false);
        m.define("def forward(self, x: Tensor) -> Tensor:\n    return torch.tanh(torch.matmul(x, self.w.t()))\n");
        const std::string file = path("other.pt");
        m.save(file);
        const ModelFileInfo info = inspectModelFile(fileSpec(file));  // x:B,4 from the matmul's weight
        QVERIFY2(info.ok, info.error.c_str());
        QVERIFY(!info.residualMlp);
        QCOMPARE(info.outputs, 5);
        QCOMPARE(info.parameters, std::int64_t(20));
        QCOMPARE(info.cost.flops, 2.0 * 5 * 4);  // the matmul, counted from the graph
        QCOMPARE(info.cost.uncounted, std::vector<std::string>{"aten::tanh"});
        auto ws = Workspace::create(fileSpec(file, "4"), {});
        QCOMPARE(ws->spec().outputs, 5);
        QVERIFY(ws->prepare("eager", {})->ok());
        QCOMPARE(ws->prepare("native_fp32", {})->steps()[0].status, StepStatus::NotApplicable);
    }

    // The roofline needs FLOPs: any file whose operators are counted gets a point; one with nothing countable
    // (unknown, not 0) gets none.
    void rooflineWhenFlopsAreCounted()
    {
        auto original = Workspace::create(simplified(), {});
        const std::string traced = path("roof_traced.pt");
        original->prepare("simplify_outputs+jit_trace", {})->saveTorchScript(traced);
        torch::jit::Module t("Tanh");
        t.define("def forward(self, x: Tensor) -> Tensor:\n    return torch.tanh(x)\n");
        const std::string tanh = path("roof_tanh.pt");
        t.save(tanh);
        for (const auto& [file, counted] : {std::pair{traced, true}, std::pair{tanh, false}}) {
            ob::RunResult run;
            run.config.model = QStringLiteral("torchscript");
            run.config.modelFile = QString::fromStdString(file);
            run.config.inputSpecs = {QStringLiteral("B,4")};
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
            QCOMPARE(run.results.front().batches.front().roofline.has_value(), counted);
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
        // Nothing in this graph tells the shape of x: it is asked for.
        torch::jit::Module opaque("Opaque");
        opaque.register_parameter("s", torch::randn({1}), false);
        opaque.define("def forward(self, x: Tensor) -> Tensor:\n    return x.sum(1) * self.s\n");
        opaque.save(path("opaque.pt"));
        const ModelFileInfo unknown = inspectModelFile(fileSpec(path("opaque.pt")));
        QCOMPARE(unknown.errorKind, std::string("inputs"));
        QCOMPARE(unknown.argument, std::string("x"));
        QVERIFY2(contains(unknown.error, "cannot be inferred"), unknown.error.c_str());

        // A forward for 3 inputs: inferred from the transposed weight of its matmul.
        torch::jit::Module narrow("Narrow");
        narrow.register_parameter("w", torch::randn({2, 3}), false);
        narrow.define("def forward(self, x: Tensor) -> Tensor:\n    return torch.matmul(x, self.w.t())\n");
        narrow.save(path("narrow.pt"));
        QCOMPARE(inspectModelFile(fileSpec(path("narrow.pt"))).inputSpecs.at(0).dims,
                 (std::vector<std::int64_t>{InputSpec::kBatch, 3}));
        // Given the wrong width: the message names the file, the input, the schema and LibTorch's words.
        std::string error = buildError(path("narrow.pt"), "4");
        QVERIFY2(contains(error, "model-file: " + path("narrow.pt")), error.c_str());
        QVERIFY2(contains(error, "x:B,4"), error.c_str());
        QVERIFY2(contains(error, "forward(__torch__.Narrow self, Tensor x) -> Tensor"), error.c_str());
        QVERIFY2(contains(error, "cannot be multiplied"), error.c_str());
        QVERIFY(buildError(path("narrow.pt"), "3").empty());  // with x:B,3 it is fine

        // An output that cannot be compared.
        torch::jit::Module text("Text");
        text.define("def forward(self, x: Tensor) -> str:\n    return 'scores'\n");
        text.save(path("text_out.pt"));
        error = buildError(path("text_out.pt"), "2");
        QVERIFY2(contains(error, "is a string"), error.c_str());
        QCOMPARE(inspectModelFile(fileSpec(path("text_out.pt"), "2")).errorKind, std::string("interface"));
    }
};

QTEST_GUILESS_MAIN(TestModelFile)
#include "tst_model_file.moc"
