// SPDX-License-Identifier: MIT
// The JIT and Compile strategies on both models: what the C++ tracer refuses (with its real messages and the
// diagnosis), that every TorchScript form that runs matches eager within 1e-5, and the save/load round trip.

#include <torch/script.h>
#include <torch/torch.h>

#include <QTemporaryDir>
#include <QTest>

#include "diagnosis/catalog.h"
#include "models/original_model.h"
#include "optibench/engine/engine.h"
#include "runtime/strategy.h"

using namespace ob::engine;

namespace {

ModelSpec spec(const std::string& model, int hidden = 64, int layers = 4)
{
    ModelSpec s;
    s.model = model;
    s.hidden = hidden;
    s.layers = layers;
    return s;
}

std::vector<float> inputs(int rows, std::uint64_t seed = 7)
{
    torch::manual_seed(seed);
    const auto t = torch::randn({rows, 4}).contiguous();
    return {t.data_ptr<float>(), t.data_ptr<float>() + t.numel()};
}

float maxDifference(PreparedMethod& a, PreparedMethod& b, int rows = 300)
{
    const auto x = inputs(rows);
    std::vector<float> sa, sb;
    a.evaluate(x.data(), rows, sa);
    b.evaluate(x.data(), rows, sb);
    float worst = 0;
    for (size_t i = 0; i < sa.size(); ++i)
        worst = std::max(worst, std::abs(sa[i] - sb[i]));
    return worst;
}

const StepReport& step(const PreparedMethod& m, const std::string& id)
{
    for (const auto& s : m.steps())
        if (s.strategy == id)
            return s;
    throw std::runtime_error("no step " + id);
}

// A model whose output is a plain tensor: the case the tracer handles without help.
class TensorOnly : public Runnable {
public:
    c10::IValue forward(const at::Tensor& x) override { return torch::sigmoid(torch::linear(x, m_w)); }
    std::string kind() const override { return "tensor-only test model"; }
    std::int64_t weightBytes() const override { return bytesOf({m_w}); }

private:
    at::Tensor m_w = torch::randn({13, 4});
};

}  // namespace

class TestJit : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void traceOfOriginalFailsWithTheTracersMessage()
    {
        auto ws = Workspace::create(spec("original"), {});
        auto m = ws->prepare("jit_trace", {});
        QVERIFY(!m->ok());
        const auto& s = step(*m, "jit_trace");
        QCOMPARE(s.status, StepStatus::Failed);
        // The C++ tracer's own text (strict mode meets the dict first), not Python's "Tracer cannot infer type".
        QVERIFY2(s.error.rfind("Encountering a dict at the output of the tracer", 0) == 0, s.error.c_str());
        QCOMPARE(s.diagnosis.id, std::string("trace_mixed_outputs"));
        const std::string where = s.diagnosis.args.at("outputs");
        QVERIFY2(where.find("reasoning_chain (list of int and Tensor)") != std::string::npos, where.c_str());
        QVERIFY(where.find("strategy (int)") != std::string::npos);
        QCOMPARE(s.diagnosis.fixes.front().value, std::string("simplify_outputs+jit_script"));
        const auto text = ob::renderDiagnosis({QString::fromStdString(s.diagnosis.id), {}, {}});
        QVERIFY(text.cause.contains(QStringLiteral("mixes Python ints with tensors")));
    }

    void pythonWordingGetsTheSameCause()
    {
        const QString seed = QStringLiteral(
            "Tracer cannot infer type of {'reasoning_scores': tensor([[0.49]]), 'strategy': 2} "
            ":Could not infer type of list element: Cannot infer type of a Python value");
        QCOMPARE(ob::diagnoseError(seed).id, QStringLiteral("trace_mixed_outputs"));
        const QString python113 = QStringLiteral(
            "Tracer cannot infer type of {'m': [3, tensor([1.])]}\n:List inputs to traced functions must have "
            "consistent element type. Found int and Tensor");
        QCOMPARE(ob::diagnoseError(python113).id, QStringLiteral("trace_mixed_outputs"));
    }

    void nonStrictTraceOfOriginalFails()
    {
        auto ws = Workspace::create(spec("original"), {});
        auto m = ws->prepare("jit_trace_nonstrict", {});
        QVERIFY(!m->ok());
        const auto& s = step(*m, "jit_trace_nonstrict");
        QVERIFY2(s.error.find("cannot be understood by the tracer, only outputs matching") != std::string::npos,
                 s.error.c_str());
        QVERIFY(s.error.size() < 1000);  // the printed tensors are shortened
        QCOMPARE(s.diagnosis.id, std::string("trace_mixed_outputs"));
    }

    void traceOfSimplified()
    {
        auto ws = Workspace::create(spec("simplified"), {});
        auto strict = ws->prepare("jit_trace", {});
        QVERIFY(!strict->ok());
        QCOMPARE(step(*strict, "jit_trace").diagnosis.id, std::string("trace_dict_output"));
        QCOMPARE(ob::diagnoseError(QString::fromStdString(step(*strict, "jit_trace").error)).id,
                 QStringLiteral("trace_dict_output"));
        // strict=false accepts a dict of tensors (measured, LibTorch 1.13.1).
        auto eager = ws->prepare("eager", {});
        auto nonStrict = ws->prepare("jit_trace_nonstrict", {});
        QVERIFY(nonStrict->ok());
        QVERIFY(maxDifference(*eager, *nonStrict) <= 1e-5f);
    }

    void traceOfATensorOnlyModel()
    {
        const auto* trace = StrategyRegistry::instance().find("jit_trace");
        const ModelSpec s = spec("simplified");
        const EngineSettings settings;
        const std::string method = "jit_trace";
        auto model = std::make_shared<TensorOnly>();
        StepOutput out = trace->apply(StepInput{s, settings, model, method, 0, nullptr, {}});
        QCOMPARE(out.report.status, StepStatus::Ok);
        QVERIFY(out.model->scriptModule());
        QVERIFY(out.report.diagnosis.empty());  // no data-dependent control flow to warn about
        c10::InferenceMode guard;
        const auto x = torch::randn({9, 4});
        QVERIFY(torch::allclose(scoresOf(out.model->forward(x)), scoresOf(model->forward(x)), 1e-5, 1e-6));

        // Freezing needs TorchScript: the traced form has it, the eager test model has no source to script.
        const std::string freezeMethod = "freeze_optimize";
        const auto* freeze = StrategyRegistry::instance().find("freeze_optimize");
        QCOMPARE(freeze->apply(StepInput{s, settings, out.model, freezeMethod, 0, nullptr, {}}).report.status,
                 StepStatus::Ok);
        try {
            freeze->apply(StepInput{s, settings, model, freezeMethod, 0, nullptr, {}});
            QFAIL("freeze_optimize scripted a model it has no source for");
        } catch (const std::runtime_error& e) {
            QVERIFY2(std::string(e.what()).find("no TorchScript source") != std::string::npos, e.what());
            QCOMPARE(ob::diagnoseError(QString::fromUtf8(e.what())).id, QStringLiteral("no_torchscript_form"));
        }
    }

    void scriptedOriginalMatchesEager()
    {
        auto ws = Workspace::create(spec("original"), {});
        auto eager = ws->prepare("eager", {});
        for (const char* method : {"jit_script", "simplify_outputs+jit_script", "freeze_optimize",
                                   "simplify_outputs+freeze_optimize"}) {
            auto m = ws->prepare(method, {});
            QVERIFY2(m->ok(), method);
            QVERIFY2(maxDifference(*eager, *m) <= 1e-5f, method);
        }
    }

    void scriptedOriginalKeepsTheNestedDict()
    {
        ModelSpec s = spec("original", 32, 3);
        OriginalModel eager(s);
        const auto* script = StrategyRegistry::instance().find("jit_script");
        const std::string method = "jit_script";
        auto out = script->apply(StepInput{s, {}, std::make_shared<OriginalModel>(s), method, 0, nullptr, {}});
        QCOMPARE(out.report.status, StepStatus::Ok);
        QVERIFY(out.model->dataDependentControlFlow());
        c10::InferenceMode guard;
        const auto x = torch::randn({1, 4});
        const auto a = eager.forward(x).toGenericDict();
        const auto b = out.model->forward(x).toGenericDict();
        QCOMPARE(b.at(std::string("strategy")).toInt(), a.at(std::string("strategy")).toInt());
        const auto chainA = a.at(std::string("reasoning_chain")).toList();
        const auto chainB = b.at(std::string("reasoning_chain")).toList();
        QCOMPARE(chainB.size(), chainA.size());
        QVERIFY(chainB.get(0).isInt() && chainB.get(1).isTensor());
        QCOMPARE(b.at(std::string("attention")).toGenericDict().at(std::string("memory_slots_used")).toInt(),
                 a.at(std::string("attention")).toGenericDict().at(std::string("memory_slots_used")).toInt());
    }

    void simplifiedFormsMatchEager()
    {
        auto ws = Workspace::create(spec("simplified"), {});
        auto eager = ws->prepare("eager", {});
        for (const char* method : {"jit_script", "simplify_outputs+jit_trace", "freeze_optimize",
                                   "jit_script+freeze_optimize", "simplify_outputs+jit_trace+freeze_optimize"}) {
            auto m = ws->prepare(method, {});
            QVERIFY2(m->ok(), method);
            QVERIFY2(maxDifference(*eager, *m) <= 1e-5f, method);
        }
    }

    void fuserSaysWhatHappened()
    {
        auto ws = Workspace::create(spec("simplified"), {});
        auto m = ws->prepare("fuser", {});
        const auto& s = step(*m, "fuser");
        if (!m->ok()) {
            // This LibTorch has no LLVM backend for NNC: forcing CPU fusion fails when the fused kernel is built.
            QCOMPARE(s.error, std::string("LLVM Backend not found"));
            QCOMPARE(ob::diagnoseError(QString::fromStdString(s.error)).id, QStringLiteral("fuser_no_llvm"));
        }
        EngineSettings interpreter;
        interpreter.options["fuser.llvm_required"] = "false";
        auto ws2 = Workspace::create(spec("simplified"), interpreter);
        auto fused = ws2->prepare("fuser", {});
        QVERIFY(fused->ok());
        QVERIFY2(step(*fused, "fuser").message.find("oneDNN Graph fuser") != std::string::npos,
                 step(*fused, "fuser").message.c_str());
        auto eager = ws2->prepare("eager", {});
        QVERIFY(maxDifference(*eager, *fused, 40) <= 1e-5f);
    }

    void saveAndLoadRoundTrip()
    {
        QTemporaryDir dir;
        for (const auto& [model, method] : {std::pair{"original", "simplify_outputs+jit_script"},
                                            std::pair{"original", "jit_script"},
                                            std::pair{"simplified", "simplify_outputs+jit_trace+freeze_optimize"}}) {
            auto ws = Workspace::create(spec(model), {});
            auto m = ws->prepare(method, {});
            QVERIFY(m->ok());
            const std::string path = dir.filePath(QStringLiteral("m.pt")).toStdString();
            m->saveTorchScript(path);
            auto loaded = torch::jit::load(path);
            const auto x = inputs(50, 3);
            std::vector<float> expected;
            m->evaluate(x.data(), 50, expected);
            c10::InferenceMode guard;
            const auto t = torch::from_blob(const_cast<float*>(x.data()), {50, 4});
            const auto got = scoresOf(loaded.forward({t})).contiguous();
            const auto want = torch::from_blob(expected.data(), {50, 13});
            QVERIFY2(torch::allclose(got, want, 1e-5, 1e-6), method);
        }
        auto ws = Workspace::create(spec("original"), {});
        auto eager = ws->prepare("eager", {});
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, eager->saveTorchScript(dir.filePath(QStringLiteral("e.pt")).toStdString()));
    }
};

QTEST_GUILESS_MAIN(TestJit)
#include "tst_jit.moc"
