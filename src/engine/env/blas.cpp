// SPDX-License-Identifier: MIT
#include "env/blas.h"

#if defined(_WIN32)
#include <windows.h>
#else
#include <dlfcn.h>
#endif

namespace ob::engine {
namespace {

void* findSymbol(const char* name)
{
#if defined(_WIN32)
    for (const char* dll : {"libopenblas.dll", "openblas.dll"})
        if (HMODULE h = GetModuleHandleA(dll))
            if (auto p = GetProcAddress(h, name))
                return reinterpret_cast<void*>(p);
    return nullptr;
#else
    return dlsym(RTLD_DEFAULT, name);
#endif
}

template <typename Fn>
Fn symbol(const char* name)
{
    return reinterpret_cast<Fn>(findSymbol(name));
}

}  // namespace

BlasInfo blasInfo()
{
    BlasInfo info;
    const auto corename = symbol<char* (*)()>("openblas_get_corename");
    const auto config = symbol<char* (*)()>("openblas_get_config");
    const auto threads = symbol<int (*)()>("openblas_get_num_threads");
    if (!corename && !config) {
        info.library = "unknown (no OpenBLAS symbols in the process)";
        info.threads = -1;
        return info;
    }
    info.library = "OpenBLAS";
    if (corename)
        info.coreType = corename();
    if (config)
        info.config = config();
    info.threads = threads ? threads() : -1;
    return info;
}

bool setBlasThreads(int n)
{
    const auto set = symbol<void (*)(int)>("openblas_set_num_threads");
    if (!set)
        return false;
    set(n);
    return true;
}

}  // namespace ob::engine
