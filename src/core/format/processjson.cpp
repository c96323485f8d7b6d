// SPDX-License-Identifier: MIT
#include "format/processjson.h"

#include <QJsonArray>

#include <cmath>

namespace ob {
namespace {

QJsonValue num(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QJsonValue optNum(const std::optional<double>& v)
{
    return v ? num(*v) : QJsonValue(QJsonValue::Null);
}

std::optional<double> optNumFrom(const QJsonValue& v)
{
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

double numOr(const QJsonValue& v, double fallback)
{
    return v.isDouble() ? v.toDouble() : fallback;
}

QJsonArray interval(const stats::Interval& i)
{
    return QJsonArray{num(i.low), num(i.high)};
}

stats::Interval intervalFrom(const QJsonValue& v)
{
    const QJsonArray a = v.toArray();
    return {numOr(a.at(0), std::nan("")), numOr(a.at(1), std::nan(""))};
}

QJsonObject processToJson(const ProcessBatch& p)
{
    QJsonObject o{
        {QStringLiteral("fork"), p.fork},
        {QStringLiteral("samples"), p.samples},
        {QStringLiteral("calls"), static_cast<double>(p.calls)},
        {QStringLiteral("median_ms"), num(p.medianMs)},
        {QStringLiteral("median_ci_ms"), interval(p.medianCiMs)},
        {QStringLiteral("cpus"), p.cpus},
        {QStringLiteral("load_before"), optNum(p.loadBefore)},
        {QStringLiteral("load_after"), optNum(p.loadAfter)},
        {QStringLiteral("other_cpu_share"), optNum(p.otherCpuShare)},
    };
    if (!p.state.isEmpty())
        o.insert(QStringLiteral("state"), p.state);
    return o;
}

ProcessBatch processFromJson(const QJsonObject& o)
{
    ProcessBatch p;
    p.fork = o.value(QStringLiteral("fork")).toInt();
    p.samples = std::max(0, o.value(QStringLiteral("samples")).toInt());
    p.calls = std::max<qint64>(0, o.value(QStringLiteral("calls")).toInteger(0));
    p.medianMs = numOr(o.value(QStringLiteral("median_ms")), 0);
    p.medianCiMs = intervalFrom(o.value(QStringLiteral("median_ci_ms")));
    p.cpus = o.value(QStringLiteral("cpus")).toString();
    p.loadBefore = optNumFrom(o.value(QStringLiteral("load_before")));
    p.loadAfter = optNumFrom(o.value(QStringLiteral("load_after")));
    p.otherCpuShare = optNumFrom(o.value(QStringLiteral("other_cpu_share")));
    p.state = o.value(QStringLiteral("state")).toString();
    return p;
}

}  // namespace

void insertProcessKeys(QJsonObject& batch, const BatchResult& b)
{
    if (b.processes.empty())
        return;
    QJsonArray processes;
    for (const auto& p : b.processes)
        processes.append(processToJson(p));
    batch.insert(QStringLiteral("processes"), processes);
    if (b.spread)
        batch.insert(QStringLiteral("process_spread"),
            QJsonObject{{QStringLiteral("processes"), b.spread->processes},
                {QStringLiteral("between"), num(b.spread->between)}, {QStringLiteral("within"), num(b.spread->within)},
                {QStringLiteral("shifted"), b.spread->shifted}});
    if (b.states)
        batch.insert(QStringLiteral("states"),
            QJsonObject{{QStringLiteral("quiet_processes"), b.states->quietProcesses},
                {QStringLiteral("busy_processes"), b.states->busyProcesses},
                {QStringLiteral("quiet_ms"), num(b.states->quietMs)}, {QStringLiteral("busy_ms"), num(b.states->busyMs)},
                {QStringLiteral("quiet_ci_ms"), interval(b.states->quietCiMs)},
                {QStringLiteral("busy_ci_ms"), interval(b.states->busyCiMs)},
                {QStringLiteral("quiet_speedup"), optNum(b.states->quietSpeedup)},
                {QStringLiteral("busy_speedup"), optNum(b.states->busySpeedup)}});
}

void readProcessKeys(const QJsonObject& batch, BatchResult& b)
{
    for (const auto& v : batch.value(QStringLiteral("processes")).toArray())
        b.processes.push_back(processFromJson(v.toObject()));
    if (const QJsonValue s = batch.value(QStringLiteral("process_spread")); s.isObject()) {
        const QJsonObject o = s.toObject();
        stats::ProcessSpread spread;
        spread.processes = o.value(QStringLiteral("processes")).toInt();
        spread.between = numOr(o.value(QStringLiteral("between")), 0);
        spread.within = numOr(o.value(QStringLiteral("within")), 0);
        spread.shifted = o.value(QStringLiteral("shifted")).toBool();
        b.spread = spread;
    }
    if (const QJsonValue s = batch.value(QStringLiteral("states")); s.isObject()) {
        const QJsonObject o = s.toObject();
        StateMedians m;
        m.quietProcesses = o.value(QStringLiteral("quiet_processes")).toInt();
        m.busyProcesses = o.value(QStringLiteral("busy_processes")).toInt();
        m.quietMs = numOr(o.value(QStringLiteral("quiet_ms")), 0);
        m.busyMs = numOr(o.value(QStringLiteral("busy_ms")), 0);
        m.quietCiMs = intervalFrom(o.value(QStringLiteral("quiet_ci_ms")));
        m.busyCiMs = intervalFrom(o.value(QStringLiteral("busy_ci_ms")));
        m.quietSpeedup = optNumFrom(o.value(QStringLiteral("quiet_speedup")));
        m.busySpeedup = optNumFrom(o.value(QStringLiteral("busy_speedup")));
        b.states = m;
    }
}

}  // namespace ob
