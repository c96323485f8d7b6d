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
/// For model torchscript with example-inputs set: that file exists and is a readable regular file of at most 2 GiB.
/// Fast (no loading); part of validate().
MaybeError checkExampleInputsPath(const RunConfig& config);
/// Loads and probes the file through the engine with the configuration's inputs (cached per file and inputs). When it
/// cannot be benchmarked: an error naming input (and the argument) when the inputs do not fit, example-inputs when
/// that file does not, else model-file; with the engine's own words and what is allowed (the input syntax or the
/// model's schema). `info` receives what the engine found.
MaybeError checkModelFile(const RunConfig& config, engine::ModelFileInfo* info = nullptr);
/// The sizes the file defines: the input width the probe used and the outputs when they are plain widths (a model
/// with other outputs keeps the configured ones), and hidden and layers when it is recognised as the simplified model.
void applyModelFileSizes(RunConfig& config, const engine::ModelFileInfo& info);

}  // namespace ob
