// SPDX-License-Identifier: MIT
#pragma once
// Model "torchscript": checks of the model file (key model-file), in the words of the validation layer.

#include "config/runconfig.h"
#include "config/validation.h"
#include "optibench/engine/types.h"

namespace ob {

/// The largest model file OptiBench opens.
constexpr qint64 kMaxModelFileBytes = 2LL * 1024 * 1024 * 1024;

/// For model torchscript: the file is given, exists, and is a readable regular file of at most 2 GiB. Fast (no
/// loading); part of validate().
MaybeError checkModelFilePath(const RunConfig& config);
/// Loads and probes the file through the engine (cached per file): a translated error naming model-file, the path,
/// what is allowed and LibTorch's own text when it cannot be benchmarked. `info` receives what the engine found.
MaybeError checkModelFile(const RunConfig& config, engine::ModelFileInfo* info = nullptr);
/// The sizes the file defines: outputs, and hidden and layers when it is recognised as the simplified model.
void applyModelFileSizes(RunConfig& config, const engine::ModelFileInfo& info);

}  // namespace ob
