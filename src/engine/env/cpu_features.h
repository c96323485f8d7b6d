// SPDX-License-Identifier: MIT
#pragma once
// What the CPU can do, detected at run time (portable: falls back to "none" off x86).

#include <string>
#include <vector>

namespace ob::engine {

struct CpuFeatures {
    bool avx2 = false;
    bool fma = false;
    bool avx512f = false;
    bool avx512bw = false;
    bool avx512vnni = false;
    bool avx512bf16 = false;
    bool avxvnni = false;
    bool amxTile = false;   // AMX tiles (the OS must enable XTILEDATA; Linux grants it per process on request)
    bool amxInt8 = false;
    bool amxBf16 = false;
    bool neon = false;
};

const CpuFeatures& cpuFeatures();
std::vector<std::string> cpuFlagNames(const CpuFeatures& f);
std::string cpuModelName();
int logicalCores();

}  // namespace ob::engine
