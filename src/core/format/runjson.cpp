// SPDX-License-Identifier: MIT
#include "format/runjson.h"
#include "i18n/tr.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <limits>

#include "config/validation.h"
#include "format/runsummary.h"
#include "format/processjson.h"
#include "format/profilejson.h"
#include "roofline/machinecache.h"

namespace ob {
namespace {

QJsonValue num(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

double numOr(const QJsonValue& v, double fallback = std::nan(""))
{
    return v.isDouble() ? v.toDouble() : fallback;
}

QJsonValue optNum(const std::optional<double>& v)
{
    return v ? num(*v) : QJsonValue(QJsonValue::Null);
}

std::optional<double> optNumFrom(const QJsonValue& v)
{
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

QJsonArray pair(double low, double high)
{
    return QJsonArray{num(low), num(high)};
}

/// [low, high] from a JSON pair; NaN where a number is missing.
std::pair<double, double> pairFrom(const QJsonValue& v)
{
    const QJsonArray a = v.toArray();
    return {numOr(a.at(0)), numOr(a.at(1))};
}

stats::Interval intervalFrom(const QJsonValue& v)
{
    const auto [low, high] = pairFrom(v);
    return {low, high};
}

QJsonObject speedupToJson(const SpeedupEntry& s)
{
    return QJsonObject{{QStringLiteral("batch"), s.batch}, {QStringLiteral("ratio"), num(s.ratio)},
                       {QStringLiteral("ci"), pair(s.ci.low, s.ci.high)}, {QStringLiteral("p_value"), num(s.pValue)},
                       {QStringLiteral("significant"), s.significant}};
}

SpeedupEntry speedupFromJson(const QJsonObject& o)
{
    return SpeedupEntry{o.value(QStringLiteral("batch")).toInt(), numOr(o.value(QStringLiteral("ratio"))),
                        intervalFrom(o.value(QStringLiteral("ci"))), numOr(o.value(QStringLiteral("p_value"))),
                        o.value(QStringLiteral("significant")).toBool()};
}

QJsonObject measurementToJson(const RunResult& run)
{
    const MachineNoise& n = run.noise;
    return QJsonObject{
        {QStringLiteral("timer"), QJsonObject{{QStringLiteral("resolution_ns"), num(run.timer.resolutionNs)},
                                             {QStringLiteral("overhead_ns"), num(run.timer.overheadNs)}}},
        {QStringLiteral("machine_noise"),
         QJsonObject{{QStringLiteral("cpus"), n.cpus}, {QStringLiteral("seconds"), num(n.seconds)},
                     {QStringLiteral("load_before"), optNum(n.loadBefore)},
                     {QStringLiteral("load_after"), optNum(n.loadAfter)},
                     {QStringLiteral("cpu_mhz_before"), optNum(n.cpuMhzBefore)},
                     {QStringLiteral("cpu_mhz_after"), optNum(n.cpuMhzAfter)},
                     {QStringLiteral("other_cpu_s"), optNum(n.otherCpuSeconds)},
                     {QStringLiteral("other_cpu_share"), optNum(n.otherCpuShare)},
                     {QStringLiteral("steal_share"), optNum(n.stealShare)}, {QStringLiteral("busy"), n.busy}}},
    };
}

void measurementFromJson(const QJsonObject& o, RunResult& run)
{
    const QJsonObject t = o.value(QStringLiteral("timer")).toObject();
    run.timer.resolutionNs = numOr(t.value(QStringLiteral("resolution_ns")), 0);
    run.timer.overheadNs = numOr(t.value(QStringLiteral("overhead_ns")), 0);
    const QJsonObject n = o.value(QStringLiteral("machine_noise")).toObject();
    run.noise.cpus = n.value(QStringLiteral("cpus")).toInt();
    run.noise.seconds = numOr(n.value(QStringLiteral("seconds")), 0);
    run.noise.loadBefore = optNumFrom(n.value(QStringLiteral("load_before")));
    run.noise.loadAfter = optNumFrom(n.value(QStringLiteral("load_after")));
    run.noise.cpuMhzBefore = optNumFrom(n.value(QStringLiteral("cpu_mhz_before")));
    run.noise.cpuMhzAfter = optNumFrom(n.value(QStringLiteral("cpu_mhz_after")));
    run.noise.otherCpuSeconds = optNumFrom(n.value(QStringLiteral("other_cpu_s")));
    run.noise.otherCpuShare = optNumFrom(n.value(QStringLiteral("other_cpu_share")));
    run.noise.stealShare = optNumFrom(n.value(QStringLiteral("steal_share")));
    run.noise.busy = n.value(QStringLiteral("busy")).toBool();
}

QJsonObject diagnosisToJson(const DiagnosisRef& d)
{
    QJsonObject args;
    for (auto it = d.args.begin(); it != d.args.end(); ++it)
        args.insert(it.key(), it.value());
    QJsonArray fixes;
    for (const auto& f : d.fixes)
        fixes.append(QJsonObject{{QStringLiteral("kind"), f.kind}, {QStringLiteral("key"), f.key},
                                 {QStringLiteral("value"), f.value}});
    return QJsonObject{{QStringLiteral("id"), d.id}, {QStringLiteral("args"), args}, {QStringLiteral("fixes"), fixes}};
}

DiagnosisRef diagnosisFromJson(const QJsonValue& v)
{
    DiagnosisRef d;
    if (!v.isObject())
        return d;
    const QJsonObject o = v.toObject();
    d.id = o.value(QStringLiteral("id")).toString();
    const QJsonObject args = o.value(QStringLiteral("args")).toObject();
    for (auto it = args.begin(); it != args.end(); ++it)
        d.args.insert(it.key(), it.value().toString());
    for (const auto& f : o.value(QStringLiteral("fixes")).toArray()) {
        const QJsonObject fo = f.toObject();
        d.fixes << FixAction{fo.value(QStringLiteral("kind")).toString(), fo.value(QStringLiteral("key")).toString(),
                             fo.value(QStringLiteral("value")).toString()};
    }
    return d;
}

QJsonObject rooflineToJson(const RooflinePoint& p)
{
    return QJsonObject{{QStringLiteral("flops"), num(p.flops)},
                       {QStringLiteral("bytes"), num(p.bytes)},
                       {QStringLiteral("intensity"), num(p.intensity)},
                       {QStringLiteral("achieved_gflops"), num(p.achievedGflops)},
                       {QStringLiteral("bound_us"), num(p.boundUs)},
                       {QStringLiteral("limit"), p.limit},
                       {QStringLiteral("efficiency"), num(p.efficiency)}};
}

std::optional<RooflinePoint> rooflineFromJson(const QJsonValue& v)
{
    if (!v.isObject())
        return std::nullopt;
    const QJsonObject o = v.toObject();
    RooflinePoint p;
    p.flops = numOr(o.value(QStringLiteral("flops")), 0);
    p.bytes = numOr(o.value(QStringLiteral("bytes")), 0);
    p.intensity = numOr(o.value(QStringLiteral("intensity")), 0);
    p.achievedGflops = numOr(o.value(QStringLiteral("achieved_gflops")), 0);
    p.boundUs = numOr(o.value(QStringLiteral("bound_us")), 0);
    p.limit = o.value(QStringLiteral("limit")).toString();
    p.efficiency = numOr(o.value(QStringLiteral("efficiency")), 0);
    return p;
}

QJsonObject leafToJson(const stats::LeafResult& l)
{
    QJsonArray shape;
    for (auto d : l.shape)
        shape.append(static_cast<double>(d));
    return QJsonObject{{QStringLiteral("path"), l.path},
                       {QStringLiteral("dtype"), l.dtype},
                       {QStringLiteral("shape"), shape},
                       {QStringLiteral("floating"), l.floating},
                       {QStringLiteral("cosine"), num(l.cosine)},
                       {QStringLiteral("max_abs_error"), num(l.maxAbsError)},
                       {QStringLiteral("rel_l2_error"), num(l.relL2Error)},
                       {QStringLiteral("top1_agreement"), optNum(l.top1Agreement)},
                       {QStringLiteral("exact_match"), l.exactMatch},
                       {QStringLiteral("finite"), l.finite},
                       {QStringLiteral("mismatch"), l.mismatch}};
}

stats::LeafResult leafFromJson(const QJsonObject& o)
{
    stats::LeafResult l;
    l.path = o.value(QStringLiteral("path")).toString();
    l.dtype = o.value(QStringLiteral("dtype")).toString();
    for (const auto& d : o.value(QStringLiteral("shape")).toArray())
        l.shape.push_back(d.toInteger());
    l.floating = o.value(QStringLiteral("floating")).toBool();
    l.cosine = numOr(o.value(QStringLiteral("cosine")));
    l.maxAbsError = numOr(o.value(QStringLiteral("max_abs_error")));
    l.relL2Error = numOr(o.value(QStringLiteral("rel_l2_error")));
    l.top1Agreement = optNumFrom(o.value(QStringLiteral("top1_agreement")));
    l.exactMatch = o.value(QStringLiteral("exact_match")).toBool();
    l.finite = o.value(QStringLiteral("finite")).toBool(true);
    l.mismatch = o.value(QStringLiteral("mismatch")).toBool();
    return l;
}

QJsonObject fidelityToJson(const stats::Fidelity& f)
{
    QJsonArray leaves;
    for (const auto& l : f.leaves)
        leaves.append(leafToJson(l));
    return QJsonObject{{QStringLiteral("max_abs_error"), num(f.maxAbsError)},
                       {QStringLiteral("cosine"), num(f.cosine)},
                       {QStringLiteral("rel_l2_error"), num(f.relL2Error)},
                       {QStringLiteral("argmax_agreement"), num(f.argmaxAgreement)},
                       {QStringLiteral("finite"), f.finite},
                       {QStringLiteral("faithful"), f.faithful ? QJsonValue(*f.faithful) : QJsonValue()},
                       {QStringLiteral("primary_output"), f.primaryOutput},
                       {QStringLiteral("worst_leaf"), f.worstLeaf},
                       {QStringLiteral("leaves"), leaves}};
}

stats::Fidelity fidelityFromJson(const QJsonObject& fo)
{
    stats::Fidelity f;
    f.maxAbsError = numOr(fo.value(QStringLiteral("max_abs_error")));
    f.cosine = numOr(fo.value(QStringLiteral("cosine")));
    f.relL2Error = numOr(fo.value(QStringLiteral("rel_l2_error")));
    f.argmaxAgreement = numOr(fo.value(QStringLiteral("argmax_agreement")));
    f.finite = fo.value(QStringLiteral("finite")).toBool(true);
    if (fo.value(QStringLiteral("faithful")).isBool())
        f.faithful = fo.value(QStringLiteral("faithful")).toBool();
    f.primaryOutput = fo.value(QStringLiteral("primary_output")).toString();
    f.worstLeaf = fo.value(QStringLiteral("worst_leaf")).toString();
    for (const auto& l : fo.value(QStringLiteral("leaves")).toArray())
        f.leaves.push_back(leafFromJson(l.toObject()));
    return f;
}

}  // namespace

QJsonObject batchToJson(const BatchResult& b, bool includeSamples)
{
    const auto& s = b.latencyMs;
    QJsonObject o{
        {QStringLiteral("batch"), b.batch},
        {QStringLiteral("calls"), static_cast<double>(b.calls)},
        {QStringLiteral("complete"), b.complete},
        {QStringLiteral("latency_ms"),
         QJsonObject{{QStringLiteral("mean"), num(s.mean)}, {QStringLiteral("std"), num(s.std)},
                     {QStringLiteral("min"), num(s.min)}, {QStringLiteral("p50"), num(s.p50)},
                     {QStringLiteral("p90"), num(s.p90)}, {QStringLiteral("p99"), num(s.p99)},
                     {QStringLiteral("max"), num(s.max)}, {QStringLiteral("iqr"), num(s.iqr)},
                     {QStringLiteral("cv"), num(s.cv)}}},
        {QStringLiteral("throughput_per_s"), num(b.throughputPerS)},
        {QStringLiteral("median_ms"), num(b.medianMs)},
        {QStringLiteral("median_ci_ms"), pair(b.medianCiMs.low, b.medianCiMs.high)},
        {QStringLiteral("outliers"), b.outliers},
        {QStringLiteral("outlier_fences_ms"), pair(b.outlierFencesMs.low, b.outlierFencesMs.high)},
        {QStringLiteral("outliers_excluded"), b.outliersExcluded},
        {QStringLiteral("stop_rule"), b.stopRule},
        {QStringLiteral("steady"), b.steady},
        {QStringLiteral("drift"), QJsonObject{{QStringLiteral("change"), num(b.drift.relativeChange)},
                                             {QStringLiteral("p_value"), num(b.drift.pValue)}}},
        {QStringLiteral("block"), b.block},
        {QStringLiteral("measure_s"), num(b.measureSeconds)},
        {QStringLiteral("flags"), QJsonArray::fromStringList(b.flags)},
    };
    if (b.roofline)
        o.insert(QStringLiteral("roofline"), rooflineToJson(*b.roofline));
    insertProcessKeys(o, b);
    if (includeSamples) {
        QJsonArray samples;
        for (double v : b.samplesMs)
            samples.append(num(v));
        o.insert(QStringLiteral("samples_ms"), samples);
    }
    return o;
}

namespace {

/// A step's per-batch choices (native_*, auto): "choices": [{batch, choice, detail, arithmetic, us, cosine,
/// weight_bytes}], present only for steps that have them.
QJsonArray choicesToJson(const std::vector<StepChoice>& choices)
{
    QJsonArray out;
    for (const auto& c : choices)
        out.append(QJsonObject{{QStringLiteral("batch"), c.batch},
                               {QStringLiteral("choice"), c.choice},
                               {QStringLiteral("detail"), c.detail},
                               {QStringLiteral("arithmetic"), c.arithmetic},
                               {QStringLiteral("us"), num(c.us)},
                               {QStringLiteral("cosine"), c.cosine ? num(*c.cosine) : QJsonValue()},
                               {QStringLiteral("weight_bytes"),
                                c.weightBytes >= 0 ? QJsonValue(static_cast<double>(c.weightBytes)) : QJsonValue()}});
    return out;
}

std::vector<StepChoice> choicesFromJson(const QJsonArray& a)
{
    std::vector<StepChoice> out;
    for (const auto& v : a) {
        const QJsonObject o = v.toObject();
        StepChoice c;
        c.batch = o.value(QStringLiteral("batch")).toInt();
        c.choice = o.value(QStringLiteral("choice")).toString();
        c.detail = o.value(QStringLiteral("detail")).toString();
        c.arithmetic = o.value(QStringLiteral("arithmetic")).toString();
        c.us = numOr(o.value(QStringLiteral("us")), 0);
        if (o.value(QStringLiteral("cosine")).isDouble())
            c.cosine = o.value(QStringLiteral("cosine")).toDouble();
        c.weightBytes = static_cast<qint64>(o.value(QStringLiteral("weight_bytes")).toDouble(-1));
        if (c.batch > 0)
            out.push_back(c);
    }
    return out;
}

}  // namespace

namespace {

constexpr double kMiB = 1024.0 * 1024.0;

/// Bytes as MiB; null when not measured (-1). Exact: a byte count divided by 2^20 is a double without rounding.
QJsonValue mib(qint64 bytes)
{
    return bytes >= 0 ? QJsonValue(static_cast<double>(bytes) / kMiB) : QJsonValue();
}

qint64 bytesOfMib(const QJsonValue& v)
{
    return v.isDouble() && v.toDouble() >= 0 ? static_cast<qint64>(std::llround(v.toDouble() * kMiB)) : -1;
}

/// A method's "memory": {peak_rss_mb, weights_mb, base_rss_mb, retained_mb, prepare_peak_mb, run_peak_mb, exact}, in MiB; null
/// when nothing was measured (a method that did not run in this version).
QJsonValue memoryToJson(const MethodResult& r)
{
    const MethodMemory& m = r.memory;
    if (!m.measured())
        return QJsonValue();
    return QJsonObject{{QStringLiteral("peak_rss_mb"), mib(m.peakRssBytes)},
                       {QStringLiteral("weights_mb"), mib(r.weightBytes)},
                       {QStringLiteral("base_rss_mb"), mib(m.baseBytes)},
                       {QStringLiteral("retained_mb"), mib(m.retainedBytes)},
                       {QStringLiteral("prepare_peak_mb"), mib(m.preparePeakBytes)},
                       {QStringLiteral("run_peak_mb"), mib(m.runPeakBytes)},
                       {QStringLiteral("exact"), m.exact}};
}

MethodMemory memoryFromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    MethodMemory m;
    m.peakRssBytes = bytesOfMib(o.value(QStringLiteral("peak_rss_mb")));
    m.baseBytes = bytesOfMib(o.value(QStringLiteral("base_rss_mb")));
    m.retainedBytes = bytesOfMib(o.value(QStringLiteral("retained_mb")));
    m.preparePeakBytes = bytesOfMib(o.value(QStringLiteral("prepare_peak_mb")));
    m.runPeakBytes = bytesOfMib(o.value(QStringLiteral("run_peak_mb")));
    m.exact = o.value(QStringLiteral("exact")).toBool();
    return m;
}

}  // namespace

QJsonObject methodToJson(const MethodResult& r, bool includeSamples)
{
    QJsonArray batches;
    for (const auto& b : r.batches)
        batches.append(batchToJson(b, includeSamples));
    QJsonArray steps;
    for (const auto& s : r.steps) {
        QJsonObject step{{QStringLiteral("strategy"), s.strategy}, {QStringLiteral("status"), s.status},
                         {QStringLiteral("error"), s.error}, {QStringLiteral("message"), s.message},
                         {QStringLiteral("diagnosis"),
                          s.diagnosis.isEmpty() ? QJsonValue() : QJsonValue(diagnosisToJson(s.diagnosis))},
                         {QStringLiteral("setup_ms"), num(s.setupMs)}};
        if (!s.choices.empty())
            step.insert(QStringLiteral("choices"), choicesToJson(s.choices));
        steps.append(step);
    }
    const QJsonValue fidelity = r.fidelity ? QJsonValue(fidelityToJson(*r.fidelity)) : QJsonValue();
    QJsonObject o{
        {QStringLiteral("method"), r.method},
        {QStringLiteral("model"), r.model},
        {QStringLiteral("status"), statusId(r.status)},
        {QStringLiteral("error"), r.error.isEmpty() ? QJsonValue() : QJsonValue(r.error)},
        {QStringLiteral("diagnosis"), r.diagnosis.isEmpty() ? QJsonValue() : QJsonValue(diagnosisToJson(r.diagnosis))},
        {QStringLiteral("setup_ms"), num(r.setupMs)},
        {QStringLiteral("weight_bytes"), r.weightBytes >= 0 ? QJsonValue(static_cast<double>(r.weightBytes)) : QJsonValue()},
        {QStringLiteral("memory"), memoryToJson(r)},
        {QStringLiteral("score"), r.score ? num(*r.score) : QJsonValue()},
        {QStringLiteral("fidelity"), fidelity},
        {QStringLiteral("flags"), QJsonArray::fromStringList(r.flags)},
        {QStringLiteral("steps"), steps},
        {QStringLiteral("batches"), batches},
        {QStringLiteral("score_ci"), r.scoreCi ? QJsonValue(pair(r.scoreCi->low, r.scoreCi->high)) : QJsonValue()},
    };
    if (r.method != QLatin1String("eager") && !r.speedupVsEager.empty()) {
        QJsonArray speedups;
        for (const auto& s : r.speedupVsEager)
            speedups.append(speedupToJson(s));
        o.insert(QStringLiteral("speedup_vs_eager"), speedups);
    }
    if (r.profile)
        o.insert(QStringLiteral("profile"), profileToJson(*r.profile));
    return o;
}

std::optional<BatchResult> batchFromJson(const QJsonObject& bo, QString* error)
{
    BatchResult b;
    b.batch = bo.value(QStringLiteral("batch")).toInt();
    if (b.batch <= 0) {
        if (error)
            *error = tr("a batch entry has no valid \"batch\" size");
        return std::nullopt;
    }
    b.complete = bo.value(QStringLiteral("complete")).toBool(true);
    // Beyond int range is no run this tool can make; clamping keeps the sample count below within int.
    b.calls = std::clamp<qint64>(bo.value(QStringLiteral("calls")).toInteger(0), 0, std::numeric_limits<int>::max());
    b.block = std::max(1, bo.value(QStringLiteral("block")).toInt(1));
    b.medianCiMs = intervalFrom(bo.value(QStringLiteral("median_ci_ms")));
    b.outliersExcluded = bo.value(QStringLiteral("outliers_excluded")).toBool();
    b.stopRule = bo.value(QStringLiteral("stop_rule")).toString();
    b.steady = bo.value(QStringLiteral("steady")).toBool(true);
    const QJsonObject drift = bo.value(QStringLiteral("drift")).toObject();
    b.drift.relativeChange = numOr(drift.value(QStringLiteral("change")), 0);
    b.drift.pValue = numOr(drift.value(QStringLiteral("p_value")), 1);
    b.drift.drifting = !b.steady;
    b.measureSeconds = numOr(bo.value(QStringLiteral("measure_s")), 0);
    for (const auto& flag : bo.value(QStringLiteral("flags")).toArray())
        b.flags << flag.toString();
    b.roofline = rooflineFromJson(bo.value(QStringLiteral("roofline")));
    readProcessKeys(bo, b);
    for (const auto& s : bo.value(QStringLiteral("samples_ms")).toArray())
        b.samplesMs.push_back(s.toDouble());
    if (!b.samplesMs.empty()) {
        summarizeBatch(b);  // recomputes fences and outliers from the samples
    } else {
        const auto [fenceLow, fenceHigh] = pairFrom(bo.value(QStringLiteral("outlier_fences_ms")));
        b.outlierFencesMs = {fenceLow, fenceHigh};
        b.outliers = bo.value(QStringLiteral("outliers")).toInt();
        const QJsonObject lo = bo.value(QStringLiteral("latency_ms")).toObject();
        auto& s = b.latencyMs;
        s.n = static_cast<int>((b.calls + b.block - 1) / b.block);
        s.mean = numOr(lo.value(QStringLiteral("mean")), 0);
        s.std = numOr(lo.value(QStringLiteral("std")), 0);
        s.min = numOr(lo.value(QStringLiteral("min")), 0);
        s.p50 = numOr(lo.value(QStringLiteral("p50")), 0);
        s.p90 = numOr(lo.value(QStringLiteral("p90")), 0);
        s.p99 = numOr(lo.value(QStringLiteral("p99")), 0);
        s.max = numOr(lo.value(QStringLiteral("max")), 0);
        s.iqr = numOr(lo.value(QStringLiteral("iqr")), 0);
        s.cv = numOr(lo.value(QStringLiteral("cv")), 0);
        b.throughputPerS = numOr(bo.value(QStringLiteral("throughput_per_s")), 0);
    }
    // Files written before `median_ms` have their interval around the pooled median.
    b.medianMs = numOr(bo.value(QStringLiteral("median_ms")), b.latencyMs.p50);
    return b;
}

std::optional<MethodResult> methodFromJson(const QJsonObject& ro, QString* error)
{
    auto fail = [&](const QString& msg) -> std::optional<MethodResult> {
        if (error)
            *error = msg;
        return std::nullopt;
    };
    MethodResult r;
    r.method = ro.value(QStringLiteral("method")).toString();
    if (r.method.isEmpty())
        return fail(tr("a result has no \"method\""));
    r.model = ro.value(QStringLiteral("model")).toString();
    r.status = statusFromId(ro.value(QStringLiteral("status")).toString());
    r.error = ro.value(QStringLiteral("error")).toString();
    r.diagnosis = diagnosisFromJson(ro.value(QStringLiteral("diagnosis")));
    r.setupMs = numOr(ro.value(QStringLiteral("setup_ms")), 0);
    r.weightBytes = ro.value(QStringLiteral("weight_bytes")).toInteger(-1);
    r.memory = memoryFromJson(ro.value(QStringLiteral("memory")));
    r.profile = profileFromJson(ro.value(QStringLiteral("profile")));
    if (ro.value(QStringLiteral("score")).isDouble())
        r.score = ro.value(QStringLiteral("score")).toDouble();
    if (ro.value(QStringLiteral("score_ci")).isArray())
        r.scoreCi = intervalFrom(ro.value(QStringLiteral("score_ci")));
    for (const auto& sv : ro.value(QStringLiteral("speedup_vs_eager")).toArray())
        r.speedupVsEager.push_back(speedupFromJson(sv.toObject()));
    if (ro.value(QStringLiteral("fidelity")).isObject())
        r.fidelity = fidelityFromJson(ro.value(QStringLiteral("fidelity")).toObject());
    for (const auto& flag : ro.value(QStringLiteral("flags")).toArray())
        r.flags << flag.toString();
    for (const auto& sv : ro.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject so = sv.toObject();
        r.steps.push_back(StepResult{so.value(QStringLiteral("strategy")).toString(),
                                     so.value(QStringLiteral("status")).toString(),
                                     so.value(QStringLiteral("error")).toString(),
                                     so.value(QStringLiteral("message")).toString(),
                                     diagnosisFromJson(so.value(QStringLiteral("diagnosis"))),
                                     numOr(so.value(QStringLiteral("setup_ms")), 0),
                                     choicesFromJson(so.value(QStringLiteral("choices")).toArray())});
    }
    for (const auto& bv : ro.value(QStringLiteral("batches")).toArray()) {
        auto b = batchFromJson(bv.toObject(), nullptr);
        if (!b)
            return fail(tr("result %1 has a batch entry without a valid \"batch\" size").arg(r.method));
        r.batches.push_back(std::move(*b));
    }
    return r;
}

QJsonObject runToJson(const RunResult& run, bool includeSamples)
{
    QJsonArray results;
    for (const auto& r : run.results)
        results.append(methodToJson(r, includeSamples));
    QJsonObject o{
        {QStringLiteral("schema"), QLatin1String(kRunSchema)},
        {QStringLiteral("tool_version"), run.toolVersion},
        {QStringLiteral("started"), run.started.toString(Qt::ISODateWithMs)},
        {QStringLiteral("finished"), run.finished.toString(Qt::ISODateWithMs)},
        {QStringLiteral("cancelled"), run.cancelled},
        {QStringLiteral("environment"), run.environment},
        {QStringLiteral("config"), toJson(run.config)},
        {QStringLiteral("methods"), QJsonArray::fromStringList(run.methods)},
        {QStringLiteral("results"), results},
    };
    const QJsonObject measurement = measurementToJson(run);
    for (auto it = measurement.begin(); it != measurement.end(); ++it)
        o.insert(it.key(), it.value());
    if (!run.error.isEmpty())
        o.insert(QStringLiteral("error"), run.error);
    if (run.machine)
        o.insert(QStringLiteral("machine"), roofline::roofsToJson(*run.machine));
    o.insert(QStringLiteral("summary"), summaryToJson(summarizeRun(run)));  // derived: written, never read back
    return o;
}

QByteArray runToJsonBytes(const RunResult& run, bool includeSamples)
{
    return QJsonDocument(runToJson(run, includeSamples)).toJson(QJsonDocument::Indented);
}

std::optional<RunResult> runFromJson(const QByteArray& bytes, QString* error)
{
    auto fail = [&](const QString& msg) -> std::optional<RunResult> {
        if (error)
            *error = msg;
        return std::nullopt;
    };
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError)
        return fail(tr("not valid JSON: %1 at byte %2").arg(pe.errorString()).arg(pe.offset));
    if (!doc.isObject())
        return fail(tr("not an OptiBench run: the top level is not a JSON object"));
    const QJsonObject o = doc.object();
    const QString schema = o.value(QStringLiteral("schema")).toString();
    if (schema != QLatin1String(kRunSchema)) {
        if (schema.startsWith(QLatin1String("optibench.run/")))
            return fail(tr("schema %1 is newer than this OptiBench understands (%2)").arg(schema, QLatin1String(kRunSchema)));
        return fail(tr("not an OptiBench run: schema is \"%1\", expected \"%2\"").arg(schema, QLatin1String(kRunSchema)));
    }
    RunResult run;
    run.toolVersion = o.value(QStringLiteral("tool_version")).toString();
    run.started = QDateTime::fromString(o.value(QStringLiteral("started")).toString(), Qt::ISODateWithMs);
    run.finished = QDateTime::fromString(o.value(QStringLiteral("finished")).toString(), Qt::ISODateWithMs);
    run.cancelled = o.value(QStringLiteral("cancelled")).toBool();
    run.error = o.value(QStringLiteral("error")).toString();
    run.environment = o.value(QStringLiteral("environment")).toObject();
    measurementFromJson(o, run);
    if (o.value(QStringLiteral("machine")).isObject())
        run.machine = roofline::roofsFromJson(o.value(QStringLiteral("machine")).toObject());
    if (!o.value(QStringLiteral("config")).isObject())
        return fail(tr("the run has no \"config\" object"));
    if (auto e = applyJson(run.config, o.value(QStringLiteral("config")).toObject()))
        return fail(tr("config: %1").arg(e->message()));
    for (const auto& m : o.value(QStringLiteral("methods")).toArray())
        run.methods << m.toString();
    if (!o.value(QStringLiteral("results")).isArray())
        return fail(tr("the run has no \"results\" array"));
    for (const auto& rv : o.value(QStringLiteral("results")).toArray()) {
        if (!rv.isObject())
            return fail(tr("a result is not a JSON object"));
        QString methodError;
        auto r = methodFromJson(rv.toObject(), &methodError);
        if (!r)
            return fail(methodError);
        run.results.push_back(std::move(*r));
    }
    return run;
}

}  // namespace ob
