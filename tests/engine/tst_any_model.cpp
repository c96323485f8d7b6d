// SPDX-License-Identifier: MIT
// Any TorchScript file: forward's signature read and resolved to inputs (given, from an example file, inferred from
// the graph), outputs of any structure flattened into leaves, the bad cases refused with messages that name the
// argument, and the strategies that apply to any graph run while the others say they do not apply.

#include <torch/script.h>
#include <torch/serialize.h>
#include <torch/torch.h>

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <fstream>

#include "env/cpu_features.h"
#include "models/model_file_inputs.h"
#include "optibench/engine/engine.h"

using namespace ob::engine;

namespace {

bool contains(const std::string& text, const std::string& words)
{
    return text.find(words) != std::string::npos;
}

InputSpec spec(const std::string& name, std::vector<std::int64_t> dims, const std::string& dtype = "float32")
{
    InputSpec s;
    s.name = name;
    s.dims = std::move(dims);
    s.dtype = dtype;
    return s;
}

constexpr std::int64_t B = InputSpec::kBatch;

const OutputLeafInfo* leaf(const ModelFileInfo& info, const std::string& path)
{
    for (const auto& l : info.outputLeaves)
        if (l.path == path)
            return &l;
    return nullptr;
}

double cosine(const std::vector<double>& a, const std::vector<double>& b)
{
    double ab = 0, aa = 0, bb = 0;
    for (std::size_t i = 0; i < a.size() && i < b.size(); ++i) {
        ab += a[i] * b[i];
        aa += a[i] * a[i];
        bb += b[i] * b[i];
    }
    return a.size() == b.size() && aa > 0 && bb > 0 ? ab / std::sqrt(aa * bb) : 0;
}

double maxAbs(const std::vector<double>& a, const std::vector<double>& b)
{
    double worst = a.size() == b.size() ? 0 : INFINITY;
    for (std::size_t i = 0; i < a.size() && i < b.size(); ++i)
        worst = std::max(worst, std::abs(a[i] - b[i]));
    return worst;
}

}  // namespace

class TestAnyModel : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::string save(torch::jit::Module& m, const char* name)
    {
        const std::string file = m_dir.filePath(QLatin1String(name)).toStdString();
        m.save(file);
        return file;
    }

    ModelSpec fileSpec(const std::string& file, std::vector<InputSpec> inputs = {})
    {
        ModelSpec s;
        s.model = "torchscript";
        s.path = file;
        s.inputSpecs = std::move(inputs);
        return s;
    }

    /// Two Linear layers: 6 features in, logits [batch, 3] out.
    std::string mlpFile(const char* name, const std::string& forward)
    {
        torch::manual_seed(3);
        torch::jit::Module m("Mlp");
        m.register_parameter("w1", torch::randn({8, 6}), false);
        m.register_parameter("b1", torch::randn({8}), false);
        m.register_parameter("w2", torch::randn({3, 8}), false);
        m.register_parameter("b2", torch::randn({3}), false);
        m.define(forward);
        return save(m, name);
    }

    std::string convFile()
    {
        torch::manual_seed(4);
        torch::jit::Module m("Conv");
        m.register_parameter("w", torch::randn({4, 3, 3, 3}), false);
        m.register_parameter("b", torch::randn({4}), false);
        m.register_parameter("fc", torch::randn({5, 4}), false);
        m.define("def forward(self, img: Tensor) -> Tensor:\n"
                 "    y = torch.relu(torch.conv2d(img, self.w, self.b, [1, 1], [1, 1]))\n"
                 "    return torch.linear(y.mean([2, 3]), self.fc)\n");
        return save(m, "conv.pt");
    }

private Q_SLOTS:
    void signatureIsRead()
    {
        const auto file = mlpFile("sig.pt",
                                  "def forward(self, x: Tensor, mask: Optional[Tensor]=None, scale: float=2.0,\n"
                                  "            steps: int=1) -> Tensor:\n"
                                  "    return torch.linear(torch.linear(x, self.w1, self.b1), self.w2, self.b2) * scale\n");
        const auto info = inspectModelFile(fileSpec(file));
        QVERIFY2(info.ok, info.error.c_str());
        QCOMPARE(info.arguments.size(), std::size_t(4));
        QCOMPARE(info.arguments[0].name, std::string("x"));
        QVERIFY(info.arguments[0].tensor);
        QVERIFY(info.arguments[1].tensor);  // Optional[Tensor]: None unless given
        QVERIFY(contains(info.arguments[1].type, "Optional"));
        QCOMPARE(info.arguments[2].type, std::string("float"));
        QVERIFY(info.arguments[2].hasDefault);
        QVERIFY(!info.arguments[3].tensor);
        QVERIFY(contains(info.schema, "forward("));
        QVERIFY(contains(info.schema, "Tensor x"));
        QCOMPARE(info.returns, std::string("Tensor"));
        // Inferred from the first Linear: a suggestion, with its reason.
        QCOMPARE(info.inputSpecs.size(), std::size_t(1));
        QCOMPARE(info.inputSpecs[0].dims, (std::vector<std::int64_t>{B, 6}));
        QCOMPARE(info.inputSpecs[0].source, std::string("graph"));
        QVERIFY(contains(info.inputSpecs[0].reason, "6 features"));
        QVERIFY(info.batched);
        QCOMPARE(info.primaryOutput, std::string("output"));
        QCOMPARE(info.cost.flops, 2.0 * (8 * 6 + 3 * 8));  // two Linear layers at batch 1
    }

    void inferredFromConvEmbeddingAndLstm()
    {
        auto conv = inspectModelFile(fileSpec(convFile()));
        QVERIFY2(conv.ok, conv.error.c_str());
        QCOMPARE(conv.inputSpecs[0].dims, (std::vector<std::int64_t>{B, 3, 224, 224}));
        // FLOPs of the convolution (4 x 224 x 224 outputs of 3 x 3 x 3 multiply-adds) and the Linear.
        QCOMPARE(conv.cost.flops, 2.0 * 4 * 224 * 224 * 27 + 2.0 * 5 * 4);
        QVERIFY(!conv.cost.uncounted.empty());  // relu and mean are listed, not guessed

        torch::jit::Module e("Embed");
        e.register_parameter("table", torch::randn({50, 8}), false);
        e.register_parameter("w", torch::randn({2, 8}), false);
        e.define("def forward(self, ids: Tensor) -> Tensor:\n"
                 "    return torch.linear(torch.embedding(self.table, ids).mean(1), self.w)\n");
        auto embed = inspectModelFile(fileSpec(save(e, "embed.pt")));
        QVERIFY2(embed.ok, embed.error.c_str());
        QCOMPARE(embed.inputSpecs[0].dtype, std::string("int64"));
        QVERIFY(embed.inputSpecs[0].hasRange);
        QCOMPARE(embed.inputSpecs[0].lo, 0.0);
        QCOMPARE(embed.inputSpecs[0].hi, 50.0);

        torch::jit::Module r("Rnn");
        r.register_parameter("w_ih", torch::randn({16, 7}), false);
        r.register_parameter("w_hh", torch::randn({16, 4}), false);
        r.define("def forward(self, seq: Tensor) -> Tensor:\n"
                 "    h = torch.zeros([1, seq.size(0), 4])\n"
                 "    out, hn, cn = torch.lstm(seq, [h, h], [self.w_ih, self.w_hh], False, 1, 0.0, False, False, "
                 "True)\n"
                 "    return out\n");
        auto rnn = inspectModelFile(fileSpec(save(r, "rnn.pt")));
        QVERIFY2(rnn.ok, rnn.error.c_str());
        QCOMPARE(rnn.inputSpecs[0].dims, (std::vector<std::int64_t>{B, 16, 7}));  // batch first
        QCOMPARE(rnn.cost.flops, 2.0 * 16 * 4 * 4 * (7 + 4));  // 16 steps, 4 gates of 4 units over 7 + 4 inputs
    }

    void givenSpecsByNameAndPosition()
    {
        const auto file = mlpFile("two.pt", "def forward(self, a: Tensor, b: Tensor) -> Tensor:\n"
                                            "    return torch.linear(a + b, self.w1, self.b1)\n");
        auto byName = inspectModelFile(fileSpec(file, {spec("b", {B, 6}), spec("a", {B, 6})}));
        QVERIFY2(byName.ok, byName.error.c_str());
        QCOMPARE(byName.inputSpecs[0].name, std::string("a"));
        QCOMPARE(byName.inputSpecs[0].source, std::string("user"));
        auto byPosition = inspectModelFile(fileSpec(file, {spec("", {B, 6}), spec("", {B, 6})}));
        QVERIFY2(byPosition.ok, byPosition.error.c_str());
        QCOMPARE(byPosition.inputSpecs[1].name, std::string("b"));

        auto unknown = inspectModelFile(fileSpec(file, {spec("c", {B, 6})}));
        QVERIFY(!unknown.ok);
        QCOMPARE(unknown.errorKind, std::string("inputs"));
        QCOMPARE(unknown.argument, std::string("c"));
        QVERIFY2(contains(unknown.error, "forward("), unknown.error.c_str());  // the schema beside it
        auto tooMany = inspectModelFile(fileSpec(file, {spec("", {B, 6}), spec("", {B, 6}), spec("", {B, 6})}));
        QCOMPARE(tooMany.errorKind, std::string("inputs"));
    }

    void missingInputIsAskedFor()
    {
        // `mask` is only compared, so nothing in the graph tells its shape: the file asks for it.
        const auto file = mlpFile("mask.pt", "def forward(self, x: Tensor, mask: Tensor) -> Tensor:\n"
                                             "    return torch.linear(x, self.w1, self.b1) * (mask > 0)\n");
        auto info = inspectModelFile(fileSpec(file));
        QVERIFY(!info.ok);
        QCOMPARE(info.errorKind, std::string("inputs"));
        QCOMPARE(info.argument, std::string("mask"));
        QVERIFY2(contains(info.error, "'mask'") && contains(info.error, "cannot be inferred"), info.error.c_str());
        QCOMPARE(info.inputSpecs.size(), std::size_t(1));  // the suggestion for x is kept
        auto given = inspectModelFile(fileSpec(file, {spec("mask", {B, 8}, "bool")}));
        QVERIFY2(given.ok, given.error.c_str());
        QCOMPARE(given.inputSpecs[0].source, std::string("graph"));
        QCOMPARE(given.inputSpecs[1].source, std::string("user"));
    }

    void exampleInputsFile()
    {
        const auto file = mlpFile("ex.pt", "def forward(self, a: Tensor, b: Tensor) -> Tensor:\n"
                                           "    return torch.linear(a * b, self.w1, self.b1)\n");
        const std::string tuple = m_dir.filePath(QStringLiteral("tuple.inputs.pt")).toStdString();
        {
            const auto bytes = torch::pickle_save(c10::ivalue::Tuple::create(
                {c10::IValue(torch::rand({2, 6})), c10::IValue(torch::rand({2, 6}) + 1)}));
            std::ofstream(tuple, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        }
        ModelSpec s = fileSpec(file);
        s.exampleInputs = tuple;
        auto info = inspectModelFile(s);
        QVERIFY2(info.ok, info.error.c_str());
        QCOMPARE(info.inputSpecs[1].source, std::string("example_file"));
        QCOMPARE(info.inputSpecs[1].dims, (std::vector<std::int64_t>{B, 6}));
        QVERIFY(info.inputSpecs[1].hasRange && info.inputSpecs[1].lo >= 1.0 && info.inputSpecs[1].hi <= 2.0);

        s.exampleInputs = m_dir.filePath(QStringLiteral("missing.pt")).toStdString();
        auto missing = inspectModelFile(s);
        QCOMPARE(missing.errorKind, std::string("example_inputs"));
    }

    void outputsOfAnyStructure()
    {
        const auto file = mlpFile("nested.pt",
                                  "def forward(self, x: Tensor) -> Tuple[Dict[str, Tensor], List[Tensor], int]:\n"
                                  "    h = torch.linear(x, self.w1, self.b1)\n"
                                  "    logits = torch.linear(h, self.w2, self.b2)\n"
                                  "    return {'logits': logits, 'top': logits.argmax(1)}, [h, h.sum(1)], 7\n");
        auto info = inspectModelFile(fileSpec(file));
        QVERIFY2(info.ok, info.error.c_str());
        QCOMPARE(info.outputLeaves.size(), std::size_t(5));
        QVERIFY(leaf(info, "0.logits") && leaf(info, "0.logits")->floating);
        QVERIFY(leaf(info, "0.top") && !leaf(info, "0.top")->floating);  // an integer tensor: compared exactly
        QVERIFY(leaf(info, "1.1"));
        QVERIFY(leaf(info, "2") && leaf(info, "2")->dtype == "int");     // a Python int
        QCOMPARE(info.primaryOutput, std::string("0.logits"));

        ModelSpec chosen = fileSpec(file);
        chosen.primaryOutput = "1.0";
        QCOMPARE(inspectModelFile(chosen).primaryOutput, std::string("1.0"));
        chosen.primaryOutput = "nope";
        auto bad = inspectModelFile(chosen);
        QVERIFY(!bad.ok);
        QVERIFY2(contains(bad.error, "0.logits"), bad.error.c_str());  // the leaves it could have been

        // Eager against itself, leaf by leaf: identical values on the same evaluation inputs.
        auto ws = Workspace::create(fileSpec(file), {});
        QVERIFY(ws->ownInputs());
        const auto a = ws->prepare("eager", {})->evaluateOutputs();
        const auto b = ws->prepare("eager", {})->evaluateOutputs();
        QCOMPARE(a.size(), std::size_t(5));
        for (std::size_t i = 0; i < a.size(); ++i)
            QCOMPARE(a[i].values, b[i].values);
        QVERIFY(a[0].values.size() >= 16 * 3);  // at least two chunks of 8 rows of 3 logits
    }

    void badCasesAreRefused()
    {
        const auto linear = mlpFile("lin.pt", "def forward(self, x: Tensor) -> Tensor:\n"
                                              "    return torch.linear(x, self.w1, self.b1)\n");
        auto rank = inspectModelFile(fileSpec(linear, {spec("x", {B, 3, 4})}));
        QCOMPARE(rank.errorKind, std::string("interface"));
        QCOMPARE(rank.argument, std::string("x"));
        QVERIFY2(contains(rank.error, "x:B,3,4") && contains(rank.error, "forward("), rank.error.c_str());
        QVERIFY2(contains(rank.error, "torch.linear"), rank.error.c_str());  // the op that rejected the shape
        QVERIFY(!rank.detail.empty());
        auto dtype = inspectModelFile(fileSpec(linear, {spec("x", {B, 6}, "int64")}));
        QCOMPARE(dtype.errorKind, std::string("interface"));

        torch::jit::Module t("Throws");
        t.define("def forward(self, x: Tensor) -> Tensor:\n"
                 "    assert x.size(1) == 0, 'boom from the model'\n"
                 "    return x\n");
        auto throws = inspectModelFile(fileSpec(save(t, "throws.pt"), {spec("x", {B, 2})}));
        QCOMPARE(throws.errorKind, std::string("interface"));
        QVERIFY2(contains(throws.error, "boom from the model"), throws.error.c_str());

        torch::jit::Module str("Text");
        str.define("def forward(self, x: Tensor) -> Tuple[Tensor, str]:\n    return x, 'label'\n");
        auto text = inspectModelFile(fileSpec(save(str, "str.pt"), {spec("x", {B, 2})}));
        QCOMPARE(text.errorKind, std::string("interface"));
        QVERIFY2(contains(text.error, "'1' is a string"), text.error.c_str());
        torch::jit::Module none("Nothing");
        none.define("def forward(self, x: Tensor) -> Optional[Tensor]:\n    return None\n");
        auto nothing = inspectModelFile(fileSpec(save(none, "none.pt"), {spec("x", {B, 2})}));
        QCOMPARE(nothing.errorKind, std::string("interface"));
        QVERIFY2(contains(nothing.error, "None"), nothing.error.c_str());
    }

    void fixedShapeHasNoBatchSweep()
    {
        const auto file = mlpFile("fixed.pt", "def forward(self, x: Tensor) -> Tensor:\n"
                                              "    return torch.linear(x, self.w1, self.b1)\n");
        auto info = inspectModelFile(fileSpec(file, {spec("x", {2, 6})}));
        QVERIFY2(info.ok, info.error.c_str());
        QVERIFY(!info.batched);
    }

    // Strategies on any graph: those that apply run and agree with eager; the others say why they do not apply.
    void strategiesOnAnyModel()
    {
        const auto file = mlpFile("dict.pt", "def forward(self, x: Tensor) -> Dict[str, Tensor]:\n"
                                             "    h = torch.relu(torch.linear(x, self.w1, self.b1))\n"
                                             "    return {'logits': torch.linear(h, self.w2, self.b2)}\n");
        auto ws = Workspace::create(fileSpec(file), {});
        const auto eager = ws->prepare("eager", {})->evaluateOutputs();
        for (const char* method : {"freeze_optimize", "fuser", "mobile_xnnpack", "jit_trace_nonstrict"}) {
            auto m = ws->prepare(method, {});
            QVERIFY2(m->ok(), method);
            const auto out = m->evaluateOutputs();
            QVERIFY2(maxAbs(out[0].values, eager[0].values) < 1e-4, method);
        }
        auto q = ws->prepare("dynamic_int8", {});
        QVERIFY2(q->ok(), q->steps().front().error.c_str());
        QVERIFY2(contains(q->steps().front().message, "2 of 2 Linear"), q->steps().front().message.c_str());
        QVERIFY(q->weightBytes() < ws->prepare("eager", {})->weightBytes());
        QVERIFY(cosine(q->evaluateOutputs()[0].values, eager[0].values) > 0.99);

        auto bf16 = ws->prepare("bf16", {});
        if (cpuFeatures().avx512bf16) {
            QVERIFY(bf16->ok());
            QVERIFY(cosine(bf16->evaluateOutputs()[0].values, eager[0].values) > 0.99);
        } else {
            QCOMPARE(bf16->steps().front().status, StepStatus::NotApplicable);
            QVERIFY(contains(bf16->steps().front().message, "AVX512_BF16"));
        }
        for (const char* method : {"jit_trace", "channels_last", "native_fp32", "static_int8", "simplify"}) {
            auto m = ws->prepare(method, {});
            QVERIFY2(!m->ok(), method);
            QCOMPARE(m->steps().front().status, StepStatus::NotApplicable);
            QVERIFY2(!m->steps().front().message.empty(), method);
        }
    }

    // The C++ tracer records x.size(0) as a constant: a trace at batch 1 reshapes wrongly at batch 8, so jit_trace
    // traces each input shape anew (the evaluation runs at 8 rows, the example at 1).
    void traceFollowsTheBatchSize()
    {
        const auto file = mlpFile("reshape.pt", "def forward(self, x: Tensor) -> Tensor:\n"
                                                "    y = x.view(x.size(0), 2, 3).reshape(x.size(0), 6)\n"
                                                "    return torch.linear(y, self.w1, self.b1)\n");
        auto ws = Workspace::create(fileSpec(file, {spec("x", {B, 6})}), {});
        const auto eager = ws->prepare("eager", {})->evaluateOutputs();
        auto traced = ws->prepare("jit_trace", {});
        QVERIFY2(traced->ok(), traced->steps().front().error.c_str());
        QVERIFY(maxAbs(traced->evaluateOutputs()[0].values, eager[0].values) < 1e-5);
        traced->forward(nullptr, 4);  // a third shape
    }

    void channelsLastOnConvolutions()
    {
        auto ws = Workspace::create(fileSpec(convFile()), {});
        const auto eager = ws->prepare("eager", {})->evaluateOutputs();
        auto m = ws->prepare("channels_last+freeze_optimize", {});
        QVERIFY2(m->ok(), m->steps().front().error.c_str());
        QVERIFY(maxAbs(m->evaluateOutputs()[0].values, eager[0].values) < 1e-3);
    }
};

QTEST_GUILESS_MAIN(TestAnyModel)
#include "tst_any_model.moc"
