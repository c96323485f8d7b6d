// SPDX-License-Identifier: MIT
#include "format/celltext.h"

#include "diagnosis/steadiness.h"
#include "diagnosis/titles.h"
#include "i18n/tr.h"
#include "i18n/language.h"

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
        text += i18n::clauseSeparator() + tr("not steady");
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

QString rooflineText(const BatchResult& b)
{
    if (!b.roofline)
        return QStringLiteral("-");
    const QString limit = b.roofline->limit;  // "compute" or a memory level (L1, L2, L3, DRAM: names, not words)
    return QStringLiteral("%1% %2")
        .arg(qRound(b.roofline->efficiency * 100))
        .arg(limit == QLatin1String("compute") ? tr("compute", "roofline: bound by arithmetic") : limit);
}

QString mibText(qint64 bytes)
{
    return bytes >= 0 ? QString::number(static_cast<double>(bytes) / (1024.0 * 1024.0), 'f', 1) : QStringLiteral("-");
}

QString stopRuleText(const QString& rule)
{
    if (rule == QLatin1String(stoprule::kIterations))
        return tr("fixed count");
    if (rule == QLatin1String(stoprule::kCiTarget))
        return tr("CI target met");
    if (rule == QLatin1String(stoprule::kMaxCalls))
        return tr("max calls");
    if (rule == QLatin1String(stoprule::kTimeBudget))
        return tr("time budget");
    if (rule == QLatin1String(stoprule::kCancelled))
        return tr("cancelled");
    return rule;
}

}  // namespace ob
