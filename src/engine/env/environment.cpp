// SPDX-License-Identifier: MIT
// Environment capture, thread settings and the choice of quantized engine.

#include <ATen/Context.h>
#include <ATen/Parallel.h>
#include <torch/version.h>

#include <cstdlib>

#include "env/blas.h"
#include "env/cpu_features.h"
#include "optibench/engine/engine.h"

namespace ob::engine {
namespace {

std::string qengineName(at::QEngine e)
{
    switch (e) {
    case at::QEngine::NoQEngine: return "none";
    case at::QEngine::FBGEMM: return "fbgemm";
    case at::QEngine::QNNPACK: return "qnnpack";
    case at::QEngine::ONEDNN: return "onednn";
    case at::QEngine::X86: return "x86";
    }
    return "unknown";
}

std::string parallelBackend()
{
    const std::string info = at::get_parallel_info();
    const std::string key = "ATen parallel backend: ";
    const auto pos = info.find(key);
    if (pos == std::string::npos)
        return "unknown";
    const auto end = info.find('\n', pos);
    return info.substr(pos + key.size(), end == std::string::npos ? std::string::npos : end - pos - key.size());
}

std::string compilerName()
{
#if defined(__clang__)
    return "clang " __clang_version__;
#elif defined(__GNUC__)
    return "g++ " __VERSION__;
#elif defined(_MSC_VER)
    return "MSVC " + std::to_string(_MSC_VER);
#else
    return "unknown";
#endif
}

}  // namespace

std::pair<std::string, std::string> resolveQEngine(const std::string& requested)
{
    const auto supported = at::globalContext().supportedQEngines();
    auto has = [&](at::QEngine e) { return std::find(supported.begin(), supported.end(), e) != supported.end(); };
    if (requested != "auto")
        return {requested, "chosen by the user"};
    if (has(at::QEngine::X86))
        return {"x86", "X86 (FBGEMM with oneDNN) is the best engine for x86 CPUs and this build has it"};
    if (has(at::QEngine::FBGEMM))
        return {"fbgemm", "FBGEMM is the reference engine for x86 CPUs and this build has it"};
    if (has(at::QEngine::QNNPACK))
        return {"qnnpack", "this build has no FBGEMM/X86; QNNPACK is correct on every CPU (32-bit accumulation, "
                           "full 8-bit activations, a correct fused linear_relu_dynamic), ONEDNN needs VNNI for "
                           "full-range activations; ONEDNN is often faster for wide layers or large batches: try "
                           "the ONEDNN engine"};
    if (has(at::QEngine::ONEDNN))
        return {"onednn", "ONEDNN is the only quantized engine of this build"};
    return {"none", "this build has no quantized engine"};
}

EnvironmentInfo captureEnvironment()
{
    EnvironmentInfo env;
    env.torchVersion = TORCH_VERSION;
    env.parallelBackend = parallelBackend();
    env.intraOpThreads = at::get_num_threads();
    env.interOpThreads = at::get_num_interop_threads();
    for (auto e : at::globalContext().supportedQEngines())
        env.supportedQEngines.push_back(qengineName(e));
    env.selectedQEngine = qengineName(at::globalContext().qEngine());
    const auto blas = blasInfo();
    env.blasLibrary = blas.library;
    env.blasCoreType = blas.coreType;
    env.blasConfig = blas.config;
    env.blasThreads = blas.threads;
    if (const char* ct = std::getenv("OPENBLAS_CORETYPE"))
        env.blasCoreTypeEnv = ct;
    env.cpuModel = cpuModelName();
    env.cpuFlags = cpuFlagNames(cpuFeatures());
    env.logicalCores = logicalCores();
    env.compiler = compilerName();
    env.extra["mkldnn"] = at::hasMKLDNN() ? "yes" : "no";
    env.extra["mkl"] = at::hasMKL() ? "yes" : "no";
    return env;
}

void applyThreadSettings(int intraOpThreads, int blasThreads)
{
    if (intraOpThreads > 0)
        at::set_num_threads(intraOpThreads);
    if (blasThreads > 0)
        setBlasThreads(blasThreads);
}

}  // namespace ob::engine
