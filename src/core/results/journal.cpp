// SPDX-License-Identifier: MIT
#include "results/journal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QStandardPaths>

#include "config/files.h"
#include "i18n/tr.h"
#include "logging/logging.h"
#include "format/runjson.h"

#include <spdlog/spdlog.h>

namespace ob {
namespace {

QByteArray lineOf(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

QString lockPath(const QString& journal)
{
    return journal + QStringLiteral(".lock");
}

// Applies one event to the run being rebuilt; false when the line is not a usable event.
bool applyEvent(JournalContents& c, const QJsonObject& o)
{
    const QString event = o.value(QStringLiteral("event")).toString();
    const QJsonObject resultJson = o.value(QStringLiteral("result")).toObject();
    if (event == QLatin1String("method_prepared") || event == QLatin1String("method_finished")) {
        auto r = methodFromJson(resultJson, nullptr);
        if (!r)
            return false;
        MethodResult* existing = c.run.result(r->method);
        if (!existing) {
            c.run.results.push_back(*r);
            return true;
        }
        if (event == QLatin1String("method_prepared") && r->batches.empty())
            r->batches = existing->batches;  // keep batches journaled before (none in practice)
        *existing = std::move(*r);
        return true;
    }
    if (event == QLatin1String("batch_finished")) {
        auto b = batchFromJson(resultJson, nullptr);
        MethodResult* m = c.run.result(o.value(QStringLiteral("method")).toString());
        if (!b || !m)
            return false;
        for (auto& existing : m->batches)
            if (existing.batch == b->batch) {
                existing = std::move(*b);
                return true;
            }
        m->batches.push_back(std::move(*b));
        return true;
    }
    if (event == QLatin1String("run_finished")) {
        c.finished = true;
        c.dismissed = o.value(QStringLiteral("dismissed")).toBool();
        if (!c.dismissed) {
            // The run-level results (timer, machine noise, roofs, end time) as the run ended; the methods' results
            // are the ones the journal collected.
            auto end = runFromJson(QJsonDocument(o.value(QStringLiteral("run")).toObject()).toJson(), nullptr);
            if (!end)
                return false;
            end->results = std::move(c.run.results);
            c.run = std::move(*end);
        }
        return true;
    }
    return false;
}

}  // namespace

RunJournal::RunJournal(QString path) : m_path(std::move(path)) {}

RunJournal::~RunJournal() = default;

void RunJournal::append(const QByteArray& line)
{
    if (!m_file || !m_error.isEmpty())
        return;
    // Unbuffered: one write() per line reaches the kernel at once, so kill -9 cannot lose a finished line.
    if (m_file->write(line) != line.size() || !m_file->flush()) {
        m_error = ob::tr("%1: cannot be written (%2)").arg(m_path, m_file->errorString());
        logging::get("core")->warn("journal: {}", m_error.toStdString());
    }
}

void RunJournal::runStarted(const RunResult& header)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    m_lock = std::make_unique<QLockFile>(lockPath(m_path));
    m_lock->setStaleLockTime(0);  // stale only when the writer is gone, however long the run takes
    if (!m_lock->tryLock(0)) {
        if (m_lock->error() == QLockFile::LockFailedError) {  // never interleave two runs in one file
            qint64 pid = 0;
            QString host, app;
            m_lock->getLockInfo(&pid, &host, &app);
            m_error = ob::tr("%1: is being written by another run (process %2)").arg(m_path).arg(pid);
            logging::get("core")->warn("journal: {}", m_error.toStdString());
            m_lock.reset();
            return;
        }
        m_lock.reset();  // an unwritable directory: opening the file says why
    }
    m_file = std::make_unique<QFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered)) {
        m_error = ob::tr("%1: cannot be created (%2)").arg(m_path, m_file->errorString());
        logging::get("core")->warn("journal: {}", m_error.toStdString());
        m_file.reset();
        return;
    }
    append(lineOf({{QStringLiteral("event"), QStringLiteral("run_started")},
                   {QStringLiteral("schema"), QLatin1String(kJournalSchema)},
                   {QStringLiteral("run"), runToJson(header, false)}}));
}

void RunJournal::methodPrepared(const MethodResult& result)
{
    append(lineOf({{QStringLiteral("event"), QStringLiteral("method_prepared")},
                   {QStringLiteral("result"), methodToJson(result, false)}}));
}

void RunJournal::batchFinished(const QString& method, const BatchResult& result)
{
    append(lineOf({{QStringLiteral("event"), QStringLiteral("batch_finished")},
                   {QStringLiteral("method"), method},
                   {QStringLiteral("result"), batchToJson(result, true)}}));
}

void RunJournal::methodFinished(const MethodResult& result)
{
    append(lineOf({{QStringLiteral("event"), QStringLiteral("method_finished")},
                   {QStringLiteral("result"), methodToJson(result, true)}}));
}

void RunJournal::runFinished(const RunResult& result)
{
    RunResult end = result;  // without the methods' results: the journal has them already
    end.results.clear();
    append(lineOf({{QStringLiteral("event"), QStringLiteral("run_finished")},
                   {QStringLiteral("run"), runToJson(end, false)}}));
    m_file.reset();
    m_lock.reset();  // unlocks and removes the lock file
}

QString defaultJournalDirectory()
{
    if (qEnvironmentVariableIsSet("OPTIBENCH_JOURNAL_DIR")) {
        const QString dir = qEnvironmentVariable("OPTIBENCH_JOURNAL_DIR");
        return dir == QLatin1String("off") ? QString() : dir;
    }
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/journal");
}

QString newJournalPath(const QString& directory)
{
    const QString stem = QStringLiteral("%1/run-%2-%3")
                             .arg(directory,
                                  QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")))
                             .arg(QCoreApplication::applicationPid());
    QString path = stem + QStringLiteral(".jsonl");
    for (int i = 2; QFileInfo::exists(path); ++i)
        path = stem + QStringLiteral("-%1.jsonl").arg(i);
    return path;
}

std::optional<JournalContents> parseJournal(const QByteArray& bytes, QString* error)
{
    auto fail = [&](const QString& msg) -> std::optional<JournalContents> {
        if (error)
            *error = msg;
        return std::nullopt;
    };
    JournalContents c;
    bool started = false;
    for (const QByteArray& line : bytes.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
            ++c.ignoredLines;  // a line torn by a crash
            continue;
        }
        const QJsonObject o = doc.object();
        if (!started) {
            const QString schema = o.value(QStringLiteral("schema")).toString();
            if (o.value(QStringLiteral("event")).toString() != QLatin1String("run_started"))
                return fail(tr("not an OptiBench journal: the first line is not a run_started event"));
            if (schema != QLatin1String(kJournalSchema)) {
                if (schema.startsWith(QLatin1String("optibench.journal/")))
                    return fail(tr("journal schema %1 is newer than this OptiBench understands (%2)")
                                    .arg(schema, QLatin1String(kJournalSchema)));
                return fail(tr("not an OptiBench journal: schema is \"%1\", expected \"%2\"")
                                .arg(schema, QLatin1String(kJournalSchema)));
            }
            QString runError;
            auto run = runFromJson(QJsonDocument(o.value(QStringLiteral("run")).toObject()).toJson(), &runError);
            if (!run)
                return fail(tr("the journal's run header is unreadable: %1").arg(runError));
            c.run = std::move(*run);
            started = true;
            ++c.lines;
            continue;
        }
        if (applyEvent(c, o))
            ++c.lines;
        else
            ++c.ignoredLines;
    }
    if (!started)
        return fail(tr("not an OptiBench journal: it has no run_started line"));
    if (!c.finished) {
        c.run.cancelled = true;
        for (auto& r : c.run.results)
            if (r.status == MethodStatus::Pending)
                r.status = MethodStatus::Cancelled;
    }
    return c;
}

std::optional<JournalContents> readJournal(const QString& path, QString* error)
{
    // Not readTextFile(): a line torn by a crash may end inside a UTF-8 sequence, and that must not hide the rest.
    const QFileInfo info(path);
    QFile file(path);
    QString problem;
    if (!info.exists())
        problem = tr("does not exist");
    else if (info.isDir())
        problem = tr("is a directory");
    else if (info.size() > kMaxInputFileBytes)
        problem = tr("is too large (%1 bytes)").arg(info.size());
    else if (!file.open(QIODevice::ReadOnly))
        problem = tr("cannot be read (%1)").arg(file.errorString());
    if (!problem.isEmpty()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, problem);
        return std::nullopt;
    }
    auto c = parseJournal(file.readAll(), error);
    if (c)
        c->path = path;
    else if (error)
        *error = QStringLiteral("%1: %2").arg(path, *error);
    return c;
}

QList<JournalContents> unfinishedJournals(const QString& directory)
{
    QList<JournalContents> out;
    const QDir dir(directory);
    const auto files = dir.entryInfoList({QStringLiteral("run-*.jsonl")}, QDir::Files, QDir::Time);
    for (const QFileInfo& info : files) {
        QLockFile lock(lockPath(info.absoluteFilePath()));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue;  // its run is still going, in this process or another
        lock.unlock();
        QString error;
        auto c = readJournal(info.absoluteFilePath(), &error);
        if (!c) {
            logging::get("core")->warn("journal: {}", error.toStdString());
            continue;
        }
        if (!c->finished)
            out << std::move(*c);
    }
    return out;
}

bool dismissJournal(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
        if (error)
            *error = tr("%1: cannot be written (%2)").arg(path, file.errorString());
        return false;
    }
    // A newline first: the last line may be torn, and the marker must be a line of its own.
    const QByteArray line = '\n' + lineOf({{QStringLiteral("event"), QStringLiteral("run_finished")},
                                           {QStringLiteral("dismissed"), true}});
    if (file.write(line) != line.size()) {
        if (error)
            *error = tr("%1: cannot be written (%2)").arg(path, file.errorString());
        return false;
    }
    return true;
}

int removeFinishedJournals(const QString& directory, int keep)
{
    const QDir dir(directory);
    int kept = 0;
    int removed = 0;
    for (const QFileInfo& info : dir.entryInfoList({QStringLiteral("run-*.jsonl")}, QDir::Files, QDir::Time)) {
        QLockFile lock(lockPath(info.absoluteFilePath()));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue;
        auto c = readJournal(info.absoluteFilePath(), nullptr);
        lock.unlock();
        if (!c || !c->finished)
            continue;  // unfinished ones wait for the user; unreadable ones are left for inspection
        if (kept < keep) {
            ++kept;
            continue;
        }
        if (QFile::remove(info.absoluteFilePath()))
            ++removed;
    }
    return removed;
}

}  // namespace ob
