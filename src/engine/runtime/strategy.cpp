// SPDX-License-Identifier: MIT
#include "runtime/strategy.h"

#include <algorithm>
#include <cctype>

namespace ob::engine {

void StepInput::report(const std::string& stage, double fraction) const
{
    if (progress)
        progress(method, stage, std::clamp(fraction, 0.0, 1.0));
}

StepOutput stepOk(RunnablePtr model, std::string message)
{
    StepOutput out;
    out.report.status = StepStatus::Ok;
    out.report.message = std::move(message);
    out.model = std::move(model);
    return out;
}

StepOutput stepSkipped(RunnablePtr model, std::string reason, Diagnosis diagnosis)
{
    StepOutput out;
    out.report.status = StepStatus::Skipped;
    out.report.message = std::move(reason);
    out.report.diagnosis = std::move(diagnosis);
    out.model = std::move(model);
    return out;
}

StepOutput stepFailed(std::string error, Diagnosis diagnosis)
{
    StepOutput out;
    out.report.status = StepStatus::Failed;
    out.report.error = std::move(error);
    out.report.diagnosis = std::move(diagnosis);
    return out;
}

StepOutput stepNotApplicable(std::string reason)
{
    StepOutput out;
    out.report.status = StepStatus::NotApplicable;
    out.report.message = reason;
    out.report.diagnosis.id = "not_applicable";
    out.report.diagnosis.args["reason"] = std::move(reason);
    return out;
}

std::string optionString(const EngineSettings& settings, const std::string& key, const std::string& fallback)
{
    const auto it = settings.options.find(key);
    return it == settings.options.end() ? fallback : it->second;
}

long long optionInt(const EngineSettings& settings, const std::string& key, long long fallback)
{
    const auto it = settings.options.find(key);
    if (it == settings.options.end())
        return fallback;
    try {
        return std::stoll(it->second);
    } catch (const std::exception&) {
        throw EngineError("option " + key + ": '" + it->second + "' is not an integer");
    }
}

double optionDouble(const EngineSettings& settings, const std::string& key, double fallback)
{
    const auto it = settings.options.find(key);
    if (it == settings.options.end())
        return fallback;
    try {
        return std::stod(it->second);
    } catch (const std::exception&) {
        throw EngineError("option " + key + ": '" + it->second + "' is not a number");
    }
}

bool optionBool(const EngineSettings& settings, const std::string& key, bool fallback)
{
    const auto it = settings.options.find(key);
    if (it == settings.options.end())
        return fallback;
    std::string v = it->second;
    std::transform(v.begin(), v.end(), v.begin(), [](unsigned char c) { return std::tolower(c); });
    if (v == "1" || v == "true" || v == "yes" || v == "on")
        return true;
    if (v == "0" || v == "false" || v == "no" || v == "off")
        return false;
    throw EngineError("option " + key + ": '" + it->second + "' is not a boolean");
}

const Strategy* StrategyRegistry::find(const std::string& id) const
{
    for (const auto& s : m_strategies)
        if (s->info().id == id)
            return s.get();
    return nullptr;
}

void StrategyRegistry::add(std::unique_ptr<Strategy> strategy)
{
    m_strategies.push_back(std::move(strategy));
}

const StrategyRegistry& StrategyRegistry::instance()
{
    static const StrategyRegistry registry = [] {
        StrategyRegistry r;
        registerBaselineStrategies(r);
        registerQuantizationStrategies(r);
        registerNativeStrategies(r);
        registerJitStrategies(r);
        registerCompileStrategies(r);
        registerSimplificationStrategies(r);
        return r;
    }();
    return registry;
}

}  // namespace ob::engine
