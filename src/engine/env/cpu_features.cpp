// SPDX-License-Identifier: MIT
#include "env/cpu_features.h"

#include <array>
#include <cstring>
#include <fstream>
#include <thread>

#if defined(__x86_64__) || defined(_M_X64) || defined(__i386__)
#define OB_X86 1
#if defined(_MSC_VER)
#include <intrin.h>
#else
#include <cpuid.h>
#endif
#endif

namespace ob::engine {
namespace {

#ifdef OB_X86
std::array<unsigned, 4> cpuid(unsigned leaf, unsigned sub)
{
    std::array<unsigned, 4> r{};
#if defined(_MSC_VER)
    int regs[4];
    __cpuidex(regs, static_cast<int>(leaf), static_cast<int>(sub));
    for (int i = 0; i < 4; ++i)
        r[i] = static_cast<unsigned>(regs[i]);
#else
    __cpuid_count(leaf, sub, r[0], r[1], r[2], r[3]);
#endif
    return r;
}

unsigned long long xgetbv0()
{
#if defined(_MSC_VER)
    return _xgetbv(0);
#else
    unsigned lo = 0, hi = 0;
    __asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
    return (static_cast<unsigned long long>(hi) << 32) | lo;
#endif
}
#endif

CpuFeatures detect()
{
    CpuFeatures f;
#ifdef OB_X86
    const auto l1 = cpuid(1, 0);
    const bool osxsave = (l1[2] >> 27) & 1;
    const unsigned long long xcr0 = osxsave ? xgetbv0() : 0;
    const bool osAvx = (xcr0 & 0x6) == 0x6;
    const bool osAvx512 = osAvx && (xcr0 & 0xe0) == 0xe0;
    const bool osAmx = (xcr0 & 0x60000) == 0x60000;  // XTILECFG and XTILEDATA
    const unsigned maxLeaf = cpuid(0, 0)[0];
    if (maxLeaf >= 7) {
        const auto l7 = cpuid(7, 0);
        f.avx2 = osAvx && ((l7[1] >> 5) & 1);
        f.fma = osAvx && ((l1[2] >> 12) & 1);
        f.avx512f = osAvx512 && ((l7[1] >> 16) & 1);
        f.avx512bw = osAvx512 && ((l7[1] >> 30) & 1);
        f.avx512vnni = osAvx512 && ((l7[2] >> 11) & 1);
        const auto l71 = cpuid(7, 1);
        f.avx512bf16 = osAvx512 && ((l71[0] >> 5) & 1);
        f.avxvnni = osAvx && ((l71[0] >> 4) & 1);
        f.amxBf16 = osAmx && ((l7[3] >> 22) & 1);
        f.amxTile = osAmx && ((l7[3] >> 24) & 1);
        f.amxInt8 = osAmx && ((l7[3] >> 25) & 1);
    }
#elif defined(__aarch64__) || defined(__ARM_NEON)
    f.neon = true;
#endif
    return f;
}

}  // namespace

const CpuFeatures& cpuFeatures()
{
    static const CpuFeatures f = detect();
    return f;
}

std::vector<std::string> cpuFlagNames(const CpuFeatures& f)
{
    std::vector<std::string> names;
    auto add = [&](bool on, const char* n) {
        if (on)
            names.emplace_back(n);
    };
    add(f.avx2, "avx2");
    add(f.fma, "fma");
    add(f.avx512f, "avx512f");
    add(f.avx512bw, "avx512bw");
    add(f.avx512vnni, "avx512_vnni");
    add(f.avx512bf16, "avx512_bf16");
    add(f.avxvnni, "avx_vnni");
    add(f.amxTile, "amx_tile");
    add(f.amxInt8, "amx_int8");
    add(f.amxBf16, "amx_bf16");
    add(f.neon, "neon");
    return names;
}

std::string cpuModelName()
{
    std::string name;
#ifdef OB_X86
    if (cpuid(0x80000000u, 0)[0] >= 0x80000004u) {
        char brand[49] = {};
        for (unsigned i = 0; i < 3; ++i) {
            const auto r = cpuid(0x80000002u + i, 0);
            std::memcpy(brand + i * 16, r.data(), 16);
        }
        name = brand;
    }
#endif
    if (name.empty()) {
        std::ifstream in("/proc/cpuinfo");
        std::string line;
        while (std::getline(in, line)) {
            if (line.rfind("model name", 0) == 0 || line.rfind("Hardware", 0) == 0) {
                name = line.substr(line.find(':') + 1);
                break;
            }
        }
    }
    const auto b = name.find_first_not_of(' ');
    const auto e = name.find_last_not_of(' ');
    return b == std::string::npos ? std::string("unknown") : name.substr(b, e - b + 1);
}

int logicalCores()
{
    return static_cast<int>(std::thread::hardware_concurrency());
}

}  // namespace ob::engine
