// SPDX-License-Identifier: MIT
#include "diagnosis/hints.h"

#include <cmath>

namespace ob {

void annotateFidelity(MethodResult& r, const RunConfig& config)
{
    if (!r.fidelity || !r.fidelity->finite)
        return;
    bool ok = false;
    double minCosine = config.options.value(QStringLiteral("fidelity.min_cosine")).toDouble(&ok);
    if (!ok)
        minCosine = kDefaultMinCosine;
    if (!(r.fidelity->cosine >= minCosine)) {
        r.flags << QStringLiteral("numerically_wrong");
        if (r.diagnosis.isEmpty())
            r.diagnosis = DiagnosisRef{QStringLiteral("numerically_wrong"),
                                       {{QStringLiteral("cosine"), QString::number(r.fidelity->cosine, 'f', 4)},
                                        {QStringLiteral("threshold"), QString::number(minCosine)}},
                                       {}};
    }
}

void annotateRun(RunResult&) {}

}  // namespace ob
