// SPDX-License-Identifier: MIT
#include "bench/measure.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "bench/analysis.h"
#include "bench/memorywindow.h"
#include "diagnosis/catalog.h"
#include "optibench/engine/engine.h"
#include "stats/robust.h"

namespace ob {
namespace {

constexpr std::uint64_t kBatchStreamBase = 1000;
/// An adaptive round gives each method about this much time, so that a change of load hits every method alike.
constexpr double kAdaptiveRoundSeconds = 0.02;
constexpr int kMaxSamplesPerRound = 10;
/// The CI is checked again once the samples have grown by this factor (a check sorts the samples).
constexpr double kCheckGrowth = 1.1;

}  // namespace

struct BatchMeasurement::Slot {
    MeasureTarget target;
    BatchResult result;
    std::uint64_t seed = 0;
    bool active = true;
    std::size_t checkedAt = 0;  // samples at the last CI check
    double relHalfWidth = std::numeric_limits<double>::infinity();
    double sampleSeconds = 0;  // estimated time of one sample
};

MeasurePlan MeasurePlan::fromConfig(const RunConfig& c, const TimerCalibration& timer)
{
    MeasurePlan p;
    p.warmup = c.warmup;
    p.iterations = c.iterations;
    p.targetCi = c.targetCi / 100.0;
    p.minCalls = c.minCalls;
    p.maxCalls = c.maxCalls;
    p.timeBudgetS = c.timeBudget;
    p.excludeOutliers = c.excludeOutliers;
    p.seed = c.seed;
    p.timer = timer;
    return p;
}

void markFailed(MethodResult& r, const QString& error)
{
    r.status = MethodStatus::Failed;
    r.error = error;
    r.diagnosis = diagnoseError(error);
}

void flagNonFinite(MethodResult& r)
{
    if (!r.flags.contains(QStringLiteral("non_finite")))
        r.flags << QStringLiteral("non_finite");
    r.score.reset();  // a mean over NaN or Inf is not a number to show
    if (r.fidelity)
        r.fidelity->faithful = false;
    // Eager is the model as written: NaN or Inf there comes from the model or its inputs, not from an optimization.
    r.diagnosis = DiagnosisRef{
        r.method == QLatin1String("eager") ? QStringLiteral("non_finite_model") : QStringLiteral("non_finite_output"),
        {}, {}};
}

bool allFinite(const std::vector<float>& values)
{
    return std::all_of(values.begin(), values.end(), [](float v) { return std::isfinite(v); });
}

int roundLengthFor(qint64 samples)
{
    return static_cast<int>(std::max<qint64>(1, std::min<qint64>(kMaxSamplesPerRound, samples / 10)));
}

BatchMeasurement::BatchMeasurement(const MeasurePlan& plan, int batch, int inputWidth, RunObserver& observer,
    ProgressTracker& progress, const std::atomic<bool>& cancel, double progressStart, double progressSpan)
    : m_plan(plan)
    , m_batch(batch)
    , m_width(inputWidth)
    , m_observer(observer)
    , m_progress(progress)
    , m_cancel(cancel)
    , m_progressStart(progressStart)
    , m_progressSpan(progressSpan)
    , m_inputs(deriveSeed(plan.seed, kBatchStreamBase + static_cast<std::uint64_t>(batch)))
{
}

std::optional<double> BatchMeasurement::timeCalls(Slot& slot, int calls)
{
    const std::size_t stride = static_cast<std::size_t>(m_batch) * static_cast<std::size_t>(m_width);
    m_buffer.resize(stride * static_cast<std::size_t>(calls));
    m_inputs.fill(m_buffer);  // a fresh input for every call, made before the clock starts
    try {
        m_observer.callsStarting(calls);
        const auto t0 = BenchClock::now();
        for (int k = 0; k < calls; ++k)
            slot.target.method->forward(m_buffer.data() + stride * static_cast<std::size_t>(k), m_batch);
        const auto t1 = BenchClock::now();
        const double ns = std::chrono::duration<double, std::nano>(t1 - t0).count();
        m_observer.callsEnded(calls, ns);
        m_progress.call(slot.target.result->method, calls);
        return ns;
    } catch (const std::exception& e) {
        markFailed(*slot.target.result, QString::fromStdString(e.what()));
    } catch (...) {
        markFailed(*slot.target.result, QStringLiteral("unknown exception in forward at batch %1").arg(m_batch));
    }
    slot.active = false;
    return std::nullopt;
}

bool BatchMeasurement::checkFinite(Slot& slot)
{
    // The timed calls discard their outputs; one untimed call at this batch size checks they are finite.
    m_buffer.resize(static_cast<std::size_t>(m_batch) * static_cast<std::size_t>(m_width));
    m_inputs.fill(m_buffer);
    m_observer.activity(QStringLiteral("check"), slot.target.result->method, m_batch);
    try {
        m_observer.callsStarting(1);
        const auto t0 = BenchClock::now();
        slot.target.method->evaluate(m_buffer.data(), m_batch, m_scores);
        m_observer.callsEnded(1, std::chrono::duration<double, std::nano>(BenchClock::now() - t0).count());
        if (!allFinite(m_scores))
            flagNonFinite(*slot.target.result);
        return true;
    } catch (const std::exception& e) {
        markFailed(*slot.target.result, QString::fromStdString(e.what()));
    } catch (...) {
        markFailed(*slot.target.result, QStringLiteral("unknown exception in forward at batch %1").arg(m_batch));
    }
    return false;
}

bool BatchMeasurement::warmUp(Slot& slot)
{
    m_progress.stage(QStringLiteral("warmup"), slot.target.result->method, m_batch);
    m_observer.activity(QStringLiteral("warmup"), slot.target.result->method, m_batch);
    std::vector<double> callNs;
    const int calls = std::max(m_plan.warmup, kCalibrationCalls);
    for (int k = 0; k < calls && !m_cancel; ++k) {
        const auto ns = timeCalls(slot, 1);
        if (!ns)
            return false;
        callNs.push_back(*ns);
    }
    if (callNs.empty())
        return false;
    // The later half of the warm-up is the closest to the steady state.
    const std::vector<double> late(callNs.begin() + static_cast<std::ptrdiff_t>(callNs.size() / 2), callNs.end());
    const double callCost = stats::median(late);
    slot.result.block = static_cast<int>(std::min<qint64>(blockSizeFor(callCost, m_plan.timer), m_plan.callLimit()));
    slot.sampleSeconds = callCost * 1e-9 * slot.result.block;
    return true;
}

bool BatchMeasurement::takeSample(Slot& slot)
{
    const qint64 left = m_plan.callLimit() - slot.result.calls;
    const int calls = static_cast<int>(std::min<qint64>(slot.result.block, left));
    if (calls <= 0)
        return false;
    const auto ns = timeCalls(slot, calls);
    if (!ns)
        return false;
    slot.result.samplesMs.push_back(*ns * 1e-6 / calls);
    slot.result.calls += calls;
    return true;
}

void BatchMeasurement::stop(Slot& slot, const char* rule)
{
    slot.active = false;
    slot.result.stopRule = QLatin1String(rule);
}

void BatchMeasurement::decide(Slot& slot)
{
    BatchResult& b = slot.result;
    if (m_plan.iterations) {
        if (b.calls >= *m_plan.iterations)
            stop(slot, stoprule::kIterations);
        return;
    }
    const auto n = b.samplesMs.size();
    if (b.calls >= m_plan.minCalls && n >= 2 && (slot.checkedAt == 0 || n >= kCheckGrowth * slot.checkedAt)) {
        slot.checkedAt = n;
        // The same interval the report shows (same samples, same seed), so a batch stopped by the target reports it.
        slot.relHalfWidth = medianCi(b.samplesMs, slot.seed).relativeHalfWidth(stats::median(b.samplesMs));
        if (slot.relHalfWidth <= m_plan.targetCi)
            return stop(slot, stoprule::kCiTarget);
    }
    if (b.calls >= m_plan.maxCalls)
        return stop(slot, stoprule::kMaxCalls);
    if (b.measureSeconds >= m_plan.timeBudgetS)
        return stop(slot, stoprule::kTimeBudget);
}

double BatchMeasurement::fractionDone(const std::vector<Slot>& slots) const
{
    if (slots.empty())
        return 1;
    double sum = 0;
    for (const auto& s : slots) {
        if (!s.active) {
            sum += 1;
            continue;
        }
        const auto& b = s.result;
        double f = std::max(
            static_cast<double>(b.calls) / static_cast<double>(m_plan.maxCalls), b.measureSeconds / m_plan.timeBudgetS);
        if (std::isfinite(s.relHalfWidth) && s.relHalfWidth > 0)  // the CI shrinks as 1 / sqrt(n)
            f = std::max(f, std::pow(m_plan.targetCi / s.relHalfWidth, 2));
        sum += std::min(f, 1.0);
    }
    return sum / static_cast<double>(slots.size());
}

std::vector<BatchResult> BatchMeasurement::run(const std::vector<MeasureTarget>& targets, std::mt19937_64& orderRng)
{
    std::vector<Slot> slots(targets.size());
    for (std::size_t i = 0; i < targets.size(); ++i) {
        slots[i].target = targets[i];
        slots[i].result.batch = m_batch;
        slots[i].result.outliersExcluded = m_plan.excludeOutliers;
        slots[i].seed = bootstrapSeed(m_plan.seed, targets[i].result->method, m_batch);
        slots[i].active = targets[i].result->status != MethodStatus::Failed
            && targets[i].result->status != MethodStatus::NotApplicable;
    }
    for (auto& s : slots) {
        if (!s.active || m_cancel)
            continue;
        const MemoryWindow memory;
        s.active = checkFinite(s) && warmUp(s);
        memory.closeRun(s.target.result->memory);
    }

    std::vector<std::size_t> order(slots.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    m_progress.stage(QStringLiteral("measure"), QString(), m_batch);
    const auto anyActive
        = [&] { return std::any_of(slots.begin(), slots.end(), [](const Slot& s) { return s.active; }); };
    while (!m_cancel && anyActive()) {
        std::shuffle(order.begin(), order.end(), orderRng);
        for (std::size_t idx : order) {
            Slot& s = slots[idx];
            if (!s.active)
                continue;
            int samples = m_plan.iterations
                ? roundLengthFor((m_plan.callLimit() + s.result.block - 1) / s.result.block)
                : std::clamp(
                    static_cast<int>(kAdaptiveRoundSeconds / std::max(s.sampleSeconds, 1e-9)), 1, kMaxSamplesPerRound);
            const std::size_t first = s.result.samplesMs.size();
            m_observer.activity(QStringLiteral("measure"), s.target.result->method, m_batch);
            const auto t0 = BenchClock::now();
            for (int k = 0; k < samples && !m_cancel; ++k) {
                if (!takeSample(s))
                    break;
                if (!m_plan.iterations
                    && s.result.measureSeconds + std::chrono::duration<double>(BenchClock::now() - t0).count()
                        >= m_plan.timeBudgetS)
                    break;
            }
            s.result.measureSeconds += std::chrono::duration<double>(BenchClock::now() - t0).count();
            if (s.result.samplesMs.size() > first) {
                const std::vector<double> chunk(
                    s.result.samplesMs.begin() + static_cast<std::ptrdiff_t>(first), s.result.samplesMs.end());
                s.sampleSeconds = stats::median(chunk) * 1e-3 * s.result.block;
                m_observer.samplesAdded(s.target.result->method, m_batch, chunk);
            }
        }
        for (auto& s : slots)
            if (s.active && !m_cancel)
                decide(s);
        if (!m_plan.iterations)
            m_progress.setMeasuredFraction(m_progressStart + m_progressSpan * fractionDone(slots));
    }

    std::vector<BatchResult> out;
    for (auto& s : slots) {
        BatchResult& b = s.result;
        if (s.active || b.stopRule.isEmpty())
            b.stopRule = QLatin1String(stoprule::kCancelled);
        b.complete = b.stopRule != QLatin1String(stoprule::kCancelled);
        if (s.target.result->status == MethodStatus::Failed)
            b.samplesMs.clear();
        if (!b.samplesMs.empty())
            analyzeBatch(b, s.seed);
        out.push_back(std::move(b));
    }
    return out;
}

}  // namespace ob
