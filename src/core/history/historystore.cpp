// SPDX-License-Identifier: MIT
#include "history/historystore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>
#include <QtEndian>

#include <atomic>
#include <map>

#include "format/runjson.h"
#include "history/historyschema.h"
#include "i18n/tr.h"
#include "logging/logging.h"

#include <spdlog/logger.h>

namespace ob {
namespace {

std::atomic<int> g_connections{0};

QString notHistory(const QString& path, const QString& why)
{
    return ob::tr("%1 cannot be used as the OptiBench history: %2. The file was left unchanged; choose another file "
              "(--history-db, or the History page's settings) or move this one away.")
        .arg(QDir::toNativeSeparators(path), why);
}

/// One write transaction, taken at once (BEGIN IMMEDIATE: two writers never deadlock on a lock upgrade; the second
/// waits up to the busy timeout). Rolled back unless committed.
class WriteTransaction {
public:
    explicit WriteTransaction(QSqlDatabase& db)
        : m_db(db)
    {
        QSqlQuery q(m_db);
        m_active = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!m_active)
            m_error = q.lastError().text();
    }
    ~WriteTransaction()
    {
        if (m_active) {
            QSqlQuery q(m_db);
            q.exec(QStringLiteral("ROLLBACK"));
        }
    }
    bool active() const { return m_active; }
    QString error() const { return m_error; }
    bool commit()
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("COMMIT"))) {
            m_error = q.lastError().text();
            return false;
        }
        m_active = false;
        return true;
    }

private:
    QSqlDatabase& m_db;
    bool m_active = false;
    QString m_error;
};

/// Tests only: OPTIBENCH_HISTORY_TEST_PAUSE=FILE makes a store write FILE and stop inside its transaction, so that a
/// test can kill the process there.
void pauseForTests()
{
    const QString marker = qEnvironmentVariable("OPTIBENCH_HISTORY_TEST_PAUSE");
    if (marker.isEmpty())
        return;
    QFile file(marker);
    if (file.open(QIODevice::WriteOnly))
        file.write("storing\n");
    file.close();
    QThread::sleep(600);
}

QString joinBatches(const QList<int>& batches)
{
    QStringList parts;
    for (int b : batches)
        parts << QString::number(b);
    return parts.join(QLatin1Char(','));
}

QList<int> splitBatches(const QString& text)
{
    QList<int> batches;
    for (const auto& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        batches << part.toInt();
    return batches;
}

const QString kEntryColumns = QStringLiteral(
    "id, stored, started, source, source_file, tool_version, model, model_label, model_file, model_sha256,"
    " model_signature, host, cpu_model, methods, batches, best_method, best_batch, best_speedup, cancelled, note,"
    " content_sha256, processes");

HistoryEntry entryFrom(const QSqlQuery& q)
{
    HistoryEntry e;
    int i = 0;
    e.id = q.value(i++).toLongLong();
    e.stored = QDateTime::fromString(q.value(i++).toString(), Qt::ISODateWithMs);
    e.started = QDateTime::fromString(q.value(i++).toString(), Qt::ISODateWithMs);
    e.source = q.value(i++).toString();
    e.sourceFile = q.value(i++).toString();
    e.toolVersion = q.value(i++).toString();
    e.model = q.value(i++).toString();
    e.modelLabel = q.value(i++).toString();
    e.modelFile = q.value(i++).toString();
    e.modelSha256 = q.value(i++).toString();
    e.modelSignature = q.value(i++).toString();
    e.host = q.value(i++).toString();
    e.cpuModel = q.value(i++).toString();
    e.methods = q.value(i++).toInt();
    e.batches = splitBatches(q.value(i++).toString());
    e.bestMethod = q.value(i++).toString();
    e.bestBatch = q.value(i++).toInt();
    e.bestSpeedup = q.value(i++).toDouble();
    e.cancelled = q.value(i++).toBool();
    e.note = q.value(i++).toString();
    e.contentSha256 = q.value(i++).toString();
    e.processes = q.value(i++).toInt();
    return e;
}

} // namespace

bool historyEntryMatches(const HistoryEntry& e, const HistoryFilter& f)
{
    if (!f.model.isEmpty() && e.modelLabel != f.model)
        return false;
    if (!f.host.isEmpty() && e.machineLabel() != f.host)
        return false;
    if (!f.tag.isEmpty() && !e.tags.contains(f.tag))
        return false;
    if (f.text.trimmed().isEmpty())
        return true;
    const QStringList haystack{e.modelLabel, e.modelFile, e.machineLabel(), e.bestMethod, e.note, e.toolVersion,
        e.source, QString::number(e.id), e.tags.join(QLatin1Char(' '))};
    for (const auto& word : f.text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        bool found = false;
        for (const auto& h : haystack)
            found = found || h.contains(word, Qt::CaseInsensitive);
        if (!found)
            return false;
    }
    return true;
}

HistoryStore::HistoryStore()
    : m_connection(QStringLiteral("optibench.history.%1").arg(g_connections++))
{
}

HistoryStore::~HistoryStore()
{
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool HistoryStore::fail(const QString& message)
{
    m_error = message;
    logging::get("core")->warn("history: {}", message.toStdString());
    return false;
}

bool HistoryStore::open(const QString& path)
{
    m_open = false;
    m_error.clear();
    m_path = path;
    if (path.isEmpty())
        return fail(ob::tr("the history is off (no file)"));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return fail(ob::tr("%1: the history needs Qt's SQLite driver (QSQLITE; Debian package libqt6sql6-sqlite), which "
                       "is not installed")
                        .arg(QDir::toNativeSeparators(path)));
    if (!checkHeader())
        return false;
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(ob::tr("%1: its directory cannot be created").arg(QDir::toNativeSeparators(path)));
    {
        QSqlDatabase db = QSqlDatabase::contains(m_connection)
            ? QSqlDatabase::database(m_connection, false)
            : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.close();
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kHistoryBusyTimeoutMs));
        if (!db.open())
            return fail(ob::tr("%1: cannot be opened (%2)").arg(QDir::toNativeSeparators(path), db.lastError().text()));
    }
    if (!prepareFile()) {
        QSqlDatabase::database(m_connection, false).close();
        return false;
    }
    m_open = true;
    return true;
}

bool HistoryStore::checkHeader()
{
    // Before SQLite opens it: a file that is not an SQLite database, or is another program's, is not touched at all.
    QFile file(m_path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly))
        return fail(ob::tr("%1: cannot be read (%2)").arg(QDir::toNativeSeparators(m_path), file.errorString()));
    const QByteArray head = file.read(100);
    if (head.isEmpty())
        return true; // an empty file becomes a new history
    static const QByteArray magic("SQLite format 3\0", 16);
    if (head.size() < 100 || !head.startsWith(magic))
        return fail(notHistory(m_path, ob::tr("it is not an SQLite database (damaged, or another kind of file)")));
    const qint32 applicationId = qFromBigEndian<qint32>(head.constData() + 68);
    if (applicationId != 0 && applicationId != kHistoryApplicationId)
        return fail(notHistory(m_path,
            ob::tr("it is another program's SQLite database (application id 0x%1)")
                .arg(static_cast<quint32>(applicationId), 8, 16, QLatin1Char('0'))));
    return true;
}

bool HistoryStore::prepareFile()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const auto value = [&](const QString& sql, QVariant* out) {
        QSqlQuery q(db);
        if (!q.exec(sql) || !q.next())
            return fail(notHistory(m_path, ob::tr("it is damaged or not a database (%1)").arg(q.lastError().text())));
        *out = q.value(0);
        return true;
    };
    // Only reads until the file is known to be ours (or empty).
    QVariant objects, applicationId, version;
    if (!value(QStringLiteral("SELECT count(*) FROM sqlite_master"), &objects)
        || !value(QStringLiteral("PRAGMA application_id"), &applicationId)
        || !value(QStringLiteral("PRAGMA user_version"), &version))
        return false;
    if (applicationId.toInt() != kHistoryApplicationId) {
        if (objects.toInt() > 0)
            return fail(notHistory(m_path,
                ob::tr("it is another program's SQLite database (it has tables and no "
                   "OptiBench mark)")));
        QSqlQuery mark(db);
        if (!mark.exec(QStringLiteral("PRAGMA application_id = %1").arg(kHistoryApplicationId)))
            return fail(
                ob::tr("%1: cannot be written (%2)").arg(QDir::toNativeSeparators(m_path), mark.lastError().text()));
    }
    if (version.toInt() > kHistorySchemaVersion)
        return fail(ob::tr("%1 was written by a newer OptiBench (history schema %2; this one reads up to %3). The file was "
                       "left unchanged.")
                        .arg(QDir::toNativeSeparators(m_path))
                        .arg(version.toInt())
                        .arg(kHistorySchemaVersion));
    // WAL: a reader never blocks a writer, and a transaction cut short by a crash is simply not there afterwards.
    QVariant mode;
    if (!value(QStringLiteral("PRAGMA journal_mode = WAL"), &mode))
        return false;
    if (mode.toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        logging::get("core")->warn("history {}: journal mode {} (WAL not available on this file system)",
            m_path.toStdString(), mode.toString().toStdString());
    QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    if (version.toInt() == kHistorySchemaVersion)
        return true;
    WriteTransaction transaction(db);
    if (!transaction.active())
        return fail(ob::tr("%1: cannot be written (%2)").arg(QDir::toNativeSeparators(m_path), transaction.error()));
    QVariant current; // another process may have migrated it meanwhile
    if (!value(QStringLiteral("PRAGMA user_version"), &current))
        return false;
    if (const QString e = migrateHistory(db, current.toInt()); !e.isEmpty())
        return fail(ob::tr("%1: the history could not be brought to schema %2: %3")
                        .arg(QDir::toNativeSeparators(m_path))
                        .arg(kHistorySchemaVersion)
                        .arg(e));
    if (!transaction.commit())
        return fail(ob::tr("%1: cannot be written (%2)").arg(QDir::toNativeSeparators(m_path), transaction.error()));
    if (current.toInt() > 0)
        logging::get("core")->info(
            "history {}: schema {} migrated to {}", m_path.toStdString(), current.toInt(), kHistorySchemaVersion);
    return true;
}

int HistoryStore::schemaVersion()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : 0;
}

qint64 HistoryStore::store(const RunResult& run, const QString& source, const QString& sourceFile, bool* existed)
{
    if (existed)
        *existed = false;
    if (!m_open) {
        fail(m_error.isEmpty() ? ob::tr("the history is not open") : m_error);
        return 0;
    }
    const QJsonObject object = runToJson(run, true);
    const QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex());
    HistoryEntry e = historyEntryOf(run);
    if (source != QLatin1String("import"))
        identifyModelFile(run.config, e); // an imported run's model file may be another machine's
    const QByteArray blob = qCompress(json, 6);

    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const auto failed = [&](const QString& why) {
        fail(ob::tr("%1: the run could not be stored (%2)").arg(QDir::toNativeSeparators(m_path), why));
        return qint64(0);
    };
    WriteTransaction transaction(db);
    if (!transaction.active())
        return failed(transaction.error());
    {
        QSqlQuery known(db);
        known.prepare(QStringLiteral("SELECT id FROM runs WHERE content_sha256 = ?"));
        known.addBindValue(sha);
        if (known.exec() && known.next()) {
            if (existed)
                *existed = true;
            return known.value(0).toLongLong(); // the transaction rolls back: nothing was written
        }
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO runs (content_sha256, stored, started, source, source_file, tool_version, model, model_label,"
        " model_file, model_sha256, model_signature, host, cpu_model, methods, batches, best_method, best_batch,"
        " best_speedup, cancelled, processes, run_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
        " ?, ?, ?)"));
    const auto text = [](const QString& s) { return s.isEmpty() ? QVariant() : QVariant(s); };
    insert.addBindValue(sha);
    insert.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    insert.addBindValue(e.started.toString(Qt::ISODateWithMs));
    insert.addBindValue(source);
    insert.addBindValue(text(sourceFile));
    insert.addBindValue(e.toolVersion);
    insert.addBindValue(e.model);
    insert.addBindValue(e.modelLabel);
    insert.addBindValue(text(e.modelFile));
    insert.addBindValue(text(e.modelSha256));
    insert.addBindValue(text(e.modelSignature));
    insert.addBindValue(text(e.host));
    insert.addBindValue(e.cpuModel);
    insert.addBindValue(e.methods);
    insert.addBindValue(joinBatches(e.batches));
    insert.addBindValue(text(e.bestMethod));
    insert.addBindValue(e.bestBatch);
    insert.addBindValue(e.bestSpeedup);
    insert.addBindValue(e.cancelled ? 1 : 0);
    insert.addBindValue(processesInRunJson(object));
    insert.addBindValue(blob);
    if (!insert.exec())
        return failed(insert.lastError().text());
    const qint64 id = insert.lastInsertId().toLongLong();
    if (const QString error = indexRunRows(db, id, run); !error.isEmpty())
        return failed(error);
    pauseForTests();
    if (!transaction.commit())
        return failed(transaction.error());
    return id;
}

std::vector<HistoryEntry> HistoryStore::list(const HistoryFilter& filter)
{
    std::vector<HistoryEntry> out;
    if (!m_open)
        return out;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    std::map<qint64, QStringList> tags;
    QSqlQuery t(db);
    t.setForwardOnly(true);
    if (t.exec(QStringLiteral("SELECT run_id, tag FROM tags ORDER BY tag")))
        while (t.next())
            tags[t.value(0).toLongLong()] << t.value(1).toString();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT ") + kEntryColumns + QStringLiteral(" FROM runs ORDER BY id DESC"))) {
        fail(ob::tr("%1: the runs cannot be listed (%2)").arg(QDir::toNativeSeparators(m_path), q.lastError().text()));
        return out;
    }
    while (q.next()) {
        HistoryEntry e = entryFrom(q);
        e.tags = tags[e.id];
        if (!historyEntryMatches(e, filter))
            continue;
        out.push_back(std::move(e));
        if (filter.limit > 0 && static_cast<int>(out.size()) >= filter.limit)
            break;
    }
    return out;
}

std::optional<HistoryEntry> HistoryStore::entry(qint64 id)
{
    if (!m_open)
        return std::nullopt;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT ") + kEntryColumns + QStringLiteral(" FROM runs WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        fail(ob::tr("there is no run %1 in the history %2").arg(id).arg(QDir::toNativeSeparators(m_path)));
        return std::nullopt;
    }
    HistoryEntry e = entryFrom(q);
    QSqlQuery t(db);
    t.prepare(QStringLiteral("SELECT tag FROM tags WHERE run_id = ? ORDER BY tag"));
    t.addBindValue(id);
    if (t.exec())
        while (t.next())
            e.tags << t.value(0).toString();
    return e;
}

std::optional<QByteArray> HistoryStore::runJson(qint64 id)
{
    if (!m_open)
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT run_json FROM runs WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        fail(ob::tr("there is no run %1 in the history %2").arg(id).arg(QDir::toNativeSeparators(m_path)));
        return std::nullopt;
    }
    const QByteArray json = qUncompress(q.value(0).toByteArray());
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject()) {
        fail(ob::tr("run %1 in the history %2 is damaged (its data cannot be read)")
                 .arg(id)
                 .arg(QDir::toNativeSeparators(m_path)));
        return std::nullopt;
    }
    return doc.toJson(QJsonDocument::Indented);
}

std::optional<RunResult> HistoryStore::load(qint64 id)
{
    const auto json = runJson(id);
    if (!json)
        return std::nullopt;
    QString error;
    auto run = runFromJson(*json, &error);
    if (!run)
        fail(ob::tr("run %1 in the history %2 cannot be read: %3").arg(id).arg(QDir::toNativeSeparators(m_path), error));
    return run;
}

bool HistoryStore::exists(qint64 id)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT 1 FROM runs WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return true;
    return fail(ob::tr("there is no run %1 in the history %2").arg(id).arg(QDir::toNativeSeparators(m_path)));
}

bool HistoryStore::remove(qint64 id)
{
    if (!m_open || !exists(id))
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    WriteTransaction transaction(db);
    for (const char* table : {"batches", "methods", "tags"}) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE run_id = ?").arg(QLatin1String(table)));
        q.addBindValue(id);
        if (!q.exec())
            return fail(ob::tr("%1: run %2 could not be deleted (%3)")
                            .arg(QDir::toNativeSeparators(m_path))
                            .arg(id)
                            .arg(q.lastError().text()));
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM runs WHERE id = ?"));
    q.addBindValue(id);
    if (!transaction.active() || !q.exec() || !transaction.commit())
        return fail(ob::tr("%1: run %2 could not be deleted (%3)")
                        .arg(QDir::toNativeSeparators(m_path))
                        .arg(id)
                        .arg(q.lastError().text() + transaction.error()));
    return true;
}

bool HistoryStore::setNote(qint64 id, const QString& note)
{
    if (!m_open || !exists(id))
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE runs SET note = ? WHERE id = ?"));
    q.addBindValue(note.trimmed());
    q.addBindValue(id);
    if (!q.exec())
        return fail(ob::tr("%1: the note of run %2 could not be saved (%3)")
                        .arg(QDir::toNativeSeparators(m_path))
                        .arg(id)
                        .arg(q.lastError().text()));
    return true;
}

bool HistoryStore::setTags(qint64 id, const QStringList& tags)
{
    if (!m_open || !exists(id))
        return false;
    QStringList clean;
    for (const auto& t : tags)
        if (const QString s = t.trimmed(); !s.isEmpty() && !clean.contains(s))
            clean << s;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    WriteTransaction transaction(db);
    QString error = transaction.error();
    QSqlQuery clear(db);
    clear.prepare(QStringLiteral("DELETE FROM tags WHERE run_id = ?"));
    clear.addBindValue(id);
    bool ok = transaction.active() && clear.exec();
    if (!ok)
        error += clear.lastError().text();
    for (const auto& tag : clean) {
        if (!ok)
            break;
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO tags (run_id, tag) VALUES (?, ?)"));
        insert.addBindValue(id);
        insert.addBindValue(tag);
        ok = insert.exec();
        if (!ok)
            error = insert.lastError().text();
    }
    if (!ok || !transaction.commit())
        return fail(ob::tr("%1: the tags of run %2 could not be saved (%3)")
                        .arg(QDir::toNativeSeparators(m_path))
                        .arg(id)
                        .arg(error + transaction.error()));
    return true;
}

QStringList HistoryStore::allTags()
{
    QStringList tags;
    if (!m_open)
        return tags;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (q.exec(QStringLiteral("SELECT DISTINCT tag FROM tags ORDER BY tag")))
        while (q.next())
            tags << q.value(0).toString();
    return tags;
}

} // namespace ob
