// SPDX-License-Identifier: MIT
#include "results/runresult.h"

#include <algorithm>

namespace ob {

void summarizeBatch(BatchResult& b)
{
    b.outlierFencesMs = stats::madFences(b.samplesMs);
    b.outliers = static_cast<int>(stats::outlierIndices(b.samplesMs, b.outlierFencesMs).size());
    b.latencyMs = stats::summarize(summarizedSamples(b));
    const stats::GroupedSamples groups = summarizedGroups(b);
    b.medianMs = stats::processCount(groups) < 2 ? b.latencyMs.p50 : stats::runMedian(groups);
    b.throughputPerS = b.latencyMs.mean > 0 ? b.batch * 1000.0 / b.latencyMs.mean : 0;
}

std::vector<double> summarizedSamples(const BatchResult& b)
{
    return b.outliersExcluded ? stats::insideFences(b.samplesMs, b.outlierFencesMs) : b.samplesMs;
}

stats::GroupedSamples groupedSamples(const BatchResult& b)
{
    std::size_t total = 0;
    for (const auto& p : b.processes)
        total += static_cast<std::size_t>(std::max(0, p.samples));
    if (b.processes.empty() || total != b.samplesMs.size())
        return {b.samplesMs};
    stats::GroupedSamples groups;
    auto it = b.samplesMs.begin();
    for (const auto& p : b.processes) {
        const auto end = it + std::max(0, p.samples);
        groups.emplace_back(it, end);
        it = end;
    }
    return groups;
}

stats::GroupedSamples summarizedGroups(const BatchResult& b)
{
    stats::GroupedSamples groups = groupedSamples(b);
    if (b.outliersExcluded)
        for (auto& g : groups)
            g = stats::insideFences(g, b.outlierFencesMs);
    return groups;
}

QString statusId(MethodStatus s)
{
    switch (s) {
    case MethodStatus::Pending: return QStringLiteral("pending");
    case MethodStatus::Ok: return QStringLiteral("ok");
    case MethodStatus::Failed: return QStringLiteral("failed");
    case MethodStatus::Cancelled: return QStringLiteral("cancelled");
    case MethodStatus::NotApplicable: return QStringLiteral("not_applicable");
    }
    return QStringLiteral("pending");
}

MethodStatus statusFromId(const QString& id)
{
    if (id == QLatin1String("ok"))
        return MethodStatus::Ok;
    if (id == QLatin1String("failed"))
        return MethodStatus::Failed;
    if (id == QLatin1String("cancelled"))
        return MethodStatus::Cancelled;
    if (id == QLatin1String("not_applicable"))
        return MethodStatus::NotApplicable;
    return MethodStatus::Pending;
}

void markNotApplicable(MethodResult& r, const QString& reason)
{
    r.status = MethodStatus::NotApplicable;
    r.error = reason;
    r.diagnosis = DiagnosisRef{QStringLiteral("not_applicable"), {{QStringLiteral("reason"), reason}}, {}};
}

const BatchResult* MethodResult::batch(int size) const
{
    for (const auto& b : batches)
        if (b.batch == size)
            return &b;
    return nullptr;
}

const SpeedupEntry* MethodResult::speedup(int size) const
{
    for (const auto& s : speedupVsEager)
        if (s.batch == size)
            return &s;
    return nullptr;
}

const MethodResult* RunResult::result(const QString& method) const
{
    for (const auto& r : results)
        if (r.method == method)
            return &r;
    return nullptr;
}

MethodResult* RunResult::result(const QString& method)
{
    for (auto& r : results)
        if (r.method == method)
            return &r;
    return nullptr;
}

int RunResult::intraOpThreads() const
{
    return std::max(config.threads, environment.value(QStringLiteral("intra_op_threads")).toInt());
}

int RunResult::blasThreads() const
{
    return std::max(config.blasThreads, environment.value(QStringLiteral("blas_threads")).toInt());
}

}  // namespace ob
