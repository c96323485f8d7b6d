// SPDX-License-Identifier: MIT
#include "manymethods.h"

#include <QtMath>

#include <cmath>

#include "config/validation.h"
#include "testutils.h"

namespace ob::test {
namespace {

constexpr qint64 kMiB = 1024 * 1024;

// A deterministic latency level per method (ms at batch 1) and how it grows with the batch.
double levelOf(int index, const QString& method)
{
    if (method == QLatin1String("eager"))
        return 0.42;
    if (method.contains(QLatin1String("int8")))
        return 0.28 + 0.02 * (index % 3);
    if (method == QLatin1String("mobile_xnnpack"))
        return 2.1;
    return 0.3 + 0.05 * (index % 7);
}

BatchResult batchOf(int batch, double ms, int index)
{
    BatchResult b;
    b.batch = batch;
    for (int i = 0; i < 300; ++i) {
        double v = ms * (1.0 + 0.02 * std::sin(i * 0.37 + index) + 0.01 * ((i * 7 + index) % 5));
        if ((i + index * 13) % 97 == 0)
            v *= 2.5;  // a spike
        if (i < 10)
            v *= 1.3;  // warm-up tail
        b.samplesMs.push_back(v);
    }
    b.calls = 300;
    summarizeBatch(b);
    b.medianCiMs = {b.latencyMs.p50 * 0.99, b.latencyMs.p50 * 1.01};
    b.stopRule = QString::fromLatin1(stoprule::kCiTarget);
    RooflinePoint p;
    p.flops = 1.8e6 * batch;
    p.bytes = 3.7e6 + 4e3 * batch;
    p.intensity = p.flops / p.bytes;
    p.achievedGflops = p.flops / (b.latencyMs.p50 * 1e6);
    p.boundUs = p.bytes / 20e3;
    p.limit = QStringLiteral("DRAM");
    p.efficiency = std::min(1.0, p.boundUs / (b.latencyMs.p50 * 1e3));
    b.roofline = p;
    return b;
}

}  // namespace

QStringList manyMethods()
{
    QStringList methods = expandMethods({QStringLiteral("all")});
    methods << QStringLiteral("dynamic_int8+freeze_optimize") << QStringLiteral("jit_script+fuser");
    return methods;
}

RunResult manyMethodsRun(const QString& driftedMethod, const QString& notApplicable)
{
    RunResult run;
    run.config.model = QStringLiteral("simplified");
    run.config.batches = {1, 4, 8, 16};
    run.methods = manyMethods();
    run.started = QDateTime(QDate(2026, 12, 3), QTime(10, 0), Qt::UTC);
    run.machine = madeUpRoofs();
    std::vector<double> eagerMs;
    for (int i = 0; i < run.methods.size(); ++i) {
        const QString& method = run.methods[i];
        MethodResult r;
        r.method = method;
        r.model = run.config.model;
        if (method == notApplicable) {
            markNotApplicable(r, QStringLiteral("bf16 needs AVX512-BF16"));
            run.results.push_back(r);
            continue;
        }
        r.status = MethodStatus::Ok;
        const double level = levelOf(i, method);
        for (int batch : {1, 4, 8, 16}) {
            BatchResult b = batchOf(batch, level * std::pow(batch, 0.55), i);
            if (method == QLatin1String("eager"))
                eagerMs.push_back(b.latencyMs.p50);
            r.batches.push_back(b);
        }
        if (method != QLatin1String("eager"))
            for (size_t k = 0; k < r.batches.size(); ++k) {
                SpeedupEntry s;
                s.batch = r.batches[k].batch;
                s.ratio = eagerMs[k] / r.batches[k].latencyMs.p50;
                s.ci = {s.ratio * 0.97, s.ratio * 1.03};
                s.significant = std::abs(s.ratio - 1) > 0.06;
                s.pValue = s.significant ? 0.001 : 0.4;
                r.speedupVsEager.push_back(s);
            }
        const bool int8 = method.contains(QLatin1String("int8"));
        r.score = int8 ? 0.5088 - 0.0001 * i : 0.509187;
        r.scoreCi = stats::Interval{*r.score - 0.002, *r.score + 0.002};
        stats::Fidelity f;
        f.maxAbsError = int8 ? 0.002 + 0.0005 * (i % 4) : (method.startsWith(QLatin1String("jit")) ? 1e-6 : 0);
        f.cosine = int8 ? 0.9994 : 1.0;
        f.faithful = true;
        r.fidelity = f;
        r.weightBytes = int8 ? qint64(0.89 * kMiB) : qint64(3.53 * kMiB);
        r.memory.baseBytes = 165 * kMiB;
        const double kept = method == QLatin1String("freeze_optimize") ? 13.7 : 4.5 + 0.3 * (i % 5);
        r.memory.retainedBytes = qint64(kept * kMiB);
        r.memory.preparePeakBytes = r.memory.retainedBytes + qint64(1.2 * kMiB);
        r.memory.runPeakBytes = i % 4 == 0 ? qint64(2 * kMiB) : 0;
        r.memory.peakRssBytes = r.memory.baseBytes
            + std::max(r.memory.preparePeakBytes, r.memory.retainedBytes + r.memory.runPeakBytes);
        r.memory.exact = true;
        if (method == driftedMethod) {
            r.flags << QStringLiteral("drifted");
            r.fidelity->faithful = false;
            r.fidelity->worstLeaf = QStringLiteral("logits");
            r.fidelity->cosine = 0.95;
        }
        run.results.push_back(r);
    }
    run.finished = run.started.addSecs(90);
    return run;
}

}  // namespace ob::test
