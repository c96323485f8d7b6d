// SPDX-License-Identifier: MIT
#include "results/profilecompare.h"

#include <QMap>

#include <algorithm>
#include <cmath>

#include "results/runresult.h"

namespace ob {

std::vector<ProfileRow> operatorTotals(const MethodProfile& profile)
{
    std::vector<ProfileRow> out;
    QMap<QString, std::size_t> index;
    for (const auto& r : profile.rows) {
        auto it = index.find(r.op);
        if (it == index.end()) {
            it = index.insert(r.op, out.size());
            ProfileRow total;
            total.op = r.op;
            total.scope = r.scope;
            out.push_back(total);
        }
        ProfileRow& t = out[*it];
        t.calls += r.calls;
        t.totalMs += r.totalMs;
        t.selfMs += r.selfMs;
        t.share += r.share;
        t.flops += r.flops;
        if (t.shapes.isEmpty())
            t.shapes = r.shapes;
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const ProfileRow& a, const ProfileRow& b) { return a.selfMs > b.selfMs; });
    return out;
}

std::vector<ProfileDelta> compareProfiles(const MethodProfile& base, const MethodProfile& other)
{
    std::vector<ProfileDelta> out;
    QMap<QString, std::size_t> index;
    auto entry = [&](const QString& op) -> ProfileDelta& {
        auto it = index.find(op);
        if (it == index.end()) {
            it = index.insert(op, out.size());
            ProfileDelta d;
            d.op = op;
            out.push_back(d);
        }
        return out[*it];
    };
    for (const auto& r : operatorTotals(base)) {
        ProfileDelta& d = entry(r.op);
        d.baseMs = r.selfMs;
        d.baseCalls = r.calls;
    }
    for (const auto& r : operatorTotals(other)) {
        ProfileDelta& d = entry(r.op);
        d.otherMs = r.selfMs;
        d.otherCalls = r.calls;
    }
    for (auto& d : out) {
        const double delta = d.otherMs - d.baseMs;
        if (d.baseCalls <= 0)
            d.change = ProfileDelta::Change::Appeared;
        else if (d.otherCalls <= 0)
            d.change = ProfileDelta::Change::Vanished;
        else if (std::fabs(delta) < std::max(kProfileSameMs, kProfileSameShare * std::max(d.baseMs, d.otherMs)))
            d.change = ProfileDelta::Change::Same;
        else
            d.change = delta < 0 ? ProfileDelta::Change::Faster : ProfileDelta::Change::Slower;
    }
    std::stable_sort(out.begin(), out.end(), [](const ProfileDelta& a, const ProfileDelta& b) {
        return std::fabs(a.otherMs - a.baseMs) > std::fabs(b.otherMs - b.baseMs);
    });
    return out;
}

std::vector<const MethodResult*> profiledMethods(const RunResult& run)
{
    std::vector<const MethodResult*> out;
    for (const auto& r : run.results)
        if (r.profile && r.profile->ok() && !r.profile->rows.empty())
            out.push_back(&r);
    return out;
}

std::pair<QString, QString> defaultProfilePair(const RunResult& run)
{
    const auto methods = profiledMethods(run);
    if (methods.size() < 2)
        return {};
    const MethodResult* base = methods.front();
    for (const auto* m : methods)
        if (m->method == QLatin1String("eager"))
            base = m;
    const MethodResult* fastest = nullptr;
    for (const auto* m : methods) {
        if (m == base)
            continue;
        const double t = m->profile->timedMs > 0 ? m->profile->timedMs : m->profile->wallMs;
        const double best = fastest ? (fastest->profile->timedMs > 0 ? fastest->profile->timedMs
                                                                     : fastest->profile->wallMs)
                                    : 0;
        if (!fastest || t < best)
            fastest = m;
    }
    return {base->method, fastest->method};
}

}  // namespace ob
