// SPDX-License-Identifier: MIT
#include "history/runsource.h"

#include <QFileInfo>
#include <QRegularExpression>

#include "config/files.h"
#include "format/runjson.h"
#include "history/historystore.h"
#include "i18n/tr.h"

namespace ob {

qint64 resolveHistoryId(const QString& spec, HistoryStore& store, const QString& field, QString* error)
{
    const auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return qint64(0);
    };
    static const QRegularExpression latest(QStringLiteral("^latest(?:~(\\d+))?$"));
    if (const auto m = latest.match(spec.trimmed()); m.hasMatch()) {
        const int back = m.captured(1).isEmpty() ? 0 : m.captured(1).toInt();
        HistoryFilter filter;
        filter.limit = back + 1;
        const auto entries = store.list(filter);
        if (static_cast<int>(entries.size()) <= back)
            return fail(
                tr("%1: \"%2\" names no run: the history %3 holds %n run(s)", nullptr, static_cast<int>(entries.size()))
                    .arg(field, spec, store.path()));
        return entries[static_cast<std::size_t>(back)].id;
    }
    bool ok = false;
    const qint64 id = spec.trimmed().toLongLong(&ok);
    if (!ok || id <= 0)
        return fail(tr("%1: \"%2\" is neither a run file nor a history id; allowed: a run JSON file, an id from "
                       "\"history list\", latest or latest~N")
                        .arg(field, spec));
    if (!store.entry(id))
        return fail(tr("%1: %2").arg(field, store.error()));
    return id;
}

std::optional<NamedRun> loadNamedRun(const QString& spec, HistoryStore* store, const QString& field, QString* error)
{
    const auto fail = [&](const QString& message) -> std::optional<NamedRun> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    NamedRun named;
    if (QFileInfo(spec).isFile()) {
        QByteArray bytes;
        if (auto e = readTextFile(spec, field, bytes))
            return fail(e->message());
        QString why;
        auto run = runFromJson(bytes, &why);
        if (!run)
            return fail(tr("%1: \"%2\" is not a run: %3").arg(field, spec, why));
        named.run = std::move(*run);
        named.file = spec;
        named.label = QFileInfo(spec).fileName();
        return named;
    }
    if (!store || !store->isOpen())
        return fail(
            tr("%1: \"%2\" is not a file, and without the history it cannot name a stored run").arg(field, spec));
    const qint64 id = resolveHistoryId(spec, *store, field, error);
    if (id == 0)
        return std::nullopt;
    auto run = store->load(id);
    if (!run)
        return fail(tr("%1: %2").arg(field, store->error()));
    named.run = std::move(*run);
    named.id = id;
    named.label = QStringLiteral("#%1").arg(id);
    return named;
}

} // namespace ob
