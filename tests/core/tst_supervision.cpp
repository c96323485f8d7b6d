// SPDX-License-Identifier: MIT
// The pieces of the worker supervision that need no process: the protocol's JSON round trips, the new configuration
// keys (isolation, call-timeout, worker limits), the diagnoses of the supervisor's messages, eager's non-finite
// diagnosis, and the machine noise: never above 100 % of the machine, and no share from a too-short interval.

#include <QJsonDocument>
#include <QTest>

#include "bench/measure.h"
#include "bench/noise.h"
#include "bench/supervisor.h"
#include "bench/workerprotocol.h"
#include "config/validation.h"
#include "diagnosis/catalog.h"

using namespace ob;

namespace {

NoiseReading reading(double wall, double busy, double own, int cpus = 2)
{
    NoiseReading r;
    r.wallSeconds = wall;
    r.cpus = cpus;
    r.statCpus = cpus;
    r.busySeconds = busy;
    r.ownSeconds = own;
    r.stealSeconds = 0;
    return r;
}

}  // namespace

class TestSupervision : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void runJobRoundTrips()
    {
        RunConfig c;
        c.methods = {QStringLiteral("eager"), QStringLiteral("bf16")};
        c.callTimeout = 2.5;
        c.workerMemoryMiB = 2048;
        c.workerCpuSeconds = 0;
        RunJob job;
        job.methods = {QStringLiteral("bf16")};
        job.evaluated = {QStringLiteral("bf16")};
        job.batches = {4, 8};
        job.roofs = false;
        job.exportModel = false;
        QString error;
        const auto back = worker::jobFromJson(worker::line(worker::runJobToJson(c, job)), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->kind, worker::Job::Kind::Run);
        QVERIFY(back->config == c);
        QCOMPARE(back->run.methods, job.methods);
        QCOMPARE(back->run.evaluated, job.evaluated);
        QCOMPARE(back->run.batches, job.batches);
        QVERIFY(!back->run.roofs);
        QVERIFY(!back->run.exportModel);
        QCOMPARE(worker::jobFromJson(worker::line(worker::inspectJobToJson(c)), &error)->kind,
                 worker::Job::Kind::Inspect);
        QVERIFY(!worker::jobFromJson("{\"job\":\"run\",\"protocol\":99}", &error));
        QVERIFY(error.contains(QStringLiteral("protocol 99")));
        QVERIFY(!worker::jobFromJson("not json", &error));
    }

    void progressAndModelFileInfoRoundTrip()
    {
        RunProgress p{QStringLiteral("measure"), QStringLiteral("bf16"), 4, 120, 400, 0.3, 2.5, true};
        const RunProgress q = worker::progressFromJson(worker::progressToJson(p));
        QCOMPARE(q.stage, p.stage);
        QCOMPARE(q.method, p.method);
        QCOMPARE(q.batch, p.batch);
        QCOMPARE(q.callsDone, p.callsDone);
        QCOMPARE(q.callsTotal, p.callsTotal);
        QCOMPARE(q.fraction, p.fraction);
        QCOMPARE(q.etaSeconds, p.etaSeconds);
        QCOMPARE(q.totalEstimated, p.totalEstimated);

        engine::ModelFileInfo info;
        info.ok = true;
        info.arguments = {{"x", "Tensor", "", false, true}, {"scale", "float", "2.", true, false}};
        info.returns = "Dict(str, Tensor)";
        info.schema = "forward(__torch__.M self, Tensor x, float scale=2.) -> Dict(str, Tensor)";
        engine::InputSpec spec;
        spec.name = "x";
        spec.dims = {engine::InputSpec::kBatch, 6};
        spec.dtype = "int64";
        spec.hasRange = true;
        spec.lo = 0;
        spec.hi = 30522;
        spec.source = "graph";
        spec.reason = "the first Linear";
        info.inputSpecs = {spec};
        info.outputLeaves = {{"logits", "Float", {1, 3}, true}};
        info.primaryOutput = "logits";
        info.batched = true;
        info.cost.flops = 96;
        info.cost.weightBytes = 1000;
        info.cost.activationBytes = 44;
        info.cost.uncounted = {"aten::sort"};
        info.parameters = 75;
        info.weightBytes = 300;
        info.inputs = 6;
        info.outputs = 3;
        const QJsonObject json = worker::modelFileInfoToJson(info);
        QCOMPARE(worker::modelFileInfoToJson(worker::modelFileInfoFromJson(json)), json);
        const auto back = worker::modelFileInfoFromJson(json);
        QCOMPARE(back.inputSpecs.at(0).dims, spec.dims);
        QCOMPARE(back.inputSpecs.at(0).hi, 30522.0);
        QCOMPARE(back.arguments.at(1).defaultValue, std::string("2."));
    }

    void workerKeysValidateAndRoundTrip()
    {
        RunConfig c;
        QVERIFY(!applyText(c, QStringLiteral("isolation"), QStringLiteral("thread")));
        QVERIFY(!applyText(c, QStringLiteral("call-timeout"), QStringLiteral("2.5")));
        QVERIFY(!applyText(c, QStringLiteral("worker-memory-limit"), QStringLiteral("4096")));
        QVERIFY(!applyText(c, QStringLiteral("worker-cpu-limit"), QStringLiteral("none")));
        QCOMPARE(c.isolation, QStringLiteral("thread"));
        QCOMPARE(c.callTimeout, std::optional<double>(2.5));
        QCOMPARE(c.workerMemoryMiB, std::optional<qint64>(4096));
        QCOMPARE(c.workerCpuSeconds, std::optional<qint64>(0));
        RunConfig back;
        QVERIFY(!applyJson(back, toJson(c)));
        QVERIFY(back == c);
        QVERIFY(!validate(c));
        QVERIFY(!applyText(c, QStringLiteral("call-timeout"), QStringLiteral("auto")));
        QVERIFY(!c.callTimeout);
        // Defaults stay out of the JSON: configurations of before keep their keys.
        const QJsonObject defaults = toJson(RunConfig{});
        for (const char* key : {"isolation", "call-timeout", "worker-memory-limit", "worker-cpu-limit"})
            QVERIFY2(!defaults.contains(QLatin1String(key)), key);
        const auto bad = applyText(c, QStringLiteral("isolation"), QStringLiteral("fork"));
        QVERIFY(bad);
        QVERIFY(bad->allowed.contains(QStringLiteral("process, thread")));
        QVERIFY(applyText(c, QStringLiteral("call-timeout"), QStringLiteral("0")));
        QVERIFY(applyText(c, QStringLiteral("worker-memory-limit"), QStringLiteral("12")));
        QVERIFY(applyText(c, QStringLiteral("worker-cpu-limit"), QStringLiteral("1.5")));
        QVERIFY(applyJson(c, QJsonObject{{QStringLiteral("worker-memory-limit"), 1.5}}));
        QVERIFY(!applyJson(c, QJsonObject{{QStringLiteral("worker-memory-limit"), QJsonValue()}}));
        QVERIFY(!c.workerMemoryMiB);
    }

    void limitsFromTheConfiguration()
    {
        RunConfig c;
        WorkerLimits l = workerLimitsFor(c);
#if !defined(__SANITIZE_ADDRESS__)
        if (physicalMemoryBytes() > 0)
            QCOMPARE(l.addressSpaceBytes, physicalMemoryBytes() / 4 * 3);
#endif
        QVERIFY(l.cpuSeconds >= 3600);
        c.workerMemoryMiB = 0;
        c.workerCpuSeconds = 120;
        c.threads = 2;
        l = workerLimitsFor(c);
        QCOMPARE(l.addressSpaceBytes, qint64(0));
        QCOMPARE(l.cpuSeconds, qint64(120));
        QCOMPARE(setupLimitSeconds(RunConfig{}), 600.0);
        c.callTimeout = 5;
        QCOMPARE(setupLimitSeconds(c), 100.0);
        QCOMPARE(inspectLimitSeconds(c), 10.0);
    }

    void supervisorMessagesAreDiagnosed_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("id");
        QTest::addRow("timeout") << "forward did not return within 10 s at batch 4" << "worker_timeout";
        QTest::addRow("timeout in setup") << "preparing bf16 did not finish within 600 s" << "worker_timeout";
        QTest::addRow("segv") << "the worker process crashed with signal 11 (SIGSEGV) in forward at batch 8"
                              << "worker_crashed";
        QTest::addRow("kill") << "the worker process was killed by signal 9 (SIGKILL) from outside in forward at batch 1"
                              << "worker_crashed";
        QTest::addRow("oom kill") << "the worker process was killed by signal 9 (SIGKILL) from outside in forward at "
                                     "batch 1; it used 20 GiB of the machine's 23 GiB when last seen: most likely the "
                                     "out-of-memory killer"
                                  << "out_of_memory";
        QTest::addRow("bad_alloc") << "the worker process crashed with signal 6 (SIGABRT) in forward at batch 1; it "
                                      "wrote: terminate called after throwing an instance of 'std::bad_alloc'"
                                   << "out_of_memory";
        QTest::addRow("allocator") << "DefaultCPUAllocator: can't allocate memory: you tried to allocate 8589934592 "
                                      "bytes. Error code 12 (Cannot allocate memory)"
                                   << "out_of_memory";
        QTest::addRow("cpu limit") << "the worker process used up its CPU-time limit of 3600 s (worker-cpu-limit) in "
                                      "forward at batch 1"
                                   << "worker_cpu_limit";
    }

    void supervisorMessagesAreDiagnosed()
    {
        QFETCH(QString, message);
        QFETCH(QString, id);
        const DiagnosisRef d = diagnoseError(message);
        QCOMPARE(d.id, id);
        const DiagnosisText text = renderDiagnosis(d);
        QVERIFY(!text.cause.isEmpty() && !text.cause.contains(QLatin1Char('{')));
        QVERIFY(!text.fix.isEmpty());
    }

    void nonFiniteEagerPointsAtTheModel()
    {
        MethodResult eager;
        eager.method = QStringLiteral("eager");
        flagNonFinite(eager);
        QCOMPARE(eager.diagnosis.id, QStringLiteral("non_finite_model"));
        QVERIFY(!renderDiagnosis(eager.diagnosis).cause.contains(QStringLiteral("quantization")));
        MethodResult other;
        other.method = QStringLiteral("dynamic_int8");
        flagNonFinite(other);
        QCOMPARE(other.diagnosis.id, QStringLiteral("non_finite_output"));
    }

    void noiseIsNeverMoreThanTheMachine()
    {
        // 0.02 s of measurement on 2 CPUs, with tick-counted busy time far above what fits: no share at all.
        MachineNoise n = noiseBetween(reading(100, 50, 1), reading(100.02, 50.2, 1.01));
        QVERIFY(!n.otherCpuShare);
        QVERIFY(n.otherCpuSeconds && *n.otherCpuSeconds <= 0.04 + 1e-12);
        QVERIFY(!n.busy);
        // 2 s: 3 CPU-seconds of others fit in 4; 9 do not and are clamped to the whole machine.
        n = noiseBetween(reading(100, 50, 1), reading(102, 54, 2));
        QVERIFY(n.otherCpuShare);
        QCOMPARE(*n.otherCpuShare, 0.75);
        QVERIFY(n.busy);
        n = noiseBetween(reading(100, 50, 1), reading(102, 60, 2));
        QCOMPARE(*n.otherCpuShare, 1.0);
        // The counters cover 8 CPUs (a container on a bigger host) while 2 are this process's.
        NoiseReading before = reading(100, 50, 1), after = reading(102, 54, 2);
        after.statCpus = 8;
        n = noiseBetween(before, after);
        QCOMPARE(*n.otherCpuShare, 3.0 / 16.0);
        // A short measurement reads from the start of the run instead.
        n = noiseOfMeasurement(reading(90, 40, 0.5), reading(100, 50, 1), reading(100.1, 50.1, 1.05));
        QVERIFY(n.otherCpuShare);
        QVERIFY(*n.otherCpuShare <= 1.0);
        QVERIFY(qFuzzyCompare(n.seconds, 10.1));
    }

    void noiseOfTwoWorkersCombines()
    {
        const MachineNoise a = noiseBetween(reading(0, 0, 0), reading(2, 1, 0));  // 1 of 4 CPU-seconds
        const MachineNoise b = noiseBetween(reading(10, 10, 0), reading(12, 13, 0));  // 3 of 4
        const MachineNoise c = combineNoise(a, b);
        QCOMPARE(c.seconds, 4.0);
        QCOMPARE(*c.otherCpuSeconds, 4.0);
        QCOMPARE(*c.otherCpuShare, 0.5);
        QVERIFY(c.busy);
    }
};

QTEST_GUILESS_MAIN(TestSupervision)
#include "tst_supervision.moc"
