// SPDX-License-Identifier: MIT
#include "diagnosis/hints.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

#include "bench/modelinspect.h"
#include "config/enginespec.h"
#include "optibench/engine/engine.h"
#include "stats/descriptive.h"

namespace ob {
namespace {

/// A hint a step leaves in its report ("this may change the answers, and here is why"); it becomes a flag and the
/// method's diagnosis only when the fidelity over the evaluation set shows the answers changed.
struct StepHint {
    const char* id;
    const char* flag;
    bool (*diverges)(const stats::Fidelity& f, double minCosine);
};

const StepHint kStepHints[] = {
    // A trace of the right path reproduces eager to rounding; any larger difference is another path.
    {"trace_froze_control_flow", "frozen_control_flow",
     [](const stats::Fidelity& f, double minCosine) { return f.maxAbsError > kTraceTolerance || f.cosine < minCosine; }},
    {"simplify_approximation", "approximation",
     [](const stats::Fidelity& f, double minCosine) { return f.cosine < minCosine; }},
};

const StepResult* stepWithHint(const MethodResult& r, const char* id)
{
    for (auto it = r.steps.rbegin(); it != r.steps.rend(); ++it)
        if (it->diagnosis.id == QLatin1String(id))
            return &*it;
    return nullptr;
}

}  // namespace

void annotateFidelity(MethodResult& r, const RunConfig& config)
{
    if (!r.fidelity)
        return;
    // Recorded only: the built-in models keep their own flags (numerically_wrong below), not "drifted". A model
    // file's leaves were judged one by one (applyOutputFidelity).
    if (r.fidelity->leaves.empty())
        r.fidelity->faithful = r.fidelity->finite && r.fidelity->cosine >= config.driftCosine
            && r.fidelity->argmaxAgreement >= config.driftTop1;
    if (!r.fidelity->finite)
        return;
    bool ok = false;
    double minCosine = config.options.value(QStringLiteral("fidelity.min_cosine")).toDouble(&ok);
    if (!ok)
        minCosine = kDefaultMinCosine;
    const QMap<QString, QString> measured{
        {QStringLiteral("cosine"), QString::number(r.fidelity->cosine, 'f', 4)},
        {QStringLiteral("threshold"), QString::number(minCosine)},
        {QStringLiteral("max_error"), QString::number(r.fidelity->maxAbsError, 'g', 3)},
        {QStringLiteral("argmax"), QString::number(r.fidelity->argmaxAgreement, 'f', 1)}};
    for (const auto& hint : kStepHints) {
        const StepResult* step = stepWithHint(r, hint.id);
        if (!step || !hint.diverges(*r.fidelity, minCosine))
            continue;
        r.flags << QLatin1String(hint.flag);
        r.diagnosis = step->diagnosis;
        for (auto it = measured.begin(); it != measured.end(); ++it)
            r.diagnosis.args.insert(it.key(), it.value());
    }
    if (!(r.fidelity->cosine >= minCosine)) {
        r.flags << QStringLiteral("numerically_wrong");
        if (r.diagnosis.isEmpty())
            r.diagnosis = DiagnosisRef{QStringLiteral("numerically_wrong"),
                                       {{QStringLiteral("cosine"), measured.value(QStringLiteral("cosine"))},
                                        {QStringLiteral("threshold"), measured.value(QStringLiteral("threshold"))}},
                                       {}};
    }
}

namespace {

bool isInt8Method(const QString& method)
{
    for (const auto& step : method.split(QLatin1Char('+')))
        if (step.contains(QLatin1String("int8")))
            return true;
    return false;
}

double mflopPerSample(const RunConfig& c)
{
    const engine::ModelSpec spec = modelSpecOf(c);
    try {
        return modelCost(spec).flopsPerSample / 1e6;
    } catch (const std::exception&) {
        return std::nan("");
    }
}

// Each batch at which an int8 method's median latency exceeds eager's by more than kInt8SlowdownLimit is flagged,
// and the method gets a diagnosis listing those batches and ratios: "quantized" must never be read as "faster".
void annotateInt8Slowdown(RunResult& run)
{
    const MethodResult* eager = run.result(QStringLiteral("eager"));
    if (!eager || eager->status != MethodStatus::Ok)
        return;
    for (auto& r : run.results) {
        if (r.status != MethodStatus::Ok || !isInt8Method(r.method))
            continue;
        QStringList batches;
        QStringList ratios;
        for (auto& b : r.batches) {
            const BatchResult* base = eager->batch(b.batch);
            if (!base || base->medianMs <= 0)
                continue;
            const double ratio = b.medianMs / base->medianMs;
            if (ratio > kInt8SlowdownLimit) {
                b.flags << QStringLiteral("int8_slower_than_eager");
                batches << QString::number(b.batch);
                ratios << QString::number(ratio, 'f', 2);
            }
        }
        if (batches.isEmpty())
            continue;
        if (r.diagnosis.isEmpty())
            r.diagnosis = DiagnosisRef{QStringLiteral("int8_slower_than_eager"),
                                       {{QStringLiteral("method"), r.method},
                                        {QStringLiteral("batches"), batches.join(QStringLiteral(", "))},
                                        {QStringLiteral("ratios"), ratios.join(QStringLiteral(", "))},
                                        {QStringLiteral("mflop"), QString::number(mflopPerSample(run.config), 'f', 2)}},
                                       {}};
    }
}

}  // namespace

bool clusteredAtTicks(const std::vector<double>& samplesMs, double tickMs)
{
    if (samplesMs.size() < 20 || tickMs <= 0)
        return false;
    std::vector<double> sorted = samplesMs;
    std::sort(sorted.begin(), sorted.end());
    const double base = stats::quantileSorted(sorted, 0.10);
    int slow = 0, onTick = 0;
    for (double s : samplesMs) {
        if (s - base < 0.75 * tickMs)
            continue;
        ++slow;
        // A stalled call ends at a tick: its time is a whole number of ticks, with or without the normal work.
        auto offTick = [&](double v) { return std::fabs(v / tickMs - std::round(v / tickMs)) * tickMs; };
        if (std::min(offTick(s), offTick(s - base)) <= 0.15 * tickMs)
            ++onTick;
    }
    const auto n = static_cast<double>(samplesMs.size());
    return slow >= 3 && slow >= 0.05 * n && onTick >= 0.6 * slow;
}

int blasCoreLevel(const QString& coreType)
{
    const QString c = coreType.trimmed().toLower();
    static const QStringList avx512{QStringLiteral("skylakex"), QStringLiteral("cooperlake"),
                                    QStringLiteral("sapphirerapids")};
    static const QStringList avx2{QStringLiteral("haswell"), QStringLiteral("zen"), QStringLiteral("excavator"),
                                  QStringLiteral("skylake"), QStringLiteral("broadwell")};
    static const QStringList avx{QStringLiteral("sandybridge"), QStringLiteral("bulldozer"),
                                 QStringLiteral("piledriver"), QStringLiteral("steamroller")};
    static const QStringList sse{QStringLiteral("prescott"), QStringLiteral("core2"), QStringLiteral("penryn"),
                                 QStringLiteral("dunnington"), QStringLiteral("nehalem"), QStringLiteral("atom"),
                                 QStringLiteral("opteron"), QStringLiteral("barcelona"), QStringLiteral("nano"),
                                 QStringLiteral("katmai"), QStringLiteral("coppermine"), QStringLiteral("northwood"),
                                 QStringLiteral("athlon"), QStringLiteral("bobcat"), QStringLiteral("generic")};
    if (avx512.contains(c))
        return 3;
    if (avx2.contains(c))
        return 2;
    if (avx.contains(c))
        return 1;
    if (sse.contains(c))
        return 0;
    return -1;
}

int cpuVectorLevel(const QStringList& flags)
{
    if (flags.contains(QStringLiteral("avx512f")) && flags.contains(QStringLiteral("avx512bw")))
        return 3;
    if (flags.contains(QStringLiteral("avx2")) && flags.contains(QStringLiteral("fma")))
        return 2;
    return -1;
}

namespace {

QString levelName(int level)
{
    switch (level) {
    case 0: return QStringLiteral("SSE");
    case 1: return QStringLiteral("AVX");
    case 2: return QStringLiteral("AVX2");
    case 3: return QStringLiteral("AVX-512");
    }
    return QStringLiteral("?");
}

void annotateOversubscription(RunResult& run)
{
    const int threads = run.intraOpThreads();
    const int blasThreads = run.blasThreads();
    if (threads <= 1 && blasThreads <= 1)
        return;
    const int cores = run.environment.value(QStringLiteral("logical_cores")).toInt();
    for (auto& r : run.results) {
        QStringList batches;
        for (const auto& b : r.batches)
            if (clusteredAtTicks(b.samplesMs))
                batches << QString::number(b.batch);
        if (batches.isEmpty())
            continue;
        setHint(r, QStringLiteral("oversubscribed"),
                DiagnosisRef{QStringLiteral("oversubscribed"),
                             {{QStringLiteral("threads"), QString::number(threads)},
                              {QStringLiteral("blas_threads"), QString::number(blasThreads)},
                              {QStringLiteral("cores"), QString::number(cores)},
                              {QStringLiteral("batches"), batches.join(QStringLiteral(", "))},
                              {QStringLiteral("tick"), QString::number(kSchedulerTickMs)}},
                             {FixAction{QStringLiteral("setting"), QStringLiteral("threads"), QStringLiteral("1")},
                              FixAction{QStringLiteral("setting"), QStringLiteral("blas-threads"),
                                        QStringLiteral("1")}}});
    }
}

void annotateBlasKernel(RunResult& run)
{
    const QString forced = run.environment.value(QStringLiteral("openblas_coretype_env")).toString();
    if (forced.isEmpty())
        return;
    QStringList flags;
    for (const auto& f : run.environment.value(QStringLiteral("cpu_flags")).toArray())
        flags << f.toString();
    const QString used = run.environment.value(QStringLiteral("blas_core_type")).toString();
    const int forcedLevel = blasCoreLevel(used.isEmpty() ? forced : used);
    const int cpuLevel = cpuVectorLevel(flags);
    if (forcedLevel < 0 || cpuLevel < 0 || forcedLevel >= cpuLevel)
        return;
    MethodResult* eager = run.result(QStringLiteral("eager"));
    if (!eager)
        return;
    // The measured cost: eager (OpenBLAS) against native_fp32 (no BLAS) at the same batch, when both ran.
    QString cost;
    if (const MethodResult* native = run.result(QStringLiteral("native_fp32")))
        for (const auto& b : eager->batches)
            if (const BatchResult* nb = native->batch(b.batch); nb && nb->medianMs > 0) {
                cost = QString::number(b.medianMs / nb->medianMs, 'f', 1);
                break;
            }
    setHint(*eager, QStringLiteral("blas_kernel_forced"),
            DiagnosisRef{QStringLiteral("blas_kernel_forced"),
                         {{QStringLiteral("forced"), forced},
                          {QStringLiteral("core"), used},
                          {QStringLiteral("kernel_isa"), levelName(forcedLevel)},
                          {QStringLiteral("cpu_isa"), levelName(cpuLevel)},
                          {QStringLiteral("ratio"), cost.isEmpty() ? QStringLiteral("?") : cost}},
                         {}});
}

}  // namespace

void setHint(MethodResult& r, const QString& flag, const DiagnosisRef& d)
{
    if (!r.flags.contains(flag))
        r.flags << flag;
    if (r.diagnosis.isEmpty())
        r.diagnosis = d;
}

void annotateRun(RunResult& run)
{
    annotateInt8Slowdown(run);
    annotateOversubscription(run);
    annotateBlasKernel(run);
}

}  // namespace ob
