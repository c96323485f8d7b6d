// SPDX-License-Identifier: MIT
#include "strategies/jit/script_builder.h"

#include <iomanip>
#include <sstream>

#include "models/original_model.h"
#include "strategies/simplify/outputs_simplified.h"

namespace ob::engine {

std::string scriptNumber(double value)
{
    std::ostringstream s;
    s << std::setprecision(17) << value;
    std::string text = s.str();
    if (text.find_first_of(".eEn") == std::string::npos)
        text += ".0";  // a float literal, not an int
    return text;
}

std::optional<torch::jit::Module> buildScriptModule(const Runnable& model, std::string& whyNot)
{
    const Runnable* target = &model;
    ScriptOutputs outputs = ScriptOutputs::Native;
    if (const auto* wrapped = dynamic_cast<const OutputsSimplified*>(&model)) {
        target = wrapped->inner().get();
        outputs = ScriptOutputs::Tuple;
    }
    if (const auto* original = dynamic_cast<const OriginalModel*>(target))
        return scriptOriginal(*original->net(), outputs);
    if (const auto* mlp = target->residualMlp())
        return scriptResidualMlp(*mlp, outputs);
    whyNot = "OptiBench has no TorchScript source for the form \"" + target->kind()
        + "\" (it knows the original model and the residual MLP, each optionally behind simplify_outputs)";
    return std::nullopt;
}

}  // namespace ob::engine
