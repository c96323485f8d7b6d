// SPDX-License-Identifier: MIT
#include "bench/profiling.h"

#include "optibench/engine/engine.h"

namespace ob {

int profileBatch(const RunConfig& config)
{
    return config.batches.isEmpty() ? 0 : config.batches.front();
}

MethodProfile profileMethod(engine::PreparedMethod& method, int batch, const std::vector<float>& inputs,
                            double timedMedianMs)
{
    MethodProfile profile;
    profile.batch = batch;
    try {
        const engine::MethodProfile p =
            method.profile(inputs.empty() ? nullptr : inputs.data(), batch, engine::ProfileOptions{});
        profile.forwards = p.forwards;
        profile.excludedForwards = p.excludedForwards;
        profile.wallMs = p.wallMs;
        profile.unmatched = p.unmatched;
        for (const auto& r : p.rows) {
            ProfileRow row;
            row.op = QString::fromStdString(r.op);
            row.module = QString::fromStdString(r.module);
            row.scope = QString::fromStdString(r.scope);
            row.calls = r.calls;
            row.totalMs = r.totalMs;
            row.selfMs = r.selfMs;
            row.flops = r.flops;
            row.shapes = QString::fromStdString(r.shapes);
            profile.rows.push_back(row);
        }
    } catch (const std::exception& e) {
        profile.error = QString::fromUtf8(e.what());
        profile.rows.clear();
    } catch (...) {
        profile.error =
            QStringLiteral("unknown exception while profiling %1").arg(QString::fromStdString(method.method()));
        profile.rows.clear();
    }
    finishProfile(profile, timedMedianMs);
    return profile;
}

}  // namespace ob
