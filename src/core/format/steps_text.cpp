// SPDX-License-Identifier: MIT
#include "format/steps_text.h"

#include <QCoreApplication>

#include "i18n/tr.h"

namespace ob {
namespace {

QString msText(double ms)
{
    return ms >= 1000 ? QStringLiteral("%1 s").arg(ms / 1000.0, 0, 'f', 1) : QStringLiteral("%1 ms").arg(ms, 0, 'f', 1);
}

QString statusWord(const QString& status)
{
    if (status == QLatin1String("ok"))
        return tr("ok");
    if (status == QLatin1String("skipped"))
        return tr("skipped");
    return tr("failed");
}

QString clip(QString text, int max)
{
    text = text.section(QLatin1Char('\n'), 0, 0);
    return text.size() > max ? text.left(max - 3) + QStringLiteral("...") : text;
}

}  // namespace

QString stepsToText(const RunResult& run)
{
    QString text = QLatin1Char('\n') + tr("Setup of each method (the steps of its pipeline, then the first call):")
        + QLatin1Char('\n');
    for (const auto& r : run.results) {
        if (r.steps.empty())
            continue;
        text += QStringLiteral("  ") + r.method + QStringLiteral("  (") + tr("setup %1").arg(msText(r.setupMs))
            + QStringLiteral(")\n");
        for (const auto& s : r.steps) {
            QString line = QStringLiteral("    ") + s.strategy + QLatin1Char(' ') + statusWord(s.status)
                + QLatin1Char(' ') + msText(s.setupMs);
            const QString what = s.status == QLatin1String("failed") ? s.error : s.message;
            if (!what.isEmpty())
                line += QStringLiteral(": ") + clip(what, 150);
            text += line + QLatin1Char('\n');
        }
    }
    return text;
}

}  // namespace ob
