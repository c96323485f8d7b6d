// SPDX-License-Identifier: MIT
// bench_quantization: where does int8 win? Sweeps hidden 256/1024/4096 x batch 1/16 for eager, and dynamic_int8
// and static_int8 on each quantized engine of the build, through the engine's public interface (the path the CLI
// measures). Methods are interleaved in shuffled rounds and every ratio is to eager measured in the same rounds,
// so that load from other processes hits all methods alike. Not a test: run it by hand, e.g.
//   build/dev/tests/benchmarks/bench_quantization [--hidden 256,1024,4096] [--batch 1,16] [--layers 7] [--seconds 2]
//                                                 [--variants 1]  (adds static_int8 with quant.residual=float and =qadd)

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <memory>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "optibench/engine/engine.h"

using namespace ob::engine;
using Clock = std::chrono::steady_clock;

namespace {

struct Candidate {
    std::string label;
    std::unique_ptr<PreparedMethod> method;
    std::vector<double> samplesUs;
};

std::vector<int> parseList(const char* text)
{
    std::vector<int> out;
    std::stringstream ss(text);
    std::string item;
    while (std::getline(ss, item, ','))
        out.push_back(std::stoi(item));
    return out;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

std::string loadAverage()
{
    std::ifstream f("/proc/loadavg");
    std::string a, b, c;
    f >> a >> b >> c;
    return a + " " + b + " " + c;
}

double timeCall(PreparedMethod& m, const std::vector<float>& input, int batch)
{
    const auto t0 = Clock::now();
    m.forward(input.data(), batch);
    return std::chrono::duration<double, std::micro>(Clock::now() - t0).count();
}

// Interleaves the candidates in shuffled rounds of a few calls each until each has spent about `seconds`.
void measure(std::vector<Candidate>& cands, int batch, int inputs, double seconds, std::mt19937_64& rng)
{
    std::vector<float> input(static_cast<std::size_t>(batch) * inputs);
    std::normal_distribution<float> normal;
    for (auto& v : input)
        v = normal(rng);
    for (auto& c : cands) {
        c.samplesUs.clear();
        for (int i = 0; i < 3; ++i)
            timeCall(*c.method, input, batch);
    }
    std::vector<double> spent(cands.size(), 0.0);
    std::vector<std::size_t> order(cands.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    constexpr std::size_t kMaxSamples = 4000;
    while (true) {
        bool more = false;
        std::shuffle(order.begin(), order.end(), rng);
        for (std::size_t idx : order) {
            auto& c = cands[idx];
            if (spent[idx] >= seconds * 1e6 && c.samplesUs.size() >= 15)
                continue;
            if (c.samplesUs.size() >= kMaxSamples)
                continue;
            more = true;
            for (int k = 0; k < 5; ++k) {
                const double us = timeCall(*c.method, input, batch);
                c.samplesUs.push_back(us);
                spent[idx] += us;
            }
        }
        if (!more)
            break;
    }
}

std::string fmt(double v, int digits)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", digits, v);
    return buf;
}

}  // namespace

int main(int argc, char** argv)
{
    std::vector<int> hiddens{256, 1024, 4096};
    std::vector<int> batches{1, 16};
    int layers = 7;
    double seconds = 2.0;
    bool variants = false;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--hidden"))
            hiddens = parseList(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--batch"))
            batches = parseList(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--layers"))
            layers = std::stoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--seconds"))
            seconds = std::stod(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--variants"))
            variants = std::stoi(argv[i + 1]) != 0;
        else {
            std::cerr << "unknown argument " << argv[i] << "\n";
            return 2;
        }
    }
    applyThreadSettings(1, 1);
    const auto env = captureEnvironment();
    std::vector<std::string> engines;
    for (const auto& e : env.supportedQEngines)
        if (e != "none")
            engines.push_back(e);
    std::cout << "# bench_quantization\n"
              << "CPU: " << env.cpuModel << ", " << env.logicalCores << " logical cores; flags:";
    for (const auto& f : env.cpuFlags)
        std::cout << ' ' << f;
    std::cout << "\nLibTorch " << env.torchVersion << ", " << env.intraOpThreads << " intra-op thread(s); BLAS "
              << env.blasLibrary << " (" << env.blasCoreType << "), " << env.blasThreads << " thread(s)\n"
              << "qengine auto = " << resolveQEngine("auto").first << "; layers " << layers
              << "; about " << seconds << " s per method and cell; load average at start: " << loadAverage() << "\n\n";

    std::cout << "| hidden | batch | eager p50 (µs)";
    std::vector<std::string> labels;
    for (const char* method : {"dynamic_int8", "static_int8"})
        for (const auto& e : engines)
            labels.push_back(std::string(method) + " " + e);
    for (const char* residual : {"float", "qadd"})
        for (std::size_t e = 0; variants && e < engines.size(); ++e)
            labels.push_back(std::string("static_int8 ") + residual + " " + engines[e]);
    for (const auto& l : labels)
        std::cout << " | " << l;
    std::cout << " |\n|---|---|---";
    for (std::size_t i = 0; i < labels.size(); ++i)
        std::cout << "|---";
    std::cout << "|\n" << std::flush;

    std::vector<std::string> wins, losses, ties;  // beyond ±10% of eager, or within
    std::mt19937_64 rng(42);
    for (int hidden : hiddens) {
        ModelSpec spec;
        spec.hidden = hidden;
        spec.layers = layers;
        std::vector<Candidate> cands;
        std::vector<std::unique_ptr<Workspace>> spaces;
        // Calibration is setup, not measured; fewer batches keep the 4096 sweep short.
        const std::string calib = hidden >= 4096 ? "8" : "32";
        for (const auto& e : engines)
            spaces.push_back(Workspace::create(spec, EngineSettings{e, {{"quant.calib_batches", calib}}, {}}));
        cands.push_back({"eager", spaces[0]->prepare("eager", {}), {}});
        for (const char* method : {"dynamic_int8", "static_int8"})
            for (std::size_t e = 0; e < engines.size(); ++e)
                cands.push_back({std::string(method) + " " + engines[e], spaces[e]->prepare(method, {}), {}});
        for (const char* residual : {"float", "qadd"})
            for (std::size_t e = 0; variants && e < engines.size(); ++e) {
                spaces.push_back(Workspace::create(
                    spec, EngineSettings{engines[e], {{"quant.calib_batches", calib}, {"quant.residual", residual}}, {}}));
                cands.push_back({std::string("static_int8 ") + residual + " " + engines[e],
                                 spaces.back()->prepare("static_int8", {}), {}});
            }
        for (const auto& c : cands)
            if (!c.method->ok()) {
                std::cerr << c.label << " failed: " << c.method->steps().back().error << "\n";
                return 1;
            }
        for (int batch : batches) {
            measure(cands, batch, spec.inputs, seconds, rng);
            const double eager = median(cands[0].samplesUs);
            std::cout << "| " << hidden << " | " << batch << " | " << fmt(eager, eager < 100 ? 1 : 0);
            for (std::size_t i = 1; i < cands.size(); ++i) {
                const double m = median(cands[i].samplesUs);
                const double ratio = m / eager;
                std::cout << " | " << fmt(m, m < 100 ? 1 : 0) << " (×" << fmt(ratio, 2) << ")";
                const std::string where = cands[i].label + " at hidden " + std::to_string(hidden) + ", batch "
                    + std::to_string(batch) + " (×" + fmt(ratio, 2) + ")";
                (ratio < 0.9 ? wins : ratio > 1.1 ? losses : ties).push_back(where);
            }
            std::cout << " |\n" << std::flush;
        }
    }
    std::cout << "\n(×r = median latency / eager's median in the same interleaved rounds; below 1 = faster than eager)\n"
              << "load average at end: " << loadAverage() << "\n";
    for (const auto& [title, list] : {std::pair{"int8 wins (faster than eager by more than 10%)", &wins},
                                      {"int8 loses (slower than eager by more than 10%)", &losses},
                                      {"within ±10% of eager (a tie on a noisy machine)", &ties}}) {
        std::cout << "\n" << title << ":\n";
        for (const auto& w : *list)
            std::cout << "  " << w << "\n";
    }
    return 0;
}
