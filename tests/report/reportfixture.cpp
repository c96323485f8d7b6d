// SPDX-License-Identifier: MIT
#include "reportfixture.h"

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

}  // namespace ob::test
