// SPDX-License-Identifier: MIT
#pragma once
// Two runs compared method by method and batch by batch: the ratio of the medians (other / reference, > 1 is
// slower) with a confidence interval that holds for all pairs at once, whether it is significant, and the
// regression gate. The interval comes from the variation between worker processes when both runs have several;
// for a run of one process only the variation within it is known, so the interval is widened by the run-to-run
// variation measured between processes of one build (kRunToRunNoise, docs/history.md), and pairs from a busy
// machine are not judged at all. Pure functions of the two runs.

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "history/envdiff.h"
#include "results/runresult.h"
#include "stats/compare.h"
#include "stats/interval.h"

namespace ob {

/// The run-to-run variation of one process's median (a fraction): 95% of the pairs of processes of one build
/// differed by less than this in the measurements of docs/history.md ("Run-to-run variation").
inline constexpr double kRunToRunNoise = 0.30;

struct CompareOptions {
    /// The gate: a slowdown larger than this fraction (0.05 = 5%) that is significant fails; < 0: no gate. Also the
    /// least change that counts as a regression or an improvement in the views.
    double failIfSlower = -1;
    /// Run-to-run variation assumed where only one process was measured (a fraction).
    double noiseFloor = kRunToRunNoise;
    /// Confidence for all method × batch pairs together (Bonferroni: each pair gets 1 − (1 − level) / pairs).
    double level = 0.95;
    std::uint64_t seed = 1;
};

enum class ChangeKind { Same, Slower, Faster };

/// One method at one batch size in both runs.
struct BatchChange {
    QString method;
    int batch = 0;
    double referenceMs = 0; // median
    double otherMs = 0;
    double ratio = 0; // otherMs / referenceMs: 1.2 is 20% slower
    stats::Interval ci; // of the ratio, at CompareResult::pairLevel
    double pValue = 1; // Mann–Whitney of the two samples (within the processes; for information)
    bool significant = false; // the interval excludes 1
    bool betweenProcesses = false; // the interval comes from the variation between processes
    int referenceProcesses = 1;
    int otherProcesses = 1;
    ChangeKind kind = ChangeKind::Same;
    bool regression = false; // significantly slower by more than the threshold
    bool improvement = false; // significantly faster by more than the threshold
    /// Not judged: only the variation within one process is known and a run was measured on a busy machine, where
    /// one process says nothing about the next (kind stays Same, never a regression).
    bool inconclusive = false;
};

/// A method whose status or score differs between the runs.
struct MethodChange {
    QString method;
    QString referenceStatus; // statusId(); empty when the run does not have the method
    QString otherStatus;
    std::optional<double> referenceScore;
    std::optional<double> otherScore;
    stats::ScoreChange score = stats::ScoreChange::Unknown; // other's score against the reference's CI
    bool referenceDrifted = false; // flags that say the answers changed against eager
    bool otherDrifted = false;
};

struct RunComparison {
    std::vector<BatchChange> batches; // in the reference's method order, then by batch
    std::vector<MethodChange> methods;
    QStringList notCompared; // "method @ batch" measured in one run only
    std::vector<EnvironmentChange> environment;
    std::vector<EnvironmentChange> config;
    double threshold = 0; // the gate's or the views' threshold (fraction)
    bool gate = false; // a gate was asked for (failIfSlower >= 0)
    double level = 0.95;
    double pairLevel = 0.95;
    double noiseFloor = 0; // applied to the pairs measured in one process
    int regressions = 0;
    int improvements = 0;
    int inconclusive = 0; // pairs not judged (BatchChange::inconclusive)
    bool referenceBusy = false; // measuredBusy() of each run
    bool otherBusy = false;
    /// Every pair's interval comes from the variation between processes.
    bool betweenProcesses() const;
    /// Some pair's interval knows the variation within a process only.
    bool withinProcessOnly() const;
    bool gateFailed() const { return gate && regressions > 0; }
};

/// Compares `other` against `reference`.
RunComparison compareRuns(const RunResult& reference, const RunResult& other, const CompareOptions& options = {});

/// One reference against several runs, e.g. machines side by side.
struct CompareSet {
    QString referenceLabel;
    QStringList labels; // of the other runs, in order
    std::vector<RunComparison> comparisons; // one per other run
    bool gateFailed() const;
};

/// The conditions of every run side by side: one row per environment or configuration key that differs in some
/// comparison (the load always), the reference's value and one value per compared run.
struct ConditionRow {
    QString key; // as EnvironmentChange::key; configuration keys start with "config:"
    QString label; // translated
    QString reference;
    QStringList others;
    bool load = false;
};
std::vector<ConditionRow> conditionRows(const CompareSet& set);

/// Compares each of `others` (label, run) against `reference`.
CompareSet compareRunSet(const RunResult& reference, const QString& referenceLabel,
    const std::vector<std::pair<QString, RunResult>>& others, const CompareOptions& options = {});

/// A percentage, with or without its sign: "5%" and "5" give 0.05. nullopt unless a number in [0, 1000].
std::optional<double> parsePercent(const QString& text);

} // namespace ob
