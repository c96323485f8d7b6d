// SPDX-License-Identifier: MIT
#pragma once
// The answer to "what is fastest here, by how much, at what cost": per batch size the fastest faithful method and
// its speed-up against eager, the fastest overall when its outputs drift, and the methods that failed or do not
// apply. summarizeRun() makes the plain data from a run; summaryItems()/summaryLines() say it in the current
// language. The CLI, the workbench, the run JSON ("summary") and the report all show this one summary.

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

#include "results/runresult.h"

namespace ob {

/// A method at one batch size, as the summary names it: its speed and what it costs in fidelity and preparation.
struct SummaryEntry {
    QString method;
    double medianMs = 0;
    std::optional<SpeedupEntry> speedup;  // against eager at this batch size; none for eager or without eager
    std::optional<double> cosine;         // of its outputs against eager's (model files: the worst leaf's)
    std::optional<double> top1;           // argmax / top-1 agreement with eager in %, when the model has one
    bool finite = true;                   // false: its outputs hold NaN or Inf
    QString worstLeaf;                    // model files: the output leaf furthest from eager's
    QStringList driftFlags;               // the flags that make it unfaithful (drifted, numerically_wrong, ...)
    double setupMs = 0;
};

/// One batch size: the fastest faithful method (eager when nothing beats it) and, when the fastest overall is not
/// faithful, that one too.
struct BatchSummary {
    int batch = 0;
    std::optional<SummaryEntry> fastestFaithful;  // lowest median among faithful measured methods, eager included
    std::optional<SummaryEntry> fastestDrifted;   // faster than fastestFaithful, but its outputs drift from eager's
    std::optional<double> eagerMedianMs;          // eager's median here, when eager was measured
};

/// A method that gave no measurement: it failed, does not apply to the model, or was cancelled before measuring.
struct SummaryProblem {
    QString method;
    MethodStatus status = MethodStatus::Failed;
    QString diagnosisId;  // the diagnosis of its failure, when the catalog knows it
    QString error;        // the first line of its error (a not-applicable method: why it does not apply)
};

/// The summary of a run: what a person reads first.
struct RunSummary {
    std::vector<BatchSummary> batches;     // in the order of the run's batch sizes, only those measured
    std::vector<SummaryProblem> problems;  // in run order
    bool hasEager = false;                 // eager was measured: speed-ups exist
    bool cancelled = false;                // the run was cancelled: the summary covers what finished
    QString runError;                      // the run could not start
    bool isEmpty() const { return batches.empty() && problems.empty() && runError.isEmpty(); }
};

/// The summary of `run` (a finished one; a live run's pending methods are left out).
RunSummary summarizeRun(const RunResult& run);

/// One line of the summary with what it is about, so that a view can mark it (colour, icon, link to the method).
struct SummaryLine {
    enum class Kind { Fastest, NoneFaster, Drifted, Failed, NotApplicable, Cancelled, Note };
    Kind kind = Kind::Note;
    QString method;  // the method the line names first; empty for a note
    int batch = 0;   // 0: not about one batch size
    QString text;    // in the current language, plain text
};

/// The summary in the current language: one line per batch size, one more where the fastest method drifts, one per
/// problem, and a note for a cancelled run, a run that could not start or a run without eager.
QList<SummaryLine> summaryItems(const RunSummary& summary);
/// The texts of summaryItems(), one per line.
QStringList summaryLines(const RunSummary& summary);
/// "Summary" and the lines indented, each ending in a newline (the CLI prints it after the table).
QString summaryText(const RunSummary& summary);
/// The reason a method failed in a few words: the diagnosis' title, else the first line of its error, shortened.
QString problemReason(const SummaryProblem& problem);
/// What a method costs besides its speed, in words: its fidelity ("cosine 0.999998 with eager") and a preparation
/// of a second or more; empty when there is nothing to say (eager).
QString costDescription(const SummaryEntry& entry);
/// How a method's outputs drift, in words: "NaN or Inf in its outputs", or the cosine and top-1 agreement (of the
/// worst leaf: "output logits: cosine …"), then the flags that marked it in words; empty when nothing is known.
QString driftDescription(const SummaryEntry& entry);

/// The run JSON's "summary" object (language-neutral: ids and numbers; see docs/reports.md).
QJsonObject summaryToJson(const RunSummary& summary);

}  // namespace ob
