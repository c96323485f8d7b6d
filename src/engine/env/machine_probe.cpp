// SPDX-License-Identifier: MIT
// measureMachine(): one core's roofs. Plain C++ (no torch): timed loops from kernels/probe.h.

#include <algorithm>
#include <chrono>
#include <fstream>
#include <functional>
#include <string>

#if defined(__unix__) || defined(__APPLE__)
#include <unistd.h>
#endif

#include "env/cpu_features.h"
#include "kernels/native_mlp.h"
#include "kernels/probe.h"
#include "kernels/probe_choice.h"
#include "kernels/weight_arena.h"
#include "optibench/engine/engine.h"

namespace ob::engine {
namespace {

using Clock = std::chrono::steady_clock;

// Short trials, many of them: on a shared machine the best one is the one no other process interrupted
// (a scheduler time slice is a few ms).
constexpr double kTrialSeconds = 0.004;
constexpr int kTrials = 15;

std::int64_t sysfsCache(int level)
{
    for (int index = 0; index < 8; ++index) {
        const std::string dir = "/sys/devices/system/cpu/cpu0/cache/index" + std::to_string(index) + "/";
        std::ifstream lv(dir + "level"), type(dir + "type"), size(dir + "size");
        int l = 0;
        std::string t, s;
        if (!(lv >> l) || !(type >> t) || !(size >> s))
            continue;
        if (l != level || t == "Instruction")
            continue;
        std::int64_t v = std::stoll(s);
        if (!s.empty() && (s.back() == 'K' || s.back() == 'k'))
            v *= 1024;
        else if (!s.empty() && s.back() == 'M')
            v *= 1024 * 1024;
        return v;
    }
    return 0;
}

// sysfs first: it describes what this core sees (glibc's sysconf reported a 320 MiB L3 for a 32 MiB one in a VM).
std::int64_t cacheSize(int level)
{
    if (const auto v = sysfsCache(level); v > 0)
        return v;
#if defined(_SC_LEVEL1_DCACHE_SIZE)
    const int names[] = {_SC_LEVEL1_DCACHE_SIZE, _SC_LEVEL2_CACHE_SIZE, _SC_LEVEL3_CACHE_SIZE};
    if (const long v = sysconf(names[level - 1]); v > 0)
        return v;
#endif
    const std::int64_t fallback[] = {32 << 10, 1 << 20, 32 << 20};
    return fallback[level - 1];
}

/// Runs `body(units)` until a trial lasts kTrialSeconds, then returns the best rate (work per second) of kTrials.
/// `trialDone` gets the share of the trials done after each one (for a progress bar).
template <typename Body>
double bestRate(Body body, long units, const std::atomic<bool>* cancel, const std::function<void(double)>& trialDone)
{
    auto timed = [&](long n) {
        const auto t0 = Clock::now();
        const double work = body(n);
        return std::make_pair(work, std::chrono::duration<double>(Clock::now() - t0).count());
    };
    for (auto [work, s] = timed(units); s < kTrialSeconds / 4; std::tie(work, s) = timed(units))
        units *= 2;
    double best = 0;
    for (int t = 0; t < kTrials; ++t) {
        if (cancel && cancel->load())
            throw EngineError("cancelled by the user");
        const auto [work, s] = timed(units);
        best = std::max(best, work / s);
        if (trialDone)
            trialDone(static_cast<double>(t + 1) / kTrials);
    }
    return best;
}

}  // namespace

namespace kernels {

// Each compute roof with the widest instructions this CPU has for it (checked here, before any loop is called):
// fp32 FMAs on zmm with AVX512F, else ymm; int8 vpdpbusd with AVX512_VNNI, else vpmaddubsw + vpmaddwd; bf16
// vdpbf16ps with AVX512_BF16, else none (AMX tiles are not probed).
ProbeChoice chooseProbes(const CpuFeatures& cpu, bool simd)
{
    const ProbeOps& ops = simd && avx2Probe() ? *avx2Probe() : scalarProbe();
    const bool avx2 = &ops != &scalarProbe();
    ProbeChoice c;
    c.fp32 = ops.fp32Peak;
    c.int8 = ops.int8Peak;
    c.isaFp32 = avx2 ? "avx2+fma (vfmadd231ps ymm)" : "scalar";
    c.isaInt8 = avx2 ? "avx2 (vpmaddubsw + vpmaddwd ymm)" : "scalar";
    if (!avx2)
        return c;
    if (const auto* p = avx512Fp32Probe(); p && cpu.avx512f) {
        c.fp32 = p->floatPeak;
        c.isaFp32 = p->isa;
    }
    if (const auto* p = avx512VnniProbe(); p && cpu.avx512f && cpu.avx512vnni) {
        c.int8 = p->intPeak;
        c.isaInt8 = p->isa;
    }
    if (const auto* p = avx512Bf16Probe(); p && cpu.avx512f && cpu.avx512bf16) {
        c.bf16 = p->floatPeak;
        c.isaBf16 = p->isa;
    }
    return c;
}

}  // namespace kernels

MachineRoofs measureMachine(const std::function<void(const std::string&, double)>& progress,
                            const std::atomic<bool>* cancel)
{
    const auto start = Clock::now();
    auto report = [&](const std::string& stage, double f) {
        if (progress)
            progress(stage, f);
    };
    // The share [from, to] of the whole measurement that one stage's trials cover.
    auto within = [&](const std::string& stage, double from, double to) -> std::function<void(double)> {
        return [&report, stage, from, to](double f) { report(stage, from + (to - from) * f); };
    };
    const bool simd = kernels::defaultIsa() == kernels::Isa::Avx2 && kernels::avx2Probe();
    const kernels::ProbeOps& ops = simd ? *kernels::avx2Probe() : kernels::scalarProbe();
    MachineRoofs r;
    r.cpuModel = cpuModelName();
    r.kernels = ops.name;
    r.cacheL1 = cacheSize(1);
    r.cacheL2 = cacheSize(2);
    r.cacheL3 = cacheSize(3);

    const kernels::ProbeChoice loops = kernels::chooseProbes(cpuFeatures(), simd);
    r.isaFp32 = loops.isaFp32;
    r.isaInt8 = loops.isaInt8;
    r.isaBf16 = loops.isaBf16;
    const auto fp32Loop = loops.fp32;
    const auto int8Loop = loops.int8;
    const auto bf16Loop = loops.bf16;

    // Where each stage starts on the progress bar, roughly by its share of the time (measured on a 2 vCPU EPYC):
    // filling the DRAM-sized buffer (one step: the arena's zeroing) and sweeping it take most of it.
    enum Stage { Fp32, Int8, Bf16, Buffer, L1, L2, L3, Dram, End };
    constexpr double at[] = {0.0, 0.06, 0.12, 0.18, 0.52, 0.6, 0.67, 0.71, 1.0};
    report("fp32 peak", at[Fp32]);
    float fsink = 0;
    r.peakGflopsFp32 = bestRate([&](long n) { return fp32Loop(n, &fsink); }, 1 << 14, cancel,
                                within("fp32 peak", at[Fp32], at[Int8]))
        / 1e9;
    report("int8 peak", at[Int8]);
    int isink = 0;
    r.peakGopsInt8 = bestRate([&](long n) { return int8Loop(n, &isink); }, 1 << 14, cancel,
                              within("int8 peak", at[Int8], at[Bf16]))
        / 1e9;
    if (bf16Loop) {
        report("bf16 peak", at[Bf16]);
        r.peakGflopsBf16 = bestRate([&](long n) { return bf16Loop(n, &fsink); }, 1 << 14, cancel,
                                    within("bf16 peak", at[Bf16], at[Buffer]))
            / 1e9;
    }

    // Working sets well inside each level (half of L1 and L2, a quarter of L3) and well beyond L3 for DRAM.
    const std::int64_t dram = std::clamp<std::int64_t>(4 * r.cacheL3, 64 << 20, 512 << 20);
    const std::int64_t sizes[] = {r.cacheL1 / 2, r.cacheL2 / 2, std::max(r.cacheL3 / 4, 4 * r.cacheL2), dram};
    double* targets[] = {&r.bandwidthL1, &r.bandwidthL2, &r.bandwidthL3, &r.bandwidthDram};
    const char* stages[] = {"L1 bandwidth", "L2 bandwidth", "L3 bandwidth", "DRAM bandwidth"};
    report("DRAM buffer", at[Buffer]);
    // On huge pages like the native kernels' weights: with 4 KiB pages the DRAM sweep read 21-31 GB/s from run to
    // run, while the kernels streamed 31 GB/s of weights from DRAM (hidden 2048), above that roof. The arena zeroes
    // the buffer, which touches every page before timing.
    kernels::WeightArena arena(static_cast<std::size_t>(dram));
    const auto* buffer = static_cast<const float*>(arena.take(static_cast<std::size_t>(dram)));
    float sink = 0;
    for (int level = 0; level < 4; ++level) {
        report(stages[level], at[L1 + level]);
        const auto n = static_cast<std::size_t>(sizes[level] / 4) / 64 * 64;
        const double bytes = static_cast<double>(n) * 4;
        *targets[level] = bestRate(
                              [&](long passes) {
                                  sink += ops.readSweep(buffer, n, static_cast<int>(passes));
                                  return bytes * static_cast<double>(passes);
                              },
                              1, cancel, within(stages[level], at[L1 + level], at[L1 + level + 1]))
            / 1e9;
    }
    (void)fsink;
    (void)isink;
    (void)sink;
    r.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    report("done", at[End]);
    return r;
}

}  // namespace ob::engine
