// SPDX-License-Identifier: MIT
#include "format/profilejson.h"

#include <QJsonArray>

#include <cmath>

namespace ob {
namespace {

QJsonValue num(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

double numOr(const QJsonValue& v, double fallback = 0)
{
    return v.isDouble() ? v.toDouble() : fallback;
}

}  // namespace

QJsonObject profileToJson(const MethodProfile& p)
{
    QJsonArray rows;
    for (const auto& r : p.rows)
        rows.append(QJsonObject{{QStringLiteral("op"), r.op},
                                {QStringLiteral("module"), r.module},
                                {QStringLiteral("scope"), r.scope},
                                {QStringLiteral("calls"), num(r.calls)},
                                {QStringLiteral("total_ms"), num(r.totalMs)},
                                {QStringLiteral("self_ms"), num(r.selfMs)},
                                {QStringLiteral("share"), num(r.share)},
                                {QStringLiteral("flops"), num(r.flops)},
                                {QStringLiteral("gflops"), r.flops > 0 ? num(r.gflops()) : QJsonValue()},
                                {QStringLiteral("shapes"), r.shapes}});
    return QJsonObject{{QStringLiteral("batch"), p.batch},
                       {QStringLiteral("forwards"), p.forwards},
                       {QStringLiteral("excluded_forwards"), p.excludedForwards},
                       {QStringLiteral("coverage"), p.timedMs > 0 ? num(p.coverage) : QJsonValue()},
                       {QStringLiteral("profiled_ms"), num(p.profiledMs)},
                       {QStringLiteral("wall_ms"), num(p.wallMs)},
                       {QStringLiteral("timed_median_ms"), p.timedMs > 0 ? num(p.timedMs) : QJsonValue()},
                       {QStringLiteral("unmatched"), p.unmatched},
                       {QStringLiteral("error"), p.error.isEmpty() ? QJsonValue() : QJsonValue(p.error)},
                       {QStringLiteral("rows"), rows}};
}

std::optional<MethodProfile> profileFromJson(const QJsonValue& value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject o = value.toObject();
    MethodProfile p;
    p.batch = o.value(QStringLiteral("batch")).toInt();
    p.forwards = o.value(QStringLiteral("forwards")).toInt();
    p.excludedForwards = o.value(QStringLiteral("excluded_forwards")).toInt();
    p.coverage = numOr(o.value(QStringLiteral("coverage")));
    p.profiledMs = numOr(o.value(QStringLiteral("profiled_ms")));
    p.wallMs = numOr(o.value(QStringLiteral("wall_ms")));
    p.timedMs = numOr(o.value(QStringLiteral("timed_median_ms")));
    p.unmatched = o.value(QStringLiteral("unmatched")).toInt();
    p.error = o.value(QStringLiteral("error")).toString();
    for (const auto& v : o.value(QStringLiteral("rows")).toArray()) {
        const QJsonObject ro = v.toObject();
        ProfileRow r;
        r.op = ro.value(QStringLiteral("op")).toString();
        r.module = ro.value(QStringLiteral("module")).toString();
        r.scope = ro.value(QStringLiteral("scope")).toString(QStringLiteral("op"));
        r.calls = numOr(ro.value(QStringLiteral("calls")));
        r.totalMs = numOr(ro.value(QStringLiteral("total_ms")));
        r.selfMs = numOr(ro.value(QStringLiteral("self_ms")));
        r.share = numOr(ro.value(QStringLiteral("share")));
        r.flops = numOr(ro.value(QStringLiteral("flops")));
        r.shapes = ro.value(QStringLiteral("shapes")).toString();
        p.rows.push_back(r);
    }
    return p;
}

}  // namespace ob
