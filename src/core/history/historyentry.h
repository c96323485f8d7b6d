// SPDX-License-Identifier: MIT
#pragma once
// One run in the history as the list shows it: when, which model, which machine, the best method, the user's note
// and tags. The run itself (every sample) is kept beside it and loaded on demand (historystore.h).

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "results/runresult.h"

namespace ob {

struct HistoryEntry {
    qint64 id = 0;
    QDateTime stored; // when it entered the history (UTC)
    QDateTime started; // when the run started (UTC)
    QString source; // "cli", "workbench" or "import"
    QString sourceFile; // import: the file it came from
    QString toolVersion; // OptiBench version and commit of the run
    QString model; // the configuration's model id: "simplified", "original", "torchscript"
    QString modelLabel; // e.g. "simplified 256×7" or the model file's name
    QString modelFile; // a model file's path as the run named it
    QString modelSha256; // of the model file, when it could be read at store time (not for imports)
    QString modelSignature; // forward's schema of the model file, when known
    QString host; // the machine's host name (environment "hostname"), when recorded
    QString cpuModel;
    int methods = 0; // methods in the run
    QList<int> batches; // batch sizes measured
    QString bestMethod; // the fastest method with eager's answers and a significant speed-up; empty: none
    int bestBatch = 0;
    double bestSpeedup = 0; // median(eager) / median(best) at bestBatch
    bool cancelled = false;
    int processes = 1; // worker processes measured per batch (the most of any batch)
    QString note;
    QStringList tags;
    QString contentSha256; // of the stored run JSON: the same run is kept once

    /// "host · CPU" or what of it is known.
    QString machineLabel() const;
};

/// The entry's fields that come from the run (not id, stored, source, note, tags, model hash or signature).
HistoryEntry historyEntryOf(const RunResult& run);
/// The fastest faithful method of the run summary at any batch size, when significantly faster than eager.
void findBestMethod(const RunResult& run, QString* method, int* batch, double* speedup);
/// The model file's SHA-256 (hex) and, when an inspection of it is cached, its schema. Reads the file.
void identifyModelFile(const RunConfig& config, HistoryEntry& entry);

/// The most worker processes any batch of a run JSON was measured in (its "processes" arrays); 1 without them.
int processesInRunJson(const QJsonObject& run);

/// The entry as JSON (history list --json): id, stored, started, source, model..., note, tags.
QJsonObject historyEntryToJson(const HistoryEntry& entry);

} // namespace ob
