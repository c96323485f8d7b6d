// SPDX-License-Identifier: MIT
// Roofline arithmetic, the roofs' JSON and cache, and the environment hints (oversubscription, forced BLAS kernel).

#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

#include "diagnosis/catalog.h"
#include "diagnosis/hints.h"
#include "format/runjson.h"
#include "format/texttable.h"
#include "roofline/machinecache.h"
#include "roofline/roofline.h"
#include "testutils.h"

using namespace ob;
using namespace ob::roofline;

namespace {

MachineRoofs roofs()
{
    return test::madeUpRoofs();
}

BatchResult batch(int size, std::vector<double> samples)
{
    BatchResult b;
    b.batch = size;
    b.samplesMs = std::move(samples);
    summarizeBatch(b);
    return b;
}

MethodResult method(const QString& name, std::vector<BatchResult> batches)
{
    MethodResult m;
    m.method = name;
    m.batches = std::move(batches);
    return m;
}

/// A run of the default model size (hidden 256, 7 blocks) with these results.
RunResult defaultModelRun(std::vector<MethodResult> results)
{
    RunResult run;
    run.config.hidden = 256;
    run.config.layers = 7;
    run.results = std::move(results);
    return run;
}

}  // namespace

class TestRoofline : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void workload()
    {
        const Workload w = workloadOf(1000, 40, 4000, 4);
        QCOMPARE(w.flops, 4000.0);
        QCOMPARE(w.bytes(), 4000.0 + 160.0);
        QCOMPARE(w.intensity(), 4000.0 / 4160.0);
        QCOMPARE(Workload{}.intensity(), 0.0);
    }

    void arithmeticFromBytesPerWeight()
    {
        QCOMPARE(arithmeticOf(4.0e6, 1.0e6), Arithmetic::Fp32);
        QCOMPARE(arithmeticOf(2.0e6, 1.0e6), Arithmetic::Fp32);  // bf16 weights, fp32 arithmetic
        QCOMPARE(arithmeticOf(1.05e6, 1.0e6), Arithmetic::Int8);
        QCOMPARE(arithmeticOf(1.0e6, 0), Arithmetic::Fp32);
        QCOMPARE(peakGflopsOf(Arithmetic::Int8, roofs()), 200.0);
        MachineRoofs noInt8 = roofs();
        noInt8.peakGopsInt8 = 0;
        QCOMPARE(peakGflopsOf(Arithmetic::Int8, noInt8), 100.0);
    }

    void residentLevelWithHeadroom()
    {
        const auto r = roofs();
        QCOMPARE(residentLevel(16 << 10, r), Level::L1);
        QCOMPARE(residentLevel(30 << 10, r), Level::L2);  // > 80% of L1
        QCOMPARE(residentLevel(0.8 * (1 << 20), r), Level::L2);
        QCOMPARE(residentLevel(0.97e6, r), Level::L3);
        QCOMPARE(residentLevel(3.7e6, r), Level::L3);
        QCOMPARE(residentLevel(64.0e6, r), Level::Dram);
        QCOMPARE(bandwidthOf(Level::Dram, r), 10.0);
        QCOMPARE(levelId(Level::Dram), QStringLiteral("DRAM"));
    }

    void memoryBoundPoint()
    {
        // 3.7 MB from L3 at 50 GB/s = 74 us; 1.8 MFLOP at 100 GFLOP/s = 18 us.
        const Workload w{1.8e6, 3.7e6, 0};
        const RooflinePoint p = pointOf(w, Arithmetic::Fp32, roofs(), 0.148);
        QCOMPARE(p.limit, QStringLiteral("L3"));
        QVERIFY(qFuzzyCompare(p.boundUs, 74.0));
        QVERIFY(qFuzzyCompare(p.efficiency, 0.5));
        QVERIFY(qFuzzyCompare(p.achievedGflops, 1.8e6 / 148e3));
        QVERIFY(qFuzzyCompare(p.intensity, 1.8 / 3.7));
    }

    void computeBoundPoint()
    {
        const Workload w{30.0e6, 3.7e6, 0};  // 300 us at 100 GFLOP/s; 74 us of bytes
        const RooflinePoint p = pointOf(w, Arithmetic::Fp32, roofs(), 0.3);
        QCOMPARE(p.limit, QStringLiteral("compute"));
        QVERIFY(qFuzzyCompare(p.boundUs, 300.0));
        QVERIFY(qFuzzyCompare(p.efficiency, 1.0));
        const RooflinePoint q = pointOf(w, Arithmetic::Int8, roofs(), 0.3);
        QVERIFY(qFuzzyCompare(q.boundUs, 150.0));
        QCOMPARE(pointOf(w, Arithmetic::Fp32, roofs(), 0).efficiency, 0.0);
    }

    void annotateARun()
    {
        MethodResult eager = method(QStringLiteral("eager"), {batch(1, {0.1, 0.1, 0.1})});
        eager.weightBytes = -1;  // unknown: the fp32 size is used
        MethodResult int8 = method(QStringLiteral("native_int8"), {batch(16, {0.2, 0.2})});
        int8.weightBytes = 969920;
        RunResult run = defaultModelRun({eager, int8, method(QStringLiteral("broken"), {})});
        annotateRoofline(run, roofs());
        QVERIFY(run.machine);
        const auto& e = *run.results[0].batches[0].roofline;
        QCOMPARE(e.flops, 2.0 * (4 * 256 + 7 * 2 * 256 * 256 + 256 * 13));
        QCOMPARE(e.bytes, (921856.0 + 3853.0) * 4 + 4.0 * (4 + 256 + 7 * 5 * 256 + 256 + 13));
        QCOMPARE(e.limit, QStringLiteral("L3"));
        const auto& q = *run.results[1].batches[0].roofline;
        QCOMPARE(q.limit, QStringLiteral("compute"));
        QVERIFY(qFuzzyCompare(q.boundUs, q.flops / 200e3));  // the int8 roof
        QCOMPARE(chartPoints(run).size(), 2);
        QCOMPARE(chartPoints(run)[1].method, QStringLiteral("native_int8"));
        const auto lines = roofsOf(run.machine.value());
        QCOMPARE(lines.size(), 6);
        QVERIFY(lines[0].compute && lines[0].at(0.01) == 100.0);
        QCOMPARE(lines.back().at(2.0), 20.0);

        // JSON round trip keeps the roofs and the points; the table shows the column.
        QString error;
        const auto back = runFromJson(runToJsonBytes(run), &error);
        QVERIFY2(back, qPrintable(error));
        QVERIFY(back->machine);
        QCOMPARE(back->machine->bandwidthL3, 50.0);
        QVERIFY(back->results[1].batches[0].roofline);
        QCOMPARE(back->results[1].batches[0].roofline->limit, QStringLiteral("compute"));
        QVERIFY(runToText(run).contains(QStringLiteral("roofline")));
        QVERIFY(runToText(run).contains(QStringLiteral("% L3")));
    }

    void eachBatchIsHeldToTheRoofOfWhatItComputesIn()
    {
        // native_bf16 chose the kernels (bf16 weights, fp32 arithmetic) at batch 1 and oneDNN bf16 at 16; auto ran
        // native_int8 at 1 and native_bf16 at 16. Each batch is held to its own roof; bf16 falls back to the fp32
        // roof on a machine without one.
        auto r = roofs();
        r.peakGflopsBf16 = 400;
        r.isaBf16 = QStringLiteral("avx512_bf16 (vdpbf16ps zmm)");
        MethodResult bf16 = method(QStringLiteral("native_bf16"), {batch(1, {0.03}), batch(16, {0.2})});
        bf16.weightBytes = 1862720;
        StepResult step{QStringLiteral("native_bf16"), QStringLiteral("ok"), {}, {}, {}, 1.0, {}};
        step.choices = {{1, QStringLiteral("kernels"), QStringLiteral("avx2+fma"), QStringLiteral("fp32"), 30.0, {}, -1},
                        {16, QStringLiteral("onednn"), QStringLiteral("oneDNN"), QStringLiteral("bf16"), 200.0, {}, -1}};
        bf16.steps = {step};
        MethodResult autoPick = method(QStringLiteral("auto"), {batch(1, {0.01}), batch(16, {0.2})});
        autoPick.weightBytes = 969920 + 1862720;
        StepResult pick{QStringLiteral("auto"), QStringLiteral("ok"), {}, {}, {}, 1.0, {}};
        pick.choices = {{1, QStringLiteral("native_int8"), {}, QStringLiteral("int8"), 10.0, 0.9995, 969920},
                        {16, QStringLiteral("native_bf16"), {}, QStringLiteral("bf16"), 200.0, 0.99998, 1862720}};
        autoPick.steps = {pick};
        RunResult run = defaultModelRun({bf16, autoPick});
        annotateRoofline(run, r);
        const auto& b1 = *run.results[0].batches[0].roofline;
        const auto& b16 = *run.results[0].batches[1].roofline;
        QVERIFY(qFuzzyCompare(b16.boundUs, b16.flops / 400e3));  // the bf16 roof
        QCOMPARE(b1.limit, QStringLiteral("L3"));
        const auto& a1 = *run.results[1].batches[0].roofline;
        const auto& a16 = *run.results[1].batches[1].roofline;
        QVERIFY(qFuzzyCompare(a1.bytes, 969920.0 + 4.0 * (4 + 256 + 7 * 5 * 256 + 256 + 13)));  // its pick's bytes
        QVERIFY(qFuzzyCompare(a16.boundUs, a16.flops / 400e3));
        QVERIFY(roofsOf(r).size() == 7 && roofsOf(r)[2].id == QStringLiteral("bf16"));
        RunResult noBf16 = defaultModelRun({bf16});
        annotateRoofline(noBf16, roofs());
        const auto& f16 = *noBf16.results[0].batches[1].roofline;
        QVERIFY(qFuzzyCompare(f16.boundUs, f16.flops / 100e3));  // widened: the fp32 roof

        // The choices and the new roofs survive the run's JSON.
        QString error;
        const auto back = runFromJson(runToJsonBytes(run), &error);
        QVERIFY2(back, qPrintable(error));
        const auto& c = back->results[1].steps.at(0).choices;
        QCOMPARE(c.size(), std::size_t(2));
        QCOMPARE(c[0].choice, QStringLiteral("native_int8"));
        QCOMPARE(c[1].arithmetic, QStringLiteral("bf16"));
        QCOMPARE(*c[1].cosine, 0.99998);
        QCOMPARE(c[1].weightBytes, qint64(1862720));
        QVERIFY(!back->results[0].steps.at(0).choices[0].cosine);
        QCOMPARE(back->machine->peakGflopsBf16, 400.0);
        QCOMPARE(back->machine->isaBf16, r.isaBf16);
    }

    void aDistilledMethodIsCostedAsTheModelItRuns()
    {
        // simplify replaces the original model by the simplified architecture: its FLOPs are that model's, not the
        // original's (which made its efficiency 318 % once).
        RunResult run = defaultModelRun({method(QStringLiteral("eager"), {batch(1, {1.0, 1.0})}),
                                         method(QStringLiteral("simplify+native_int8"), {batch(1, {0.02, 0.02})})});
        run.config.model = QStringLiteral("original");
        annotateRoofline(run, roofs());
        const double simplifiedFlops = 2.0 * (4 * 256 + 7 * 2 * 256 * 256 + 256 * 13);
        QCOMPARE(run.results[1].batches[0].roofline->flops, simplifiedFlops);
        QVERIFY(run.results[0].batches[0].roofline->flops > simplifiedFlops);  // the original's memory and chain
    }

    void aRunFasterThanItsRoofIsFlagged()
    {
        // eager at batch 1 is bound by L3 (3.7 MB at the made-up 50 GB/s: 74 us); 0.05 ms beats that by half.
        const MethodResult fast = method(QStringLiteral("eager"), {batch(1, {0.05, 0.05}), batch(4, {0.2, 0.2})});
        // 106% of its bound: inside the measurement's own error, not flagged
        const MethodResult near = method(QStringLiteral("jit_script"), {batch(1, {0.07, 0.07})});
        MethodResult diagnosed = method(QStringLiteral("native_fp32"), {batch(1, {0.04, 0.04})});
        diagnosed.diagnosis = DiagnosisRef{QStringLiteral("oversubscribed"), {}, {}};  // kept; the flag is added
        RunResult run = defaultModelRun({fast, near, diagnosed});
        MachineRoofs busy = roofs();
        busy.loadAverage = 3.25;
        annotateRoofline(run, busy);

        const MethodResult& f = run.results[0];
        QVERIFY(f.batches[0].roofline->efficiency > kRoofExceeded);
        QVERIFY(f.flags.contains(QStringLiteral("roof_exceeded")));
        QCOMPARE(f.diagnosis.id, QStringLiteral("roof_exceeded"));
        QCOMPARE(f.diagnosis.args.value(QStringLiteral("batches")), QStringLiteral("1"));
        QCOMPARE(f.diagnosis.args.value(QStringLiteral("load")), QStringLiteral("3.25"));
        QCOMPARE(f.diagnosis.fixes.size(), 1);
        QCOMPARE(f.diagnosis.fixes[0].kind, QStringLiteral("machine"));
        const auto text = renderDiagnosis(f.diagnosis);
        QVERIFY(!text.cause.contains(QLatin1Char('{')));
        QVERIFY(text.cause.contains(QStringLiteral("3.25")));
        // In words in the window and the report; the CLI's own output adds its command.
        QVERIFY(text.fix.contains(QStringLiteral("Re-measure the machine")));
        QVERIFY(!text.fix.contains(QStringLiteral("--")));
        QVERIFY(runToText(run).contains(QStringLiteral("optibench-cli roofline --remeasure")));
        QVERIFY(run.results[1].batches[0].roofline->efficiency > 1.0);
        QVERIFY(run.results[1].flags.isEmpty());
        QVERIFY(run.results[1].diagnosis.isEmpty());
        QVERIFY(run.results[2].flags.contains(QStringLiteral("roof_exceeded")));
        QCOMPARE(run.results[2].diagnosis.id, QStringLiteral("oversubscribed"));

        // Annotated again with roofs measured on an idle machine: the flag and the diagnosis go.
        MachineRoofs idle = roofs();
        idle.bandwidthL3 *= 4;
        annotateRoofline(run, idle);
        QVERIFY(run.results[0].flags.isEmpty());
        QVERIFY(run.results[0].diagnosis.isEmpty());
        QCOMPARE(run.results[2].diagnosis.id, QStringLiteral("oversubscribed"));

        // With more threads than the one core the roofs describe, passing them is no evidence.
        run.config.threads = 2;
        annotateRoofline(run, busy);
        QVERIFY(run.results[0].flags.isEmpty());
    }

    void roofsJsonAndCache()
    {
        auto r = roofs();
        r.loadAverage = 0.42;
        const auto back = roofsFromJson(roofsToJson(r));
        QVERIFY(back);
        QCOMPARE(back->cacheL3, r.cacheL3);
        QCOMPARE(back->measured, r.measured);
        QCOMPARE(back->loadAverage, 0.42);
        QJsonObject old = roofsToJson(r);  // caches written before the load was kept
        old.remove(QStringLiteral("load_average"));
        QCOMPARE(roofsFromJson(old)->loadAverage, -1.0);
        // The ISA-aware roofs: keys added beside the old ones (never renamed), absent in older files.
        r.peakGflopsBf16 = 222.5;
        r.isaFp32 = QStringLiteral("avx512f (vfmadd231ps zmm)");
        r.isaInt8 = QStringLiteral("avx512_vnni (vpdpbusd zmm)");
        r.isaBf16 = QStringLiteral("avx512_bf16 (vdpbf16ps zmm)");
        const QJsonObject isa = roofsToJson(r);
        QCOMPARE(isa.value(QStringLiteral("peak_gflops_fp32")).toDouble(), r.peakGflopsFp32);
        QCOMPARE(isa.value(QStringLiteral("peak_gops_int8")).toDouble(), r.peakGopsInt8);
        const auto withIsa = roofsFromJson(isa);
        QCOMPARE(withIsa->peakGflopsBf16, 222.5);
        QCOMPARE(withIsa->isaInt8, r.isaInt8);
        QCOMPARE(withIsa->isaBf16, r.isaBf16);
        QJsonObject older = isa;
        for (const char* key : {"peak_gflops_bf16", "isa_fp32", "isa_int8", "isa_bf16"})
            older.remove(QLatin1String(key));
        QCOMPARE(roofsFromJson(older)->peakGflopsBf16, 0.0);
        QVERIFY(roofsFromJson(older)->isaFp32.isEmpty());
        QJsonObject broken = roofsToJson(r);
        broken.remove(QStringLiteral("bandwidth_gbs"));
        QVERIFY(!roofsFromJson(broken));
        QVERIFY(cacheFilePath().contains(QStringLiteral("/roofline/")));
        std::atomic<bool> cancel{true};
        QVERIFY_THROWS_EXCEPTION(std::exception, measureRoofs({}, &cancel));
    }

    void measureOnceThenCached()
    {
        QFile::remove(cacheFilePath());
        QVERIFY(!cachedRoofs());
        QStringList stages;
        const auto measured = machineRoofs(false, [&](const QString& s, double) { stages << s; });
        QVERIFY(measured.isValid());
        QVERIFY(measured.bandwidthL1 > 0 && measured.bandwidthL3 > 0 && measured.cacheL2 > 0);
        QVERIFY(stages.contains(QStringLiteral("DRAM bandwidth")));
        const auto cached = cachedRoofs();
        QVERIFY(cached);
        QCOMPARE(cached->peakGflopsFp32, measured.peakGflopsFp32);
        stages.clear();
        QCOMPARE(machineRoofs(false, [&](const QString& s, double) { stages << s; }).bandwidthDram,
                 measured.bandwidthDram);
        QVERIFY(stages.isEmpty());  // from the cache
    }

    void tickClusters()
    {
        std::vector<double> fast(100, 0.3);
        QVERIFY(!clusteredAtTicks(fast));
        std::vector<double> stalled = fast;
        for (int i = 0; i < 20; ++i)
            stalled[static_cast<size_t>(i)] = (i % 2 ? 4.02 : 8.3);
        QVERIFY(clusteredAtTicks(stalled));
        std::vector<double> spread = fast;  // slow but not at ticks
        for (int i = 0; i < 20; ++i)
            spread[static_cast<size_t>(i)] = 5.8 + 0.01 * i;
        QVERIFY(!clusteredAtTicks(spread));
        std::vector<double> few = fast;
        few[0] = few[1] = 4.0;
        QVERIFY(!clusteredAtTicks(few));
    }

    void oversubscribedOnlyWithThreads()
    {
        RunResult run;
        run.config.threads = 2;
        MethodResult m;
        m.method = QStringLiteral("eager");
        std::vector<double> s(100, 0.4);
        for (int i = 0; i < 30; ++i)
            s[static_cast<size_t>(i * 3)] = 8.1;
        m.batches.push_back(batch(8, s));
        run.results = {m};
        annotateRun(run);
        QVERIFY(run.results[0].flags.contains(QStringLiteral("oversubscribed")));
        QCOMPARE(run.results[0].diagnosis.id, QStringLiteral("oversubscribed"));
        QCOMPARE(run.results[0].diagnosis.args.value(QStringLiteral("batches")), QStringLiteral("8"));
        QVERIFY(!renderDiagnosis(run.results[0].diagnosis).cause.contains(QLatin1Char('{')));
        run.config.threads = 1;
        run.results = {m};
        annotateRun(run);
        QVERIFY(run.results[0].flags.isEmpty());
    }

    void blasLevels()
    {
        QCOMPARE(blasCoreLevel(QStringLiteral("Haswell")), 2);
        QCOMPARE(blasCoreLevel(QStringLiteral("Zen")), 2);
        QCOMPARE(blasCoreLevel(QStringLiteral("COOPERLAKE")), 3);
        QCOMPARE(blasCoreLevel(QStringLiteral("Sandybridge")), 1);
        QCOMPARE(blasCoreLevel(QStringLiteral("Nehalem")), 0);
        QCOMPARE(blasCoreLevel(QStringLiteral("Armv8")), -1);
        QCOMPARE(cpuVectorLevel({QStringLiteral("avx2"), QStringLiteral("fma")}), 2);
        QCOMPARE(cpuVectorLevel({QStringLiteral("avx2"), QStringLiteral("fma"), QStringLiteral("avx512f"),
                                 QStringLiteral("avx512bw")}),
                 3);
        QCOMPARE(cpuVectorLevel({QStringLiteral("neon")}), -1);
    }

    void forcedBlasKernelIsFlaggedWithItsCost()
    {
        RunResult run;
        run.environment = QJsonObject{
            {QStringLiteral("openblas_coretype_env"), QStringLiteral("Sandybridge")},
            {QStringLiteral("blas_core_type"), QStringLiteral("Sandybridge")},
            {QStringLiteral("cpu_flags"), QJsonArray{QStringLiteral("avx2"), QStringLiteral("fma")}}};
        MethodResult eager;
        eager.method = QStringLiteral("eager");
        eager.batches.push_back(batch(1, {0.3, 0.3, 0.3}));
        MethodResult native;
        native.method = QStringLiteral("native_fp32");
        native.batches.push_back(batch(1, {0.1, 0.1, 0.1}));
        run.results = {eager, native};
        annotateRun(run);
        const auto& d = run.results[0].diagnosis;
        QCOMPARE(d.id, QStringLiteral("blas_kernel_forced"));
        QCOMPARE(d.args.value(QStringLiteral("ratio")), QStringLiteral("3.0"));
        QCOMPARE(d.args.value(QStringLiteral("cpu_isa")), QStringLiteral("AVX2"));
        QVERIFY(renderDiagnosis(d).fix.contains(QStringLiteral("OPENBLAS_CORETYPE")));
        QVERIFY(run.results[1].flags.isEmpty());

        // The CPU's own level, or no variable: nothing to say.
        run.environment[QStringLiteral("blas_core_type")] = QStringLiteral("Haswell");
        run.results = {eager, native};
        annotateRun(run);
        QVERIFY(run.results[0].diagnosis.isEmpty());
        run.environment.remove(QStringLiteral("openblas_coretype_env"));
        run.environment[QStringLiteral("blas_core_type")] = QStringLiteral("Sandybridge");
        annotateRun(run);
        QVERIFY(run.results[0].diagnosis.isEmpty());
    }

    void nativeErrorsAreDiagnosed()
    {
        const auto d = diagnoseError(
            QStringLiteral("option native.isa: 'avx2' is not available on this CPU or build; available: scalar"));
        QCOMPARE(d.id, QStringLiteral("native_isa_unavailable"));
        QCOMPARE(d.args.value(QStringLiteral("available")), QStringLiteral("scalar"));
        QCOMPARE(diagnoseError(QStringLiteral("cannot lower layer fc1.0: weight of shape [3, 4], expected [8, 8]")).id,
                 QStringLiteral("native_not_lowerable"));
    }
};

QTEST_GUILESS_MAIN(TestRoofline)
#include "tst_roofline.moc"
