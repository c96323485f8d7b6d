// SPDX-License-Identifier: MIT
// inspectModelFile(): a model file's facts without a benchmark, cached per file (path, size, modification time)
// and inputs.

#include <filesystem>
#include <map>
#include <mutex>

#include "models/script_file_model.h"
#include "runtime/errors.h"

namespace ob::engine {
namespace {

struct CacheEntry {
    std::uintmax_t size = 0;
    std::filesystem::file_time_type modified;
    ModelFileInfo info;
};

ModelFileInfo inspect(const ModelSpec& spec)
{
    try {
        const ScriptFileModel model(spec);
        ModelFileInfo info = model.info();
        if (const auto* mlp = model.residualMlp()) {
            info.residualMlp = true;
            info.hidden = static_cast<int>(mlp->input.weight.size(0));
            info.layers = static_cast<int>(mlp->blocks.size());
        }
        info.flopsPerSample = info.cost.flops;
        return info;
    } catch (const ModelFileError& e) {
        return e.info();
    } catch (const std::exception& e) {
        ModelFileInfo info;
        info.errorKind = "not_torchscript";
        info.detail = errorText(e);
        info.error = "model-file: " + spec.path
            + " is not a TorchScript model file (torch::jit::save archive); LibTorch: " + info.detail;
        return info;
    }
}

/// What the inspection depends on besides the file: its inputs and the primary output.
std::string inputsKey(const ModelSpec& spec)
{
    std::string key = spec.exampleInputs + "|" + spec.primaryOutput + "|" + std::to_string(spec.seed);
    for (const auto& s : spec.inputSpecs)
        key += "|" + inputSpecText(s);
    return key;
}

}  // namespace

ModelFileInfo inspectModelFile(const ModelSpec& spec)
{
    const std::string& path = spec.path;
    static std::mutex mutex;
    static std::map<std::pair<std::string, std::string>, CacheEntry> cache;
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    const auto modified = ec ? std::filesystem::file_time_type{} : std::filesystem::last_write_time(path, ec);
    const bool cacheable = !ec;
    const auto key = std::make_pair(path, inputsKey(spec));
    if (cacheable) {
        const std::lock_guard<std::mutex> lock(mutex);
        const auto it = cache.find(key);
        if (it != cache.end() && it->second.size == size && it->second.modified == modified)
            return it->second.info;
    }
    ModelFileInfo info = inspect(spec);
    if (cacheable) {
        const std::lock_guard<std::mutex> lock(mutex);
        if (cache.size() > 32)
            cache.clear();
        cache[key] = CacheEntry{size, modified, info};
    }
    return info;
}

}  // namespace ob::engine
