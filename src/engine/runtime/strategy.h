// SPDX-License-Identifier: MIT
#pragma once
// A strategy transforms a model into another form; methods are pipelines of strategies.

#include <atomic>
#include <memory>
#include <string>
#include <vector>

#include "optibench/engine/engine.h"
#include "runtime/runnable.h"

namespace ob::engine {

/// What strategies know of a model file with its own inputs (Workspace::ownInputs()).
struct ModelFileContext {
    const ModelFileInfo& info;
    const std::vector<c10::IValue>& example;  // forward's arguments at batch 1 (or at the fixed shape)
};

struct StepInput {
    const ModelSpec& spec;
    const EngineSettings& settings;
    RunnablePtr model;           // the model so far: read it, never modify it (it is shared between methods)
    const std::string& method;   // the whole pipeline, e.g. "simplify_outputs+jit_trace"
    std::size_t stepIndex = 0;
    const std::atomic<bool>* cancel = nullptr;
    ProgressFn progress;
    const ModelFileContext* file = nullptr;  // set for a model file with its own inputs

    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
    void report(const std::string& stage, double fraction) const;
};

struct StepOutput {
    StepReport report;   // status, message, diagnosis; error text and setup time are filled in by the pipeline
    RunnablePtr model;   // the new model (ok), the input model (skipped), or null (failed)
};

class Strategy {
public:
    virtual ~Strategy() = default;
    virtual StrategyInfo info() const = 0;
    /// Returns ok/skipped with a model, or failed with a report. Exceptions are caught by the pipeline
    /// and recorded as a failed step with their exact text.
    virtual StepOutput apply(const StepInput& in) const = 0;
};

/// Helpers for strategies.
StepOutput stepOk(RunnablePtr model, std::string message = {});
StepOutput stepSkipped(RunnablePtr model, std::string reason, Diagnosis diagnosis = {});
StepOutput stepFailed(std::string error, Diagnosis diagnosis = {});
StepOutput stepNotApplicable(std::string reason);

/// Thrown by a step that noticed StepInput::cancelled().
class StepCancelled : public std::runtime_error {
public:
    StepCancelled() : std::runtime_error("cancelled by the user") {}
};

/// Typed access to strategy options (EngineSettings::options), falling back to the declared default.
std::string optionString(const EngineSettings& settings, const std::string& key, const std::string& fallback);
long long optionInt(const EngineSettings& settings, const std::string& key, long long fallback);
double optionDouble(const EngineSettings& settings, const std::string& key, double fallback);
bool optionBool(const EngineSettings& settings, const std::string& key, bool fallback);

class StrategyRegistry {
public:
    static const StrategyRegistry& instance();
    const Strategy* find(const std::string& id) const;
    const std::vector<std::unique_ptr<Strategy>>& all() const { return m_strategies; }
    void add(std::unique_ptr<Strategy> strategy);

private:
    std::vector<std::unique_ptr<Strategy>> m_strategies;
};

/// One function per strategy group, each defined beside its strategies, called by the registry in display order.
void registerBaselineStrategies(StrategyRegistry& registry);
void registerQuantizationStrategies(StrategyRegistry& registry);
void registerNativeStrategies(StrategyRegistry& registry);
void registerJitStrategies(StrategyRegistry& registry);             // strategies/jit/jit_group.cpp
void registerCompileStrategies(StrategyRegistry& registry);         // strategies/jit/compile_group.cpp
void registerSimplificationStrategies(StrategyRegistry& registry);  // strategies/simplify/simplify_group.cpp

}  // namespace ob::engine
