// SPDX-License-Identifier: MIT
#include "bench/progress.h"

#include <algorithm>
#include <cmath>

namespace ob {

RunProgress rooflineProgress(const QString& probeStage, double fraction)
{
    RunProgress p;
    p.stage = kRooflineStage;
    p.method = probeStage;
    p.fraction = std::clamp(fraction, 0.0, 1.0);
    return p;
}

void ProgressTracker::roofline(const QString& probeStage, double fraction)
{
    m_lastEmit = BenchClock::now();
    m_observer.progress(rooflineProgress(probeStage, fraction));
}

void ProgressTracker::setMeasuredFraction(double fraction)
{
    m_measuredFraction = std::clamp(fraction, 0.0, 1.0);
}

void ProgressTracker::stage(const QString& stage, const QString& method, int batch, double fractionOfSetup)
{
    m_progress.stage = stage;
    m_progress.method = method;
    m_progress.batch = batch;
    if (fractionOfSetup >= 0)
        m_setupFraction = fractionOfSetup;
    emitNow();
}

void ProgressTracker::call(const QString& method, qint64 count)
{
    if (m_progress.callsDone == 0)
        m_firstCall = BenchClock::now();
    m_progress.callsDone += count;
    m_progress.method = method;
    const auto now = BenchClock::now();
    if (now - m_lastEmit > std::chrono::milliseconds(40))
        emitNow();
}

double ProgressTracker::measuredFraction() const
{
    if (m_progress.callsTotal > 0 && m_measuredFraction == 0)
        return std::min(1.0, static_cast<double>(m_progress.callsDone) / static_cast<double>(m_progress.callsTotal));
    return m_measuredFraction;
}

void ProgressTracker::emitNow()
{
    m_lastEmit = BenchClock::now();
    constexpr double kSetupShare = 0.1;  // share of the bar for preparing the methods
    const double measured = measuredFraction();
    m_progress.fraction = std::clamp(kSetupShare * m_setupFraction + (1 - kSetupShare) * measured, 0.0, 1.0);
    if (m_progress.callsDone > 20 && measured > 0) {
        const double elapsed = std::chrono::duration<double>(m_lastEmit - m_firstCall).count();
        m_progress.etaSeconds = elapsed / measured * (1 - measured);
        m_progress.totalEstimated = m_measuredFraction > 0;
        if (m_measuredFraction > 0)  // adaptive: the total is an estimate from the share done
            m_progress.callsTotal
                = std::max(m_progress.callsDone, static_cast<qint64>(std::llround(m_progress.callsDone / measured)));
    }
    m_observer.progress(m_progress);
}

void ProgressTracker::done()
{
    m_progress.stage = QStringLiteral("done");
    m_progress.fraction = 1.0;
    m_progress.etaSeconds = 0;
    m_observer.progress(m_progress);
}

}  // namespace ob
