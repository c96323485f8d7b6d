// SPDX-License-Identifier: MIT
#include "history/historyentry.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>
#include <set>

#include "bench/modelinspect.h"
#include "format/runsummary.h"

namespace ob {

QString HistoryEntry::machineLabel() const
{
    if (host.isEmpty())
        return cpuModel;
    if (cpuModel.isEmpty())
        return host;
    return host + QStringLiteral(" · ") + cpuModel;
}

void findBestMethod(const RunResult& run, QString* method, int* batch, double* speedup)
{
    // The run summary's answer (format/runsummary.h): at each batch size the fastest faithful method; the best of
    // those that are significantly faster than eager.
    *method = QString();
    *batch = 0;
    *speedup = 0;
    for (const auto& b : summarizeRun(run).batches) {
        if (!b.fastestFaithful || !b.fastestFaithful->speedup)
            continue;
        const SpeedupEntry& s = *b.fastestFaithful->speedup;
        if (s.significant && s.ratio > 1 && s.ratio > *speedup) {
            *method = b.fastestFaithful->method;
            *batch = b.batch;
            *speedup = s.ratio;
        }
    }
}

HistoryEntry historyEntryOf(const RunResult& run)
{
    HistoryEntry e;
    e.started = run.started.toUTC();
    e.toolVersion = run.toolVersion;
    e.model = run.config.model;
    if (run.config.model == QLatin1String("torchscript")) {
        e.modelFile = run.config.modelFile;
        e.modelLabel = QFileInfo(run.config.modelFile).fileName();
    } else {
        e.modelLabel = QStringLiteral("%1 %2×%3").arg(run.config.model).arg(run.config.hidden).arg(run.config.layers);
    }
    e.host = run.environment.value(QStringLiteral("hostname")).toString();
    e.cpuModel = run.environment.value(QStringLiteral("cpu_model")).toString();
    e.methods = static_cast<int>(run.results.size());
    std::set<int> batches;
    for (const auto& r : run.results)
        for (const auto& b : r.batches)
            batches.insert(b.batch);
    e.batches = QList<int>(batches.begin(), batches.end());
    findBestMethod(run, &e.bestMethod, &e.bestBatch, &e.bestSpeedup);
    e.cancelled = run.cancelled;
    return e;
}

void identifyModelFile(const RunConfig& config, HistoryEntry& entry)
{
    if (config.model != QLatin1String("torchscript") || config.modelFile.isEmpty())
        return;
    QFile file(config.modelFile);
    if (file.open(QIODevice::ReadOnly)) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (hash.addData(&file))
            entry.modelSha256 = QString::fromLatin1(hash.result().toHex());
    }
    if (const auto info = cachedModelFileInfo(config); info && info->ok)
        entry.modelSignature = QString::fromStdString(info->schema);
}

int processesInRunJson(const QJsonObject& run)
{
    qsizetype most = 1;
    for (const auto& r : run.value(QStringLiteral("results")).toArray())
        for (const auto& b : r.toObject().value(QStringLiteral("batches")).toArray())
            most = std::max(most, b.toObject().value(QStringLiteral("processes")).toArray().size());
    return static_cast<int>(most);
}

QJsonObject historyEntryToJson(const HistoryEntry& e)
{
    QJsonArray batches;
    for (int b : e.batches)
        batches.append(b);
    const auto orNull = [](const QString& s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    QJsonObject best;
    if (!e.bestMethod.isEmpty())
        best = QJsonObject{{QStringLiteral("method"), e.bestMethod}, {QStringLiteral("batch"), e.bestBatch},
            {QStringLiteral("speedup_vs_eager"), e.bestSpeedup}};
    return QJsonObject{
        {QStringLiteral("id"), e.id},
        {QStringLiteral("stored"), e.stored.toString(Qt::ISODateWithMs)},
        {QStringLiteral("started"), e.started.toString(Qt::ISODateWithMs)},
        {QStringLiteral("source"), e.source},
        {QStringLiteral("source_file"), orNull(e.sourceFile)},
        {QStringLiteral("tool_version"), e.toolVersion},
        {QStringLiteral("model"), e.model},
        {QStringLiteral("model_label"), e.modelLabel},
        {QStringLiteral("model_file"), orNull(e.modelFile)},
        {QStringLiteral("model_sha256"), orNull(e.modelSha256)},
        {QStringLiteral("model_signature"), orNull(e.modelSignature)},
        {QStringLiteral("host"), orNull(e.host)},
        {QStringLiteral("cpu_model"), e.cpuModel},
        {QStringLiteral("methods"), e.methods},
        {QStringLiteral("batches"), batches},
        {QStringLiteral("best"), best.isEmpty() ? QJsonValue() : QJsonValue(best)},
        {QStringLiteral("cancelled"), e.cancelled},
        {QStringLiteral("processes"), e.processes},
        {QStringLiteral("note"), e.note},
        {QStringLiteral("tags"), QJsonArray::fromStringList(e.tags)},
        {QStringLiteral("content_sha256"), e.contentSha256},
    };
}

} // namespace ob
