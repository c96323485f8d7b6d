// SPDX-License-Identifier: MIT
// bench_native: how close the native strategies get to this machine's limit (1 thread, default model).
//  1. method x batch through the benchmark runner: p50 us, ratio to eager, % of the roofline, fidelity, and what
//     native_* and auto chose per batch size;
//  2. OptiBench against the libraries, timed in one interleaved loop in this process: the methods native_fp32,
//     native_int8, native_bf16 and auto (as the runner calls them), OptiBench's kernels alone, and the libraries
//     used directly: oneDNN fp32 / bf16 / int8 and XNNPACK qs8; then, per precision and batch size, OptiBench's best
//     against the fastest library (goal: at most 1.05x) and where the int8 / bf16 points sit under their own roofs;
//  3. latency against hidden size (64..2048) and layer count (1..32), wall-clock and thread CPU time.
// Options: --quick, --remeasure (the roofs), --no-sweeps, --rounds=N (loop 2).
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
#if OB_HAVE_XNNPACK
#include "xnnpack_mlp.h"
#endif

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

/// What native_* and auto chose per batch size (their step messages).
void choices(const RunResult& run)
{
    out(QStringLiteral("\nWhat was chosen at preparation:\n"));
    for (const auto& r : run.results)
        for (const auto& s : r.steps)
            if (!s.choices.empty())
                out(QStringLiteral("- %1: %2\n").arg(r.method, s.message));
}

// ---- 2. OptiBench against the libraries, one interleaved loop ----

enum class Family { OptiBench, Kernels, Library };

struct Impl {
    QString name;
    QString precision;  // fp32, bf16, int8
    Family family;
    std::function<void(const float*, float*)> run;  // batch rows in, reasoning_scores out
    std::vector<double> us;
    double maxErr = 0;  // max |score - fp32 reference score|
    double cosine = 1;  // logit cosine against the fp32 reference (the smallest over the batch sizes)
};

double logitCosine(const std::vector<float>& ref, const std::vector<float>& got)
{
    auto logit = [](double p) {
        p = std::clamp(p, 1e-7, 1.0 - 1e-7);
        return std::log(p / (1.0 - p));
    };
    double dot = 0, a2 = 0, b2 = 0;
    for (size_t i = 0; i < ref.size(); ++i) {
        const double a = logit(ref[i]), b = logit(got[i]);
        dot += a * b;
        a2 += a * a;
        b2 += b * b;
    }
    return dot / std::sqrt(a2 * b2);
}

struct Cell {
    double us = std::nan("");
};

struct LibraryTable {
    std::map<QString, std::map<int, double>> us;  // name -> batch -> p50
    std::map<QString, Impl> info;                 // precision, family, errors
    QStringList order;
    std::map<QString, std::map<int, QString>> chose;  // method -> batch -> its step's choice
    std::map<QString, double> weightBytes;            // method -> bytes of weights one forward reads
};

/// The step's per-batch choice of a prepared method (native_*: kernels or onednn; auto: the method).
QString choiceOf(const engine::PreparedMethod& m, int batch)
{
    for (const auto& s : m.steps())
        for (const auto& c : s.choices)
            if (c.batch == batch)
                return QString::fromStdString(c.choice + (c.detail.empty() || c.choice.rfind("native", 0) != 0
                                                              ? std::string()
                                                              : " [" + c.detail.substr(0, c.detail.find(' ')) + "]"));
    return {};
}

LibraryTable libraries(const engine::ModelSpec& spec, int rounds)
{
    const auto plain = bench::plainWeights(spec);
    std::mt19937 rng(7);
    std::normal_distribution<float> normal;
    std::vector<float> calib(256 * static_cast<size_t>(spec.inputs));
    for (auto& v : calib)
        v = normal(rng);
    const QList<int> batches{1, 4, 16};
    engine::EngineSettings settings;
    settings.batches = {1, 4, 16};
    auto ws = engine::Workspace::create(spec, settings);
    std::map<QString, std::unique_ptr<engine::PreparedMethod>> methods;
    for (const char* id : {"native_fp32", "native_int8", "native_bf16", "auto"}) {
        auto m = ws->prepare(id, {});
        if (m->ok())
            methods[QString::fromLatin1(id)] = std::move(m);
        else
            out(QStringLiteral("- %1 did not prepare: %2\n")
                    .arg(QString::fromLatin1(id),
                         QString::fromStdString(m->steps().empty() ? std::string() : m->steps().back().message
                                                    + m->steps().back().error)));
    }
    LibraryTable table;
    const bool bf16Cpu = methods.count(QStringLiteral("native_bf16")) > 0;
    for (int batch : batches) {
        std::vector<float> x(static_cast<size_t>(batch) * spec.inputs), ref(static_cast<size_t>(batch) * spec.outputs);
        for (auto& v : x)
            v = normal(rng);
        k::NativeMlp reference(plain.weights, k::Precision::Fp32, k::Isa::Scalar);
        reference.forward(x.data(), batch, ref.data(), nullptr);
        std::vector<std::unique_ptr<k::NativeMlp>> natives;
        std::vector<std::unique_ptr<bench::OnednnMlp>> onednn;
#if OB_HAVE_XNNPACK
        std::vector<std::unique_ptr<bench::XnnpackMlp>> xnnpack;
#endif
        std::vector<float> confidence(static_cast<size_t>(batch));
        const int outputs = spec.outputs;
        auto finish = [&confidence, batch, outputs](float* o) { k::finishScores(o, batch, outputs, confidence.data()); };
        std::vector<Impl> impls;
        for (auto& [id, m] : methods) {
            engine::PreparedMethod* p = m.get();
            const QString precision = id == QLatin1String("auto") ? QStringLiteral("any") : id.mid(7);
            impls.push_back({QStringLiteral("OptiBench %1").arg(id), precision, Family::OptiBench,
                             [p, batch](const float* in, float*) { p->forward(in, batch); },
                             {}, 0, 1});
            table.chose[id][batch] = choiceOf(*m, batch);
            table.weightBytes[id] = static_cast<double>(m->weightBytes());
        }
        for (auto pr : {k::Precision::Fp32, k::Precision::Int8, k::Precision::Bf16}) {
            if (pr == k::Precision::Bf16 && !bf16Cpu)
                continue;
            natives.push_back(std::make_unique<k::NativeMlp>(plain.weights, pr, k::defaultIsa()));
            auto* m = natives.back().get();
            impls.push_back({QStringLiteral("OptiBench kernels alone, %1 (%2)")
                                 .arg(QString::fromStdString(k::precisionName(pr)),
                                      QString::fromLatin1(k::opsFor(m->isa()).name)),
                             QString::fromStdString(k::precisionName(pr)), Family::Kernels,
                             [m, batch, &confidence](const float* in, float* o) {
                                 m->forward(in, batch, o, confidence.data());
                             },
                             {}, 0, 1});
        }
        using K = bench::OnednnMlp::Kind;
        for (auto kind : {K::Fp32, K::Bf16, K::Int8}) {
            if (kind == K::Bf16 && !bf16Cpu)
                continue;  // oneDNN would emulate it (or fail on AVX2): not a library path worth a row
            onednn.push_back(std::make_unique<bench::OnednnMlp>(plain.weights, batch, kind, calib));
            auto* m = onednn.back().get();
            const QString pr = kind == K::Fp32 ? QStringLiteral("fp32") : kind == K::Bf16 ? QStringLiteral("bf16")
                                                                                          : QStringLiteral("int8");
            const QString how = kind == K::Int8 ? QStringLiteral("int8 (s8, static)") : pr;
            impls.push_back({QStringLiteral("oneDNN %1 matmul + post-ops").arg(how), pr, Family::Library,
                             [m, finish](const float* in, float* o) {
                                 m->logits(in, o);
                                 finish(o);
                             },
                             {}, 0, 1});
        }
#if OB_HAVE_XNNPACK
        try {
            xnnpack.push_back(std::make_unique<bench::XnnpackMlp>(plain.weights, batch, calib));
            auto* m = xnnpack.back().get();
            impls.push_back({QStringLiteral("XNNPACK qs8 fully-connected"), QStringLiteral("int8"), Family::Library,
                             [m, finish](const float* in, float* o) {
                                 m->logits(in, o);
                                 finish(o);
                             },
                             {}, 0, 1});
        } catch (const std::exception& e) {
            out(QStringLiteral("- XNNPACK qs8 not run: %1\n").arg(QString::fromLocal8Bit(e.what())));
        }
#endif
        // Errors: the methods through evaluate (their scores), the rest from the calls themselves.
        std::vector<float> y(ref.size());
        for (auto& impl : impls) {
            if (impl.family == Family::OptiBench) {
                std::vector<float> scores;
                methods[impl.name.mid(10)]->evaluate(x.data(), batch, scores);
                y = scores;
            } else {
                impl.run(x.data(), y.data());
            }
            for (size_t i = 0; i < y.size(); ++i)
                impl.maxErr = std::max(impl.maxErr, static_cast<double>(std::fabs(y[i] - ref[i])));
            impl.cosine = std::min(impl.cosine, logitCosine(ref, y));
            for (int w = 0; w < 50; ++w)
                impl.run(x.data(), y.data());
        }
        // Rounds of 10 calls per implementation, in a shuffled order per round.
        std::vector<size_t> order(impls.size());
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::mt19937 shuffle(static_cast<unsigned>(batch));
        for (int r = 0; r < rounds; ++r) {
            std::shuffle(order.begin(), order.end(), shuffle);
            for (size_t i : order)
                for (int c = 0; c < 10; ++c) {
                    const auto t0 = std::chrono::steady_clock::now();
                    impls[i].run(x.data(), y.data());
                    impls[i].us.push_back(
                        std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0).count());
                }
        }
        for (auto& impl : impls) {
            std::sort(impl.us.begin(), impl.us.end());
            table.us[impl.name][batch] = impl.us[impl.us.size() / 2];
            auto& info = table.info[impl.name];
            const double cos = std::min(info.us.empty() ? 1.0 : info.cosine, impl.cosine);
            const double err = std::max(info.maxErr, impl.maxErr);
            info = impl;
            info.us = {0};
            info.cosine = cos;
            info.maxErr = err;
            if (!table.order.contains(impl.name))
                table.order << impl.name;
        }
    }
    out(QStringLiteral("\n| implementation | b1 µs | b4 µs | b16 µs | logit cosine / max abs error of the scores "
                       "(b1, b4, b16) |\n|---|---:|---:|---:|---|\n"));
    for (const auto& name : table.order) {
        QString label = name;
        if (name.startsWith(QLatin1String("OptiBench ")) && !name.contains(QLatin1String("kernels"))) {
            const QString id = name.mid(10);
            label += QStringLiteral(" (b1 %1, b4 %2, b16 %3)")
                         .arg(table.chose[id][1], table.chose[id][4], table.chose[id][16]);
        }
        out(QStringLiteral("| %1 | %2 | %3 | %4 | %5 / %6 |\n")
                .arg(label)
                .arg(table.us[name][1], 0, 'f', 1)
                .arg(table.us[name][4], 0, 'f', 1)
                .arg(table.us[name][16], 0, 'f', 1)
                .arg(table.info[name].cosine, 0, 'f', 5)
                .arg(table.info[name].maxErr, 0, 'e', 1));
    }
#if OB_HAVE_XNNPACK
    const QString xnn = QString::fromLatin1(bench::xnnpackVersion());
#else
    const QString xnn = QStringLiteral("no XNNPACK headers in this build (libxnnpack-dev, libpthreadpool-dev)");
#endif
    out(QStringLiteral("\n%1; %2.\n").arg(QString::fromLatin1(bench::onednnVersion()), xnn));
    return table;
}

/// Per precision and batch size: OptiBench's best method against the fastest library path, and the roofline.
void goal(const LibraryTable& t, const engine::ModelSpec& spec, const MachineRoofs& roofs)
{
    out(QStringLiteral("\n| precision | batch | OptiBench best | fastest library | OptiBench / library | "
                       "OptiBench's roofline (roof) |\n|---|---:|---|---|---:|---|\n"));
    const auto cost = engine::estimateCost(spec);
    int met = 0, cells = 0;
    for (const QString& precision : {QStringLiteral("fp32"), QStringLiteral("bf16"), QStringLiteral("int8")}) {
        for (int batch : {1, 4, 16}) {
            QString best, lib;
            double bestUs = 1e300, libUs = 1e300;
            for (const auto& [name, info] : t.info) {
                if (info.precision != precision || info.family == Family::Kernels)
                    continue;
                const double us = t.us.at(name).at(batch);
                if (info.family == Family::OptiBench && us < bestUs) {
                    bestUs = us;
                    best = name;
                } else if (info.family == Family::Library && us < libUs) {
                    libUs = us;
                    lib = name;
                }
            }
            if (best.isEmpty() || lib.isEmpty())
                continue;  // the CPU lacks the precision (bf16 without AVX512_BF16)
            const double ratio = bestUs / libUs;
            ++cells;
            met += ratio <= 1.05;
            // The point of OptiBench's method at this batch against the roof of what it computes in.
            const QString id = best.mid(10);
            const QString chose = t.chose.at(id).at(batch);
            const bool kernelsBf16 = precision == QLatin1String("bf16") && chose.startsWith(QLatin1String("kernels"));
            const auto arithmetic = precision == QLatin1String("int8") ? roofline::Arithmetic::Int8
                : precision == QLatin1String("bf16") && !kernelsBf16  ? roofline::Arithmetic::Bf16
                                                                       : roofline::Arithmetic::Fp32;
            const auto w = roofline::workloadOf(cost.flopsPerSample, cost.activationBytesPerSample,
                                                t.weightBytes.at(id), batch);
            const auto p = roofline::pointOf(w, arithmetic, roofs, bestUs / 1000.0);
            const QString roofName = arithmetic == roofline::Arithmetic::Int8 ? QStringLiteral("int8")
                : arithmetic == roofline::Arithmetic::Bf16                     ? QStringLiteral("bf16")
                                                                               : QStringLiteral("fp32");
            out(QStringLiteral("| %1 | %2 | %3 [%4] %5 µs | %6 %7 µs | %8 %9 | %10% of %11 µs (%12, %13 roof) |\n")
                    .arg(precision)
                    .arg(batch)
                    .arg(id, chose)
                    .arg(bestUs, 0, 'f', 1)
                    .arg(lib)
                    .arg(libUs, 0, 'f', 1)
                    .arg(ratio, 0, 'f', 2)
                    .arg(ratio <= 1.05 ? QStringLiteral("met") : QStringLiteral("NOT met"))
                    .arg(qRound(p.efficiency * 100))
                    .arg(p.boundUs, 0, 'f', 1)
                    .arg(p.limit, roofName));
        }
    }
    out(QStringLiteral("\nGoal (OptiBench's best <= 1.05x the fastest library, per precision and batch): %1 of %2 "
                       "met.\n")
            .arg(met)
            .arg(cells));
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
    out(QStringLiteral("Roofs (one core, measured %1): %2 GFLOP/s fp32 (%3), %4 GOP/s int8 (%5), %6; "
                       "read %7 / %8 / %9 / %10 GB/s from L1 / L2 / L3 / DRAM (caches %11 KiB / %12 KiB / %13 MiB, "
                       "%14 loads).\n\n")
            .arg(roofs.measured.toString(Qt::ISODate))
            .arg(roofs.peakGflopsFp32, 0, 'f', 1)
            .arg(roofs.isaFp32)
            .arg(roofs.peakGopsInt8, 0, 'f', 1)
            .arg(roofs.isaInt8)
            .arg(roofs.peakGflopsBf16 > 0 ? QStringLiteral("%1 GFLOP/s bf16 (%2)")
                                                .arg(roofs.peakGflopsBf16, 0, 'f', 1)
                                                .arg(roofs.isaBf16)
                                          : QStringLiteral("no bf16 roof (no AVX512_BF16)"))
            .arg(roofs.bandwidthL1, 0, 'f', 0)
            .arg(roofs.bandwidthL2, 0, 'f', 0)
            .arg(roofs.bandwidthL3, 0, 'f', 0)
            .arg(roofs.bandwidthDram, 0, 'f', 1)
            .arg(roofs.cacheL1 >> 10)
            .arg(roofs.cacheL2 >> 10)
            .arg(roofs.cacheL3 >> 20)
            .arg(roofs.kernels));

    RunConfig c;
    c.methods = {QStringLiteral("eager"), QStringLiteral("native_fp32"), QStringLiteral("native_int8"),
                 QStringLiteral("native_bf16"), QStringLiteral("mobile_xnnpack"), QStringLiteral("auto")};
    c.isolation = QStringLiteral("thread");  // one process: the library loop below runs in it too
    c.warmup = quick ? 20 : 100;
    c.iterations = quick ? 100 : 500;
    const RunResult run = runMethods(c);
    out(QStringLiteral("### Default model (hidden 256, 7 blocks), %1 calls per method and batch, interleaved\n\n")
            .arg(*c.iterations));
    mainTable(run);
    choices(run);
    targets(run);

    int rounds = quick ? 20 : 100;
    for (const auto& a : args)
        if (a.startsWith(QLatin1String("--rounds=")))
            rounds = std::max(1, a.mid(9).toInt());
    out(QStringLiteral("\n### OptiBench against the libraries (same weights, one interleaved loop, %1 rounds of 10 "
                       "calls, p50; every path returns the sigmoid scores and the confidence)\n")
            .arg(rounds));
    const auto table = libraries(engine::ModelSpec{}, rounds);
    goal(table, engine::ModelSpec{}, roofs);

    if (!args.contains(QStringLiteral("--no-sweeps"))) {
        out(QStringLiteral("\n### Latency against hidden size (7 blocks): p50 µs wall-clock (thread CPU time)\n"));
        sweep(QStringLiteral("hidden"), {64, 128, 256, 512, 1024, 2048}, true, quick ? 40 : 200, roofs);
        out(QStringLiteral("\n### Latency against layers (hidden 256): p50 µs wall-clock (thread CPU time)\n"));
        sweep(QStringLiteral("layers"), {1, 2, 4, 8, 16, 32}, false, quick ? 40 : 200, roofs);
    }
    out(QStringLiteral("\nLoad average at the end: %1.\n").arg(loadAverage()));
    return 0;
}
