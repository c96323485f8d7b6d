// SPDX-License-Identifier: MIT
#include "config/enginespec.h"

#include <QFile>

#include "config/inputspec.h"

namespace ob {

engine::ModelSpec modelSpecOf(const RunConfig& c)
{
    engine::ModelSpec s;
    s.model = c.model.toStdString();
    if (c.model == QLatin1String("torchscript")) {
        s.path = QFile::encodeName(c.modelFile).toStdString();
        parseInputSpecs(c.inputSpecs, s.inputSpecs);  // validate() refuses a spec that does not parse
        s.exampleInputs = QFile::encodeName(c.exampleInputs).toStdString();
        s.primaryOutput = c.primaryOutput.toStdString();
    }
    s.hidden = c.hidden;
    s.layers = c.layers;
    s.inputs = c.inputs;
    s.outputs = c.outputs;
    s.seed = c.seed;
    return s;
}

engine::EngineSettings engineSettingsOf(const RunConfig& c)
{
    engine::EngineSettings s;
    s.qengine = c.qengine.toStdString();
    for (auto it = c.options.begin(); it != c.options.end(); ++it)
        s.options[it.key().toStdString()] = it.value().toStdString();
    s.batches.assign(c.batches.begin(), c.batches.end());  // what native_* and auto prepare per batch size
    return s;
}

}  // namespace ob
