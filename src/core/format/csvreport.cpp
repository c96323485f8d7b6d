// SPDX-License-Identifier: MIT
#include "format/csvreport.h"

#include <QStringList>

#include <cmath>

namespace ob {
namespace {

QString n(double v)
{
    return std::isfinite(v) ? QString::number(v, 'g', 10) : QString();
}

QString boolText(bool v)
{
    return v ? QStringLiteral("true") : QStringLiteral("false");
}

QByteArray join(const QList<QStringList>& rows)
{
    QString out;
    for (const auto& row : rows) {
        QStringList fields;
        for (const auto& f : row)
            fields << csvField(f);
        out += fields.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    return out.toUtf8();
}

}  // namespace

QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text;
    QString q = text;
    q.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QByteArray runToCsv(const RunResult& run)
{
    QList<QStringList> rows;
    rows << QStringList{QStringLiteral("method"), QStringLiteral("model"), QStringLiteral("status"),
                        QStringLiteral("batch"), QStringLiteral("calls"), QStringLiteral("complete"),
                        QStringLiteral("mean_ms"), QStringLiteral("std_ms"), QStringLiteral("min_ms"),
                        QStringLiteral("p50_ms"), QStringLiteral("p90_ms"), QStringLiteral("p99_ms"),
                        QStringLiteral("max_ms"), QStringLiteral("iqr_ms"), QStringLiteral("cv"),
                        QStringLiteral("throughput_per_s"), QStringLiteral("setup_ms"), QStringLiteral("weight_bytes"),
                        QStringLiteral("score"), QStringLiteral("max_abs_error"), QStringLiteral("cosine"),
                        QStringLiteral("rel_l2_error"), QStringLiteral("argmax_agreement"), QStringLiteral("flags"),
                        QStringLiteral("error"),
                        // The statistics (issue "Numbers you can trust"), named as in the JSON.
                        QStringLiteral("median_ci_ms_low"), QStringLiteral("median_ci_ms_high"),
                        QStringLiteral("outliers"), QStringLiteral("outliers_excluded"), QStringLiteral("stop_rule"),
                        QStringLiteral("steady"), QStringLiteral("block"), QStringLiteral("score_ci_low"),
                        QStringLiteral("score_ci_high"), QStringLiteral("speedup_vs_eager_ratio"),
                        QStringLiteral("speedup_vs_eager_ci_low"), QStringLiteral("speedup_vs_eager_ci_high"),
                        QStringLiteral("speedup_vs_eager_p_value"), QStringLiteral("speedup_vs_eager_significant"),
                        QStringLiteral("median_ms")};
    for (const auto& r : run.results) {
        const QString fMax = r.fidelity ? n(r.fidelity->maxAbsError) : QString();
        const QString fCos = r.fidelity ? n(r.fidelity->cosine) : QString();
        const QString fRel = r.fidelity ? n(r.fidelity->relL2Error) : QString();
        const QString fArg = r.fidelity ? n(r.fidelity->argmaxAgreement) : QString();
        auto row = [&](const BatchResult* b) {
            const stats::Summary s = b ? b->latencyMs : stats::Summary{};
            const SpeedupEntry* sp = b ? r.speedup(b->batch) : nullptr;
            QStringList stat{b ? n(b->medianCiMs.low) : QString(), b ? n(b->medianCiMs.high) : QString(),
                             b ? QString::number(b->outliers) : QString(),
                             b ? boolText(b->outliersExcluded) : QString(),
                             b ? b->stopRule : QString(), b ? boolText(b->steady) : QString(),
                             b ? QString::number(b->block) : QString(), r.scoreCi ? n(r.scoreCi->low) : QString(),
                             r.scoreCi ? n(r.scoreCi->high) : QString(), sp ? n(sp->ratio) : QString(),
                             sp ? n(sp->ci.low) : QString(), sp ? n(sp->ci.high) : QString(),
                             sp ? n(sp->pValue) : QString(), sp ? boolText(sp->significant) : QString(),
                             b ? n(b->medianMs) : QString()};
            return QStringList{r.method, r.model, statusId(r.status), b ? QString::number(b->batch) : QString(),
                               b ? QString::number(b->calls) : QString(),
                               b ? boolText(b->complete) : QString(),
                               b ? n(s.mean) : QString(), b ? n(s.std) : QString(), b ? n(s.min) : QString(),
                               b ? n(s.p50) : QString(), b ? n(s.p90) : QString(), b ? n(s.p99) : QString(),
                               b ? n(s.max) : QString(), b ? n(s.iqr) : QString(), b ? n(s.cv) : QString(),
                               b ? n(b->throughputPerS) : QString(), n(r.setupMs),
                               r.weightBytes >= 0 ? QString::number(r.weightBytes) : QString(),
                               r.score ? n(*r.score) : QString(), fMax, fCos, fRel, fArg,
                               r.flags.join(QLatin1Char(' ')), r.error}
                + stat;
        };
        if (r.batches.empty())
            rows << row(nullptr);
        for (const auto& b : r.batches)
            rows << row(&b);
    }
    return join(rows);
}

QByteArray samplesToCsv(const RunResult& run)
{
    QList<QStringList> rows;
    rows << QStringList{QStringLiteral("method"), QStringLiteral("batch"), QStringLiteral("call"),
                        QStringLiteral("latency_ms")};
    for (const auto& r : run.results)
        for (const auto& b : r.batches)
            for (std::size_t i = 0; i < b.samplesMs.size(); ++i)
                rows << QStringList{r.method, QString::number(b.batch), QString::number(i + 1), n(b.samplesMs[i])};
    return join(rows);
}

}  // namespace ob
