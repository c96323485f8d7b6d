// SPDX-License-Identifier: MIT
#include "history/envdiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <set>

#include "config/validation.h"
#include "i18n/tr.h"
#include "results/environment.h"

namespace ob {
namespace {

QString text(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double:
        return QString::number(v.toDouble());
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

/// Keys of both objects that differ, in key order; `skip` keys are handled elsewhere.
void addDifferences(const QJsonObject& a, const QJsonObject& b, const QStringList& skip, const QString& prefix,
    std::vector<EnvironmentChange>& out)
{
    std::set<QString> keys;
    for (const auto& k : a.keys())
        keys.insert(k);
    for (const auto& k : b.keys())
        keys.insert(k);
    for (const auto& k : keys) {
        if (skip.contains(k))
            continue;
        const QString va = text(a.value(k));
        const QString vb = text(b.value(k));
        if (va != vb)
            out.push_back({prefix + k, va, vb, false});
    }
}

QString percent(const std::optional<double>& share)
{
    return share ? QStringLiteral("%1%").arg(*share * 100, 0, 'f', 1) : QString();
}

QString number(const std::optional<double>& v)
{
    return v ? QString::number(*v, 'f', 2) : QString();
}

} // namespace

bool measuredBusy(const RunResult& run)
{
    const MachineNoise& n = run.noise;
    const double load = std::max(n.loadBefore.value_or(0), n.loadAfter.value_or(0));
    return n.busy || (n.cpus > 0 && load > n.cpus);
}

std::vector<EnvironmentChange> environmentChanges(const RunResult& reference, const RunResult& other)
{
    std::vector<EnvironmentChange> out;
    const QJsonObject& a = reference.environment;
    const QJsonObject& b = other.environment;
    addDifferences(a, b, {QStringLiteral("cpu_flags"), QStringLiteral("extra")}, QString(), out);
    addDifferences(a.value(QStringLiteral("extra")).toObject(), b.value(QStringLiteral("extra")).toObject(), {},
        QStringLiteral("extra."), out);
    // Instruction sets: the flags only one machine has (the full lists are long and mostly equal).
    std::set<QString> fa, fb;
    for (const auto& f : a.value(QStringLiteral("cpu_flags")).toArray())
        fa.insert(f.toString());
    for (const auto& f : b.value(QStringLiteral("cpu_flags")).toArray())
        fb.insert(f.toString());
    QStringList onlyA, onlyB;
    for (const auto& f : fa)
        if (!fb.count(f))
            onlyA << f;
    for (const auto& f : fb)
        if (!fa.count(f))
            onlyB << f;
    if (!onlyA.isEmpty() || !onlyB.isEmpty())
        out.push_back({QStringLiteral("isa"),
            onlyA.isEmpty() ? QString() : QStringLiteral("+") + onlyA.join(QStringLiteral(" +")),
            onlyB.isEmpty() ? QString() : QStringLiteral("+") + onlyB.join(QStringLiteral(" +")), false});
    if (reference.intraOpThreads() != other.intraOpThreads())
        out.push_back({QStringLiteral("threads_used"), QString::number(reference.intraOpThreads()),
            QString::number(other.intraOpThreads()), false});
    const MachineNoise& na = reference.noise;
    const MachineNoise& nb = other.noise;
    out.push_back({QStringLiteral("load_before"), number(na.loadBefore), number(nb.loadBefore), true});
    out.push_back({QStringLiteral("other_cpu_share"), percent(na.otherCpuShare), percent(nb.otherCpuShare), true});
    if (na.stealShare.value_or(0) > 0 || nb.stealShare.value_or(0) > 0)
        out.push_back({QStringLiteral("steal_share"), percent(na.stealShare), percent(nb.stealShare), true});
    const auto busy = [](const RunResult& run) { return measuredBusy(run) ? tr("busy") : tr("quiet"); };
    out.push_back({QStringLiteral("busy"), busy(reference), busy(other), true});
    return out;
}

std::vector<EnvironmentChange> configChanges(const RunResult& reference, const RunResult& other)
{
    std::vector<EnvironmentChange> out;
    addDifferences(toJson(reference.config), toJson(other.config), {}, QString(), out);
    return out;
}

QString changeLabel(const QString& key)
{
    if (key == QLatin1String("isa"))
        return tr("Instruction sets only this run's CPU has");
    if (key == QLatin1String("threads_used"))
        return tr("Intra-op threads used");
    if (key == QLatin1String("load_before"))
        return tr("Load average when the run started");
    if (key == QLatin1String("other_cpu_share"))
        return tr("CPU used by other processes while measuring");
    if (key == QLatin1String("steal_share"))
        return tr("CPU taken by the hypervisor (steal)");
    if (key == QLatin1String("busy"))
        return tr("Machine during the measurement");
    if (key.startsWith(QLatin1String("extra.")))
        return environmentLabel(QStringLiteral("extra")) + QStringLiteral(": ") + key.mid(6);
    const QString label = environmentLabel(key);
    return label;
}

} // namespace ob
