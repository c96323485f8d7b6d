// SPDX-License-Identifier: MIT
#include "diagnosis/hints.h"

#include <cmath>

namespace ob {
namespace {

/// A hint a step leaves in its report ("this may change the answers, and here is why"); it becomes a flag and the
/// method's diagnosis only when the fidelity over the evaluation set shows the answers changed.
struct StepHint {
    const char* id;
    const char* flag;
    bool (*diverges)(const stats::Fidelity& f, double minCosine);
};

const StepHint kStepHints[] = {
    // A trace of the right path reproduces eager to rounding; any larger difference is another path.
    {"trace_froze_control_flow", "frozen_control_flow",
     [](const stats::Fidelity& f, double minCosine) { return f.maxAbsError > kTraceTolerance || f.cosine < minCosine; }},
    {"simplify_approximation", "approximation",
     [](const stats::Fidelity& f, double minCosine) { return f.cosine < minCosine; }},
};

const StepResult* stepWithHint(const MethodResult& r, const char* id)
{
    for (auto it = r.steps.rbegin(); it != r.steps.rend(); ++it)
        if (it->diagnosis.id == QLatin1String(id))
            return &*it;
    return nullptr;
}

}  // namespace

void annotateFidelity(MethodResult& r, const RunConfig& config)
{
    if (!r.fidelity || !r.fidelity->finite)
        return;
    bool ok = false;
    double minCosine = config.options.value(QStringLiteral("fidelity.min_cosine")).toDouble(&ok);
    if (!ok)
        minCosine = kDefaultMinCosine;
    const QMap<QString, QString> measured{
        {QStringLiteral("cosine"), QString::number(r.fidelity->cosine, 'f', 4)},
        {QStringLiteral("threshold"), QString::number(minCosine)},
        {QStringLiteral("max_error"), QString::number(r.fidelity->maxAbsError, 'g', 3)},
        {QStringLiteral("argmax"), QString::number(r.fidelity->argmaxAgreement, 'f', 1)}};
    for (const auto& hint : kStepHints) {
        const StepResult* step = stepWithHint(r, hint.id);
        if (!step || !hint.diverges(*r.fidelity, minCosine))
            continue;
        r.flags << QLatin1String(hint.flag);
        r.diagnosis = step->diagnosis;
        for (auto it = measured.begin(); it != measured.end(); ++it)
            r.diagnosis.args.insert(it.key(), it.value());
    }
    if (!(r.fidelity->cosine >= minCosine)) {
        r.flags << QStringLiteral("numerically_wrong");
        if (r.diagnosis.isEmpty())
            r.diagnosis = DiagnosisRef{QStringLiteral("numerically_wrong"),
                                       {{QStringLiteral("cosine"), measured.value(QStringLiteral("cosine"))},
                                        {QStringLiteral("threshold"), measured.value(QStringLiteral("threshold"))}},
                                       {}};
    }
}

void annotateRun(RunResult&) {}

}  // namespace ob
