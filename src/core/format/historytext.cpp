// SPDX-License-Identifier: MIT
#include "format/historytext.h"

#include <QLocale>
#include <QStringList>

#include "format/columns.h"
#include "i18n/tr.h"

namespace ob {

QString bestMethodText(const HistoryEntry& e)
{
    if (e.bestMethod.isEmpty())
        return QStringLiteral("-");
    return tr("%1 %2× (batch %3)").arg(e.bestMethod, QString::number(e.bestSpeedup, 'f', 2)).arg(e.bestBatch);
}

QString startedText(const HistoryEntry& e)
{
    return e.started.isValid() ? e.started.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                               : QStringLiteral("-");
}

QString historyListText(const std::vector<HistoryEntry>& entries)
{
    if (entries.empty())
        return tr("The history holds no run.") + QLatin1Char('\n');
    const QStringList header{tr("id"), tr("started"), tr("model"), tr("machine"), tr("best vs eager"), tr("methods"),
        tr("source"), tr("tags"), tr("note")};
    QList<QStringList> rows;
    for (const auto& e : entries) {
        QString note = e.note.section(QLatin1Char('\n'), 0, 0);
        if (note.size() > 40)
            note = note.left(39) + QStringLiteral("…");
        rows << QStringList{QString::number(e.id),
            startedText(e) + (e.cancelled ? QStringLiteral(" ") + tr("(cancelled)") : QString()), e.modelLabel,
            e.machineLabel(), bestMethodText(e), QString::number(e.methods), e.source,
            e.tags.join(QStringLiteral(", ")), note};
    }
    return alignColumns(header, rows, {true, false, false, false, false, true, false, false, false});
}

QString historyEntryText(const HistoryEntry& e)
{
    QString text;
    const auto add = [&](const QString& label, const QString& value) {
        if (!value.isEmpty())
            text += label + QStringLiteral(": ") + value + QLatin1Char('\n');
    };
    add(tr("Run"), QStringLiteral("#%1").arg(e.id));
    add(tr("Started"), startedText(e));
    add(tr("Stored"), e.stored.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    add(tr("Source"), e.sourceFile.isEmpty() ? e.source : QStringLiteral("%1 (%2)").arg(e.source, e.sourceFile));
    add(tr("Model"), e.modelLabel);
    add(tr("Model file"), e.modelFile);
    add(tr("Model file SHA-256"), e.modelSha256);
    add(tr("Model signature"), e.modelSignature);
    add(tr("Machine"), e.machineLabel());
    add(tr("OptiBench"), e.toolVersion);
    add(tr("Worker processes per batch"), QString::number(e.processes));
    add(tr("Best vs eager"), bestMethodText(e));
    add(tr("Tags"), e.tags.join(QStringLiteral(", ")));
    add(tr("Note"), e.note);
    if (e.cancelled)
        add(tr("Status"), tr("cancelled: the results are partial"));
    return text;
}

} // namespace ob
