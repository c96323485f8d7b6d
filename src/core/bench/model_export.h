// SPDX-License-Identifier: MIT
#pragma once
// Saving a prepared method's model as TorchScript (CLI --save-model, later a GUI action). The request travels in
// the run configuration as the option `save_model` = "FILE.pt" or "METHOD=FILE.pt", so a run's JSON records it.
// FILE.pt alone saves the last method of the run that has a TorchScript form (for --preset seed: the optimized
// pipeline); METHOD=FILE.pt saves that method.

#include <QString>

#include <atomic>
#include <optional>

#include "config/runconfig.h"
#include "results/runresult.h"

namespace ob::engine {
class PreparedMethod;
}

namespace ob {

/// The option key of the request.
inline const QString kSaveModelOption = QStringLiteral("save_model");
/// The step name under which the outcome is recorded in the saved method's steps.
inline const QString kSaveModelStep = QStringLiteral("save_model");

struct SaveModelRequest {
    QString method;  // empty: the last method with a TorchScript form
    QString path;
};

/// The request in `config`, if any. "METHOD=FILE" is read as a method only when METHOD is one of `methods`.
std::optional<SaveModelRequest> saveModelRequest(const RunConfig& config, const QStringList& methods);

/// Saves `prepared` to `path` (through a temporary file renamed over it) and returns the step that records it.
StepResult saveTorchScript(engine::PreparedMethod& prepared, const QString& path);

/// The GUI's "Save model as TorchScript…" (run it where the benchmarks run): builds the model of `config`, prepares
/// `method` and saves it with saveTorchScript(). A method that does not prepare, or has no TorchScript form, comes
/// back failed with the engine's text in `error` and its diagnosis; nothing is written then.
StepResult exportMethod(const RunConfig& config, const QString& method, const QString& path,
                        const std::atomic<bool>* cancel = nullptr);

}  // namespace ob
