// SPDX-License-Identifier: MIT
// The run summary on synthetic runs: the fastest faithful method per batch size with its speed-up, the faster one
// that drifts (named, with how it drifts), eager when nothing beats it, "≈" when the fastest is not significantly
// faster, failures and methods that do not apply, each in one line; in English and Chinese; and the JSON key.

#include <QtTest>

#include <random>

#include "bench/analysis.h"
#include "format/runjson.h"
#include "format/runsummary.h"
#include "format/texttable.h"
#include "i18n/language.h"

using namespace ob;

namespace {

bool hasCjk(const QString& text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff)
            return true;
    return false;
}

/// 200 samples around `medianMs` (±3% noise), analysed like the runner does.
BatchResult batchAround(int batch, double medianMs, unsigned seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<double> noise(0, 0.015);
    BatchResult b;
    b.batch = batch;
    for (int i = 0; i < 200; ++i)
        b.samplesMs.push_back(medianMs * (1 + noise(rng)));
    b.calls = 200;
    b.stopRule = QLatin1String(stoprule::kCiTarget);
    analyzeBatch(b, seed);
    return b;
}

MethodResult method(const QString& name, const QList<std::pair<int, double>>& medians, double cosine = 1,
                    bool isFaithful = true)
{
    MethodResult r;
    r.method = name;
    r.model = QStringLiteral("reasoning");
    r.status = MethodStatus::Ok;
    r.setupMs = 12;
    unsigned seed = static_cast<unsigned>(qHash(name));
    for (const auto& [batch, ms] : medians)
        r.batches.push_back(batchAround(batch, ms, seed++));
    stats::Fidelity f;
    f.cosine = cosine;
    f.argmaxAgreement = isFaithful ? 100 : 96.5;
    f.faithful = isFaithful;
    r.fidelity = f;
    if (!isFaithful)
        r.flags << QStringLiteral("numerically_wrong");
    return r;
}

/// Eager, two faithful methods, one that drifts, one that failed and one that does not apply.
RunResult syntheticRun()
{
    RunResult run;
    run.config.batches = {1, 4, 16};
    run.results.push_back(method(QStringLiteral("eager"), {{1, 1.0}, {4, 4.0}, {16, 10.0}}));
    run.results.push_back(method(QStringLiteral("jit_script"), {{1, 0.5}, {4, 3.2}, {16, 12.0}}));
    run.results.push_back(method(QStringLiteral("dynamic_int8"), {{1, 0.3}, {4, 5.0}, {16, 13.0}}, 0.9512, false));
    run.results.push_back(method(QStringLiteral("native_fp32"), {{1, 0.7}, {4, 2.0}, {16, 11.0}}));
    MethodResult failed;
    failed.method = QStringLiteral("jit_trace");
    failed.status = MethodStatus::Failed;
    failed.error = QStringLiteral("Tracer cannot infer type of {'step': 3}\n:Could not infer type of list element");
    failed.diagnosis.id = QStringLiteral("trace_mixed_outputs");
    run.results.push_back(failed);
    MethodResult na;
    na.method = QStringLiteral("native_int8");
    markNotApplicable(na, QStringLiteral("the model has no Linear/ReLU/residual chain"));
    run.results.push_back(na);
    MethodResult unknown;
    unknown.method = QStringLiteral("freeze_optimize");
    unknown.status = MethodStatus::Failed;
    unknown.error = QStringLiteral("some error nobody has seen before, with a very long explanation that goes on and "
                                   "on about what happened inside the library");
    run.results.push_back(unknown);
    for (const auto& r : run.results)
        run.methods << r.method;
    addSpeedups(run);
    return run;
}

const SummaryLine* lineFor(const QList<SummaryLine>& lines, SummaryLine::Kind kind, int batch)
{
    for (const auto& l : lines)
        if (l.kind == kind && l.batch == batch)
            return &l;
    return nullptr;
}

}  // namespace

class TestRunSummary : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { i18n::setLanguage(QStringLiteral("en")); }

    void fastestFaithfulPerBatch()
    {
        const RunSummary s = summarizeRun(syntheticRun());
        QCOMPARE(static_cast<int>(s.batches.size()), 3);
        QVERIFY(s.hasEager);
        // batch 1: dynamic_int8 is the fastest but drifts; jit_script is the fastest faithful, about 2x.
        const BatchSummary& b1 = s.batches[0];
        QCOMPARE(b1.batch, 1);
        QVERIFY(b1.fastestFaithful && b1.fastestDrifted);
        QCOMPARE(b1.fastestFaithful->method, QStringLiteral("jit_script"));
        QVERIFY(b1.fastestFaithful->speedup && b1.fastestFaithful->speedup->significant);
        QVERIFY(qAbs(b1.fastestFaithful->speedup->ratio - 2.0) < 0.1);
        QVERIFY(b1.fastestFaithful->speedup->ci.contains(b1.fastestFaithful->speedup->ratio));
        QCOMPARE(b1.fastestDrifted->method, QStringLiteral("dynamic_int8"));
        QCOMPARE(b1.fastestDrifted->driftFlags, QStringList{QStringLiteral("numerically_wrong")});
        // batch 4: native_fp32, nothing faster drifts.
        QCOMPARE(s.batches[1].fastestFaithful->method, QStringLiteral("native_fp32"));
        QVERIFY(!s.batches[1].fastestDrifted);
        // batch 16: nothing beats eager.
        QCOMPARE(s.batches[2].fastestFaithful->method, QStringLiteral("eager"));
        QVERIFY(!s.batches[2].fastestFaithful->speedup);
        // The methods without measurements, in run order, with their reasons.
        QCOMPARE(static_cast<int>(s.problems.size()), 3);
        QCOMPARE(s.problems[0].method, QStringLiteral("jit_trace"));
        QCOMPARE(s.problems[0].status, MethodStatus::Failed);
        QCOMPARE(s.problems[1].method, QStringLiteral("native_int8"));
        QCOMPARE(s.problems[1].status, MethodStatus::NotApplicable);
        QCOMPARE(s.problems[2].method, QStringLiteral("freeze_optimize"));
    }

    void linesInEnglish()
    {
        const auto items = summaryItems(summarizeRun(syntheticRun()));
        const SummaryLine* fastest = lineFor(items, SummaryLine::Kind::Fastest, 1);
        QVERIFY(fastest);
        QCOMPARE(fastest->method, QStringLiteral("jit_script"));
        QVERIFY2(fastest->text.contains(QStringLiteral("faster than eager (95% CI ")), qPrintable(fastest->text));
        QVERIFY2(fastest->text.contains(QStringLiteral("jit_script")), qPrintable(fastest->text));
        const SummaryLine* drifted = lineFor(items, SummaryLine::Kind::Drifted, 1);
        QVERIFY(drifted);
        QCOMPARE(drifted->method, QStringLiteral("dynamic_int8"));
        QVERIFY2(drifted->text.contains(QStringLiteral("cosine 0.9512")), qPrintable(drifted->text));
        QVERIFY2(drifted->text.contains(QStringLiteral("top-1 agreement 96.5%")), qPrintable(drifted->text));
        QVERIFY2(drifted->text.contains(QStringLiteral("wrong outputs")), qPrintable(drifted->text));
        const SummaryLine* none = lineFor(items, SummaryLine::Kind::NoneFaster, 16);
        QVERIFY(none);
        QVERIFY2(none->text.contains(QStringLiteral("nothing beats eager")), qPrintable(none->text));
        // One line per problem, with the reason in a few words: the diagnosis' title, or the error shortened.
        QStringList problems;
        for (const auto& l : items)
            if (l.kind == SummaryLine::Kind::Failed || l.kind == SummaryLine::Kind::NotApplicable)
                problems << l.text;
        QCOMPARE(problems.size(), 3);
        QVERIFY2(problems[0].contains(QStringLiteral("the trace cannot follow the outputs")), qPrintable(problems[0]));
        QVERIFY2(!problems[0].contains(QStringLiteral("Tracer")), qPrintable(problems[0]));
        QVERIFY2(problems[1].contains(QStringLiteral("no Linear/ReLU/residual chain")), qPrintable(problems[1]));
        QVERIFY2(problems[2].size() < 130 && problems[2].contains(QStringLiteral("...")), qPrintable(problems[2]));
        for (const auto& l : items)
            QVERIFY2(!l.text.contains(QLatin1Char('\n')), qPrintable(l.text));
        // The CLI prints it after the table.
        const QString text = runToText(syntheticRun());
        QVERIFY(text.indexOf(QStringLiteral("Summary\n")) > text.indexOf(QStringLiteral("native_fp32")));
        QVERIFY(text.contains(QStringLiteral("  ") + fastest->text + QLatin1Char('\n')));
    }

    void linesInChinese()
    {
        QVERIFY(i18n::setLanguage(QStringLiteral("zh_CN")));
        const auto items = summaryItems(summarizeRun(syntheticRun()));
        QVERIFY(items.size() >= 7);
        for (const auto& l : items) {
            QVERIFY2(hasCjk(l.text), qPrintable(l.text));
            for (const char* english : {"fastest", "faster", "eager (", "Batch", "Failed", "apply", "drift"})
                QVERIFY2(!l.text.contains(QLatin1String(english)), qPrintable(l.text));
            if (!l.method.isEmpty())
                QVERIFY2(l.text.contains(l.method), qPrintable(l.text));
        }
        QVERIFY(summaryText(summarizeRun(syntheticRun())).startsWith(QStringLiteral("摘要")));
    }

    void notSignificantIsNotAWin()
    {
        RunResult run;
        run.config.batches = {1};
        run.results.push_back(method(QStringLiteral("eager"), {{1, 1.0}}));
        MethodResult same = method(QStringLiteral("jit_script"), {{1, 1.0}});
        same.batches[0] = run.results[0].batches[0];  // eager's samples, 0.1% faster: a lower median, not a real win
        for (double& v : same.batches[0].samplesMs)
            v *= 0.999;
        analyzeBatch(same.batches[0], 7);
        run.results.push_back(same);
        addSpeedups(run);
        const RunSummary s = summarizeRun(run);
        QCOMPARE(s.batches.size(), std::size_t(1));
        const auto& e = *s.batches[0].fastestFaithful;
        QCOMPARE(e.method, QStringLiteral("jit_script"));
        QVERIFY(e.speedup && !e.speedup->significant);
        const auto items = summaryItems(s);
        QCOMPARE(items.front().kind, SummaryLine::Kind::NoneFaster);
        QVERIFY2(items.front().text.contains(QStringLiteral("no method is significantly faster than eager")),
                 qPrintable(items.front().text));
        QVERIFY2(items.front().text.contains(QString(QChar(0x2248)) + QStringLiteral(" eager")),
                 qPrintable(items.front().text));
    }

    void withoutEager()
    {
        RunResult run;
        run.config.batches = {1};
        run.results.push_back(method(QStringLiteral("jit_script"), {{1, 0.5}}));
        run.results.push_back(method(QStringLiteral("native_fp32"), {{1, 0.4}}));
        addSpeedups(run);
        const RunSummary s = summarizeRun(run);
        QVERIFY(!s.hasEager);
        QCOMPARE(s.batches[0].fastestFaithful->method, QStringLiteral("native_fp32"));
        const QStringList lines = summaryLines(s);
        QVERIFY2(lines.join(QLatin1Char('\n')).contains(QStringLiteral("Eager was not measured")),
                 qPrintable(lines.join(QLatin1Char('\n'))));
    }

    void cancelledAndPending()
    {
        RunResult run = syntheticRun();
        run.cancelled = true;
        run.results[3].status = MethodStatus::Pending;  // native_fp32 still measuring: left out
        run.results[1].batches[0].complete = false;     // jit_script's batch 1 was cut short: left out
        const RunSummary s = summarizeRun(run);
        QCOMPARE(s.batches[0].fastestFaithful->method, QStringLiteral("eager"));
        QCOMPARE(s.batches[1].fastestFaithful->method, QStringLiteral("jit_script"));
        QVERIFY(summaryLines(s).last().contains(QStringLiteral("cancelled")));
    }

    void inTheRunJson()
    {
        const QJsonObject o = runToJson(syntheticRun(), false);
        const QJsonObject summary = o.value(QStringLiteral("summary")).toObject();
        const QJsonArray batches = summary.value(QStringLiteral("batches")).toArray();
        QCOMPARE(batches.size(), 3);
        const QJsonObject b1 = batches[0].toObject();
        QCOMPARE(b1.value(QStringLiteral("batch")).toInt(), 1);
        const QJsonObject fastest = b1.value(QStringLiteral("fastest_faithful")).toObject();
        QCOMPARE(fastest.value(QStringLiteral("method")).toString(), QStringLiteral("jit_script"));
        const QJsonObject speedup = fastest.value(QStringLiteral("speedup")).toObject();
        QVERIFY(speedup.value(QStringLiteral("significant")).toBool());
        QCOMPARE(speedup.value(QStringLiteral("ci")).toArray().size(), 2);
        QCOMPARE(b1.value(QStringLiteral("fastest_drifted")).toObject().value(QStringLiteral("method")).toString(),
                 QStringLiteral("dynamic_int8"));
        QVERIFY(batches[1].toObject().value(QStringLiteral("fastest_drifted")).isNull());
        const QJsonArray problems = summary.value(QStringLiteral("problems")).toArray();
        QCOMPARE(problems.size(), 3);
        QCOMPARE(problems[0].toObject().value(QStringLiteral("diagnosis")).toString(),
                 QStringLiteral("trace_mixed_outputs"));
        QCOMPARE(problems[1].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("not_applicable"));
        // Derived: a file with it loads, and one without it (older) too.
        QString error;
        QVERIFY2(runFromJson(QJsonDocument(o).toJson(), &error), qPrintable(error));
    }
};

QTEST_MAIN(TestRunSummary)
#include "tst_runsummary.moc"
