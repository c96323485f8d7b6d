// SPDX-License-Identifier: MIT
#pragma once
// Progress of a run for the observer: stage, method, batch, calls and an ETA from the measured rate.

#include <QString>

#include "bench/runner.h"
#include "bench/timer.h"

namespace ob {

/// The stage id of measuring the machine's roofs; RunProgress::method holds the probe's own stage ("L3 bandwidth").
inline const QString kRooflineStage = QStringLiteral("roofline");
/// The progress of measuring the machine: `fraction` (0..1) is the measurement's own, so that the bar shows it
/// advancing before (and apart from) the run's progress.
RunProgress rooflineProgress(const QString& probeStage, double fraction);

/// Progress bookkeeping; emits at most every 40 ms (and at every stage change).
class ProgressTracker {
public:
    explicit ProgressTracker(RunObserver& observer)
        : m_observer(observer)
    {
    }

    /// The number of calls of the whole measurement when it is known in advance (exact iterations); 0 otherwise.
    void setTotal(qint64 total) { m_progress.callsTotal = total; }
    /// With an adaptive length: the estimated share of the measurement done, 0..1.
    void setMeasuredFraction(double fraction);

    void stage(const QString& stage, const QString& method, int batch, double fractionOfSetup = -1);
    /// Measuring the machine (before the run's own progress): emits rooflineProgress().
    void roofline(const QString& probeStage, double fraction);
    void call(const QString& method, qint64 count = 1);
    void emitNow();
    void done();

private:
    double measuredFraction() const;

    RunObserver& m_observer;
    RunProgress m_progress;
    double m_setupFraction = 0;
    double m_measuredFraction = 0;
    BenchClock::time_point m_lastEmit{};
    BenchClock::time_point m_firstCall{};
};

}  // namespace ob
