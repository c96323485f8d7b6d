// SPDX-License-Identifier: MIT
#include "config/runconfig.h"

namespace ob {

bool RunConfig::operator==(const RunConfig& o) const
{
    return model == o.model && modelFile == o.modelFile && inputSpecs == o.inputSpecs
        && exampleInputs == o.exampleInputs && primaryOutput == o.primaryOutput && driftCosine == o.driftCosine
        && driftTop1 == o.driftTop1 && hidden == o.hidden && layers == o.layers
        && inputs == o.inputs && outputs == o.outputs && batches == o.batches && methods == o.methods && warmup == o.warmup
        && iterations == o.iterations && targetCi == o.targetCi && minCalls == o.minCalls
        && maxCalls == o.maxCalls && timeBudget == o.timeBudget && excludeOutliers == o.excludeOutliers
        && threads == o.threads && blasThreads == o.blasThreads
        && qengine == o.qengine && seed == o.seed && evalSamples == o.evalSamples && options == o.options
        && isolation == o.isolation && callTimeout == o.callTimeout && workerMemoryMiB == o.workerMemoryMiB
        && workerCpuSeconds == o.workerCpuSeconds && forks == o.forks && maxForks == o.maxForks
        && profile == o.profile;
}

}  // namespace ob
