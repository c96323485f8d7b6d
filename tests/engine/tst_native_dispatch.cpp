// SPDX-License-Identifier: MIT
// The dispatch decisions of the native methods and the machine probe, from made-up CPUs: what each precision may
// run (kernels, oneDNN, not applicable) and which loop measures each roof. These cover the paths this machine
// cannot run (AVX2 only, AMX, oneDNN limited by DNNL_MAX_CPU_ISA, no oneDNN in the build).

#include <QTest>

#include <algorithm>

#include "env/cpu_features.h"
#include "kernels/backend.h"
#include "kernels/native_mlp.h"
#include "kernels/onednn_net.h"
#include "kernels/probe_choice.h"

using namespace ob::engine;
namespace k = ob::engine::kernels;

namespace {

CpuFeatures avx2Only()
{
    CpuFeatures f;
    f.avx2 = f.fma = true;
    return f;
}

CpuFeatures zen4()  // AVX-512 with VNNI and BF16, no AMX (this project's Zen 4 / Zen 5 machines)
{
    CpuFeatures f = avx2Only();
    f.avx512f = f.avx512bw = f.avx512vnni = f.avx512bf16 = true;
    return f;
}

CpuFeatures avx512NoBf16()  // Cascade Lake / Ice Lake: VNNI but no BF16
{
    CpuFeatures f = avx2Only();
    f.avx512f = f.avx512bw = f.avx512vnni = true;
    return f;
}

CpuFeatures amxOnly()  // AMX tiles without the AVX-512 extensions (made up: the AMX flags alone must suffice)
{
    CpuFeatures f = avx2Only();
    f.amxTile = f.amxInt8 = f.amxBf16 = true;
    return f;
}

bool has(const k::BackendPlan& p, k::Backend b)
{
    return std::find(p.candidates.begin(), p.candidates.end(), b) != p.candidates.end();
}

QString notes(const k::BackendPlan& p)
{
    QStringList out;
    for (const auto& n : p.notes)
        out << QString::fromStdString(n);
    return out.join(QStringLiteral("; "));
}

}  // namespace

class TestNativeDispatch : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void bf16NeedsBf16Arithmetic()
    {
        for (const CpuFeatures& cpu : {avx2Only(), avx512NoBf16(), CpuFeatures{}}) {
            const auto plan = k::planBackends(k::Precision::Bf16, cpu, cpu, true, "auto");
            QVERIFY(!plan.applicable);
            QCOMPARE(QString::fromStdString(plan.reason),
                     QStringLiteral("not supported on this CPU: needs AVX512_BF16 or AMX"));
            QVERIFY(plan.candidates.empty());  // never the widening kernels presented as bf16
            // Forcing a backend does not make it applicable either.
            QVERIFY(!k::planBackends(k::Precision::Bf16, cpu, cpu, true, "kernels").applicable);
        }
        for (const CpuFeatures& cpu : {zen4(), amxOnly()}) {
            const auto plan = k::planBackends(k::Precision::Bf16, cpu, cpu, true, "auto");
            QVERIFY(plan.applicable);
            QVERIFY(has(plan, k::Backend::Kernels) && has(plan, k::Backend::Onednn));
        }
    }

    void int8OnednnOnlyWithVnni()
    {
        const auto avx2 = k::planBackends(k::Precision::Int8, avx2Only(), avx2Only(), true, "auto");
        QVERIFY(avx2.applicable);
        QVERIFY(has(avx2, k::Backend::Kernels) && !has(avx2, k::Backend::Onednn));
        QVERIFY2(notes(avx2).contains(QStringLiteral("VNNI")), qPrintable(notes(avx2)));
        for (const CpuFeatures& cpu : {zen4(), avx512NoBf16(), amxOnly()}) {
            const auto plan = k::planBackends(k::Precision::Int8, cpu, cpu, true, "auto");
            QVERIFY(has(plan, k::Backend::Kernels) && has(plan, k::Backend::Onednn));
        }
        // AVX-VNNI alone (ymm) is not taken for oneDNN 2.6's int8 matmul.
        CpuFeatures alderLake = avx2Only();
        alderLake.avxvnni = true;
        QVERIFY(!has(k::planBackends(k::Precision::Int8, alderLake, alderLake, true, "auto"), k::Backend::Onednn));
    }

    void onednnLimitedBelowTheCpu()
    {
        // DNNL_MAX_CPU_ISA=AVX2 on a VNNI/BF16 CPU: oneDNN's int8 would saturate and its bf16 would be emulated.
        const auto int8 = k::planBackends(k::Precision::Int8, zen4(), avx2Only(), true, "auto");
        QVERIFY(!has(int8, k::Backend::Onednn));
        QVERIFY2(notes(int8).contains(QStringLiteral("DNNL_MAX_CPU_ISA")), qPrintable(notes(int8)));
        const auto bf16 = k::planBackends(k::Precision::Bf16, zen4(), avx2Only(), true, "auto");
        QVERIFY(bf16.applicable);  // the CPU has bf16: the kernels remain
        QVERIFY(has(bf16, k::Backend::Kernels) && !has(bf16, k::Backend::Onednn));
        // fp32 oneDNN needs nothing beyond what it dispatches to.
        QVERIFY(has(k::planBackends(k::Precision::Fp32, zen4(), avx2Only(), true, "auto"), k::Backend::Onednn));
    }

    void withoutOnednnInTheBuild()
    {
        for (auto p : {k::Precision::Fp32, k::Precision::Int8, k::Precision::Bf16}) {
            const auto plan = k::planBackends(p, zen4(), CpuFeatures{}, false, "auto");
            QVERIFY(plan.applicable);
            QCOMPARE(plan.candidates, std::vector<k::Backend>{k::Backend::Kernels});
            QVERIFY(notes(plan).contains(QStringLiteral("no oneDNN")));
            const auto forced = k::planBackends(p, zen4(), CpuFeatures{}, false, "onednn");
            QVERIFY(!forced.error.empty());
        }
    }

    void forcedBackends()
    {
        const auto kernels = k::planBackends(k::Precision::Int8, zen4(), zen4(), true, "kernels");
        QCOMPARE(kernels.candidates, std::vector<k::Backend>{k::Backend::Kernels});
        const auto onednn = k::planBackends(k::Precision::Int8, zen4(), zen4(), true, "onednn");
        QCOMPARE(onednn.candidates, std::vector<k::Backend>{k::Backend::Onednn});
        const auto noVnni = k::planBackends(k::Precision::Int8, avx2Only(), avx2Only(), true, "onednn");
        QVERIFY(noVnni.error.find("VNNI") != std::string::npos);
        const auto bad = k::planBackends(k::Precision::Fp32, zen4(), zen4(), true, "cuda");
        QVERIFY(bad.error.find("cuda") != std::string::npos && bad.error.find("allowed") != std::string::npos);
    }

    void kernelIsaFromTheFeatures()
    {
        QCOMPARE(k::availableIsas(CpuFeatures{}), std::vector<k::Isa>{k::Isa::Scalar});
        CpuFeatures avx2NoFma;
        avx2NoFma.avx2 = true;
        QCOMPARE(k::availableIsas(avx2NoFma), std::vector<k::Isa>{k::Isa::Scalar});
        if (k::avx2Ops())
            QCOMPARE(k::availableIsas(avx2Only()), (std::vector<k::Isa>{k::Isa::Scalar, k::Isa::Avx2}));
    }

    void probeLoopsFromTheFeatures()
    {
        const auto scalar = k::chooseProbes(zen4(), false);
        QCOMPARE(QString::fromStdString(scalar.isaFp32), QStringLiteral("scalar"));
        QVERIFY(!scalar.bf16);
        if (!k::avx2Probe())
            QSKIP("this build has no AVX2 probe loops (not x86-64)");
        const auto avx2 = k::chooseProbes(avx2Only(), true);
        QVERIFY(QString::fromStdString(avx2.isaFp32).startsWith(QStringLiteral("avx2+fma")));
        QVERIFY(QString::fromStdString(avx2.isaInt8).contains(QStringLiteral("vpmaddubsw")));
        QVERIFY(!avx2.bf16 && avx2.isaBf16.empty());  // no bf16 roof: bf16 methods are held to the fp32 one
        if (!k::avx512Fp32Probe())
            QSKIP("this build has no AVX-512 probe loops");
        const auto full = k::chooseProbes(zen4(), true);
        QVERIFY(QString::fromStdString(full.isaFp32).contains(QStringLiteral("zmm")));
        QVERIFY(QString::fromStdString(full.isaInt8).contains(QStringLiteral("vpdpbusd")));
        QVERIFY(full.bf16 && QString::fromStdString(full.isaBf16).contains(QStringLiteral("vdpbf16ps")));
        const auto noBf16 = k::chooseProbes(avx512NoBf16(), true);
        QVERIFY(QString::fromStdString(noBf16.isaInt8).contains(QStringLiteral("vpdpbusd")) && !noBf16.bf16);
        CpuFeatures f512 = avx2Only();
        f512.avx512f = true;  // AVX-512 without VNNI: zmm FMAs, int8 from the AVX2 loop
        const auto plain = k::chooseProbes(f512, true);
        QVERIFY(QString::fromStdString(plain.isaFp32).contains(QStringLiteral("zmm")));
        QVERIFY(QString::fromStdString(plain.isaInt8).contains(QStringLiteral("vpmaddubsw")));
    }

    void thisMachinesDecisionIsConsistent()
    {
        // What runs here follows from the same function (the test documents it in its output).
        const auto& cpu = cpuFeatures();
        const auto onednnCpu = k::onednnFeatures(cpu);
        for (auto p : {k::Precision::Fp32, k::Precision::Int8, k::Precision::Bf16}) {
            const auto plan = k::planBackends(p, cpu, onednnCpu, k::onednnInBuild(), "auto");
            QString text = plan.applicable ? QString() : QString::fromStdString(plan.reason);
            for (auto b : plan.candidates)
                text += QString::fromStdString(k::backendName(b)) + QLatin1Char(' ');
            qInfo("native_%s here: %s%s", k::precisionName(p).c_str(), qPrintable(text),
                  plan.notes.empty() ? "" : qPrintable(QStringLiteral("(") + notes(plan) + QLatin1Char(')')));
            QCOMPARE(plan.applicable, p != k::Precision::Bf16 || k::hasBf16Arithmetic(cpu));
        }
        qInfo("%s", k::onednnDescription().c_str());
    }
};

QTEST_GUILESS_MAIN(TestNativeDispatch)
#include "tst_native_dispatch.moc"
