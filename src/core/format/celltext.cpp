// SPDX-License-Identifier: MIT
#include "report/celltext.h"

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
    const QStringList flags = r.flags + (b ? b->flags : QStringList());
    QString text = flags.isEmpty() ? tr("ok") : tr("ok, flagged: %1").arg(flags.join(QStringLiteral(", ")));
    if (b && !b->steady)
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
    }
    return {};
}

}  // namespace ob
