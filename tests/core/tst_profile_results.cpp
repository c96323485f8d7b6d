// SPDX-License-Identifier: MIT
// The profile in core: shares and coverage, the comparison of two methods (appeared, vanished, faster, same), the
// default pair, the texts and CSV, the JSON round trip (and old files without it), and the runner's profiled pass,
// which runs after a batch size's measurement and never inside its timed samples.

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

#include <atomic>
#include <deque>

#include "bench/runner.h"
#include "format/profilecsv.h"
#include "format/profiletext.h"
#include "format/runjson.h"
#include "optibench/engine/engine.h"
#include "results/profilecompare.h"
#include "testutils.h"

using namespace ob;

namespace {

ProfileRow row(const char* op, const char* module, double selfMs, double totalMs, double flops = 0)
{
    ProfileRow r;
    r.op = QString::fromLatin1(op);
    r.module = QString::fromLatin1(module);
    r.scope = QStringLiteral("op");
    r.calls = 1;
    r.selfMs = selfMs;
    r.totalMs = totalMs;
    r.flops = flops;
    r.shapes = QStringLiteral("[1, 8], [8, 8], [8]");
    return r;
}

MethodResult profiledMethod(const char* method, std::vector<ProfileRow> rows, double timedMs)
{
    MethodResult r;
    r.method = QString::fromLatin1(method);
    r.status = MethodStatus::Ok;
    MethodProfile p;
    p.batch = 1;
    p.forwards = 10;
    p.wallMs = timedMs * 1.3;
    p.rows = std::move(rows);
    finishProfile(p, timedMs);
    r.profile = p;
    return r;
}

/// eager: linear (with its addmm inside) in two modules, relu; frozen: matmul and add instead of linear.
RunResult twoMethods()
{
    RunResult run;
    run.results.push_back(profiledMethod(
        "eager",
        {row("aten::linear", "fc1", 0.004, 0.010, 2048), row("aten::addmm", "fc1", 0.006, 0.006),
         row("aten::linear", "fc2", 0.005, 0.012, 2048), row("aten::addmm", "fc2", 0.007, 0.007),
         row("aten::relu", "", 0.002, 0.002)},
        0.025));
    run.results.push_back(profiledMethod(
        "freeze_optimize",
        {row("aten::matmul", "", 0.008, 0.008, 4096), row("aten::add", "", 0.002, 0.002),
         row("aten::relu", "", 0.00201, 0.00201)},
        0.012));
    return run;
}

/// What one prepared method saw (kept by the test: the runner destroys its methods).
struct Counts {
    int forwards = 0;
    int profiles = 0;
    int forwardsBeforeProfile = -1;
};

/// Counts forward calls; its profile runs forwards of its own, which must never be timed.
class CountingMethod : public engine::PreparedMethod {
public:
    CountingMethod(std::string method, Counts& counts) : m_method(std::move(method)), m_counts(counts)
    {
        engine::StepReport s;
        s.strategy = "eager";
        m_steps.push_back(s);
    }
    const std::string& method() const override { return m_method; }
    bool ok() const override { return true; }
    const std::vector<engine::StepReport>& steps() const override { return m_steps; }
    double setupMs() const override { return 0; }
    std::int64_t weightBytes() const override { return 4; }
    void forward(const float*, int) override { ++m_counts.forwards; }
    void evaluate(const float*, int n, std::vector<float>& scores) override
    {
        scores.assign(std::size_t(n) * 13, 0.5f);
    }
    void saveTorchScript(const std::string&) const override {}
    engine::MethodProfile profile(const float* input, int batch, const engine::ProfileOptions& options) override
    {
        ++m_counts.profiles;
        m_counts.forwardsBeforeProfile = m_counts.forwards;
        for (int i = 0; i < options.minForwards; ++i)
            forward(input, batch);
        engine::MethodProfile p;
        p.batch = batch;
        p.forwards = options.minForwards;
        p.wallMs = 0.01;
        p.rows.push_back({"aten::linear", "fc1.0", "op", 1, 0.008, 0.005, 1000, "[1, 4]"});
        p.rows.push_back({"aten::addmm", "fc1.0", "op", 1, 0.003, 0.003, 0, "[1, 4]"});
        return p;
    }

private:
    std::string m_method;
    Counts& m_counts;
    std::vector<engine::StepReport> m_steps;
};

class CountingWorkspace : public engine::Workspace {
public:
    CountingWorkspace(engine::ModelSpec spec, std::deque<Counts>& made) : m_spec(std::move(spec)), m_made(made) {}
    const engine::ModelSpec& spec() const override { return m_spec; }
    const engine::EngineSettings& settings() const override { return m_settings; }
    std::unique_ptr<engine::PreparedMethod> prepare(const std::string& method, const engine::PrepareContext&) override
    {
        m_made.emplace_back();
        return std::make_unique<CountingMethod>(method, m_made.back());
    }

private:
    engine::ModelSpec m_spec;
    engine::EngineSettings m_settings;
    std::deque<Counts>& m_made;
};

}  // namespace

class TestProfileResults : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sharesAndCoverage()
    {
        const RunResult run = twoMethods();
        const MethodProfile& p = *run.result(QStringLiteral("eager"))->profile;
        double shares = 0;
        for (const auto& r : p.rows)
            shares += r.share;
        QCOMPARE(shares, 1.0);
        QCOMPARE(p.profiledMs, 0.024);
        QCOMPARE(p.coverage, 0.024 / 0.025);
        QVERIFY(!p.missesTime());
        QVERIFY(!p.inflated());
        QVERIFY(qAbs(p.overhead() - 0.3) < 1e-12);
        MethodProfile missing = p;
        finishProfile(missing, 0.05);  // the operators cover 48% of the timed median
        QVERIFY(missing.missesTime());
        QVERIFY(profileCoverageText(missing).contains(QStringLiteral("misses 52%")));
        MethodProfile inflated = p;
        finishProfile(inflated, 0.015);
        QVERIFY(inflated.inflated());
        QVERIFY(profileCoverageText(inflated).contains(QStringLiteral("inflates")));
    }

    void operatorTotalsAddModulesUp()
    {
        const RunResult run = twoMethods();
        const auto totals = operatorTotals(*run.result(QStringLiteral("eager"))->profile);
        QCOMPARE(totals.size(), std::size_t(3));
        QCOMPARE(totals[0].op, QStringLiteral("aten::addmm"));  // 13 µs self over both modules: the longest
        QCOMPARE(totals[0].calls, 2.0);
        QCOMPARE(totals[1].op, QStringLiteral("aten::linear"));
        QCOMPARE(totals[1].flops, 4096.0);
        QVERIFY(totals[1].module.isEmpty());
    }

    void comparisonSaysWhatChanged()
    {
        const RunResult run = twoMethods();
        const auto deltas = compareProfiles(*run.result(QStringLiteral("eager"))->profile,
                                            *run.result(QStringLiteral("freeze_optimize"))->profile);
        QMap<QString, ProfileDelta::Change> changes;
        for (const auto& d : deltas)
            changes.insert(d.op, d.change);
        QCOMPARE(changes.value(QStringLiteral("aten::linear")), ProfileDelta::Change::Vanished);
        QCOMPARE(changes.value(QStringLiteral("aten::addmm")), ProfileDelta::Change::Vanished);
        QCOMPARE(changes.value(QStringLiteral("aten::matmul")), ProfileDelta::Change::Appeared);
        QCOMPARE(changes.value(QStringLiteral("aten::relu")), ProfileDelta::Change::Same);  // 2.00 -> 2.01 µs
        QCOMPARE(deltas.front().op, QStringLiteral("aten::addmm"));  // the largest change first
        const auto [base, other] = defaultProfilePair(run);
        QCOMPARE(base, QStringLiteral("eager"));
        QCOMPARE(other, QStringLiteral("freeze_optimize"));
    }

    void textAndCsv()
    {
        const RunResult run = twoMethods();
        const QString text = profileText(run, 3);
        for (const char* s : {"eager, batch 1 (10 profiled forward", "aten::linear", "fc2", "(top)",
                              "... and 2 more row", "eager → freeze_optimize", "vanished (fused or folded)",
                              "appeared", "0.20"})  // linear in fc1: 2048 FLOPs in 0.010 ms = 0.20 GFLOP/s
            QVERIFY2(text.contains(QString::fromUtf8(s)), qPrintable(QString::fromUtf8(s) + QLatin1Char('\n') + text));
        QVERIFY(profileText(RunResult{}, 3).isEmpty());
        const QString comparison =
            profileComparisonText(run, QStringLiteral("eager"), QStringLiteral("freeze_optimize"), 10);
        static const QRegularExpression relu(QStringLiteral("aten::relu +0\\.0020 +0\\.0020 +same\n"));
        QVERIFY2(comparison.contains(relu), qPrintable(comparison));
        const QString csv = QString::fromUtf8(profileToCsv(run));
        const QStringList lines = csv.trimmed().split(QStringLiteral("\r\n"));
        QCOMPARE(lines.size(), 1 + 5 + 3);
        QVERIFY(lines[1].startsWith(QStringLiteral("eager,1,aten::linear,fc1,op,1,0.01,0.004,")));
        QVERIFY(lines[1].contains(QStringLiteral("\"[1, 8], [8, 8], [8]\"")));
        QCOMPARE(profileCsvPath(QStringLiteral("/tmp/run.csv")), QStringLiteral("/tmp/run.profile.csv"));
        QCOMPARE(profileCsvPath(QStringLiteral("out")), QStringLiteral("out.profile.csv"));
    }

    void jsonRoundTrip()
    {
        const RunResult run = twoMethods();
        const MethodResult& eager = *run.result(QStringLiteral("eager"));
        const QJsonObject o = methodToJson(eager);
        const QJsonObject profile = o.value(QStringLiteral("profile")).toObject();
        QCOMPARE(profile.value(QStringLiteral("coverage")).toDouble(), eager.profile->coverage);
        const QJsonObject first = profile.value(QStringLiteral("rows")).toArray().at(0).toObject();
        for (const char* key : {"op", "module", "calls", "total_ms", "self_ms", "share", "flops", "shapes"})
            QVERIFY2(first.contains(QLatin1String(key)), key);
        const auto back = methodFromJson(o, nullptr);
        QVERIFY(back && back->profile);
        QCOMPARE(*back->profile, *eager.profile);
        // A method written before profiles existed, or without --profile, has none.
        QJsonObject old = o;
        old.remove(QStringLiteral("profile"));
        const auto oldBack = methodFromJson(old, nullptr);
        QVERIFY(oldBack && !oldBack->profile);
        // A failed profile keeps its error.
        MethodResult failed = eager;
        failed.profile->rows.clear();
        failed.profile->error = QStringLiteral("deliberate");
        QCOMPARE(methodFromJson(methodToJson(failed), nullptr)->profile->error, QStringLiteral("deliberate"));
    }

    void runnerProfilesOutsideTheTimedSamples()
    {
        for (const bool profile : {false, true}) {
            RunConfig c = ob::test::quickConfig({QStringLiteral("eager"), QStringLiteral("eager+eager+eager")});
            c.isolation = QStringLiteral("thread");
            c.options.insert(QStringLiteral("roofline"), QStringLiteral("off"));
            c.profile = profile;
            std::deque<Counts> made;
            BenchmarkRunner runner(c, [&made](const engine::ModelSpec& s, const engine::EngineSettings&) {
                return std::make_unique<CountingWorkspace>(s, made);
            });
            std::atomic<bool> cancel{false};
            RunObserver observer;
            const RunResult run = runner.run(observer, cancel);
            QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
            for (const auto& r : run.results) {
                QCOMPARE(r.batches.size(), std::size_t(2));
                for (const auto& b : r.batches) {
                    QCOMPARE(b.calls, qint64(20));  // the same with and without the profile
                    QCOMPARE(b.samplesMs.size() * std::size_t(b.block), std::size_t(20));
                }
                QCOMPARE(r.profile.has_value(), profile);
                if (!profile)
                    continue;
                QCOMPARE(r.profile->batch, 1);  // the first batch size
                QCOMPARE(r.profile->timedMs, r.batch(1)->latencyMs.p50);
                QCOMPARE(r.profile->rows.front().share, 0.625);
            }
            int profiles = 0;
            for (const auto& m : made) {
                profiles += m.profiles;
                if (m.profiles)  // after batch 1's measurement (warm-up, check and timed calls), before batch 4's
                    QVERIFY2(m.forwardsBeforeProfile >= 20 && m.forwardsBeforeProfile < 40,
                             qPrintable(QString::number(m.forwardsBeforeProfile)));
            }
            QCOMPARE(profiles, profile ? 2 : 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestProfileResults)
#include "tst_profile_results.moc"
