// SPDX-License-Identifier: MIT
#include "historyfixture.h"

#include <QDateTime>
#include <QJsonArray>

#include <cmath>

#include "bench/analysis.h"
#include "stats/rng.h"

namespace ob::test {

RunResult syntheticRun(const SyntheticRun& spec)
{
    RunResult run;
    run.toolVersion = QStringLiteral("0.1.0 (commit test, Release)");
    run.config.model = spec.model;
    run.config.hidden = spec.hidden;
    run.config.layers = 2;
    run.config.batches = {1, 4};
    run.config.methods = {QStringLiteral("eager"), QStringLiteral("native_fp32"), QStringLiteral("dynamic_int8")};
    run.config.seed = spec.seed;
    run.methods = run.config.methods;
    run.started = QDateTime(QDate(2025, 3, 1), QTime(10, 0), Qt::UTC).addSecs(static_cast<qint64>(spec.seed) * 60);
    run.finished = run.started.addSecs(30);
    run.environment = QJsonObject{{QStringLiteral("cpu_model"), spec.cpu}, {QStringLiteral("hostname"), spec.host},
        {QStringLiteral("torch_version"), QStringLiteral("1.13.1")}, {QStringLiteral("intra_op_threads"), 1},
        {QStringLiteral("cpu_flags"), QJsonArray{QStringLiteral("avx2"), QStringLiteral("fma")}}};
    run.noise.cpus = 2;
    run.noise.loadBefore = 0.2;
    run.noise.otherCpuShare = 0.01;
    stats::SplitMix64 rng(spec.seed * 7919 + 17);
    const QMap<QString, double> base{
        {QStringLiteral("eager"), 1.0}, {QStringLiteral("native_fp32"), 0.5}, {QStringLiteral("dynamic_int8"), 1.3}};
    // A process shifts every method alike (the machine's state), as measured (docs/worker.md, "Forks").
    std::vector<double> processShifts;
    for (int p = 0; p < spec.processes; ++p)
        processShifts.push_back(std::sqrt(-2 * std::log(rng.uniform())) * std::cos(6.283185307179586 * rng.uniform()));
    for (const auto& method : run.methods) {
        MethodResult r;
        r.method = method;
        r.model = spec.model;
        r.status = MethodStatus::Ok;
        r.score = 0.5;
        r.scoreCi = stats::Interval{0.49, 0.51};
        stats::Fidelity f;
        f.cosine = 1;
        f.argmaxAgreement = 100;
        r.fidelity = f;
        for (int batch : run.config.batches) {
            BatchResult b;
            b.batch = batch;
            const double centre = 0.1 * (batch == 1 ? 1.0 : 2.5) * base.value(method) * spec.scale.value(method, 1.0)
                * spec.processShift;
            const auto normal = [&rng] {
                return std::sqrt(-2 * std::log(rng.uniform())) * std::cos(6.283185307179586 * rng.uniform());
            };
            for (int p = 0; p < spec.processes; ++p) {
                // Each process is one draw of the machine: all its samples shifted alike.
                const double shift = spec.processes > 1 ? std::exp(spec.processSpread * processShifts[p]) : 1.0;
                for (int i = 0; i < spec.samples; ++i) {
                    const double tail = rng.uniform() < 0.02 ? 1.5 : 1.0;  // a rare slow call, as timings have
                    b.samplesMs.push_back(centre * shift * std::exp(spec.noise * normal()) * tail);
                }
                if (spec.processes > 1) {
                    ProcessBatch pb;
                    pb.fork = p;
                    pb.samples = spec.samples;
                    pb.calls = spec.samples;
                    b.processes.push_back(pb);
                }
            }
            b.calls = static_cast<qint64>(spec.samples) * spec.processes;
            b.stopRule = QString::fromLatin1(stoprule::kIterations);
            analyzeBatch(b, bootstrapSeed(spec.seed, method, batch));
            r.batches.push_back(std::move(b));
        }
        run.results.push_back(std::move(r));
    }
    addSpeedups(run);
    return run;
}

} // namespace ob::test
