// SPDX-License-Identifier: MIT
#pragma once
// The results of a run: immutable value objects handed from the worker to the GUI and the reports.

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

#include "config/runconfig.h"
#include "stats/descriptive.h"
#include "stats/fidelity.h"

namespace ob {

/// An action that fixes a failure: kind "setting" (key = value) or "method" (replace the method by value).
struct FixAction {
    QString kind;
    QString key;
    QString value;
    bool operator==(const FixAction& o) const { return kind == o.kind && key == o.key && value == o.value; }
};

/// A diagnosis by id with its arguments; the sentence comes from the diagnosis catalog in the current language.
struct DiagnosisRef {
    QString id;
    QMap<QString, QString> args;
    QList<FixAction> fixes;
    bool isEmpty() const { return id.isEmpty(); }
    bool operator==(const DiagnosisRef& o) const { return id == o.id && args == o.args && fixes == o.fixes; }
};

struct StepResult {
    QString strategy;
    QString status;  // "ok", "failed", "skipped"
    QString error;
    QString message;
    DiagnosisRef diagnosis;
    double setupMs = 0;
};

struct BatchResult {
    int batch = 0;
    stats::Summary latencyMs;
    double throughputPerS = 0;
    std::vector<double> samplesMs;
    bool complete = true;  // false when the run was cancelled while this batch was measured
    QStringList flags;     // hints that hold at this batch size only, e.g. "int8_slower_than_eager"
};

/// Fills the latency summary and the throughput of a batch from its samples.
void summarizeBatch(BatchResult& batch);

enum class MethodStatus { Pending, Ok, Failed, Cancelled };
QString statusId(MethodStatus s);
MethodStatus statusFromId(const QString& id);

struct MethodResult {
    QString method;
    QString model;
    MethodStatus status = MethodStatus::Pending;
    QString error;
    DiagnosisRef diagnosis;
    double setupMs = 0;
    qint64 weightBytes = -1;
    std::optional<double> score;
    std::optional<stats::Fidelity> fidelity;
    QStringList flags;  // e.g. "numerically_wrong", "non_finite"
    std::vector<StepResult> steps;
    std::vector<BatchResult> batches;

    const BatchResult* batch(int size) const;
};

struct RunResult {
    QString schema = QStringLiteral("optibench.run/1");
    QString toolVersion;
    QJsonObject environment;
    RunConfig config;
    QStringList methods;  // expanded method list, in run order
    QDateTime started;
    QDateTime finished;
    bool cancelled = false;
    QString error;  // set when the run could not start (e.g. the model could not be built)
    std::vector<MethodResult> results;

    const MethodResult* result(const QString& method) const;
    MethodResult* result(const QString& method);
};

/// Per-call progress of a run.
struct RunProgress {
    QString stage;  // "prepare", "evaluate", "warmup", "measure", "done"
    QString method;
    int batch = 0;
    qint64 callsDone = 0;
    qint64 callsTotal = 0;
    double fraction = 0;     // overall, 0..1
    double etaSeconds = -1;  // -1 unknown
};

}  // namespace ob

Q_DECLARE_METATYPE(ob::RunProgress)
Q_DECLARE_METATYPE(ob::MethodResult)
Q_DECLARE_METATYPE(ob::BatchResult)
Q_DECLARE_METATYPE(ob::RunResult)
