// SPDX-License-Identifier: MIT
#include "report/texttable.h"
#include "i18n/tr.h"

#include <QCoreApplication>
#include <QStringList>

#include <cmath>

#include "diagnosis/catalog.h"

namespace ob {
namespace {

QString ms(double v)
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

QString statusText(const MethodResult& r, const BatchResult* b)
{
    switch (r.status) {
    case MethodStatus::Ok: return r.flags.isEmpty() ? tr("ok") : tr("ok, flagged: %1").arg(r.flags.join(QStringLiteral(", ")));
    case MethodStatus::Failed: {
        QString e = r.error.section(QLatin1Char('\n'), 0, 0);
        if (e.size() > 70)
            e = e.left(67) + QStringLiteral("...");
        return tr("failed: %1").arg(e);
    }
    case MethodStatus::Cancelled: return b && b->complete ? tr("cancelled (this batch finished)") : tr("cancelled");
    case MethodStatus::Pending: return tr("pending");
    }
    return {};
}

QString pad(const QString& text, int width, bool right)
{
    const int fill = std::max(0, width - displayWidth(text));
    return right ? QString(fill, QLatin1Char(' ')) + text : text + QString(fill, QLatin1Char(' '));
}

}  // namespace

int displayWidth(const QString& text)
{
    int w = 0;
    for (const QChar c : text) {
        const auto u = c.unicode();
        w += (u >= 0x1100 && (u <= 0x115f || (u >= 0x2e80 && u <= 0xa4cf) || (u >= 0xac00 && u <= 0xd7a3)
                              || (u >= 0xf900 && u <= 0xfaff) || (u >= 0xfe30 && u <= 0xfe4f)
                              || (u >= 0xff00 && u <= 0xff60) || (u >= 0xffe0 && u <= 0xffe6)))
            ? 2
            : 1;
    }
    return w;
}

QString runToText(const RunResult& run)
{
    const QStringList header{tr("method"), tr("batch"), tr("latency (ms)"), tr("jitter (ms)"), tr("p99 (ms)"),
                             tr("score"), tr("fidelity"), tr("status")};
    const bool rightAligned[] = {false, true, true, true, true, true, false, false};
    QList<QStringList> rows;
    for (const auto& r : run.results) {
        const QString score = r.score ? QString::number(*r.score, 'f', 6) : QStringLiteral("-");
        if (r.batches.empty()) {
            rows << QStringList{r.method, QStringLiteral("-"), QStringLiteral("-"), QStringLiteral("-"),
                                QStringLiteral("-"), score, fidelityText(r), statusText(r, nullptr)};
            continue;
        }
        for (const auto& b : r.batches)
            rows << QStringList{r.method, QString::number(b.batch), ms(b.latencyMs.mean), ms(b.latencyMs.std),
                                ms(b.latencyMs.p99), score, fidelityText(r), statusText(r, &b)};
    }
    QList<int> widths;
    for (const auto& h : header)
        widths << displayWidth(h);
    for (const auto& row : rows)
        for (int i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(row[i]));
    auto line = [&](const QStringList& cells) -> QString {
        QStringList out;
        for (int i = 0; i < cells.size(); ++i)
            out << pad(cells[i], i + 1 == cells.size() ? 0 : widths[i], rightAligned[i]);
        return out.join(QStringLiteral("  ")).trimmed() + QLatin1Char('\n');
    };
    QString text = line(header);
    QStringList rule;
    for (int w : widths)
        rule << QString(w, QLatin1Char('-'));
    text += rule.join(QStringLiteral("  ")) + QLatin1Char('\n');
    for (const auto& row : rows)
        text += line(row);

    QString notes;
    for (const auto& r : run.results) {
        if (r.status != MethodStatus::Failed && r.diagnosis.isEmpty())
            continue;
        notes += QLatin1Char('\n') + r.method + QStringLiteral(": ")
            + (r.status == MethodStatus::Failed ? tr("failed") : tr("flagged")) + QLatin1Char('\n');
        if (!r.error.isEmpty())
            notes += QStringLiteral("  ") + tr("error:") + QLatin1Char(' ') + r.error + QLatin1Char('\n');
        if (!r.diagnosis.isEmpty()) {
            const auto d = renderDiagnosis(r.diagnosis);
            notes += QStringLiteral("  ") + tr("cause:") + QLatin1Char(' ') + d.cause + QLatin1Char('\n');
            if (!d.fix.isEmpty())
                notes += QStringLiteral("  ") + tr("fix:") + QLatin1Char(' ') + d.fix + QLatin1Char('\n');
        }
    }
    if (!run.error.isEmpty())
        notes += QLatin1Char('\n') + tr("The run failed: %1").arg(run.error) + QLatin1Char('\n');
    if (run.cancelled)
        notes += QLatin1Char('\n') + tr("The run was cancelled; finished results are kept.") + QLatin1Char('\n');
    return text + notes;
}

}  // namespace ob
