// SPDX-License-Identifier: MIT
#include "roofline/roofline.h"

#include <algorithm>

#include "bench/modelinspect.h"
#include "config/enginespec.h"
#include "diagnosis/hints.h"
#include "optibench/engine/engine.h"

namespace ob::roofline {

QString levelId(Level level)
{
    switch (level) {
    case Level::L1: return QStringLiteral("L1");
    case Level::L2: return QStringLiteral("L2");
    case Level::L3: return QStringLiteral("L3");
    case Level::Dram: return QStringLiteral("DRAM");
    }
    return {};
}

Workload workloadOf(double flopsPerSample, double activationBytesPerSample, double weightBytes, int batch)
{
    return Workload{flopsPerSample * batch, weightBytes, activationBytesPerSample * batch};
}

Arithmetic arithmeticOf(double weightBytes, double parameters)
{
    return parameters > 0 && weightBytes / parameters < 1.5 ? Arithmetic::Int8 : Arithmetic::Fp32;
}

Level residentLevel(double bytes, const MachineRoofs& r)
{
    if (bytes <= kCacheHeadroom * static_cast<double>(r.cacheL1))
        return Level::L1;
    if (bytes <= kCacheHeadroom * static_cast<double>(r.cacheL2))
        return Level::L2;
    if (bytes <= kCacheHeadroom * static_cast<double>(r.cacheL3))
        return Level::L3;
    return Level::Dram;
}

double bandwidthOf(Level level, const MachineRoofs& r)
{
    switch (level) {
    case Level::L1: return r.bandwidthL1;
    case Level::L2: return r.bandwidthL2;
    case Level::L3: return r.bandwidthL3;
    case Level::Dram: return r.bandwidthDram;
    }
    return 0;
}

std::optional<Arithmetic> arithmeticNamed(const QString& id)
{
    if (id == QLatin1String("fp32"))
        return Arithmetic::Fp32;
    if (id == QLatin1String("int8"))
        return Arithmetic::Int8;
    if (id == QLatin1String("bf16"))
        return Arithmetic::Bf16;
    return std::nullopt;
}

double peakGflopsOf(Arithmetic a, const MachineRoofs& r)
{
    if (a == Arithmetic::Int8 && r.peakGopsInt8 > 0)
        return r.peakGopsInt8;
    if (a == Arithmetic::Bf16 && r.peakGflopsBf16 > 0)  // without bf16 arithmetic, bf16 is widened to fp32
        return r.peakGflopsBf16;
    return r.peakGflopsFp32;
}

RooflinePoint pointOf(const Workload& w, Arithmetic arithmetic, const MachineRoofs& roofs, double medianMs)
{
    RooflinePoint p;
    p.flops = w.flops;
    p.bytes = w.bytes();
    p.intensity = w.intensity();
    const Level level = residentLevel(w.bytes(), roofs);
    const double peak = peakGflopsOf(arithmetic, roofs);
    const double bandwidth = bandwidthOf(level, roofs);
    const double computeUs = peak > 0 ? w.flops / (peak * 1e3) : 0;          // GFLOP/s = 1e3 FLOP/us
    const double memoryUs = bandwidth > 0 ? w.bytes() / (bandwidth * 1e3) : 0;  // GB/s = 1e3 B/us
    p.boundUs = std::max(computeUs, memoryUs);
    p.limit = computeUs >= memoryUs ? QStringLiteral("compute") : levelId(level);
    if (medianMs > 0) {
        p.achievedGflops = w.flops / (medianMs * 1e6);
        p.efficiency = p.boundUs / (medianMs * 1e3);
    }
    return p;
}

namespace {

/// The architecture `method` runs: the configured model, or the last one a step of its pipeline replaced it by.
std::string architectureOf(const QString& method, const QString& configured)
{
    std::string model = configured.toStdString();
    const auto infos = engine::strategies();
    for (const auto& step : method.split(QLatin1Char('+'))) {
        const std::string id = step.toStdString();
        const auto it = std::find_if(infos.begin(), infos.end(), [&](const auto& i) { return i.id == id; });
        if (it != infos.end() && !it->replacesModel.empty())
            model = it->replacesModel;
    }
    return model;
}

/// The arithmetic the last step of `method` that declares one computes in (StrategyInfo::arithmetic).
std::optional<Arithmetic> declaredArithmetic(const QString& method)
{
    std::optional<Arithmetic> out;
    const auto infos = engine::strategies();
    for (const auto& step : method.split(QLatin1Char('+'))) {
        const std::string id = step.toStdString();
        const auto it = std::find_if(infos.begin(), infos.end(), [&](const auto& i) { return i.id == id; });
        if (it != infos.end())
            if (const auto a = arithmeticNamed(QString::fromStdString(it->arithmetic)))
                out = a;
    }
    return out;
}

/// A step's choice for `batch` (native_* and auto choose per batch size), the last step's that has one.
const StepChoice* choiceFor(const MethodResult& r, int batch)
{
    const StepChoice* out = nullptr;
    for (const auto& s : r.steps)
        for (const auto& c : s.choices)
            if (c.batch == batch)
                out = &c;
    return out;
}

const QString kRoofExceededId = QStringLiteral("roof_exceeded");

/// Sets or clears the roof_exceeded flag and diagnosis of a method from its batches' points.
void flagRoofExceeded(MethodResult& r, const MachineRoofs& roofs, bool oneThread)
{
    r.flags.removeAll(kRoofExceededId);
    if (r.diagnosis.id == kRoofExceededId)
        r.diagnosis = {};
    const RooflinePoint* worst = nullptr;
    QStringList batches;
    for (const auto& b : r.batches)
        if (oneThread && b.roofline && b.roofline->efficiency > kRoofExceeded) {
            batches << QString::number(b.batch);
            if (!worst || b.roofline->efficiency > worst->efficiency)
                worst = &*b.roofline;
        }
    if (!worst)
        return;
    const QString load = roofs.loadAverage >= 0 ? QString::number(roofs.loadAverage, 'f', 2) : QStringLiteral("?");
    setHint(r, kRoofExceededId, DiagnosisRef{
        kRoofExceededId,
        {{QStringLiteral("method"), r.method},
         {QStringLiteral("batches"), batches.join(QStringLiteral(", "))},
         {QStringLiteral("efficiency"), QString::number(qRound(worst->efficiency * 100))},
         {QStringLiteral("limit"), worst->limit},
         {QStringLiteral("measured"), roofs.measured.toString(Qt::ISODate)},
         {QStringLiteral("load"), load}},
        {FixAction{QStringLiteral("machine"), QStringLiteral("remeasure"), QString()}}});
}

}  // namespace

void annotateRoofline(RunResult& run, const MachineRoofs& roofs)
{
    run.machine = roofs;
    const engine::ModelSpec configured = modelSpecOf(run.config);
    // The roofs are one core's: with more threads a method may pass them legitimately.
    const bool oneThread = run.intraOpThreads() <= 1 && run.blasThreads() <= 1;
    for (auto& r : run.results) {
        // A distilled method (simplify) runs the simplified architecture, whatever the configured model is.
        engine::ModelSpec spec = configured;
        spec.model = architectureOf(r.method, run.config.model);
        engine::ModelCost cost;
        try {
            cost = modelCost(spec);
        } catch (const std::exception&) {
            continue;  // an unknown model has no cost model: no roofline
        }
        if (cost.flopsPerSample <= 0)
            continue;  // a model file that is not recognised: its FLOPs are unknown
        const double weights =
            r.weightBytes > 0 ? static_cast<double>(r.weightBytes) : static_cast<double>(cost.weightBytesFp32);
        // The compute roof: what the batch size's choice computes in (native_*, auto), else what the method's
        // strategies declare, else by the bytes per weight.
        const Arithmetic arithmetic =
            declaredArithmetic(r.method).value_or(arithmeticOf(weights, static_cast<double>(cost.parameters)));
        for (auto& b : r.batches) {
            if (b.latencyMs.n == 0)
                continue;
            double bytes = weights;
            Arithmetic a = arithmetic;
            if (const StepChoice* c = choiceFor(r, b.batch)) {
                if (c->weightBytes > 0)
                    bytes = static_cast<double>(c->weightBytes);
                a = arithmeticNamed(c->arithmetic).value_or(arithmeticOf(bytes, static_cast<double>(cost.parameters)));
            }
            const auto w = workloadOf(cost.flopsPerSample, cost.activationBytesPerSample, bytes, b.batch);
            b.roofline = pointOf(w, a, roofs, b.medianMs);
        }
    }
    for (auto& r : run.results)
        flagRoofExceeded(r, roofs, oneThread);
}

QList<Roof> roofsOf(const MachineRoofs& r)
{
    QList<Roof> out;
    out << Roof{QStringLiteral("fp32"), true, r.peakGflopsFp32, 0};
    if (r.peakGopsInt8 > 0)
        out << Roof{QStringLiteral("int8"), true, r.peakGopsInt8, 0};
    if (r.peakGflopsBf16 > 0)
        out << Roof{QStringLiteral("bf16"), true, r.peakGflopsBf16, 0};
    for (Level l : {Level::L1, Level::L2, Level::L3, Level::Dram})
        out << Roof{levelId(l), false, 0, bandwidthOf(l, r)};
    return out;
}

QList<ChartPoint> chartPoints(const RunResult& run)
{
    QList<ChartPoint> out;
    for (const auto& r : run.results)
        for (const auto& b : r.batches)
            if (b.roofline)
                out << ChartPoint{r.method, b.batch, *b.roofline};
    return out;
}

}  // namespace ob::roofline
