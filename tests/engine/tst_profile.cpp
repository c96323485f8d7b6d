// SPDX-License-Identifier: MIT
// The per-operator profile (engine/profile): on a TorchScript model of known structure it names the modules, the
// operators' input shapes and FLOPs (as graph_cost counts them), and freeze_optimize's folded batch_norm is gone; the
// native kernels show their fused layers; the eager model's operators get their modules from their weights; the
// profiler leaves no callback behind.

#include <ATen/record_function.h>
#include <torch/script.h>
#include <torch/torch.h>

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <numeric>

#include "optibench/engine/engine.h"
#include "profile/op_profiler.h"

using namespace ob::engine;

namespace {

const ProfileRow* row(const MethodProfile& p, const std::string& op, const std::string& module)
{
    for (const auto& r : p.rows)
        if (r.op == op && r.module == module)
            return &r;
    return nullptr;
}

bool hasOp(const MethodProfile& p, const std::string& op)
{
    return std::any_of(p.rows.begin(), p.rows.end(), [&](const ProfileRow& r) { return r.op == op; });
}

std::string opsOf(const MethodProfile& p)
{
    std::string text;
    for (const auto& r : p.rows)
        text += r.op + "@" + r.module + " ";
    return text;
}

ProfileOptions quick()
{
    ProfileOptions o;
    o.minForwards = 3;
    o.maxForwards = 3;
    o.budgetSeconds = 0;
    return o;
}

}  // namespace

class TestProfile : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::string m_convFile;

    static constexpr int kBatch = 2;

    /// features (conv 3->8, 3x3, then batch norm) -> relu -> mean -> head (linear 8->4).
    std::string convBnFile()
    {
        torch::manual_seed(5);
        torch::jit::Module features("Features");
        features.register_parameter("weight", torch::randn({8, 3, 3, 3}), false);
        features.register_parameter("bias", torch::randn({8}), false);
        features.register_parameter("gamma", torch::rand({8}) + 0.5, false);
        features.register_parameter("beta", torch::randn({8}), false);
        features.register_buffer("mean", torch::randn({8}) * 0.1);
        features.register_buffer("var", torch::rand({8}) + 0.5);
        features.define(R"(
def forward(self, x: Tensor) -> Tensor:
    y = torch.conv2d(x, self.weight, self.bias)
    return torch.batch_norm(y, self.gamma, self.beta, self.mean, self.var, False, 0.1, 1e-5, False)
)");
        torch::jit::Module head("Head");
        head.register_parameter("weight", torch::randn({4, 8}), false);
        head.register_parameter("bias", torch::randn({4}), false);
        head.define("def forward(self, x: Tensor) -> Tensor:\n    return torch.linear(x, self.weight, self.bias)\n");
        torch::jit::Module net("Net");
        net.register_module("features", features);
        net.register_module("head", head);
        net.define("def forward(self, img: Tensor) -> Tensor:\n"
                   "    return self.head.forward(torch.relu(self.features.forward(img)).mean([2, 3]))\n");
        net.eval();
        const std::string file = m_dir.filePath(QStringLiteral("convbn.pt")).toStdString();
        net.save(file);
        return file;
    }

    std::unique_ptr<Workspace> convWorkspace()
    {
        ModelSpec spec;
        spec.model = "torchscript";
        spec.path = m_convFile;
        InputSpec img;
        img.name = "img";
        img.dims = {InputSpec::kBatch, 3, 16, 16};
        spec.inputSpecs = {img};
        EngineSettings settings;
        settings.batches = {kBatch};
        return Workspace::create(spec, settings);
    }

    MethodProfile profiled(Workspace& ws, const std::string& method)
    {
        auto m = ws.prepare(method, {});
        if (!m->ok())
            qWarning("%s: %s", method.c_str(), m->steps().back().error.c_str());
        [&] { QVERIFY(m->ok()); }();
        std::vector<float> input(static_cast<std::size_t>(kBatch) * ws.spec().inputs, 0.5f);
        return m->profile(ws.ownInputs() ? nullptr : input.data(), kBatch, quick());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        torch::set_num_threads(1);
        m_convFile = convBnFile();
    }

    void namesModulesShapesAndFlops()
    {
        auto ws = convWorkspace();
        const MethodProfile p = profiled(*ws, "eager");
        QCOMPARE(p.batch, kBatch);
        QCOMPARE(p.forwards + p.excludedForwards, 3);
        QVERIFY(p.forwards >= 1);
        QVERIFY(p.wallMs > 0);
        QCOMPARE(p.unmatched, 0);
        const ProfileRow* conv = row(p, "aten::conv2d", "features");
        const ProfileRow* bn = row(p, "aten::batch_norm", "features");
        const ProfileRow* linear = row(p, "aten::linear", "head");
        QVERIFY2(conv && bn && linear, opsOf(p).c_str());
        QCOMPARE(conv->calls, 1.0);
        QCOMPARE(conv->scope, std::string("op"));
        // The conv's output is [2, 8, 14, 14]: 2 FLOPs per output and weight of a filter (3 x 3 x 3).
        QCOMPARE(conv->flops, 2.0 * kBatch * 8 * 14 * 14 * 27);
        QCOMPARE(linear->flops, 2.0 * kBatch * 4 * 8);
        QVERIFY2(conv->shapes.find("[2, 3, 16, 16], [8, 3, 3, 3], [8]") == 0, conv->shapes.c_str());
        // Operators the conv calls inherit its module and count no FLOPs of their own (the outermost one does).
        const ProfileRow* inner = row(p, "aten::_convolution", "features");
        QVERIFY(inner);
        QCOMPARE(inner->flops, 0.0);
        QVERIFY(inner->totalMs <= conv->totalMs);
        // An operator outside the submodules has the top module.
        QVERIFY(row(p, "aten::relu", ""));
        for (const auto& r : p.rows) {
            QVERIFY2(r.selfMs >= 0 && r.selfMs <= r.totalMs + 1e-9, r.op.c_str());
            QVERIFY(r.calls > 0);
        }
        // Longest self time first.
        QVERIFY(std::is_sorted(p.rows.begin(), p.rows.end(),
                               [](const ProfileRow& a, const ProfileRow& b) { return a.selfMs > b.selfMs; }));
        // The self times add up to about a forward's wall time under the profiler, not to several.
        const double self = std::accumulate(p.rows.begin(), p.rows.end(), 0.0,
                                            [](double s, const ProfileRow& r) { return s + r.selfMs; });
        QVERIFY2(self > 0 && self <= p.wallMs * 1.5, (std::to_string(self) + " " + std::to_string(p.wallMs)).c_str());
        // No callback is left behind: later forwards run unobserved.
        QVERIFY(!at::hasCallbacks());
    }

    void freezeFoldsBatchNorm()
    {
        auto ws = convWorkspace();
        const MethodProfile eager = profiled(*ws, "eager");
        const MethodProfile frozen = profiled(*ws, "freeze_optimize");
        QVERIFY(hasOp(eager, "aten::batch_norm"));
        QVERIFY2(!hasOp(frozen, "aten::batch_norm"), opsOf(frozen).c_str());
        QVERIFY2(!frozen.rows.empty(), opsOf(frozen).c_str());
    }

    void nativeKernelsShowFusedLayers()
    {
        ModelSpec spec;
        spec.hidden = 32;
        spec.layers = 2;
        EngineSettings settings;
        settings.batches = {kBatch};
        settings.options["native.backend"] = "kernels";
        auto ws = Workspace::create(spec, settings);
        const MethodProfile p = profiled(*ws, "native_fp32");
        const ProfileRow* fc1 = row(p, "native::linear+relu", "fc1.1");
        const ProfileRow* fc2 = row(p, "native::linear+residual", "fc2.0");
        QVERIFY2(fc1 && fc2 && row(p, "native::linear", "input") && row(p, "native::linear", "output"),
                 opsOf(p).c_str());
        QCOMPARE(fc1->scope, std::string("kernel"));
        QCOMPARE(fc1->calls, 1.0);
        QCOMPARE(fc1->flops, 2.0 * kBatch * 32 * 32);
        QCOMPARE(fc1->shapes, std::string("[2, 32] x [32, 32]"));
        QVERIFY(hasOp(p, "native::sigmoid+softmax"));
        QVERIFY(!at::hasCallbacks());
    }

    void eagerModulesFromWeights()
    {
        ModelSpec spec;
        spec.hidden = 16;
        spec.layers = 2;
        EngineSettings settings;
        settings.batches = {kBatch};
        auto ws = Workspace::create(spec, settings);
        const MethodProfile eager = profiled(*ws, "eager");
        // torch::nn::Linear calls addmm on 2-d inputs (no aten::linear); the transposed weight names its module.
        const ProfileRow* fc2 = row(eager, "aten::addmm", "fc2.1");
        QVERIFY2(fc2 && row(eager, "aten::addmm", "input") && row(eager, "aten::t", "output"), opsOf(eager).c_str());
        QCOMPARE(fc2->flops, 2.0 * kBatch * 16 * 16);
        QVERIFY(row(eager, "aten::relu", ""));
        // dynamic_int8 calls packed weights the dispatcher does not see: named by the engine's own scopes.
        const MethodProfile int8 = profiled(*ws, "dynamic_int8");
        QVERIFY2(row(int8, "quantized::linear_dynamic", "fc2.0") || row(int8, "quantized::linear_dynamic", "output"),
                 opsOf(int8).c_str());
    }

    void modulePaths()
    {
        QCOMPARE(modulePathOf({"TOP(Net)::forward", "layer3(Sequential)::forward", "1(BasicBlock)::forward",
                               "conv2(Conv2d)::forward"}),
                 std::string("layer3.1.conv2"));
        QCOMPARE(modulePathOf({"TOP(Net)::forward"}), std::string());
        QCOMPARE(modulePathOf({"TOP(MobileNetV3)::forward", "SELF(MobileNetV3)::_forward_impl",
                               "features(Sequential)::forward", "0(Conv2dNormActivation)::forward",
                               "0(Conv2d)::forward", "SELF(Conv2d)::_conv_forward"}),
                 std::string("features.0.0"));
        QCOMPARE(moduleOfTensor("fc1.3.weight"), std::string("fc1.3"));
        QCOMPARE(moduleOfTensor("self.head.bias"), std::string("head"));
        QCOMPARE(moduleOfTensor("fc1_3_w"), std::string("fc1_3"));
        QCOMPARE(moduleOfTensor("memory"), std::string());
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
