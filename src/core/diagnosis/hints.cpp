// SPDX-License-Identifier: MIT
#include "diagnosis/hints.h"

#include <cmath>

#include "optibench/engine/engine.h"

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

namespace {

bool isInt8Method(const QString& method)
{
    for (const auto& step : method.split(QLatin1Char('+')))
        if (step.contains(QLatin1String("int8")))
            return true;
    return false;
}

double mflopPerSample(const RunConfig& c)
{
    engine::ModelSpec spec;
    spec.model = c.model.toStdString();
    spec.hidden = c.hidden;
    spec.layers = c.layers;
    spec.inputs = c.inputs;
    spec.outputs = c.outputs;
    try {
        return engine::estimateCost(spec).flopsPerSample / 1e6;
    } catch (const std::exception&) {
        return std::nan("");
    }
}

// Each batch at which an int8 method's median latency exceeds eager's by more than kInt8SlowdownLimit is flagged,
// and the method gets a diagnosis listing those batches and ratios: "quantized" must never be read as "faster".
void annotateInt8Slowdown(RunResult& run)
{
    const MethodResult* eager = run.result(QStringLiteral("eager"));
    if (!eager || eager->status != MethodStatus::Ok)
        return;
    for (auto& r : run.results) {
        if (r.status != MethodStatus::Ok || !isInt8Method(r.method))
            continue;
        QStringList batches;
        QStringList ratios;
        for (auto& b : r.batches) {
            const BatchResult* base = eager->batch(b.batch);
            if (!base || base->latencyMs.p50 <= 0)
                continue;
            const double ratio = b.latencyMs.p50 / base->latencyMs.p50;
            if (ratio > kInt8SlowdownLimit) {
                b.flags << QStringLiteral("int8_slower_than_eager");
                batches << QString::number(b.batch);
                ratios << QString::number(ratio, 'f', 2);
            }
        }
        if (batches.isEmpty())
            continue;
        if (r.diagnosis.isEmpty())
            r.diagnosis = DiagnosisRef{QStringLiteral("int8_slower_than_eager"),
                                       {{QStringLiteral("method"), r.method},
                                        {QStringLiteral("batches"), batches.join(QStringLiteral(", "))},
                                        {QStringLiteral("ratios"), ratios.join(QStringLiteral(", "))},
                                        {QStringLiteral("mflop"), QString::number(mflopPerSample(run.config), 'f', 2)}},
                                       {}};
    }
}

}  // namespace

void annotateRun(RunResult& run)
{
    annotateInt8Slowdown(run);
}

}  // namespace ob
