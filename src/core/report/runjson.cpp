// SPDX-License-Identifier: MIT
#include "report/runjson.h"
#include "i18n/tr.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

#include "config/validation.h"

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

QJsonObject batchToJson(const BatchResult& b, bool includeSamples)
{
    const auto& s = b.latencyMs;
    QJsonObject o{
        {QStringLiteral("batch"), b.batch},
        {QStringLiteral("calls"), s.n},
        {QStringLiteral("complete"), b.complete},
        {QStringLiteral("latency_ms"),
         QJsonObject{{QStringLiteral("mean"), num(s.mean)}, {QStringLiteral("std"), num(s.std)},
                     {QStringLiteral("min"), num(s.min)}, {QStringLiteral("p50"), num(s.p50)},
                     {QStringLiteral("p90"), num(s.p90)}, {QStringLiteral("p99"), num(s.p99)},
                     {QStringLiteral("max"), num(s.max)}, {QStringLiteral("iqr"), num(s.iqr)},
                     {QStringLiteral("cv"), num(s.cv)}}},
        {QStringLiteral("throughput_per_s"), num(b.throughputPerS)},
    };
    if (includeSamples) {
        QJsonArray samples;
        for (double v : b.samplesMs)
            samples.append(num(v));
        o.insert(QStringLiteral("samples_ms"), samples);
    }
    return o;
}

QJsonObject methodToJson(const MethodResult& r, bool includeSamples)
{
    QJsonArray batches;
    for (const auto& b : r.batches)
        batches.append(batchToJson(b, includeSamples));
    QJsonArray steps;
    for (const auto& s : r.steps)
        steps.append(QJsonObject{{QStringLiteral("strategy"), s.strategy}, {QStringLiteral("status"), s.status},
                                 {QStringLiteral("error"), s.error}, {QStringLiteral("message"), s.message},
                                 {QStringLiteral("diagnosis"),
                                  s.diagnosis.isEmpty() ? QJsonValue() : QJsonValue(diagnosisToJson(s.diagnosis))},
                                 {QStringLiteral("setup_ms"), num(s.setupMs)}});
    QJsonValue fidelity;
    if (r.fidelity)
        fidelity = QJsonObject{{QStringLiteral("max_abs_error"), num(r.fidelity->maxAbsError)},
                               {QStringLiteral("cosine"), num(r.fidelity->cosine)},
                               {QStringLiteral("rel_l2_error"), num(r.fidelity->relL2Error)},
                               {QStringLiteral("argmax_agreement"), num(r.fidelity->argmaxAgreement)},
                               {QStringLiteral("finite"), r.fidelity->finite}};
    return QJsonObject{
        {QStringLiteral("method"), r.method},
        {QStringLiteral("model"), r.model},
        {QStringLiteral("status"), statusId(r.status)},
        {QStringLiteral("error"), r.error.isEmpty() ? QJsonValue() : QJsonValue(r.error)},
        {QStringLiteral("diagnosis"), r.diagnosis.isEmpty() ? QJsonValue() : QJsonValue(diagnosisToJson(r.diagnosis))},
        {QStringLiteral("setup_ms"), num(r.setupMs)},
        {QStringLiteral("weight_bytes"), r.weightBytes >= 0 ? QJsonValue(static_cast<double>(r.weightBytes)) : QJsonValue()},
        {QStringLiteral("score"), r.score ? num(*r.score) : QJsonValue()},
        {QStringLiteral("fidelity"), fidelity},
        {QStringLiteral("flags"), QJsonArray::fromStringList(r.flags)},
        {QStringLiteral("steps"), steps},
        {QStringLiteral("batches"), batches},
    };
}

}  // namespace

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
    if (!run.error.isEmpty())
        o.insert(QStringLiteral("error"), run.error);
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
        const QJsonObject ro = rv.toObject();
        MethodResult r;
        r.method = ro.value(QStringLiteral("method")).toString();
        if (r.method.isEmpty())
            return fail(tr("a result has no \"method\""));
        r.model = ro.value(QStringLiteral("model")).toString();
        r.status = statusFromId(ro.value(QStringLiteral("status")).toString());
        r.error = ro.value(QStringLiteral("error")).toString();
        r.diagnosis = diagnosisFromJson(ro.value(QStringLiteral("diagnosis")));
        r.setupMs = numOr(ro.value(QStringLiteral("setup_ms")), 0);
        r.weightBytes = static_cast<qint64>(numOr(ro.value(QStringLiteral("weight_bytes")), -1));
        if (ro.value(QStringLiteral("score")).isDouble())
            r.score = ro.value(QStringLiteral("score")).toDouble();
        if (ro.value(QStringLiteral("fidelity")).isObject()) {
            const QJsonObject fo = ro.value(QStringLiteral("fidelity")).toObject();
            stats::Fidelity f;
            f.maxAbsError = numOr(fo.value(QStringLiteral("max_abs_error")));
            f.cosine = numOr(fo.value(QStringLiteral("cosine")));
            f.relL2Error = numOr(fo.value(QStringLiteral("rel_l2_error")));
            f.argmaxAgreement = numOr(fo.value(QStringLiteral("argmax_agreement")));
            f.finite = fo.value(QStringLiteral("finite")).toBool(true);
            r.fidelity = f;
        }
        for (const auto& flag : ro.value(QStringLiteral("flags")).toArray())
            r.flags << flag.toString();
        for (const auto& sv : ro.value(QStringLiteral("steps")).toArray()) {
            const QJsonObject so = sv.toObject();
            r.steps.push_back(StepResult{so.value(QStringLiteral("strategy")).toString(),
                                         so.value(QStringLiteral("status")).toString(),
                                         so.value(QStringLiteral("error")).toString(),
                                         so.value(QStringLiteral("message")).toString(),
                                         diagnosisFromJson(so.value(QStringLiteral("diagnosis"))),
                                         numOr(so.value(QStringLiteral("setup_ms")), 0)});
        }
        for (const auto& bv : ro.value(QStringLiteral("batches")).toArray()) {
            const QJsonObject bo = bv.toObject();
            BatchResult b;
            b.batch = bo.value(QStringLiteral("batch")).toInt();
            if (b.batch <= 0)
                return fail(tr("result %1 has a batch entry without a valid \"batch\" size").arg(r.method));
            b.complete = bo.value(QStringLiteral("complete")).toBool(true);
            for (const auto& s : bo.value(QStringLiteral("samples_ms")).toArray())
                b.samplesMs.push_back(s.toDouble());
            if (!b.samplesMs.empty()) {
                summarizeBatch(b);
            } else {
                const QJsonObject lo = bo.value(QStringLiteral("latency_ms")).toObject();
                auto& s = b.latencyMs;
                s.n = bo.value(QStringLiteral("calls")).toInt();
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
            r.batches.push_back(b);
        }
        run.results.push_back(r);
    }
    return run;
}

}  // namespace ob
