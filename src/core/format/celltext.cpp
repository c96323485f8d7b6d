// SPDX-License-Identifier: MIT
#include "format/celltext.h"

#include "diagnosis/steadiness.h"
#include "diagnosis/titles.h"
#include "i18n/tr.h"

namespace ob {

QString msText(double v)
{
    return QString::number(v, 'f', v < 1 ? 4 : 3);
}

QString fidelityText(const MethodResult& r)
{
    if (!r.fidelity)
        return QStringLiteral("-");
    if (!r.fidelity->finite)
        return tr("NaN/Inf");
    return QStringLiteral("cos %1 / max %2")
        .arg(QString::number(r.fidelity->cosine, 'f', 6), QString::number(r.fidelity->maxAbsError, 'e', 1));
}

QString measuredText(const MethodResult& r, const BatchResult* b)
{
    QStringList flags = r.flags + (b ? b->flags : QStringList());
    // A drifted method ran, but its answers are not eager's: that leads, before "ok".
    const bool drifted = flags.removeAll(QStringLiteral("drifted")) > 0;
    flags.removeDuplicates();
    const QString others = flagsText(flags);
    QString text;
    if (drifted)
        text = flags.isEmpty() ? tr("drifted") : tr("drifted, flagged: %1").arg(others);
    else
        text = flags.isEmpty() ? tr("ok") : tr("ok, flagged: %1").arg(others);
    if (b && driftMatters(r, *b))  // a drift too small to change the comparison is not worth a word here
        text += QStringLiteral("; ") + tr("not steady");
    return text;
}

QString statusText(const MethodResult& r, const BatchResult* b, const QString& failed)
{
    switch (r.status) {
    case MethodStatus::Ok: return measuredText(r, b);
    case MethodStatus::Failed: return failed;
    case MethodStatus::Cancelled: return b && b->complete ? tr("cancelled (this batch finished)") : tr("cancelled");
    case MethodStatus::Pending: return tr("pending");
    case MethodStatus::NotApplicable: return tr("n/a: %1").arg(r.error.section(QLatin1Char('\n'), 0, 0));
    }
    return {};
}

}  // namespace ob
