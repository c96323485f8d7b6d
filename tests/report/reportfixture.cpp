// SPDX-License-Identifier: MIT
#include "reportfixture.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

#include "diagnosis/catalog.h"
#include "roofline/roofline.h"
#include "testutils.h"

namespace ob::test {

QString fixtureError()
{
    return QStringLiteral("RuntimeError: <script>alert('x')</script> & \"quoted\" at model.py:12");
}

RunResult fixtureRun()
{
    RunResult run;
    run.toolVersion = QStringLiteral("0.1.0 (test)");
    const QJsonObject cpu{{QStringLiteral("model"), QStringLiteral("Test CPU")}, {QStringLiteral("cores"), 2}};
    run.environment =
        QJsonObject{{QStringLiteral("os"), QStringLiteral("Test OS <1>")}, {QStringLiteral("cpu"), cpu}};
    run.config.batches = {1, 4};
    run.config.methods = {QStringLiteral("eager"), QStringLiteral("dynamic_int8"), QStringLiteral("jit_trace")};
    run.methods = run.config.methods;
    run.started = QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC);
    run.finished = run.started.addSecs(42);
    const double base[] = {0.20, 0.12};
    for (int m = 0; m < 2; ++m) {
        MethodResult r;
        r.method = run.methods[m];
        r.model = QStringLiteral("simplified");
        r.status = MethodStatus::Ok;
        r.score = 0.5 + 0.001 * m;
        r.scoreCi = stats::Interval{*r.score - 0.002, *r.score + 0.002};
        stats::Fidelity f;
        f.maxAbsError = m == 0 ? 0 : 3e-3;
        f.cosine = m == 0 ? 1 : 0.9995;
        r.fidelity = f;
        // Memory per method (issue 16), so that the memory chart has bars: int8 weights a quarter of fp32's.
        constexpr qint64 kMiB = 1024 * 1024;
        r.weightBytes = m == 0 ? 4 * kMiB : kMiB;
        r.memory.baseBytes = 160 * kMiB;
        r.memory.retainedBytes = (5 + m) * kMiB;
        r.memory.preparePeakBytes = (6 + m) * kMiB;
        r.memory.runPeakBytes = 0;
        r.memory.peakRssBytes = r.memory.baseBytes + r.memory.preparePeakBytes;
        r.memory.exact = true;
        for (int batch : {1, 4}) {
            BatchResult b;
            b.batch = batch;
            for (int i = 0; i < 200; ++i)
                b.samplesMs.push_back(base[m] * batch * (1.0 + 0.05 * std::sin(i * 0.7) + (i % 50 == 0 ? 0.5 : 0)));
            summarizeBatch(b);
            b.calls = qint64(b.samplesMs.size());
            b.medianCiMs = stats::Interval{b.latencyMs.p50 * 0.99, b.latencyMs.p50 * 1.01};
            b.stopRule = QString::fromLatin1(stoprule::kCiTarget);
            r.batches.push_back(b);
            if (m == 1) {
                SpeedupEntry s;
                s.batch = batch;
                s.ratio = base[0] / base[1];
                s.ci = stats::Interval{s.ratio * 0.97, s.ratio * 1.03};
                s.pValue = 0.001;
                s.significant = true;
                r.speedupVsEager.push_back(s);
            }
        }
        run.results.push_back(r);
    }
    MethodResult failed;
    failed.method = run.methods[2];
    failed.model = QStringLiteral("simplified");
    failed.status = MethodStatus::Failed;
    failed.error = fixtureError();
    failed.diagnosis.id = diagnosisCatalog().front().id;
    run.results.push_back(failed);
    // Roofs of a made-up machine, so that the roofline chart and the report's roofline figures have something to show.
    roofline::annotateRoofline(run, test::madeUpRoofs());
    return run;
}

RunResult fixtureRunMany()
{
    RunResult run;
    run.toolVersion = QStringLiteral("0.1.0 (test)");
    run.environment = QJsonObject{{QStringLiteral("os"), QStringLiteral("Test OS")},
                                  {QStringLiteral("cpu_model"), QStringLiteral("Test CPU 9000")},
                                  {QStringLiteral("logical_cores"), 2},
                                  {QStringLiteral("arch"), QStringLiteral("x86_64")},
                                  {QStringLiteral("cpu_flags"), QJsonArray{QStringLiteral("avx2"), QStringLiteral("fma")}},
                                  {QStringLiteral("intra_op_threads"), 1},
                                  {QStringLiteral("worker"), QJsonObject{{QStringLiteral("call_timeout_s"), QStringLiteral("auto")},
                                                                         {QStringLiteral("memory_limit_mib"), 18078},
                                                                         {QStringLiteral("restarts"), 0}}}};
    run.config.batches = {1, 4, 8, 16};
    run.methods = {QStringLiteral("eager"),          QStringLiteral("dynamic_int8"),
                   QStringLiteral("static_int8"),    QStringLiteral("dynamic_fp16"),
                   QStringLiteral("bf16"),           QStringLiteral("jit_script"),
                   QStringLiteral("jit_trace"),      QStringLiteral("jit_trace_nonstrict"),
                   QStringLiteral("freeze_optimize"), QStringLiteral("fuser"),
                   QStringLiteral("native_fp32"),    QStringLiteral("native_int8"),
                   QStringLiteral("native_bf16"),    QStringLiteral("mobile_xnnpack"),
                   QStringLiteral("simplify+simplify_outputs+freeze_optimize")};
    run.config.methods = run.methods;
    run.started = QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC);
    run.finished = run.started.addSecs(125);
    const double eagerMs = 0.2;
    for (int m = 0; m < run.methods.size(); ++m) {
        MethodResult r;
        r.method = run.methods[m];
        r.model = QStringLiteral("simplified");
        if (r.method == QLatin1String("dynamic_fp16")) {
            r.status = MethodStatus::Failed;
            r.error = fixtureError();
            r.diagnosis.id = diagnosisCatalog().front().id;
            run.results.push_back(r);
            continue;
        }
        if (r.method == QLatin1String("mobile_xnnpack")) {
            markNotApplicable(r, QStringLiteral("XNNPACK is not in this build of LibTorch"));
            run.results.push_back(r);
            continue;
        }
        r.status = MethodStatus::Ok;
        r.score = 0.5 + 0.0001 * m;
        r.scoreCi = stats::Interval{*r.score - 0.002, *r.score + 0.002};
        stats::Fidelity f;
        f.maxAbsError = m == 0 ? 0 : 1e-3 * m;
        f.cosine = r.method == QLatin1String("bf16") ? 0.98 : 1 - 1e-5 * m;
        f.argmaxAgreement = r.method == QLatin1String("bf16") ? 96 : 100;
        f.faithful = r.method != QLatin1String("bf16");
        r.fidelity = f;
        if (r.method == QLatin1String("bf16"))
            r.flags << QStringLiteral("numerically_wrong");
        const double factor = 0.3 + 0.1 * ((m * 7) % 13);  // of eager's time: faster and slower methods
        r.weightBytes = r.method.contains(QLatin1String("int8")) ? 1500000 : 6000000;
        r.memory.baseBytes = 180LL << 20;
        r.memory.retainedBytes = r.weightBytes + (m % 3) * (1LL << 20);
        r.memory.preparePeakBytes = 2 * r.weightBytes;
        r.memory.runPeakBytes = 3LL << 20;
        r.memory.peakRssBytes = r.memory.baseBytes + r.memory.preparePeakBytes + r.memory.runPeakBytes;
        r.memory.exact = true;
        for (int batch : run.config.batches) {
            const double base = (m == 0 ? 1.0 : factor) * eagerMs * (1 + 0.3 * batch);
            BatchResult b;
            b.batch = batch;
            for (int i = 0; i < 120; ++i)
                b.samplesMs.push_back(base * (1.0 + 0.04 * std::sin(i * 0.9 + m) + (i % 40 == 0 ? 0.6 : 0)));
            summarizeBatch(b);
            b.calls = qint64(b.samplesMs.size());
            b.medianCiMs = stats::Interval{b.latencyMs.p50 * 0.99, b.latencyMs.p50 * 1.01};
            b.stopRule = QString::fromLatin1(batch == 16 ? stoprule::kTimeBudget : stoprule::kCiTarget);
            b.steady = !(m == 3 && batch == 4);
            if (r.method == QLatin1String("native_int8") && factor > 1)
                b.flags << QStringLiteral("int8_slower_than_eager");
            r.batches.push_back(b);
            if (m > 0) {
                SpeedupEntry s;
                s.batch = batch;
                s.ratio = 1 / factor;
                s.ci = stats::Interval{s.ratio * 0.97, s.ratio * 1.03};
                s.significant = std::abs(s.ratio - 1) > 0.05;
                s.pValue = s.significant ? 0.001 : 0.4;
                r.speedupVsEager.push_back(s);
            }
        }
        run.results.push_back(r);
    }
    roofline::annotateRoofline(run, test::madeUpRoofs());
    return run;
}

}  // namespace ob::test
