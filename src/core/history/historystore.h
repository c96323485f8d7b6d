// SPDX-License-Identifier: MIT
#pragma once
// The run history: an SQLite database (Qt SQL's QSQLITE driver, WAL mode) that keeps every finished run with all
// its samples (the optibench.run/1 JSON, compressed) and the columns the list filters on. A file that is not an
// OptiBench history (damaged, another program's database, a newer schema) is refused with a message and never
// written. Each store is one transaction, so a crash or kill -9 leaves the database as it was before or after it;
// several processes may store at once (they wait for each other up to kHistoryBusyTimeoutMs).
// One HistoryStore is one connection, used from the thread that created it.

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

#include "history/historyentry.h"
#include "results/runresult.h"

namespace ob {

/// How long a store waits for another process's transaction to end.
inline constexpr int kHistoryBusyTimeoutMs = 30000;

/// What the list shows; empty fields do not filter.
struct HistoryFilter {
    QString text; // in the model, host, CPU, best method, note, tags or tool version (case-insensitive)
    QString model; // the model label, exactly
    QString host; // the machine label, exactly
    QString tag; // runs with this tag
    int limit = 0; // at most this many, newest first; 0: all
};

/// Whether `entry` passes `filter` (the limit aside): each word of the text must occur in one of its fields.
bool historyEntryMatches(const HistoryEntry& entry, const HistoryFilter& filter);

class HistoryStore {
public:
    HistoryStore();
    ~HistoryStore();
    HistoryStore(const HistoryStore&) = delete;
    HistoryStore& operator=(const HistoryStore&) = delete;

    /// Opens the history at `path`, creating the file (and its directory) when missing and migrating an older
    /// schema. False when it cannot: error() says why, and the file was not changed.
    bool open(const QString& path);
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }
    /// The last error, one translated line that names the file.
    QString error() const { return m_error; }

    /// Stores `run` (source "cli", "workbench" or "import"); returns its id, or 0 on failure (error()). A run that is
    /// already stored (same JSON) is not stored twice: its id is returned and `existed` set.
    qint64 store(const RunResult& run, const QString& source, const QString& sourceFile = {}, bool* existed = nullptr);
    /// The runs, newest first.
    std::vector<HistoryEntry> list(const HistoryFilter& filter = {});
    std::optional<HistoryEntry> entry(qint64 id);
    /// The run with every sample, as it was stored; nullopt (error()) for an unknown id or an unreadable row.
    std::optional<RunResult> load(qint64 id);
    /// The stored run as optibench.run/1 JSON bytes (indented), for export.
    std::optional<QByteArray> runJson(qint64 id);
    bool remove(qint64 id);
    bool setNote(qint64 id, const QString& note);
    /// Replaces the run's tags (trimmed, without duplicates or empty ones).
    bool setTags(qint64 id, const QStringList& tags);
    /// Every tag in use, sorted.
    QStringList allTags();
    /// The schema version of the open file.
    int schemaVersion();

private:
    bool fail(const QString& message);
    bool checkHeader();
    bool prepareFile();
    bool exists(qint64 id);

    QString m_connection;
    QString m_path;
    QString m_error;
    bool m_open = false;
};

} // namespace ob
