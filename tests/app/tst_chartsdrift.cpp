// SPDX-License-Identifier: MIT
// Drifted and not-applicable methods in the charts (issue 15): a drifted method is marked in every chart where methods
// appear ("⚠ drifted" after its name, outlined boxes and dashed lines, the diagnosis on hover); a method that does not
// apply to the model has no measurements and appears in none, and nothing breaks on it.

#include <QAbstractSeries>
#include <QBarCategoryAxis>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QStandardPaths>
#include <QTest>
#include <QXYSeries>

#include "charts/chartbase.h"
#include "charts/chartspanel.h"
#include "i18n/language.h"
#include "roofline/roofline.h"
#include "testutils.h"

using namespace ob;
using namespace ob::app;

namespace {

BatchResult batchOf(int batch, double ms)
{
    BatchResult b;
    b.batch = batch;
    for (int i = 0; i < 40; ++i)
        b.samplesMs.push_back(ms * (1.0 + 0.01 * (i % 7)));
    b.calls = 40;
    summarizeBatch(b);
    return b;
}

MethodResult measured(const QString& method, double ms, double score)
{
    MethodResult r;
    r.method = method;
    r.model = QStringLiteral("torchscript");
    r.status = MethodStatus::Ok;
    r.score = score;
    stats::Fidelity f;
    f.maxAbsError = method == QLatin1String("eager") ? 0 : 0.3;
    f.faithful = true;
    r.fidelity = f;
    for (int batch : {1, 4})
        r.batches.push_back(batchOf(batch, ms * batch));
    return r;
}

/// eager, a drifted dynamic_int8, and bf16 that does not apply to the model; with roofline points.
RunResult runWithDriftAndNotApplicable()
{
    RunResult run;
    run.config.model = QStringLiteral("torchscript");
    run.methods = {QStringLiteral("eager"), QStringLiteral("dynamic_int8"), QStringLiteral("bf16")};
    run.results.push_back(measured(QStringLiteral("eager"), 1.0, 100));
    MethodResult drifted = measured(QStringLiteral("dynamic_int8"), 0.6, 81);
    drifted.flags << QStringLiteral("drifted");
    drifted.fidelity->faithful = false;
    drifted.fidelity->worstLeaf = QStringLiteral("logits");
    drifted.fidelity->cosine = 0.95;
    drifted.diagnosis = DiagnosisRef{QStringLiteral("output_drift"),
                                     {{QStringLiteral("leaf"), QStringLiteral("logits")},
                                      {QStringLiteral("cosine"), QStringLiteral("0.950000")},
                                      {QStringLiteral("top1"), QStringLiteral("81.0")},
                                      {QStringLiteral("max_abs"), QStringLiteral("0.3")}},
                                     {}};
    run.results.push_back(drifted);
    MethodResult na;
    na.method = QStringLiteral("bf16");
    na.model = QStringLiteral("torchscript");
    markNotApplicable(na, QStringLiteral("bf16 applies to the built-in models only"));
    run.results.push_back(na);
    run.machine = test::madeUpRoofs();
    for (auto& r : run.results)
        for (auto& b : r.batches) {
            RooflinePoint p;
            p.flops = 2e6 * b.batch;
            p.bytes = 1e6;
            p.intensity = p.flops / p.bytes;
            p.achievedGflops = p.flops / (b.latencyMs.p50 * 1e6);
            p.boundUs = 10;
            p.limit = QStringLiteral("DRAM");
            p.efficiency = 0.5;
            b.roofline = p;
        }
    return run;
}

/// The names a chart gives its methods: category labels, else series names.
QStringList namesIn(ChartBase* chart)
{
    QStringList names;
    for (auto* axis : chart->chart()->axes(Qt::Horizontal))
        if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis))
            names << categories->categories();
    if (names.isEmpty())
        for (auto* s : chart->series())
            names << s->name();
    names.replaceInStrings(QStringLiteral("<br>"), QStringLiteral(" "));  // category labels are HTML
    return names;
}

}  // namespace

class TestChartsDrift : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(i18n::setLanguage(QStringLiteral("en")));
    }

    void driftedIsMarkedAndNotApplicableLeftOut()
    {
        const RunResult run = runWithDriftAndNotApplicable();
        ChartsPanel panel;
        panel.resize(1200, 800);
        panel.show();
        panel.setSession(&run);
        panel.runFinished();
        panel.flushAll();
        if (const QString out = qEnvironmentVariable("OPTIBENCH_SCREENSHOT_DIR"); !out.isEmpty()) {
            for (int tab = 0; tab < panel.count(); ++tab) {
                panel.setCurrentIndex(tab);
                QTest::qWait(100);
                QVERIFY(panel.grab().save(out + QStringLiteral("/charts-drift-%1.png").arg(tab)));
            }
            panel.setCurrentIndex(0);
        }

        const QString marked = QStringLiteral("dynamic_int8 ⚠ drifted");
        for (const char* id : {"latency", "trace", "latencyByBatch", "throughputByBatch", "jitter", "score", "fidelity",
                               "roofline"}) {
            ChartBase* chart = panel.chart(QLatin1String(id));
            QVERIFY2(chart, id);
            const QStringList names = namesIn(chart);
            QVERIFY2(std::any_of(names.begin(), names.end(), [&](const QString& n) { return n.startsWith(marked); }),
                     qPrintable(QLatin1String(id) + QStringLiteral(": ") + names.join(QLatin1Char('|'))));
            QVERIFY2(std::none_of(names.begin(), names.end(),
                                  [](const QString& n) { return n.startsWith(QLatin1String("bf16")); }),
                     qPrintable(QLatin1String(id) + QStringLiteral(": ") + names.join(QLatin1Char('|'))));
            QVERIFY2(names.contains(QStringLiteral("eager")) || names.contains(QStringLiteral("eager ≈")),
                     qPrintable(QLatin1String(id) + QStringLiteral(": ") + names.join(QLatin1Char('|'))));
        }

        // The latency chart outlines the drifted method's boxes.
        for (auto* s : panel.chart(QStringLiteral("latency"))->series())
            if (auto* box = qobject_cast<QBoxPlotSeries*>(s))
                for (auto* set : box->boxSets())
                    QCOMPARE(set->pen().style() == Qt::DashLine, set->label() == QLatin1String("dynamic_int8"));

        // The hover text is the diagnosis, naming the leaf.
        const QString why = ChartBase::driftText(run.results[1]);
        QVERIFY2(why.contains(QStringLiteral("logits")) && why.contains(QStringLiteral("dynamic_int8")),
                 qPrintable(why));
        QVERIFY(ChartBase::driftText(run.results[0]).isEmpty());

        // In Chinese too, without a crash on the not-applicable method.
        QVERIFY(i18n::setLanguage(QStringLiteral("zh_CN")));
        panel.resultsChanged();
        panel.flushAll();
        QVERIFY(i18n::setLanguage(QStringLiteral("en")));
    }

    void onlyNotApplicableMethods()
    {
        RunResult run;
        MethodResult na;
        na.method = QStringLiteral("bf16");
        markNotApplicable(na, QStringLiteral("does not apply"));
        run.results.push_back(na);
        ChartsPanel panel;
        panel.setSession(&run);
        panel.runFinished();
        panel.flushAll();
        for (ChartBase* chart : panel.charts())
            QVERIFY2(!namesIn(chart).contains(QStringLiteral("bf16")), qPrintable(chart->id()));
    }
};

QTEST_MAIN(TestChartsDrift)
#include "tst_chartsdrift.moc"
