// SPDX-License-Identifier: MIT
#pragma once
// Model files inspected where the configuration says models run: in a worker process (isolation "process", the
// default) or in this process. The answers are cached per file and inputs, so that the cost model (FLOPs, weights)
// of a model file never loads the file in the GUI or the CLI once a worker has inspected it.

#include <optional>

#include "config/runconfig.h"
#include "optibench/engine/types.h"

namespace ob {

/// engine::inspectModelFile() of `config`'s model file: in a worker process when config.isolation is "process" and
/// the worker executable is found (a file that hangs or crashes comes back as not ok, saying so), else in this
/// process. Cached per file (path, size, modification time) and inputs.
engine::ModelFileInfo inspectModelFileFor(const RunConfig& config);
/// Keeps an inspection made elsewhere (a worker's model_file event) for later lookups of the same spec.
void rememberModelFileInfo(const engine::ModelSpec& spec, const engine::ModelFileInfo& info);
/// engine::estimateCost(), except that a model file's cost comes from its cached inspection (inspected in a worker
/// when not cached, unless this process inspects in itself). Throws engine::EngineError as estimateCost() does.
engine::ModelCost modelCost(const engine::ModelSpec& spec);
/// The inspection of `config`'s model file when one is cached (never loads the file): for the history's record.
std::optional<engine::ModelFileInfo> cachedModelFileInfo(const RunConfig& config);
/// This process loads model files itself (the worker process).
void setInspectInProcess(bool inProcess);

}  // namespace ob
