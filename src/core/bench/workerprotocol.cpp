// SPDX-License-Identifier: MIT
#include "bench/workerprotocol.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "config/validation.h"

namespace ob::worker {
namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

std::string s(const QJsonValue& v)
{
    return v.toString().toStdString();
}

QJsonArray strings(const std::vector<std::string>& list)
{
    QJsonArray out;
    for (const auto& item : list)
        out.append(q(item));
    return out;
}

std::vector<std::string> stringsFrom(const QJsonValue& v)
{
    std::vector<std::string> out;
    for (const auto& item : v.toArray())
        out.push_back(s(item));
    return out;
}

QJsonArray dims(const std::vector<std::int64_t>& list)
{
    QJsonArray out;
    for (auto d : list)
        out.append(static_cast<double>(d));
    return out;
}

std::vector<std::int64_t> dimsFrom(const QJsonValue& v)
{
    std::vector<std::int64_t> out;
    for (const auto& d : v.toArray())
        out.push_back(d.toInteger());
    return out;
}

QJsonArray intList(const QList<int>& list)
{
    QJsonArray out;
    for (int v : list)
        out.append(v);
    return out;
}

QStringList stringList(const QJsonValue& v)
{
    QStringList out;
    for (const auto& item : v.toArray())
        out << item.toString();
    return out;
}

QJsonObject inputSpecToJson(const engine::InputSpec& i)
{
    return QJsonObject{{QStringLiteral("name"), q(i.name)},       {QStringLiteral("dims"), dims(i.dims)},
                       {QStringLiteral("dtype"), q(i.dtype)},     {QStringLiteral("has_range"), i.hasRange},
                       {QStringLiteral("lo"), i.lo},              {QStringLiteral("hi"), i.hi},
                       {QStringLiteral("source"), q(i.source)},   {QStringLiteral("reason"), q(i.reason)}};
}

engine::InputSpec inputSpecFromJson(const QJsonObject& o)
{
    engine::InputSpec i;
    i.name = s(o.value(QStringLiteral("name")));
    i.dims = dimsFrom(o.value(QStringLiteral("dims")));
    i.dtype = s(o.value(QStringLiteral("dtype")));
    i.hasRange = o.value(QStringLiteral("has_range")).toBool();
    i.lo = o.value(QStringLiteral("lo")).toDouble();
    i.hi = o.value(QStringLiteral("hi")).toDouble();
    i.source = s(o.value(QStringLiteral("source")));
    i.reason = s(o.value(QStringLiteral("reason")));
    return i;
}

}  // namespace

QJsonObject runJobToJson(const RunConfig& config, const RunJob& job)
{
    return QJsonObject{{QStringLiteral("job"), QStringLiteral("run")},
                       {QStringLiteral("protocol"), kProtocolVersion},
                       {QStringLiteral("config"), toJson(config)},
                       {QStringLiteral("methods"), QJsonArray::fromStringList(job.methods)},
                       {QStringLiteral("evaluated"), QJsonArray::fromStringList(job.evaluated)},
                       {QStringLiteral("batches"), intList(job.batches)},
                       {QStringLiteral("roofs"), job.roofs},
                       {QStringLiteral("export"), job.exportModel}};
}

QJsonObject inspectJobToJson(const RunConfig& config)
{
    return QJsonObject{{QStringLiteral("job"), QStringLiteral("inspect")},
                       {QStringLiteral("protocol"), kProtocolVersion},
                       {QStringLiteral("config"), toJson(config)}};
}

std::optional<Job> jobFromJson(const QByteArray& bytes, QString* error)
{
    auto fail = [&](const QString& message) -> std::optional<Job> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return fail(QStringLiteral("the job is not a JSON object: %1").arg(pe.errorString()));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("protocol")).toInt() != kProtocolVersion)
        return fail(QStringLiteral("the job speaks protocol %1, this worker %2")
                        .arg(o.value(QStringLiteral("protocol")).toInt())
                        .arg(kProtocolVersion));
    Job job;
    const QString kind = o.value(QStringLiteral("job")).toString();
    if (kind == QLatin1String("inspect"))
        job.kind = Job::Kind::Inspect;
    else if (kind != QLatin1String("run"))
        return fail(QStringLiteral("\"job\" is \"%1\", not run or inspect").arg(kind));
    if (auto e = applyJson(job.config, o.value(QStringLiteral("config")).toObject()))
        return fail(QStringLiteral("config: %1").arg(e->message()));
    job.run.methods = stringList(o.value(QStringLiteral("methods")));
    job.run.evaluated = stringList(o.value(QStringLiteral("evaluated")));
    for (const auto& b : o.value(QStringLiteral("batches")).toArray())
        job.run.batches << b.toInt();
    job.run.roofs = o.value(QStringLiteral("roofs")).toBool(false);
    job.run.exportModel = o.value(QStringLiteral("export")).toBool(true);
    return job;
}

QJsonObject progressToJson(const RunProgress& p)
{
    return QJsonObject{{QStringLiteral("stage"), p.stage},
                       {QStringLiteral("method"), p.method},
                       {QStringLiteral("batch"), p.batch},
                       {QStringLiteral("calls_done"), static_cast<double>(p.callsDone)},
                       {QStringLiteral("calls_total"), static_cast<double>(p.callsTotal)},
                       {QStringLiteral("fraction"), p.fraction},
                       {QStringLiteral("eta_s"), p.etaSeconds},
                       {QStringLiteral("total_estimated"), p.totalEstimated}};
}

RunProgress progressFromJson(const QJsonObject& o)
{
    RunProgress p;
    p.stage = o.value(QStringLiteral("stage")).toString();
    p.method = o.value(QStringLiteral("method")).toString();
    p.batch = o.value(QStringLiteral("batch")).toInt();
    p.callsDone = o.value(QStringLiteral("calls_done")).toInteger();
    p.callsTotal = o.value(QStringLiteral("calls_total")).toInteger();
    p.fraction = o.value(QStringLiteral("fraction")).toDouble();
    p.etaSeconds = o.value(QStringLiteral("eta_s")).toDouble(-1);
    p.totalEstimated = o.value(QStringLiteral("total_estimated")).toBool();
    return p;
}

QJsonObject modelFileInfoToJson(const engine::ModelFileInfo& info)
{
    QJsonArray arguments;
    for (const auto& a : info.arguments)
        arguments.append(QJsonObject{{QStringLiteral("name"), q(a.name)},
                                     {QStringLiteral("type"), q(a.type)},
                                     {QStringLiteral("default_value"), q(a.defaultValue)},
                                     {QStringLiteral("has_default"), a.hasDefault},
                                     {QStringLiteral("tensor"), a.tensor}});
    QJsonArray inputs;
    for (const auto& i : info.inputSpecs)
        inputs.append(inputSpecToJson(i));
    QJsonArray leaves;
    for (const auto& l : info.outputLeaves)
        leaves.append(QJsonObject{{QStringLiteral("path"), q(l.path)},
                                  {QStringLiteral("dtype"), q(l.dtype)},
                                  {QStringLiteral("shape"), dims(l.shape)},
                                  {QStringLiteral("floating"), l.floating}});
    const QJsonObject cost{{QStringLiteral("flops"), info.cost.flops},
                           {QStringLiteral("weight_bytes"), info.cost.weightBytes},
                           {QStringLiteral("activation_bytes"), info.cost.activationBytes},
                           {QStringLiteral("uncounted"), strings(info.cost.uncounted)}};
    return QJsonObject{{QStringLiteral("ok"), info.ok},
                       {QStringLiteral("error_kind"), q(info.errorKind)},
                       {QStringLiteral("argument"), q(info.argument)},
                       {QStringLiteral("arguments"), arguments},
                       {QStringLiteral("returns"), q(info.returns)},
                       {QStringLiteral("schema"), q(info.schema)},
                       {QStringLiteral("input_specs"), inputs},
                       {QStringLiteral("output_leaves"), leaves},
                       {QStringLiteral("primary_output"), q(info.primaryOutput)},
                       {QStringLiteral("batched"), info.batched},
                       {QStringLiteral("cost"), cost},
                       {QStringLiteral("error"), q(info.error)},
                       {QStringLiteral("detail"), q(info.detail)},
                       {QStringLiteral("parameters"), static_cast<double>(info.parameters)},
                       {QStringLiteral("weight_bytes"), static_cast<double>(info.weightBytes)},
                       {QStringLiteral("inputs"), info.inputs},
                       {QStringLiteral("outputs"), info.outputs},
                       {QStringLiteral("residual_mlp"), info.residualMlp},
                       {QStringLiteral("hidden"), info.hidden},
                       {QStringLiteral("layers"), info.layers},
                       {QStringLiteral("flops_per_sample"), info.flopsPerSample}};
}

engine::ModelFileInfo modelFileInfoFromJson(const QJsonObject& o)
{
    engine::ModelFileInfo info;
    info.ok = o.value(QStringLiteral("ok")).toBool();
    info.errorKind = s(o.value(QStringLiteral("error_kind")));
    info.argument = s(o.value(QStringLiteral("argument")));
    for (const auto& v : o.value(QStringLiteral("arguments")).toArray()) {
        const QJsonObject a = v.toObject();
        info.arguments.push_back(engine::ArgumentInfo{s(a.value(QStringLiteral("name"))),
                                                      s(a.value(QStringLiteral("type"))),
                                                      s(a.value(QStringLiteral("default_value"))),
                                                      a.value(QStringLiteral("has_default")).toBool(),
                                                      a.value(QStringLiteral("tensor")).toBool()});
    }
    info.returns = s(o.value(QStringLiteral("returns")));
    info.schema = s(o.value(QStringLiteral("schema")));
    for (const auto& v : o.value(QStringLiteral("input_specs")).toArray())
        info.inputSpecs.push_back(inputSpecFromJson(v.toObject()));
    for (const auto& v : o.value(QStringLiteral("output_leaves")).toArray()) {
        const QJsonObject l = v.toObject();
        info.outputLeaves.push_back(engine::OutputLeafInfo{s(l.value(QStringLiteral("path"))),
                                                           s(l.value(QStringLiteral("dtype"))),
                                                           dimsFrom(l.value(QStringLiteral("shape"))),
                                                           l.value(QStringLiteral("floating")).toBool()});
    }
    info.primaryOutput = s(o.value(QStringLiteral("primary_output")));
    info.batched = o.value(QStringLiteral("batched")).toBool();
    const QJsonObject cost = o.value(QStringLiteral("cost")).toObject();
    info.cost.flops = cost.value(QStringLiteral("flops")).toDouble();
    info.cost.weightBytes = cost.value(QStringLiteral("weight_bytes")).toDouble();
    info.cost.activationBytes = cost.value(QStringLiteral("activation_bytes")).toDouble();
    info.cost.uncounted = stringsFrom(cost.value(QStringLiteral("uncounted")));
    info.error = s(o.value(QStringLiteral("error")));
    info.detail = s(o.value(QStringLiteral("detail")));
    info.parameters = o.value(QStringLiteral("parameters")).toInteger();
    info.weightBytes = o.value(QStringLiteral("weight_bytes")).toInteger();
    info.inputs = o.value(QStringLiteral("inputs")).toInt();
    info.outputs = o.value(QStringLiteral("outputs")).toInt();
    info.residualMlp = o.value(QStringLiteral("residual_mlp")).toBool();
    info.hidden = o.value(QStringLiteral("hidden")).toInt();
    info.layers = o.value(QStringLiteral("layers")).toInt();
    info.flopsPerSample = o.value(QStringLiteral("flops_per_sample")).toDouble();
    return info;
}

QByteArray line(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

QJsonObject eventObject(const char* name, QJsonObject fields)
{
    fields.insert(QStringLiteral("event"), QLatin1String(name));
    return fields;
}

}  // namespace ob::worker
