// SPDX-License-Identifier: MIT
#include "diagnosis/steadiness.h"

#include <QCoreApplication>

#include <cmath>

#include "i18n/tr.h"

namespace ob {

bool driftMatters(const MethodResult& r, const BatchResult& b)
{
    const double drift = std::fabs(b.drift.relativeChange);
    if (b.steady || !std::isfinite(drift) || drift < kDriftNotable)
        return false;
    const SpeedupEntry* s = r.speedup(b.batch);
    if (!s || !std::isfinite(s->ratio) || s->ratio <= 0)
        return true;
    return drift >= 0.5 * std::fabs(s->ratio - 1);
}

QString driftAdvice(const MethodResult& r, const BatchResult& b)
{
    const QString change = (b.drift.relativeChange > 0 ? QStringLiteral("+") : QString())
        + QString::number(100 * b.drift.relativeChange, 'f', 1) + QLatin1Char('%');
    const QString what = r.method == QLatin1String("eager")
        ? tr("Eager's latency moved %1 from the first to the last quarter of its measurement, and every speed-up at "
             "this batch size is measured against it: they may be off by about that much.")
              .arg(change)
        : tr("The latency moved %1 from the first to the last quarter of the measurement: as much as half of this "
             "method's difference from eager, so the speed-up may be off by about that much.")
              .arg(change);
    return what + QLatin1Char(' ')
        + tr("Usually the machine was busy, or the method was still warming up (caches, memory, CPU frequency). "
             "Close other programs, give it more warm-up calls and run it again.");
}

}  // namespace ob
