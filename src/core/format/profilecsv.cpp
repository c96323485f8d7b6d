// SPDX-License-Identifier: MIT
#include "format/profilecsv.h"

#include <QFileInfo>
#include <QStringList>

#include <cmath>

#include "format/csvreport.h"

namespace ob {
namespace {

QString n(double v)
{
    return std::isfinite(v) ? QString::number(v, 'g', 10) : QString();
}

}  // namespace

QByteArray profileToCsv(const RunResult& run)
{
    const QStringList header{QStringLiteral("method"),   QStringLiteral("batch"),    QStringLiteral("op"),
                             QStringLiteral("module"),   QStringLiteral("scope"),    QStringLiteral("calls"),
                             QStringLiteral("total_ms"), QStringLiteral("self_ms"),  QStringLiteral("share"),
                             QStringLiteral("flops"),    QStringLiteral("gflops"),   QStringLiteral("shapes"),
                             QStringLiteral("coverage"), QStringLiteral("wall_ms"), QStringLiteral("timed_median_ms")};
    QString out = header.join(QLatin1Char(',')) + QLatin1String("\r\n");
    for (const auto& r : run.results) {
        if (!r.profile)
            continue;
        const MethodProfile& p = *r.profile;
        for (const auto& row : p.rows) {
            const QStringList fields{r.method,
                                     QString::number(p.batch),
                                     row.op,
                                     row.module,
                                     row.scope,
                                     n(row.calls),
                                     n(row.totalMs),
                                     n(row.selfMs),
                                     n(row.share),
                                     row.flops > 0 ? n(row.flops) : QString(),
                                     row.flops > 0 ? n(row.gflops()) : QString(),
                                     row.shapes,
                                     p.timedMs > 0 ? n(p.coverage) : QString(),
                                     n(p.wallMs),
                                     p.timedMs > 0 ? n(p.timedMs) : QString()};
            QStringList quoted;
            for (const auto& f : fields)
                quoted << csvField(f);
            out += quoted.join(QLatin1Char(',')) + QLatin1String("\r\n");
        }
    }
    return out.toUtf8();
}

QString profileCsvPath(const QString& csvPath)
{
    const QFileInfo info(csvPath);
    const QString suffix = info.suffix();
    const QString base = suffix.isEmpty() ? csvPath : csvPath.left(csvPath.size() - suffix.size() - 1);
    return base + QStringLiteral(".profile.") + (suffix.isEmpty() ? QStringLiteral("csv") : suffix);
}

}  // namespace ob
