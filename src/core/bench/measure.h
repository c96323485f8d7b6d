// SPDX-License-Identifier: MIT
#pragma once
// The measurement of every method at one batch size: warm-up, timer block size, then interleaved rounds in a
// seeded random order until each method's stop rule holds (an exact number of calls, or the adaptive rule: the
// 95% CI of the median within the target, between a minimum and a maximum number of calls, within a time budget).

#include <atomic>
#include <cstdint>
#include <optional>
#include <random>
#include <vector>

#include "bench/inputs.h"
#include "bench/progress.h"
#include "config/runconfig.h"
#include "results/runresult.h"

namespace ob::engine {
class PreparedMethod;
}

namespace ob {

/// How to measure, from the run's configuration and the timer calibration.
struct MeasurePlan {
    int warmup = 0;
    std::optional<int> iterations;  // exact count; adaptive when empty
    double targetCi = 0.02;  // relative half-width of the 95% CI of the median
    qint64 minCalls = 1;
    qint64 maxCalls = 1;
    double timeBudgetS = 1;
    bool excludeOutliers = false;
    std::uint64_t seed = 0;
    TimerCalibration timer;

    static MeasurePlan fromConfig(const RunConfig& config, const TimerCalibration& timer);
    /// Calls at most: the exact count, or the adaptive maximum.
    qint64 callLimit() const { return iterations ? *iterations : maxCalls; }
};

/// Calls timed one by one before the measurement to choose the block size, when there are fewer warm-up calls.
inline constexpr int kCalibrationCalls = 3;

struct MeasureTarget {
    MethodResult* result = nullptr;
    engine::PreparedMethod* method = nullptr;
};

/// Marks a method failed with its error text and the diagnosis of that text.
void markFailed(MethodResult& result, const QString& error);
/// Flags a method whose output holds NaN or Inf: its score is dropped, not averaged.
void flagNonFinite(MethodResult& result);
bool allFinite(const std::vector<float>& values);

/// Samples per method in one round of an exact measurement of `samples` samples.
int roundLengthFor(qint64 samples);

class BatchMeasurement {
public:
    /// `progressStart` and `progressSpan`: the share of the whole measurement this batch covers (adaptive progress).
    BatchMeasurement(const MeasurePlan& plan, int batch, int inputWidth, RunObserver& observer,
        ProgressTracker& progress, const std::atomic<bool>& cancel, double progressStart = 0, double progressSpan = 1);

    /// Measures every target; returns one result per target, in order (no samples for a target that failed).
    std::vector<BatchResult> run(const std::vector<MeasureTarget>& targets, std::mt19937_64& orderRng);

private:
    struct Slot;
    bool checkFinite(Slot& slot);
    bool warmUp(Slot& slot);
    std::optional<double> timeCalls(Slot& slot, int calls);
    bool takeSample(Slot& slot);
    void decide(Slot& slot);
    void stop(Slot& slot, const char* rule);
    double fractionDone(const std::vector<Slot>& slots) const;

    MeasurePlan m_plan;
    int m_batch;
    int m_width;
    RunObserver& m_observer;
    ProgressTracker& m_progress;
    const std::atomic<bool>& m_cancel;
    double m_progressStart;
    double m_progressSpan;
    InputGenerator m_inputs;
    std::vector<float> m_buffer;
    std::vector<float> m_scores;  // one untimed evaluation per method and batch: are the outputs finite?
};

}  // namespace ob
