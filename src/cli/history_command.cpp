// SPDX-License-Identifier: MIT
// optibench-cli history list|show|import|export|delete|note|tag (compare: history_compare.cpp), and the record of
// every finished `run` in the history.

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

#include "cliargs.h"
#include "commands.h"
#include "config/files.h"
#include "format/historytext.h"
#include "format/runjson.h"
#include "format/texttable.h"
#include "history/historypath.h"
#include "history/historystore.h"
#include "history/runsource.h"
#include "output.h"

namespace ob::cli {
namespace {

QString tr(const char* s, const char* c = nullptr, int n = -1)
{
    return QCoreApplication::translate("ob::cli", s, c, n);
}

QString historyUsage()
{
    return tr("Usage: optibench-cli history <command> [--history-db FILE] [--json]\n"
              "  list [--search TEXT] [--tag TAG] [--limit N]   the stored runs, newest first\n"
              "  show ID                 one run: its record and its results table\n"
              "  compare A B [C ...]     B (and C ...) against the reference A; each a history id, latest, latest~N\n"
              "                          or a run JSON file; --fail-if-slower P% (exit 3 when a method x batch got\n"
              "                          slower by more than P% with significance), --noise-floor P%, --level L,\n"
              "                          --report FILE.html|FILE.pdf\n"
              "  import FILE ...         store run JSON files (e.g. from other machines)\n"
              "  export ID FILE          write a stored run as JSON\n"
              "  delete ID               remove a run\n"
              "  note ID TEXT            set the run's note (\"\" clears it)\n"
              "  tag ID TAG ... [--remove TAG]  add (or remove) tags\n");
}

/// Opens the history named by --history-db or the environment; prints why not and returns false.
bool openHistory(const ParsedArgs& parsed, HistoryStore& store, int* code)
{
    const HistoryLocation where = resolveHistoryLocation(parsed.value(QStringLiteral("history-db")));
    if (!where.enabled()) {
        *code = fail(
            tr("the history is off (OPTIBENCH_HISTORY_DB=off); name a file with --history-db FILE"), kExitInvalid);
        return false;
    }
    if (!store.open(where.path)) {
        *code = fail(store.error(), kExitInvalid);
        return false;
    }
    return true;
}

qint64 idArgument(const ParsedArgs& parsed, HistoryStore& store, int* code)
{
    if (parsed.positional.isEmpty()) {
        *code = fail(tr("history: give the run's id (see: optibench-cli history list)"), kExitInvalid);
        return 0;
    }
    QString error;
    const qint64 id = resolveHistoryId(parsed.positional.front(), store, QStringLiteral("ID"), &error);
    if (id == 0)
        *code = fail(error, kExitInvalid);
    return id;
}

int listRuns(const ParsedArgs& parsed, HistoryStore& store)
{
    HistoryFilter filter;
    filter.text = parsed.value(QStringLiteral("search"));
    filter.tag = parsed.value(QStringLiteral("tag"));
    if (const QString limit = parsed.value(QStringLiteral("limit")); !limit.isNull()) {
        bool ok = false;
        filter.limit = limit.toInt(&ok);
        if (!ok || filter.limit < 1)
            return fail(tr("--limit: \"%1\" is not a count; allowed: 1 or more").arg(limit), kExitInvalid);
    }
    const auto entries = store.list(filter);
    if (!store.error().isEmpty() && entries.empty())
        return fail(store.error(), kExitInternal);
    if (parsed.has(QStringLiteral("json"))) {
        QJsonArray runs;
        for (const auto& e : entries)
            runs.append(historyEntryToJson(e));
        printOut(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("history"), store.path()}, {QStringLiteral("runs"), runs}})
                .toJson(QJsonDocument::Indented)));
        return kExitOk;
    }
    printOut(historyListText(entries));
    return kExitOk;
}

int showRun(const ParsedArgs& parsed, HistoryStore& store)
{
    int code = kExitOk;
    const qint64 id = idArgument(parsed, store, &code);
    if (id == 0)
        return code;
    const auto entry = store.entry(id);
    const auto run = store.load(id);
    if (!entry || !run)
        return fail(store.error(), kExitInternal);
    if (parsed.has(QStringLiteral("json"))) {
        printOut(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("entry"), historyEntryToJson(*entry)},
                                                     {QStringLiteral("run"), runToJson(*run, false)}})
                                       .toJson(QJsonDocument::Indented)));
        return kExitOk;
    }
    printOut(historyEntryText(*entry) + QLatin1Char('\n') + runToText(*run));
    return kExitOk;
}

int importRuns(const ParsedArgs& parsed, HistoryStore& store)
{
    if (parsed.positional.isEmpty())
        return fail(tr("history import: give one or more run JSON files (written by run --json or saved by the "
                       "workbench)"),
            kExitInvalid);
    QJsonArray imported;
    for (const auto& file : parsed.positional) {
        QString error;
        const auto named = loadNamedRun(file, nullptr, QStringLiteral("FILE"), &error);
        if (!named)
            return fail(error, kExitInvalid);
        bool existed = false;
        const qint64 id
            = store.store(named->run, QStringLiteral("import"), QFileInfo(file).absoluteFilePath(), &existed);
        if (id == 0)
            return fail(store.error(), kExitInternal);
        imported.append(QJsonObject{
            {QStringLiteral("file"), file}, {QStringLiteral("id"), id}, {QStringLiteral("already_stored"), existed}});
        if (!parsed.has(QStringLiteral("json")))
            printOut(existed ? tr("%1: already in the history as #%2\n").arg(file).arg(id)
                             : tr("%1: stored as #%2\n").arg(file).arg(id));
    }
    if (parsed.has(QStringLiteral("json")))
        printOut(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("imported"), imported}}).toJson(QJsonDocument::Indented)));
    return kExitOk;
}

int exportRun(const ParsedArgs& parsed, HistoryStore& store)
{
    if (parsed.positional.size() != 2)
        return fail(
            tr("history export: give the run's id and the file to write (history export ID FILE.json)"), kExitInvalid);
    int code = kExitOk;
    const qint64 id = idArgument(parsed, store, &code);
    if (id == 0)
        return code;
    const QString path = parsed.positional.at(1);
    if (auto e = checkOutputPath(path, QStringLiteral("FILE")))
        return fail(e->message(), kExitInvalid);
    const auto json = store.runJson(id);
    if (!json)
        return fail(store.error(), kExitInternal);
    if (auto e = writeFileAtomically(path, *json, QStringLiteral("FILE")))
        return fail(e->message(), kExitInternal);
    printErr(tr("optibench-cli: wrote run #%1 to %2\n").arg(id).arg(QDir::toNativeSeparators(path)));
    return kExitOk;
}

int deleteRun(const ParsedArgs& parsed, HistoryStore& store)
{
    int code = kExitOk;
    const qint64 id = idArgument(parsed, store, &code);
    if (id == 0)
        return code;
    if (!store.remove(id))
        return fail(store.error(), kExitInternal);
    printErr(tr("optibench-cli: deleted run #%1\n").arg(id));
    return kExitOk;
}

int noteRun(const ParsedArgs& parsed, HistoryStore& store)
{
    if (parsed.positional.size() != 2)
        return fail(tr("history note: give the run's id and the note (history note ID \"TEXT\"; \"\" clears it)"),
            kExitInvalid);
    int code = kExitOk;
    const qint64 id = idArgument(parsed, store, &code);
    if (id == 0)
        return code;
    if (!store.setNote(id, parsed.positional.at(1)))
        return fail(store.error(), kExitInternal);
    return kExitOk;
}

int tagRun(const ParsedArgs& parsed, HistoryStore& store)
{
    const QStringList removed = parsed.all(QStringLiteral("remove"));
    if (parsed.positional.size() < 2 && removed.isEmpty())
        return fail(tr("history tag: give the run's id and one or more tags (history tag ID TAG ... [--remove TAG])"),
            kExitInvalid);
    int code = kExitOk;
    const qint64 id = idArgument(parsed, store, &code);
    if (id == 0)
        return code;
    QStringList tags = store.entry(id)->tags + parsed.positional.mid(1);
    for (const auto& t : removed)
        tags.removeAll(t.trimmed());
    if (!store.setTags(id, tags))
        return fail(store.error(), kExitInternal);
    printOut(store.entry(id)->tags.join(QStringLiteral(", ")) + QLatin1Char('\n'));
    return kExitOk;
}

} // namespace

QString historyUsageSummary()
{
    return tr("\n"
              "History: every finished run is kept (SQLite, in the application data directory)\n"
              "  history list|show|compare|import|export|delete|note|tag   the stored runs; compare A B\n"
              "             --fail-if-slower 5% gates a CI job (exit 3); see: optibench-cli history --help\n"
              "  run --history-db FILE       keep the run in this history file (else $OPTIBENCH_HISTORY_DB, a path or\n"
              "                              off, else the default)\n"
              "  run --no-history            do not keep the run\n");
}

void recordRun(const RunResult& run, const QString& explicitPath, bool disabled, bool quiet)
{
    const HistoryLocation where = resolveHistoryLocation(explicitPath, disabled);
    if (!where.enabled() || !run.error.isEmpty())
        return;
    HistoryStore store;
    const qint64 id = store.open(where.path) ? store.store(run, QStringLiteral("cli")) : 0;
    if (id == 0) {
        printErr(tr("optibench-cli: warning: the run was not stored in the history: %1\n").arg(store.error()));
        return;
    }
    if (!quiet)
        printErr(
            tr("optibench-cli: stored in the history as #%1 (%2)\n").arg(id).arg(QDir::toNativeSeparators(where.path)));
}

int historyCommand(const QStringList& args)
{
    QString error;
    const auto parsed = parseArgs(args,
        {QStringLiteral("history-db"), QStringLiteral("search"), QStringLiteral("tag"), QStringLiteral("limit"),
            QStringLiteral("remove"), QStringLiteral("fail-if-slower"), QStringLiteral("noise-floor"),
            QStringLiteral("level"), QStringLiteral("report")},
        {QStringLiteral("json"), QStringLiteral("help")}, &error);
    if (!parsed)
        return fail(error, kExitInvalid);
    if (parsed->has(QStringLiteral("help")) || parsed->positional.isEmpty()) {
        printOut(historyUsage());
        return parsed->has(QStringLiteral("help")) ? kExitOk : kExitInvalid;
    }
    ParsedArgs rest = *parsed;
    const QString command = rest.positional.takeFirst();
    const QStringList commands{QStringLiteral("list"), QStringLiteral("show"), QStringLiteral("compare"),
        QStringLiteral("import"), QStringLiteral("export"), QStringLiteral("delete"), QStringLiteral("note"),
        QStringLiteral("tag")};
    if (!commands.contains(command))
        return fail(
            tr("history: unknown command \"%1\"; allowed: %2").arg(command, commands.join(QStringLiteral(", "))),
            kExitInvalid);
    HistoryStore store;
    if (command == QLatin1String("compare"))
        return historyCompare(rest, store);
    int code = kExitOk;
    if (!openHistory(rest, store, &code))
        return code;
    if (command == QLatin1String("list"))
        return listRuns(rest, store);
    if (command == QLatin1String("show"))
        return showRun(rest, store);
    if (command == QLatin1String("import"))
        return importRuns(rest, store);
    if (command == QLatin1String("export"))
        return exportRun(rest, store);
    if (command == QLatin1String("delete"))
        return deleteRun(rest, store);
    if (command == QLatin1String("note"))
        return noteRun(rest, store);
    return tagRun(rest, store);
}

} // namespace ob::cli
