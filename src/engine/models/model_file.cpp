// SPDX-License-Identifier: MIT
// inspectModelFile(): a model file's facts without a benchmark, cached per path, size and modification time.

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

ModelFileInfo inspect(const std::string& path, int inputs)
{
    ModelFileInfo info;
    info.inputs = inputs;
    ModelSpec spec;
    spec.model = "torchscript";
    spec.path = path;
    spec.inputs = inputs;
    try {
        const ScriptFileModel model(spec);
        info.ok = true;
        info.parameters = model.parameters();
        info.weightBytes = model.weightBytes();
        info.outputs = model.outputs();
        if (const auto* mlp = model.residualMlp()) {
            info.residualMlp = true;
            info.hidden = static_cast<int>(mlp->input.weight.size(0));
            info.layers = static_cast<int>(mlp->blocks.size());
        }
        info.flopsPerSample = model.flopsPerSample();
    } catch (const ModelFileError& e) {
        info.errorKind = e.kind();
        info.error = e.what();
        info.detail = e.detail();
    } catch (const std::exception& e) {
        info.errorKind = "not_torchscript";
        info.detail = errorText(e);
        info.error = "model-file: " + path + " is not a TorchScript model file (torch::jit::save archive); LibTorch: "
            + info.detail;
    }
    return info;
}

}  // namespace

ModelFileInfo inspectModelFile(const std::string& path, int inputs)
{
    static std::mutex mutex;
    static std::map<std::pair<std::string, int>, CacheEntry> cache;
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    const auto modified = ec ? std::filesystem::file_time_type{} : std::filesystem::last_write_time(path, ec);
    const bool cacheable = !ec;
    const auto key = std::make_pair(path, inputs);
    if (cacheable) {
        const std::lock_guard<std::mutex> lock(mutex);
        const auto it = cache.find(key);
        if (it != cache.end() && it->second.size == size && it->second.modified == modified)
            return it->second.info;
    }
    ModelFileInfo info = inspect(path, inputs);
    if (cacheable) {
        const std::lock_guard<std::mutex> lock(mutex);
        if (cache.size() > 32)
            cache.clear();
        cache[key] = CacheEntry{size, modified, info};
    }
    return info;
}

}  // namespace ob::engine
