// SPDX-License-Identifier: MIT
// The intervals of stats/hierarchical.h on simulated runs: how often one run's interval holds another run's median,
// and how wide it is, for machines whose speed moves between processes continuously (lognormal, sd 0%, 3%, 8%) or
// between two states (quiet, and 1.5x slower with probability 0.4), with 2, 3, 5 and 9 processes per run of 300
// samples each (3% noise within a process). Figures for docs/performance.md ("Forks"). Not a test.
// Usage: build/ci/tests/benchmarks/bench_intervals [runs per case, default 30]

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "stats/bootstrap.h"
#include "stats/hierarchical.h"
#include "stats/rng.h"
#include "stats/robust.h"

using namespace ob::stats;

namespace {

class Draws {
public:
    explicit Draws(std::uint64_t seed)
        : m_rng(seed)
    {
    }
    double normal()
    {
        return std::sqrt(-2 * std::log(m_rng.uniform())) * std::cos(6.283185307179586 * m_rng.uniform());
    }
    double uniform() { return m_rng.uniform(); }

private:
    SplitMix64 m_rng;
};

GroupedSamples simulatedRun(Draws& d, bool twoStates, int processes, double between, int samples)
{
    GroupedSamples run;
    for (int p = 0; p < processes; ++p) {
        const double level = twoStates ? (d.uniform() < 0.4 ? 1.5 : 1.0) * std::exp(0.01 * d.normal())
                                       : std::exp(between * d.normal());
        std::vector<double> g;
        for (int i = 0; i < samples; ++i)
            g.push_back(100 * level * std::exp(0.03 * d.normal()));
        run.push_back(g);
    }
    return run;
}

}  // namespace

int main(int argc, char** argv)
{
    const int runs = argc > 1 ? std::atoi(argv[1]) : 30;
    std::printf("| machine | processes | one process: inside, ± | long run: inside, ± | another run: inside, ± |\n");
    std::printf("|---|---|---|---|---|\n");
    for (int twoStates = 0; twoStates < 2; ++twoStates)
        for (double between : {0.0, 0.03, 0.08}) {
            if (twoStates && between > 0)
                continue;
            for (int processes : {2, 3, 5, 9}) {
                Draws d(static_cast<std::uint64_t>(1000 * processes + 7 * twoStates + 100 * between));
                std::vector<GroupedSamples> sims;
                std::vector<double> medians;
                for (int r = 0; r < runs; ++r) {
                    sims.push_back(simulatedRun(d, twoStates, processes, between, 300));
                    medians.push_back(pooledMedian(sims.back()));
                }
                int hits[3] = {0, 0, 0};
                double widths[3] = {0, 0, 0};
                int pairs = 0;
                for (int a = 0; a < runs; ++a) {
                    const auto seed = static_cast<std::uint64_t>(a + 1);
                    const Interval ci[3] = {bootstrapMedianCi(sims[a].front(), 0.95, 1000, seed),
                        hierarchicalMedianCi(sims[a], 0.95, 1000, seed, IntervalTarget::LongRun),
                        hierarchicalMedianCi(sims[a], 0.95, 1000, seed, IntervalTarget::AnotherRun)};
                    for (int k = 0; k < 3; ++k)
                        widths[k] += ci[k].relativeHalfWidth(k == 0 ? median(sims[a].front()) : medians[a]);
                    for (int b = 0; b < runs; ++b) {
                        if (a == b)
                            continue;
                        ++pairs;
                        for (int k = 0; k < 3; ++k)
                            hits[k] += ci[k].contains(medians[b]);
                    }
                }
                const char* machine = twoStates ? "two states"
                    : between == 0              ? "steady"
                    : between < 0.05            ? "sd 3%"
                                                : "sd 8%";
                std::printf("| %s | %d |", machine, processes);
                for (int k = 0; k < 3; ++k)
                    std::printf(" %.0f%%, ±%.1f%% |", 100.0 * hits[k] / pairs, 100 * widths[k] / runs);
                std::printf("\n");
            }
        }
    // What one interval costs: 3 processes of 1000 samples, and 5 of 2000.
    for (const auto& [processes, samples] : {std::pair{3, 1000}, {5, 2000}}) {
        Draws d(5);
        const GroupedSamples run = simulatedRun(d, false, processes, 0.05, samples);
        const auto t0 = std::chrono::steady_clock::now();
        const Interval ci = hierarchicalMedianCi(run, 0.95, kDefaultResamples, 1, IntervalTarget::AnotherRun);
        const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
        std::printf("hierarchical interval of %d processes x %d samples: %.1f ms ([%.2f, %.2f])\n", processes, samples,
            ms, ci.low, ci.high);
    }
    return 0;
}
