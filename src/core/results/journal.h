// SPDX-License-Identifier: MIT
#pragma once
// The run journal: one append-only JSON Lines file per run, written as results arrive, so that a crash or
// kill -9 at any moment leaves a readable record of every finished result. Lines, in order:
//   {"event":"run_started","schema":"optibench.journal/1","run":{config, environment, methods, ...}}
//   {"event":"method_prepared","result":{...}}          one per method (fidelity, steps, errors)
//   {"event":"batch_finished","method":"m","result":{...,"samples_ms":[...]}}
//   {"event":"method_finished","result":{...}}          the method's final result, with its batches
//   {"event":"run_finished","finished":"<ISO time>","cancelled":false,"error":"","dismissed":false}
// Each line is written with one write() and flushed before the result is announced to anyone else.

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

#include "bench/runner.h"
#include "results/runresult.h"

class QFile;
class QLockFile;

namespace ob {

inline constexpr char kJournalSchema[] = "optibench.journal/1";

/// Writes one run's journal; a RunObserver used on the benchmark thread (not thread-safe). The file is created
/// at runStarted (a run refused before it starts leaves no journal) and locked until runFinished.
class RunJournal : public RunObserver {
public:
    explicit RunJournal(QString path);
    ~RunJournal() override;
    const QString& path() const { return m_path; }
    /// The first failure to create or write the file; empty when every line was written.
    const QString& errorString() const { return m_error; }

    void runStarted(const RunResult& header) override;
    void methodPrepared(const MethodResult& result) override;
    void batchFinished(const QString& method, const BatchResult& result) override;
    void methodFinished(const MethodResult& result) override;
    void runFinished(const RunResult& result) override;

private:
    void append(const QByteArray& line);

    QString m_path;
    QString m_error;
    std::unique_ptr<QFile> m_file;
    std::unique_ptr<QLockFile> m_lock;
};

/// Where journals go: $OPTIBENCH_JOURNAL_DIR when set (the value "off" gives an empty string: no journal),
/// otherwise <AppLocalDataLocation>/journal.
QString defaultJournalDirectory();
/// A new file name in `directory`: run-<UTC time>-<pid>.jsonl.
QString newJournalPath(const QString& directory);

/// A run rebuilt from its journal.
struct JournalContents {
    QString path;
    RunResult run;           // when unfinished: methods still pending are Cancelled and run.cancelled is set
    bool finished = false;   // a run_finished line was read
    bool dismissed = false;  // finished by dismissJournal(), not by the run
    int lines = 0;           // lines used
    int ignoredLines = 0;    // torn or unreadable lines (a crash can tear only the last one)
};

/// Rebuilds a run from journal bytes; nullopt (and `error`) when there is no readable run_started line.
std::optional<JournalContents> parseJournal(const QByteArray& bytes, QString* error);
/// Reads and rebuilds the journal at `path` (missing, unreadable, too large: nullopt and `error`).
std::optional<JournalContents> readJournal(const QString& path, QString* error);
/// Journals in `directory` whose run did not finish and whose writer is gone, newest first: what to offer
/// for restore at start-up.
QList<JournalContents> unfinishedJournals(const QString& directory);
/// Marks an unfinished journal as dealt with (restored or declined) so that it is no longer offered.
bool dismissJournal(const QString& path, QString* error);
/// Deletes finished journals in `directory` except the `keep` newest; returns how many it deleted.
int removeFinishedJournals(const QString& directory, int keep);

}  // namespace ob
