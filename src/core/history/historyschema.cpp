// SPDX-License-Identifier: MIT
#include "history/historyschema.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <iterator>

#include "format/runjson.h"
#include "history/historyentry.h"
#include "i18n/tr.h"

namespace ob {
namespace {

QString exec(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return q.lastError().text() + QStringLiteral(" [") + sql.simplified().left(80) + QStringLiteral("]");
    return {};
}

QString execAll(QSqlDatabase& db, const QStringList& statements)
{
    for (const auto& sql : statements)
        if (QString e = exec(db, sql); !e.isEmpty())
            return e;
    return {};
}

/// 1: one row per run, the run's JSON (every sample) as a compressed blob, the list's columns beside it.
QString migrateTo1(QSqlDatabase& db)
{
    return execAll(db,
        {
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral("INSERT INTO meta (key, value) VALUES ('application', 'optibench.history')"),
            QStringLiteral("CREATE TABLE runs ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " content_sha256 TEXT NOT NULL UNIQUE,"
                           " stored TEXT NOT NULL,"
                           " started TEXT,"
                           " source TEXT NOT NULL,"
                           " source_file TEXT,"
                           " tool_version TEXT,"
                           " model TEXT,"
                           " model_label TEXT,"
                           " model_file TEXT,"
                           " model_sha256 TEXT,"
                           " model_signature TEXT,"
                           " host TEXT,"
                           " cpu_model TEXT,"
                           " methods INTEGER,"
                           " batches TEXT,"
                           " best_method TEXT,"
                           " best_batch INTEGER,"
                           " best_speedup REAL,"
                           " cancelled INTEGER NOT NULL DEFAULT 0,"
                           " note TEXT NOT NULL DEFAULT '',"
                           " run_json BLOB NOT NULL)"),
            QStringLiteral("CREATE INDEX runs_started ON runs (started)"),
        });
}

/// 2: tags; each method and batch as indexed rows (status, diagnosis, median, its CI, speed-up), filled from the
/// runs already stored; the number of worker processes per run.
QString migrateTo2(QSqlDatabase& db)
{
    if (QString e = execAll(db,
            {
                QStringLiteral("ALTER TABLE runs ADD COLUMN processes INTEGER NOT NULL DEFAULT 1"),
                QStringLiteral(
                    "CREATE TABLE tags (run_id INTEGER NOT NULL, tag TEXT NOT NULL, PRIMARY KEY (run_id, tag))"),
                QStringLiteral("CREATE INDEX tags_tag ON tags (tag)"),
                QStringLiteral(
                    "CREATE TABLE methods (run_id INTEGER NOT NULL, method TEXT NOT NULL, status TEXT NOT NULL,"
                    " diagnosis TEXT, score REAL, max_abs_error REAL, PRIMARY KEY (run_id, method))"),
                QStringLiteral(
                    "CREATE TABLE batches (run_id INTEGER NOT NULL, method TEXT NOT NULL, batch INTEGER NOT NULL,"
                    " median_ms REAL, ci_low_ms REAL, ci_high_ms REAL, speedup_vs_eager REAL, calls INTEGER,"
                    " PRIMARY KEY (run_id, method, batch))"),
                QStringLiteral("CREATE INDEX batches_method ON batches (method, batch)"),
            });
        !e.isEmpty())
        return e;
    QSqlQuery runs(db);
    runs.setForwardOnly(true);
    if (!runs.exec(QStringLiteral("SELECT id, run_json FROM runs")))
        return runs.lastError().text();
    while (runs.next()) {
        const qint64 id = runs.value(0).toLongLong();
        const QByteArray json = qUncompress(runs.value(1).toByteArray());
        QString error;
        const auto run = runFromJson(json, &error);
        if (!run)
            return tr("stored run %1 cannot be read: %2").arg(id).arg(error);
        if (QString e = indexRunRows(db, id, *run); !e.isEmpty())
            return e;
        QSqlQuery processes(db);
        processes.prepare(QStringLiteral("UPDATE runs SET processes = ? WHERE id = ?"));
        processes.addBindValue(processesInRunJson(QJsonDocument::fromJson(json).object()));
        processes.addBindValue(id);
        if (!processes.exec())
            return processes.lastError().text();
    }
    return {};
}

} // namespace

QString indexRunRows(QSqlDatabase& db, qint64 runId, const RunResult& run)
{
    QSqlQuery method(db);
    method.prepare(QStringLiteral("INSERT OR REPLACE INTO methods (run_id, method, status, diagnosis, score,"
                                  " max_abs_error) VALUES (?, ?, ?, ?, ?, ?)"));
    QSqlQuery batch(db);
    batch.prepare(QStringLiteral("INSERT OR REPLACE INTO batches (run_id, method, batch, median_ms, ci_low_ms,"
                                 " ci_high_ms, speedup_vs_eager, calls) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    const auto orNull = [](bool known, double v) { return known ? QVariant(v) : QVariant(); };
    for (const auto& r : run.results) {
        method.addBindValue(runId);
        method.addBindValue(r.method);
        method.addBindValue(statusId(r.status));
        method.addBindValue(r.diagnosis.id.isEmpty() ? QVariant() : QVariant(r.diagnosis.id));
        method.addBindValue(orNull(r.score.has_value(), r.score.value_or(0)));
        method.addBindValue(orNull(r.fidelity.has_value(), r.fidelity ? r.fidelity->maxAbsError : 0));
        if (!method.exec())
            return method.lastError().text();
        for (const auto& b : r.batches) {
            const SpeedupEntry* s = r.speedup(b.batch);
            batch.addBindValue(runId);
            batch.addBindValue(r.method);
            batch.addBindValue(b.batch);
            batch.addBindValue(b.medianMs);
            batch.addBindValue(b.medianCiMs.low);
            batch.addBindValue(b.medianCiMs.high);
            batch.addBindValue(orNull(s != nullptr, s ? s->ratio : 0));
            batch.addBindValue(b.calls);
            if (!batch.exec())
                return batch.lastError().text();
        }
    }
    return {};
}

QString migrateHistory(QSqlDatabase& db, int from, int to)
{
    using Step = QString (*)(QSqlDatabase&);
    static const Step steps[] = {migrateTo1, migrateTo2};
    static_assert(std::size(steps) == kHistorySchemaVersion, "one migration per schema version");
    for (int v = from; v < to; ++v) {
        if (QString e = steps[v](db); !e.isEmpty())
            return tr("schema version %1: %2").arg(v + 1).arg(e);
        if (QString e = exec(db, QStringLiteral("PRAGMA user_version = %1").arg(v + 1)); !e.isEmpty())
            return e;
    }
    return {};
}

} // namespace ob
