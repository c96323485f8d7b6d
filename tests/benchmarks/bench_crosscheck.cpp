// SPDX-License-Identifier: MIT
// bench_crosscheck (a benchmark, not a test): OptiBench's runner against Google Benchmark on the same model in one
// process, and the repeatability of the default configuration. Run by hand; the figures go to docs/performance.md.
//
//   bench_crosscheck [--mode=all|crosscheck|repeat] [--batches=1,16] [--rounds=3] [Google Benchmark flags]
//
// crosscheck: eager at each batch size, timed alternately by Google Benchmark and by OptiBench's runner (default
//   adaptive length), `rounds` times so that a change of load hits both. Like is compared with like:
//   - the median per call: Google Benchmark with one call per repetition (1000 repetitions, median aggregate)
//     against OptiBench's p50; this is the cross-check (target: ratio 0.9..1.1);
//   - the mean per call: Google Benchmark's usual way (median of 20 repetitions, each the mean of >= 50 ms of calls)
//     against OptiBench's mean. On a busy machine means include preempted calls and medians do not.
// repeat: the default configuration (every method, batches 1, 4, 8, 16, adaptive length) run twice; prints the
//   batch-1 median of each method in both runs and their spread (target within 5% on an idle machine).
// Both print the machine's load, as measured by the runs, next to the figures.

#include <benchmark/benchmark.h>

#include <QCoreApplication>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "bench/inputs.h"
#include "bench/runner.h"
#include "optibench/engine/engine.h"
#include "stats/robust.h"

using namespace ob;

namespace {

class MedianCollector : public benchmark::ConsoleReporter {
public:
    MedianCollector() : benchmark::ConsoleReporter(OO_None) {}
    std::map<std::string, double> medianMs;
    void ReportRuns(const std::vector<Run>& runs) override
    {
        for (const auto& r : runs)
            if (r.run_type == Run::RT_Aggregate && r.aggregate_name == "median")
                medianMs[r.run_name.function_name] = r.GetAdjustedRealTime() / 1000.0;  // µs -> ms
        ConsoleReporter::ReportRuns(runs);
    }
};

std::string gbName(int batch)
{
    return "gb/eager/batch:" + std::to_string(batch);
}

std::string gbPerCallName(int batch)
{
    return "gb-per-call/eager/batch:" + std::to_string(batch);
}

std::string noiseText(const MachineNoise& n)
{
    char buf[256];
    std::snprintf(buf, sizeof buf,
        "load %.2f -> %.2f on %d CPUs, other processes %.0f%% of the machine, steal %.1f%%%s",
        n.loadBefore.value_or(NAN), n.loadAfter.value_or(NAN), n.cpus, 100 * n.otherCpuShare.value_or(NAN),
        100 * n.stealShare.value_or(NAN), n.busy ? " (busy)" : "");
    return buf;
}

RunResult runOptiBench(const RunConfig& config)
{
    RunObserver none;
    std::atomic<bool> cancel{false};
    return BenchmarkRunner(config).run(none, cancel);
}

int crosscheck(const std::vector<int>& batches, int rounds)
{
    engine::ModelSpec spec;  // the default model: hidden 256, 7 layers, seed 42 (as RunConfig's defaults)
    engine::applyThreadSettings(1, 1);
    auto workspace = engine::Workspace::create(spec, {});
    auto eager = workspace->prepare("eager", {});
    if (!eager->ok()) {
        std::fprintf(stderr, "eager failed to prepare\n");
        return 1;
    }
    std::map<int, std::vector<float>> pools;  // fresh-looking inputs without generating them inside the timing
    for (int b : batches) {
        InputGenerator gen(deriveSeed(spec.seed, 77 + static_cast<std::uint64_t>(b)));
        pools[b] = gen.next(static_cast<std::size_t>(64 * b * spec.inputs));
        benchmark::RegisterBenchmark(gbName(b).c_str(),
            [&, b](benchmark::State& state) {
                const std::vector<float>& pool = pools[b];
                std::size_t i = 0;
                for (auto _ : state) {
                    eager->forward(pool.data() + static_cast<std::size_t>(i * b * spec.inputs), b);
                    i = (i + 1) % 64;
                }
            })
            ->Unit(benchmark::kMicrosecond)
            ->MinTime(0.05)
            ->Repetitions(20)
            ->ReportAggregatesOnly(true);
        // One timed call per repetition; an untimed call just before it puts the code and the weights back in the
        // caches after Google Benchmark's own work between repetitions, as OptiBench's back-to-back calls find them.
        benchmark::RegisterBenchmark(gbPerCallName(b).c_str(),
            [&, b](benchmark::State& state) {
                const std::vector<float>& pool = pools[b];
                eager->forward(pool.data() + static_cast<std::size_t>(b * spec.inputs), b);
                for (auto _ : state)
                    eager->forward(pool.data(), b);
            })
            ->Unit(benchmark::kMicrosecond)
            ->Iterations(1)
            ->Repetitions(1000)
            ->ReportAggregatesOnly(true);
    }

    RunConfig config;
    config.methods = {QStringLiteral("eager")};
    config.batches = QList<int>(batches.begin(), batches.end());
    std::map<int, std::vector<double>> gb, gbPerCall, ob, obMean;
    std::vector<MachineNoise> noise;
    MedianCollector collector;
    for (int r = 0; r < rounds; ++r) {
        benchmark::RunSpecifiedBenchmarks(&collector);
        const RunResult run = runOptiBench(config);
        noise.push_back(run.noise);
        for (int b : batches) {
            gb[b].push_back(collector.medianMs[gbName(b)]);
            gbPerCall[b].push_back(collector.medianMs[gbPerCallName(b)]);
            const BatchResult* batch = run.results.front().batch(b);
            ob[b].push_back(batch ? batch->latencyMs.p50 : NAN);
            obMean[b].push_back(batch ? batch->latencyMs.mean : NAN);
        }
        std::printf("round %d: OptiBench run: %s\n", r + 1, noiseText(run.noise).c_str());
    }
    std::printf("\ncrosscheck, eager, hidden 256, 7 layers, 1 thread; medians over %d alternating rounds\n", rounds);
    std::printf("%6s  %13s  %13s  %8s  %-12s  %13s  %13s  %8s\n", "batch", "GB p50 (ms)", "OB p50 (ms)", "OB/GB",
        "verdict", "GB mean (ms)", "OB mean (ms)", "OB/GB");
    for (int b : batches) {
        const double g = stats::median(gbPerCall[b]);
        const double o = stats::median(ob[b]);
        const double gm = stats::median(gb[b]);
        const double om = stats::median(obMean[b]);
        std::printf("%6d  %13.4f  %13.4f  %8.3f  %-12s  %13.4f  %13.4f  %8.3f\n", b, g, o, o / g,
            std::abs(o / g - 1) <= 0.10 ? "within 10%" : "OUTSIDE 10%", gm, om, om / gm);
        for (std::size_t r = 0; r < static_cast<std::size_t>(rounds); ++r)
            std::printf("        round %zu: p50 GB %.4f OB %.4f (%.3f); mean GB %.4f OB %.4f (%.3f)\n", r + 1,
                gbPerCall[b][r], ob[b][r], ob[b][r] / gbPerCall[b][r], gb[b][r], obMean[b][r], obMean[b][r] / gb[b][r]);
    }
    return 0;
}

int repeat()
{
    const RunConfig config;  // the default configuration
    const RunResult a = runOptiBench(config);
    const RunResult b = runOptiBench(config);
    std::printf("\nrepeat: the default configuration twice (methods: %s)\n",
        a.methods.join(QStringLiteral(",")).toStdString().c_str());
    std::printf("run 1: %s\nrun 2: %s\n", noiseText(a.noise).c_str(), noiseText(b.noise).c_str());
    std::printf("%-40s  %12s  %12s  %8s  %s\n", "method (batch 1)", "run 1 (ms)", "run 2 (ms)", "spread", "verdict");
    double worst = 0;
    for (const auto& ra : a.results) {
        const MethodResult* rb = b.result(ra.method);
        const BatchResult* ba = ra.batch(1);
        const BatchResult* bb = rb ? rb->batch(1) : nullptr;
        if (!ba || !bb) {
            std::printf("%-40s  not measured in both runs\n", ra.method.toStdString().c_str());
            continue;
        }
        const double m1 = ba->latencyMs.p50;
        const double m2 = bb->latencyMs.p50;
        const double spread = std::abs(m1 - m2) / (0.5 * (m1 + m2));
        worst = std::max(worst, spread);
        std::printf("%-40s  %12.4f  %12.4f  %7.1f%%  %s\n", ra.method.toStdString().c_str(), m1, m2, 100 * spread,
            spread <= 0.05 ? "within 5%" : "OUTSIDE 5%");
    }
    std::printf("largest spread: %.1f%%\n", 100 * worst);
    return 0;
}

std::vector<int> parseBatches(const std::string& text)
{
    std::vector<int> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto comma = text.find(',', start);
        const int v = std::atoi(text.substr(start, comma - start).c_str());
        if (v > 0)
            out.push_back(v);
        if (comma == std::string::npos)
            break;
        start = comma + 1;
    }
    return out;
}

}  // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    std::string mode = "all";
    std::vector<int> batches{1, 16};
    int rounds = 3;
    std::vector<char*> rest{argv[0]};
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg.rfind("--mode=", 0) == 0)
            mode = arg.substr(7);
        else if (arg.rfind("--batches=", 0) == 0)
            batches = parseBatches(arg.substr(10));
        else if (arg.rfind("--rounds=", 0) == 0)
            rounds = std::max(1, std::atoi(arg.c_str() + 9));
        else
            rest.push_back(argv[i]);
    }
    int restCount = static_cast<int>(rest.size());
    benchmark::Initialize(&restCount, rest.data());
    if (benchmark::ReportUnrecognizedArguments(restCount, rest.data()))
        return 2;
    int rc = 0;
    if (mode == "all" || mode == "crosscheck")
        rc = crosscheck(batches, rounds);
    if (rc == 0 && (mode == "all" || mode == "repeat"))
        rc = repeat();
    return rc;
}
