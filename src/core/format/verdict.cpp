// SPDX-License-Identifier: MIT
#include "format/verdict.h"

#include <QList>
#include <QStringList>

#include <algorithm>

#include "i18n/tr.h"
#include "i18n/language.h"

namespace ob {
namespace {

QString ratio(double v)
{
    return QString::number(v, 'f', 2) + QChar(0x00d7);  // ×
}

/// A faithful method that is significantly faster than eager at this batch size; null otherwise.
const SummaryEntry* winner(const BatchSummary& b)
{
    if (!b.fastestFaithful || !b.fastestFaithful->speedup)
        return nullptr;
    const SpeedupEntry& s = *b.fastestFaithful->speedup;
    return s.significant && s.ratio > 1 ? &*b.fastestFaithful : nullptr;
}

}  // namespace

QString verdictText(const RunSummary& summary)
{
    if (!summary.runError.isEmpty())
        return tr("The run could not start.");
    if (summary.batches.empty())
        return summary.problems.empty() ? QString() : tr("Nothing was measured: every method failed or does not apply.");
    QStringList all;
    for (const auto& b : summary.batches)
        all << QString::number(b.batch);
    if (!summary.hasEager) {
        QStringList parts;
        for (const auto& b : summary.batches)
            if (b.fastestFaithful)
                parts << tr("%1 at batch %2").arg(b.fastestFaithful->method).arg(b.batch);
        return tr("Eager was not measured, so there are no speed-ups; fastest faithful: %1.")
            .arg(parts.join(i18n::clauseSeparator()));
    }
    // Batch sizes grouped by their winner, in the order each winner first appears.
    struct Group {
        QString method;
        QStringList batches;
        QStringList ratios;
    };
    QList<Group> groups;
    QStringList none;
    for (const auto& b : summary.batches) {
        const SummaryEntry* w = winner(b);
        if (!w) {
            none << QString::number(b.batch);
            continue;
        }
        auto it = std::find_if(groups.begin(), groups.end(), [&](const Group& g) { return g.method == w->method; });
        if (it == groups.end())
            it = groups.insert(groups.end(), Group{w->method, {}, {}});
        it->batches << QString::number(b.batch);
        it->ratios << ratio(w->speedup->ratio);
    }
    if (groups.isEmpty())
        return tr("Nothing beat eager: no method was significantly faster at batch %1.")
            .arg(all.join(QStringLiteral(", ")));
    QStringList clauses;
    for (int i = 0; i < groups.size(); ++i) {
        const Group& g = groups[i];
        const QString ratios = g.ratios.join(QStringLiteral(", "));
        clauses << (i == 0 ? tr("%1 at batch %2 (%3 faster than eager)") : tr("%1 at batch %2 (%3)"))
                       .arg(g.method, g.batches.join(QStringLiteral(", ")), ratios);
    }
    if (!none.isEmpty())
        clauses << tr("nothing beats eager at batch %1").arg(none.join(QStringLiteral(", ")));
    return tr("Fastest faithful method: %1.").arg(clauses.join(i18n::clauseSeparator()));
}

}  // namespace ob
