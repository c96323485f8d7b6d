// SPDX-License-Identifier: MIT
// A fix is offered only when it may help (diagnosis/fixrules.h): not bf16 on a CPU without bf16 instructions, not
// a method that failed or ran slower than eager in this run, not a setting the run already has. And every text a
// person reads about a diagnosis, a hint, the summary or the measurement is plain words in both languages: no
// command-line flag, no option key, no internal document name.

#include <QJsonArray>
#include <QRegularExpression>
#include <QtTest>

#include "diagnosis/catalog.h"
#include "diagnosis/fixrules.h"
#include "diagnosis/steadiness.h"
#include "diagnosis/titles.h"
#include "format/runsummary.h"
#include "format/statstext.h"
#include "i18n/language.h"

using namespace ob;

namespace {

const FixAction kUseBf16{QStringLiteral("method"), QString(), QStringLiteral("bf16")};

RunResult runOn(const QStringList& cpuFlags)
{
    RunResult run;
    run.config.batches = {1, 4};
    run.environment.insert(QStringLiteral("cpu_flags"), QJsonArray::fromStringList(cpuFlags));
    MethodResult failed;
    failed.method = QStringLiteral("fp16_dynamic");
    failed.status = MethodStatus::Failed;
    failed.diagnosis = DiagnosisRef{QStringLiteral("fp16_unsupported"), {}, {kUseBf16}};
    run.results.push_back(failed);
    return run;
}

MethodResult measuredMethod(const QString& method, const QList<double>& ratios)
{
    MethodResult r;
    r.method = method;
    r.status = MethodStatus::Ok;
    int batch = 1;
    for (double ratio : ratios) {
        r.speedupVsEager.push_back(SpeedupEntry{batch, ratio, {ratio * 0.95, ratio * 1.05}, 0.001, true});
        batch *= 4;
    }
    return r;
}

/// A command-line flag, an option key with a value, or the name of a document or a benchmark target.
const QRegularExpression kNotForPeople(
    QStringLiteral("(^|[\\s(\"'])--[a-z]|\\b[a-z]+\\.[a-z_]+\\s*=|\\b[a-z][a-z_-]*=[a-z0-9]|docs/|\\.md\\b|"
                   "\\bbench_[a-z]+|optibench-cli"));

QStringList offending(const QStringList& texts)
{
    QStringList out;
    for (const auto& t : texts)
        if (kNotForPeople.match(t).hasMatch())
            out << t.left(200);
    return out;
}

/// Every catalog entry rendered with and without the arguments its variants need.
QStringList catalogTexts()
{
    QStringList texts;
    for (const auto& e : diagnosisCatalog()) {
        for (const bool withArgs : {false, true}) {
            DiagnosisRef ref;
            ref.id = e.id;
            if (withArgs)
                for (const char* key : {"cosine", "outputs", "path", "suggested", "engine", "backend", "got", "expected",
                                        "top1", "leaf", "dtypes", "supported"})
                    ref.args.insert(QLatin1String(key), QStringLiteral("x"));
            ref.args.insert(QStringLiteral("control_flow"),
                            withArgs ? QStringLiteral("data-dependent") : QStringLiteral("static"));
            const DiagnosisText d = renderDiagnosis(ref);
            texts << d.cause << d.fix;
        }
        texts << diagnosisTitle(e.id);
        for (const auto& fix : e.fixes)
            texts << fixActionText(fix);
    }
    for (const char* flag : {"numerically_wrong", "non_finite", "drifted", "frozen_control_flow", "approximation",
                             "oversubscribed", "blas_kernel_forced", "int8_slower_than_eager", "roof_exceeded"})
        texts << flagText(QLatin1String(flag));
    for (const auto& fix : {FixAction{QStringLiteral("setting"), QStringLiteral("threads"), QStringLiteral("1")},
                            FixAction{QStringLiteral("setting"), QStringLiteral("blas-threads"), QStringLiteral("1")},
                            FixAction{QStringLiteral("setting"), QStringLiteral("qengine"), QStringLiteral("qnnpack")},
                            FixAction{QStringLiteral("machine"), QStringLiteral("remeasure"), QString()}})
        texts << fixActionText(fix);
    return texts;
}

/// A run whose notes and summary say everything they can: not steady, outliers, stop rules, failures, drift.
RunResult talkativeRun()
{
    RunResult run = runOn({QStringLiteral("avx2")});
    run.config.iterations = 100;
    run.config.excludeOutliers = true;
    MethodResult eager = measuredMethod(QStringLiteral("eager"), {});
    MethodResult fast = measuredMethod(QStringLiteral("jit_script"), {1.05});
    for (MethodResult* r : {&eager, &fast}) {
        BatchResult b;
        b.batch = 1;
        b.samplesMs = {1, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 5};
        summarizeBatch(b);
        b.steady = false;
        b.drift = stats::Drift{0.2, 0.001, true};
        b.stopRule = QLatin1String(stoprule::kTimeBudget);
        b.block = 4;
        r->batches.push_back(b);
    }
    run.results.push_back(eager);
    run.results.push_back(fast);
    return run;
}

}  // namespace

class TestFixRules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { i18n::setLanguage(QStringLiteral("en")); }

    void bf16OnlyWhereTheCpuHasIt()
    {
        QVERIFY(computesInBf16(QStringLiteral("bf16")));
        QVERIFY(!computesInBf16(QStringLiteral("dynamic_int8")));
        QVERIFY(!hasNativeBf16({}).has_value());
        QVERIFY(hasNativeBf16({QStringLiteral("avx2"), QStringLiteral("avx512f")}) == false);
        QVERIFY(hasNativeBf16({QStringLiteral("avx512_bf16")}) == true);
        QVERIFY(hasNativeBf16({QStringLiteral("amx_bf16")}) == true);

        const QString method = QStringLiteral("fp16_dynamic");
        // No bf16 instructions: emulated, slower: not offered, and the reason says why.
        RunResult noBf16 = runOn({QStringLiteral("avx2"), QStringLiteral("fma")});
        const QString why = fixUnhelpfulReason(noBf16, method, kUseBf16);
        QVERIFY2(why.contains(QStringLiteral("bf16")) && why.contains(QStringLiteral("slower")), qPrintable(why));
        QVERIFY(helpfulFixes(noBf16, method, noBf16.results[0].diagnosis).isEmpty());
        // A CPU with AVX512_BF16: offered.
        RunResult bf16Cpu = runOn({QStringLiteral("avx512f"), QStringLiteral("avx512_bf16")});
        QVERIFY(fixUnhelpfulReason(bf16Cpu, method, kUseBf16).isEmpty());
        QCOMPARE(helpfulFixes(bf16Cpu, method, bf16Cpu.results[0].diagnosis).size(), 1);
        // Unknown CPU flags (an old session): nothing known against it.
        QVERIFY(fixUnhelpfulReason(runOn({}), method, kUseBf16).isEmpty());
    }

    void notAMethodThatLostHere()
    {
        RunResult run = runOn({QStringLiteral("avx512_bf16")});
        const QString method = QStringLiteral("fp16_dynamic");
        // bf16 ran in this run, 3x slower than eager at both batch sizes: the measurement decides.
        run.results.push_back(measuredMethod(QStringLiteral("bf16"), {1 / 3.0, 1 / 2.5}));
        const QString why = fixUnhelpfulReason(run, method, kUseBf16);
        QVERIFY2(why.contains(QStringLiteral("2.5")) && why.contains(QStringLiteral("slower")), qPrintable(why));
        // Faster at one batch size: worth a try.
        run.results.back() = measuredMethod(QStringLiteral("bf16"), {1 / 3.0, 1.2});
        QVERIFY(fixUnhelpfulReason(run, method, kUseBf16).isEmpty());
        // A slower ratio that is noise is no evidence.
        run.results.back() = measuredMethod(QStringLiteral("bf16"), {0.97});
        run.results.back().speedupVsEager[0].significant = false;
        QVERIFY(fixUnhelpfulReason(run, method, kUseBf16).isEmpty());
        // Failed in this run: it would fail again.
        run.results.back().status = MethodStatus::Failed;
        QVERIFY(fixUnhelpfulReason(run, method, kUseBf16).contains(QStringLiteral("failed")));
    }

    void notASettingTheRunHas()
    {
        RunResult run = runOn({});
        const FixAction oneThread{QStringLiteral("setting"), QStringLiteral("threads"), QStringLiteral("1")};
        run.config.threads = 1;
        QVERIFY(!fixUnhelpfulReason(run, QStringLiteral("eager"), oneThread).isEmpty());
        run.config.threads = 4;
        QVERIFY(fixUnhelpfulReason(run, QStringLiteral("eager"), oneThread).isEmpty());
        const FixAction qnnpack{QStringLiteral("setting"), QStringLiteral("qengine"), QStringLiteral("qnnpack")};
        QVERIFY(fixUnhelpfulReason(run, QStringLiteral("dynamic_int8"), qnnpack).isEmpty());
        run.config.qengine = QStringLiteral("qnnpack");
        QVERIFY(!fixUnhelpfulReason(run, QStringLiteral("dynamic_int8"), qnnpack).isEmpty());
        // Re-measuring the machine always may help.
        QVERIFY(fixUnhelpfulReason(run, QStringLiteral("eager"),
                                   FixAction{QStringLiteral("machine"), QStringLiteral("remeasure"), QString()})
                    .isEmpty());
    }

    void interpretedFuserOnlyOnSmallModels()
    {
        // Running the fuser without LLVM means NNC's interpreter, 15-100x slower than eager: offered where eager's
        // calls are short enough for that to finish, not on a model whose eager call takes milliseconds.
        const FixAction noLlvm{QStringLiteral("setting"), QStringLiteral("fuser.llvm_required"),
                               QStringLiteral("false")};
        RunResult run = runOn({});
        QVERIFY2(fixUnhelpfulReason(run, QStringLiteral("fuser"), noLlvm).isEmpty(), "no eager: nothing known");
        MethodResult eager = measuredMethod(QStringLiteral("eager"), {});
        for (const double ms : {0.1, 0.4}) {
            BatchResult b;
            b.latencyMs.p50 = ms;
            b.medianMs = ms;
            eager.batches.push_back(b);
        }
        run.results.push_back(eager);
        QVERIFY(fixUnhelpfulReason(run, QStringLiteral("fuser"), noLlvm).isEmpty());
        run.results.back().batches.back().medianMs = 8.0;  // an image CNN's call
        const QString why = fixUnhelpfulReason(run, QStringLiteral("fuser"), noLlvm);
        QVERIFY2(why.contains(QStringLiteral("8 ms")) && why.contains(QStringLiteral("0.8 s")), qPrintable(why));
        QVERIFY(offending({why}).isEmpty());
    }

    void driftOnlyWhenItMatters()
    {
        MethodResult twice = measuredMethod(QStringLiteral("jit_script"), {2.0});
        BatchResult b;
        b.batch = 1;
        b.steady = false;
        b.drift = stats::Drift{0.10, 0.001, true};  // 10% against a 2x difference: the verdict stands
        QVERIFY(!driftMatters(twice, b));
        b.drift.relativeChange = -0.6;
        QVERIFY(driftMatters(twice, b));
        MethodResult close = measuredMethod(QStringLiteral("jit_script"), {1.06});
        b.drift.relativeChange = 0.06;  // 6% against a 6% difference: it might not be faster at all
        QVERIFY(driftMatters(close, b));
        b.drift.relativeChange = 0.03;  // below what is worth a word
        QVERIFY(!driftMatters(close, b));
        MethodResult eager = measuredMethod(QStringLiteral("eager"), {});
        b.drift.relativeChange = 0.08;  // the baseline of every comparison
        QVERIFY(driftMatters(eager, b));
        b.steady = true;
        QVERIFY(!driftMatters(eager, b));
        b.steady = false;
        const QString advice = driftAdvice(eager, b);
        QVERIFY2(advice.contains(QStringLiteral("+8.0%")) && advice.contains(QStringLiteral("warm-up")),
                 qPrintable(advice));
    }

    void plainWordsInBothLanguages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addRow("en") << QStringLiteral("en");
        QTest::addRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void plainWordsInBothLanguages()
    {
        QFETCH(QString, language);
        QVERIFY(i18n::setLanguage(language));
        QStringList texts = catalogTexts();
        const RunResult run = talkativeRun();
        texts << measurementNotes(run).split(QLatin1Char('\n'));
        texts << summaryLines(summarizeRun(run));
        for (const auto& r : run.results)
            for (const auto& b : r.batches)
                texts << driftAdvice(r, b);
        RunResult withFixes = runOn({QStringLiteral("avx2")});
        withFixes.results.push_back(measuredMethod(QStringLiteral("bf16"), {0.3}));
        withFixes.results[0].status = MethodStatus::Failed;
        for (const auto& fix : {kUseBf16, FixAction{QStringLiteral("setting"), QStringLiteral("threads"), QStringLiteral("1")}})
            texts << fixUnhelpfulReason(withFixes, QStringLiteral("fp16_dynamic"), fix);
        QVERIFY(texts.size() > 150);
        const QStringList bad = offending(texts);
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
        // The check itself catches what it must.
        QCOMPARE(offending({QStringLiteral("try --warmup 200"), QStringLiteral("set native.isa=auto"),
                            QStringLiteral("see docs/performance.md"), QStringLiteral("isolation=thread"),
                            QStringLiteral("(--qengine fbgemm)")})
                     .size(),
                 5);
        QVERIFY(offending({QStringLiteral("use simplify_outputs+jit_trace"), QStringLiteral("cosine 0.99 < 1"),
                           QStringLiteral("a-b"), QStringLiteral("OPENBLAS_CORETYPE=HASWELL")})
                    .isEmpty());
    }
};

QTEST_MAIN(TestFixRules)
#include "tst_fixrules.moc"
