// SPDX-License-Identifier: MIT
// bench_native: how close the native strategies get to this machine's limit (1 thread, default model).
//  1. method x batch through the benchmark runner: p50 us, ratio to eager, % of the roofline, fidelity;
//  2. the implementations the native strategies were chosen from, timed in one interleaved loop:
//     the fused kernels (fp32, bf16, int8) against oneDNN primitives used directly (fp32, int8);
//  3. latency against hidden size (64..2048) and layer count (1..32), wall-clock and thread CPU time.
// Output is Markdown, for docs/performance.md. Not a test: timings depend on the machine and its load.

#include <QCoreApplication>
#include <QFile>
#include <QStringList>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <map>
#include <random>

#include <time.h>

#include "bench/runner.h"
#include "bench_weights.h"
#include "kernels/native_mlp.h"
#include "onednn_mlp.h"
#include "optibench/engine/engine.h"
#include "roofline/machinecache.h"
#include "roofline/roofline.h"

using namespace ob;
namespace k = ob::engine::kernels;

namespace {

class Quiet : public RunObserver {};

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2)
                                       : QStringLiteral("?");
}

void out(const QString& s)
{
    std::fputs(s.toUtf8().constData(), stdout);
    std::fflush(stdout);
}

RunResult runMethods(RunConfig c)
{
    std::atomic<bool> cancel{false};
    Quiet quiet;
    return BenchmarkRunner(std::move(c)).run(quiet, cancel);
}

double p50Us(const MethodResult* r, int batch)
{
    const BatchResult* b = r ? r->batch(batch) : nullptr;
    return b ? b->latencyMs.p50 * 1000.0 : std::nan("");
}

void mainTable(const RunResult& run)
{
    out(QStringLiteral("| method | batch | p50 µs | eager / method | roofline (bound) | fidelity vs eager |\n"
                       "|---|---:|---:|---:|---|---|\n"));
    const MethodResult* eager = run.result(QStringLiteral("eager"));
    for (const auto& r : run.results) {
        if (r.status != MethodStatus::Ok) {
            out(QStringLiteral("| %1 | - | - | - | - | %2 |\n").arg(r.method, r.error.left(80)));
            continue;
        }
        const QString fid = r.fidelity ? QStringLiteral("cos %1, max %2")
                                             .arg(QString::number(r.fidelity->cosine, 'f', 6),
                                                  QString::number(r.fidelity->maxAbsError, 'e', 1))
                                       : QStringLiteral("-");
        for (const auto& b : r.batches) {
            const double us = b.latencyMs.p50 * 1000.0;
            const QString roof = b.roofline ? QStringLiteral("%1% (%2, %3 µs)")
                                                  .arg(qRound(b.roofline->efficiency * 100))
                                                  .arg(b.roofline->limit)
                                                  .arg(b.roofline->boundUs, 0, 'f', 1)
                                            : QStringLiteral("-");
            out(QStringLiteral("| %1 | %2 | %3 | %4× | %5 | %6 |\n")
                    .arg(r.method)
                    .arg(b.batch)
                    .arg(us, 0, 'f', 1)
                    .arg(p50Us(eager, b.batch) / us, 0, 'f', 2)
                    .arg(roof, fid));
        }
    }
}

void targets(const RunResult& run)
{
    const auto* eager = run.result(QStringLiteral("eager"));
    const auto* fp32 = run.result(QStringLiteral("native_fp32"));
    const auto* int8 = run.result(QStringLiteral("native_int8"));
    out(QStringLiteral("\nIssue targets (stated for an AVX-512/VNNI machine; measured here):\n"));
    out(QStringLiteral("- fp32 b1: %1 µs = %2× the 35 µs anchor (target ≤ 1.3×); %3× faster than eager "
                       "(target ≥ 1.8×)\n")
            .arg(p50Us(fp32, 1), 0, 'f', 1)
            .arg(p50Us(fp32, 1) / 35.0, 0, 'f', 2)
            .arg(p50Us(eager, 1) / p50Us(fp32, 1), 0, 'f', 2));
    out(QStringLiteral("- fp32 b16: %1 µs = %2× the 183 µs anchor (target ≤ 1.5×)\n")
            .arg(p50Us(fp32, 16), 0, 'f', 1)
            .arg(p50Us(fp32, 16) / 183.0, 0, 'f', 2));
    out(QStringLiteral("- int8 b1: %1 µs = %2× the 10 µs anchor (target ≤ 1.5×); %3× faster than eager "
                       "(target ≥ 5×)\n")
            .arg(p50Us(int8, 1), 0, 'f', 1)
            .arg(p50Us(int8, 1) / 10.0, 0, 'f', 2)
            .arg(p50Us(eager, 1) / p50Us(int8, 1), 0, 'f', 2));
}

// ---- 2. implementations, one interleaved loop ----

struct Impl {
    QString name;
    std::function<void(const float*, float*)> run;
    std::vector<double> us;
    double maxErr = 0;
};

void libraries(const engine::ModelSpec& spec, int rounds)
{
    const auto plain = bench::plainWeights(spec);
    std::mt19937 rng(7);
    std::normal_distribution<float> normal;
    std::vector<float> calib(256 * static_cast<size_t>(spec.inputs));
    for (auto& v : calib)
        v = normal(rng);
    out(QStringLiteral("\n| implementation | b1 µs | b4 µs | b16 µs | max abs error of logits (b1, b4, b16) |\n"
                       "|---|---:|---:|---:|---:|\n"));
    std::map<QString, std::map<int, double>> table;
    std::map<QString, double> errors;
    QStringList order;
    for (int batch : {1, 4, 16}) {
        std::vector<float> x(static_cast<size_t>(batch) * spec.inputs), ref(static_cast<size_t>(batch) * spec.outputs);
        for (auto& v : x)
            v = normal(rng);
        k::NativeMlp reference(plain.weights, k::Precision::Fp32, k::Isa::Scalar);
        reference.logits(x.data(), batch, ref.data());
        std::vector<std::unique_ptr<k::NativeMlp>> natives;
        std::vector<std::unique_ptr<bench::OnednnMlp>> onednn;
        std::vector<Impl> impls;
        for (auto p : {k::Precision::Fp32, k::Precision::Bf16, k::Precision::Int8}) {
            natives.push_back(std::make_unique<k::NativeMlp>(plain.weights, p, k::defaultIsa()));
            auto* m = natives.back().get();
            impls.push_back({QStringLiteral("native %1 (%2)").arg(QString::fromStdString(k::precisionName(p)),
                                                                    QString::fromLatin1(k::opsFor(m->isa()).name)),
                             [m, batch](const float* in, float* o) { m->logits(in, batch, o); }, {}, 0});
        }
        for (auto kind : {bench::OnednnMlp::Kind::Fp32, bench::OnednnMlp::Kind::Int8}) {
            onednn.push_back(std::make_unique<bench::OnednnMlp>(plain.weights, batch, kind, calib));
            auto* m = onednn.back().get();
            impls.push_back({QStringLiteral("oneDNN %1 matmul + post-ops")
                                 .arg(kind == bench::OnednnMlp::Kind::Fp32 ? QStringLiteral("fp32")
                                                                            : QStringLiteral("int8 (s8, static)")),
                             [m](const float* in, float* o) { m->logits(in, o); }, {}, 0});
        }
        std::vector<float> y(ref.size());
        for (auto& impl : impls) {
            impl.run(x.data(), y.data());
            for (size_t i = 0; i < y.size(); ++i)
                impl.maxErr = std::max(impl.maxErr, static_cast<double>(std::fabs(y[i] - ref[i])));
            for (int w = 0; w < 50; ++w)
                impl.run(x.data(), y.data());
        }
        for (int r = 0; r < rounds; ++r)
            for (auto& impl : impls)
                for (int c = 0; c < 10; ++c) {
                    const auto t0 = std::chrono::steady_clock::now();
                    impl.run(x.data(), y.data());
                    impl.us.push_back(
                        std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0).count());
                }
        for (auto& impl : impls) {
            std::sort(impl.us.begin(), impl.us.end());
            table[impl.name][batch] = impl.us[impl.us.size() / 2];
            errors[impl.name] = impl.maxErr;
            if (!order.contains(impl.name))
                order << impl.name;
        }
    }
    for (const auto& name : order)
        out(QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                .arg(name)
                .arg(table[name][1], 0, 'f', 1)
                .arg(table[name][4], 0, 'f', 1)
                .arg(table[name][16], 0, 'f', 1)
                .arg(errors[name], 0, 'e', 1));
    out(QStringLiteral("\noneDNN %1.\n").arg(QString::fromLatin1(bench::onednnVersion())));
}

// ---- 3. sweeps: wall-clock and thread CPU time (CPU time leaves out the time other processes held the core) ----

struct Timing {
    double wallUs = 0;
    double cpuUs = 0;
};

double threadCpuUs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e6 + static_cast<double>(ts.tv_nsec) * 1e-3;
}

void sweep(const QString& what, const QList<int>& values, bool hidden, int iterations, const MachineRoofs& roofs)
{
    const QStringList methods{QStringLiteral("eager"), QStringLiteral("native_fp32"), QStringLiteral("native_int8")};
    out(QStringLiteral("\n| %1 | batch | eager | native_fp32 | native_int8 | native_fp32 roofline | "
                       "native_int8 roofline |\n"
                       "|---:|---:|---:|---:|---:|---|---|\n")
            .arg(what));
    for (int v : values) {
        engine::ModelSpec spec;
        (hidden ? spec.hidden : spec.layers) = v;
        auto ws = engine::Workspace::create(spec, {});
        std::vector<std::unique_ptr<engine::PreparedMethod>> prepared;
        for (const auto& m : methods)
            prepared.push_back(ws->prepare(m.toStdString(), {}));
        const auto cost = engine::estimateCost(spec);
        for (int batch : {1, 16}) {
            std::vector<float> x(static_cast<size_t>(batch) * spec.inputs, 0.5f);
            std::vector<std::vector<double>> wall(methods.size()), cpu(methods.size());
            const double callUs = 1e6 * cost.flopsPerSample * batch / (roofs.peakGflopsFp32 * 1e9);
            const int calls = std::clamp(static_cast<int>(2e5 / std::max(callUs, 1.0)), 20, iterations);
            for (auto& p : prepared)
                for (int w = 0; w < 5; ++w)
                    p->forward(x.data(), batch);
            // Rounds of up to 10 calls per method, as the runner does (the first call of a round finds the caches
            // filled by the other methods).
            const int round = BenchmarkRunner::roundLength(calls);
            for (int done = 0; done < calls; done += round)
                for (size_t i = 0; i < prepared.size(); ++i)
                    for (int c = 0; c < std::min(round, calls - done); ++c) {
                        const double c0 = threadCpuUs();
                        const auto t0 = std::chrono::steady_clock::now();
                        prepared[i]->forward(x.data(), batch);
                        wall[i].push_back(
                            std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0).count());
                        cpu[i].push_back(threadCpuUs() - c0);
                    }
            std::vector<Timing> t(methods.size());
            for (size_t i = 0; i < t.size(); ++i) {
                std::sort(wall[i].begin(), wall[i].end());
                std::sort(cpu[i].begin(), cpu[i].end());
                t[i] = {wall[i][wall[i].size() / 2], cpu[i][cpu[i].size() / 2]};
            }
            auto cell = [](const Timing& x) -> QString {
                return QStringLiteral("%1 (%2)").arg(x.wallUs, 0, 'f', 1).arg(x.cpuUs, 0, 'f', 1);
            };
            auto roof = [&](size_t i) {
                const double bytes = static_cast<double>(prepared[i]->weightBytes());
                const auto w = roofline::workloadOf(cost.flopsPerSample, cost.activationBytesPerSample, bytes, batch);
                const auto p = roofline::pointOf(w, roofline::arithmeticOf(bytes, static_cast<double>(cost.parameters)),
                                                 roofs, t[i].cpuUs / 1000.0);
                return QStringLiteral("%1% of %2 µs (%3)")
                    .arg(qRound(p.efficiency * 100))
                    .arg(p.boundUs, 0, 'f', 1)
                    .arg(p.limit);
            };
            out(QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n")
                    .arg(v)
                    .arg(batch)
                    .arg(cell(t[0]), cell(t[1]), cell(t[2]), roof(1), roof(2)));
        }
    }
}

}  // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("optibench"));
    QCoreApplication::setOrganizationName(QStringLiteral("OptiBench"));
    const QStringList args = app.arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    const bool remeasure = args.contains(QStringLiteral("--remeasure"));
    engine::applyThreadSettings(1, 1);  // also one OpenMP thread for oneDNN in this thread

    const auto env = engine::captureEnvironment();
    QStringList flags;
    for (const auto& f : env.cpuFlags)
        flags << QString::fromStdString(f);
    const auto roofs = roofline::machineRoofs(remeasure);
    out(QStringLiteral("Machine: %1 (%2 logical cores; %3), OpenBLAS core %4%5, LibTorch %6, 1 thread. "
                       "Load average at start: %7.\n")
            .arg(QString::fromStdString(env.cpuModel))
            .arg(env.logicalCores)
            .arg(flags.join(QStringLiteral(", ")), QString::fromStdString(env.blasCoreType),
                 env.blasCoreTypeEnv.empty() ? QString()
                                             : QStringLiteral(" (forced by OPENBLAS_CORETYPE=%1)")
                                                   .arg(QString::fromStdString(env.blasCoreTypeEnv)),
                 QString::fromStdString(env.torchVersion), loadAverage()));
    out(QStringLiteral("Roofs (one core, measured %1 with %2 loops): %3 GFLOP/s fp32, %4 GOP/s int8; "
                       "read %5 / %6 / %7 / %8 GB/s from L1 / L2 / L3 / DRAM (caches %9 KiB / %10 KiB / %11 MiB).\n\n")
            .arg(roofs.measured.toString(Qt::ISODate), roofs.kernels)
            .arg(roofs.peakGflopsFp32, 0, 'f', 1)
            .arg(roofs.peakGopsInt8, 0, 'f', 1)
            .arg(roofs.bandwidthL1, 0, 'f', 0)
            .arg(roofs.bandwidthL2, 0, 'f', 0)
            .arg(roofs.bandwidthL3, 0, 'f', 0)
            .arg(roofs.bandwidthDram, 0, 'f', 1)
            .arg(roofs.cacheL1 >> 10)
            .arg(roofs.cacheL2 >> 10)
            .arg(roofs.cacheL3 >> 20));

    RunConfig c;
    c.methods = {QStringLiteral("eager"), QStringLiteral("native_fp32"), QStringLiteral("native_int8"),
                 QStringLiteral("native_bf16"), QStringLiteral("mobile_xnnpack")};
    c.warmup = quick ? 20 : 100;
    c.iterations = quick ? 100 : 500;
    const RunResult run = runMethods(c);
    out(QStringLiteral("### Default model (hidden 256, 7 blocks), %1 calls per method and batch, interleaved\n\n")
            .arg(*c.iterations));
    mainTable(run);
    targets(run);

    out(QStringLiteral("\n### Implementations compared (same weights, interleaved in one loop, p50)\n"));
    libraries(engine::ModelSpec{}, quick ? 20 : 100);

    if (!args.contains(QStringLiteral("--no-sweeps"))) {
        out(QStringLiteral("\n### Latency against hidden size (7 blocks): p50 µs wall-clock (thread CPU time)\n"));
        sweep(QStringLiteral("hidden"), {64, 128, 256, 512, 1024, 2048}, true, quick ? 40 : 200, roofs);
        out(QStringLiteral("\n### Latency against layers (hidden 256): p50 µs wall-clock (thread CPU time)\n"));
        sweep(QStringLiteral("layers"), {1, 2, 4, 8, 16, 32}, false, quick ? 40 : 200, roofs);
    }
    out(QStringLiteral("\nLoad average at the end: %1.\n").arg(loadAverage()));
    return 0;
}
