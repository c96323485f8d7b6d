// SPDX-License-Identifier: MIT
// Every item model of the workbench passes QAbstractItemModelTester while it is filled, updated and cleared
// the way a run does it.

#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QJsonObject>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTest>

#include "charts/latencychart.h"
#include "models/diagnosticsmodel.h"
#include "models/environmentmodel.h"
#include "models/logmodel.h"
#include "models/resultstablemodel.h"
#include "models/valuedelegate.h"
#include "results/environment.h"
#include "session/runcontroller.h"

using namespace ob;
using namespace ob::app;

namespace {

BatchResult batch(int size, double ms)
{
    BatchResult b;
    b.batch = size;
    b.samplesMs = {ms, ms * 1.1, ms * 0.9, ms * 1.05};
    summarizeBatch(b);
    b.medianCiMs = {ms * 0.95, ms * 1.05};
    return b;
}

MethodResult method(const QString& name, MethodStatus status = MethodStatus::Pending)
{
    MethodResult r;
    r.method = name;
    r.status = status;
    return r;
}

}  // namespace

class TestModels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void resultsTableLiveUpdates()
    {
        ResultsTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(ResultsTableModel::SortRole);
        proxy.sort(ResultsTableModel::Latency);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        model.setResults({method(QStringLiteral("eager")), method(QStringLiteral("jit"))});
        QCOMPARE(model.rowCount(), 2);  // one placeholder row per method without batches

        MethodResult eager = method(QStringLiteral("eager"));
        eager.batches.push_back(batch(1, 2.0));
        model.updateMethod(eager);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ResultsTableModel::Batch).data().toInt(), 1);  // the placeholder became a batch row
        eager.batches.push_back(batch(4, 3.0));
        model.updateMethod(eager);
        QCOMPARE(model.rowCount(), 3);

        MethodResult jit = method(QStringLiteral("jit"));
        jit.batches.push_back(batch(1, 1.0));
        jit.batches.push_back(batch(4, 1.5));
        model.updateMethod(jit);
        QCOMPARE(model.rowCount(), 4);
        // Speed-up of jit at batch 1 against eager at batch 1.
        const QModelIndex speedup = model.index(2, ResultsTableModel::Speedup);
        QCOMPARE(model.index(2, ResultsTableModel::Method).data().toString(), QStringLiteral("jit"));
        // Live (no comparison yet): the ratio of medians, without a CI or a significance.
        QVERIFY(qAbs(speedup.data().toDouble() - eager.batches[0].latencyMs.p50 / jit.batches[0].latencyMs.p50)
                < 1e-12);
        QVERIFY(!speedup.data(ResultsTableModel::SignificantRole).isValid());
        // After the run: the comparison's ratio and CI; a difference that is noise is marked "≈", never a win.
        jit.speedupVsEager.push_back(SpeedupEntry{1, 1.01, {0.97, 1.05}, 0.4, false});
        jit.speedupVsEager.push_back(SpeedupEntry{4, 2.0, {1.9, 2.1}, 0.001, true});
        jit.batches[1].steady = false;  // drifted by as much as the 2x difference could change: it matters
        jit.batches[1].drift = stats::Drift{0.6, 0.001, true};
        jit.batches[0].steady = false;  // a 3% drift: too small to say "not steady"
        jit.batches[0].drift = stats::Drift{0.03, 0.001, true};
        jit.batches[1].outliers = 3;
        model.updateMethod(jit);
        QCOMPARE(model.index(2, ResultsTableModel::Speedup).data().toDouble(), 1.01);
        QCOMPARE(model.index(2, ResultsTableModel::Speedup).data(ResultsTableModel::SignificantRole).toBool(), false);
        QVERIFY(model.index(2, ResultsTableModel::Speedup).data(ResultsTableModel::WarningRole).toBool());
        const QLocale c(QLocale::C);
        QVERIFY(ValueDelegate::speedupText(model.index(2, ResultsTableModel::Speedup), QStringLiteral("1.01×"), c)
                    .startsWith(QStringLiteral("≈")));
        QCOMPARE(ValueDelegate::speedupText(model.index(3, ResultsTableModel::Speedup), QStringLiteral("2.00×"), c),
                 QStringLiteral("2.00× (1.90–2.10)"));
        QVERIFY(!model.index(0, ResultsTableModel::Speedup).data(ResultsTableModel::SignificantRole).isValid());
        // Statistics of the measurement: CI of the median, outliers and steadiness.
        QVERIFY(model.index(2, ResultsTableModel::Ci).data().toDouble() > 0);
        const QString measurement = model.index(3, ResultsTableModel::Measurement).data().toString();
        QVERIFY2(measurement.contains(QStringLiteral("3")) && !measurement.startsWith(QStringLiteral(" ")),
                 qPrintable(measurement));
        // Not steady: in the status, in the words of the CLI table and the report.
        const QString status = model.index(3, ResultsTableModel::Status).data().toString();
        QVERIFY2(status.contains(QStringLiteral("not steady")), qPrintable(status));
        QVERIFY(model.index(3, ResultsTableModel::Measurement).data(ResultsTableModel::WarningRole).toBool());
        QVERIFY(!model.index(2, ResultsTableModel::Measurement).data(ResultsTableModel::WarningRole).toBool());
        const QString small = model.index(2, ResultsTableModel::Status).data().toString();
        QVERIFY2(!small.contains(QStringLiteral("not steady")), qPrintable(small));
        // What it means and what to do, in words: no command-line flag.
        const QString advice = model.index(3, ResultsTableModel::Status).data(Qt::ToolTipRole).toString();
        QVERIFY2(advice.contains(QStringLiteral("+60.0%")) && advice.contains(QStringLiteral("warm-up")),
                 qPrintable(advice));
        QVERIFY2(!advice.contains(QStringLiteral("--")), qPrintable(advice));
        // Efficiency: only where the run has a roofline point.
        QVERIFY(!model.index(2, ResultsTableModel::Efficiency).data().isValid());
        jit.batches[0].roofline = RooflinePoint{1e6, 1e5, 10, 5, 20, QStringLiteral("L2"), 0.42};
        model.updateMethod(jit);
        QCOMPARE(model.index(2, ResultsTableModel::Efficiency).data().toDouble(), 42.0);
        // The proxy sorts by the raw latency: jit at batch 1 is the fastest row.
        QCOMPARE(proxy.index(0, ResultsTableModel::Method).data().toString(), QStringLiteral("jit"));

        // A failed method loses its batches (fewer rows), a renamed one keeps its rows.
        MethodResult failed = method(QStringLiteral("jit"), MethodStatus::Failed);
        failed.error = QStringLiteral("boom");
        model.updateMethod(failed);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.index(2, ResultsTableModel::Status).data().toString().contains(QStringLiteral("boom")));
        model.renameMethod(QStringLiteral("jit"), QStringLiteral("jit2"));
        QCOMPARE(model.index(2, ResultsTableModel::Method).data().toString(), QStringLiteral("jit2"));
        model.updateMethod(method(QStringLiteral("new")));
        QCOMPARE(model.rowCount(), 4);
        model.retranslate();
        model.setResults({});
        QCOMPARE(model.rowCount(), 0);
    }

    void latencyChartMarksNoise()
    {
        // A method whose speed-up is not significant is hatched at that batch and "≈" when at every batch.
        RunResult run;
        MethodResult eager = method(QStringLiteral("eager"), MethodStatus::Ok);
        MethodResult same = method(QStringLiteral("same"), MethodStatus::Ok);
        MethodResult mixed = method(QStringLiteral("mixed"), MethodStatus::Ok);
        for (auto* r : {&eager, &same, &mixed}) {
            r->batches.push_back(batch(1, 1.0));
            r->batches.push_back(batch(4, 2.0));
        }
        same.speedupVsEager = {SpeedupEntry{1, 1.0, {0.9, 1.1}, 0.5, false},
                               SpeedupEntry{4, 1.0, {0.9, 1.1}, 0.6, false}};
        mixed.speedupVsEager = {SpeedupEntry{1, 1.0, {0.9, 1.1}, 0.5, false},
                                SpeedupEntry{4, 2.0, {1.8, 2.2}, 0.01, true}};
        run.results = {eager, same, mixed};
        LatencyChart chart;
        chart.setRun(run);
        auto* axis = qobject_cast<QBarCategoryAxis*>(chart.chart()->axes(Qt::Horizontal).value(0));
        QVERIFY(axis);
        QCOMPARE(axis->categories(),
                 (QStringList{QStringLiteral("eager"), QStringLiteral("same ≈"), QStringLiteral("mixed")}));
        const auto series = chart.series();
        QCOMPARE(series.size(), 2);  // one per batch size
        const auto hatched = [&](int batchIndex, int methodIndex) {
            auto* box = qobject_cast<QBoxPlotSeries*>(series[batchIndex]);
            return box->boxSets()[methodIndex]->brush().style() == Qt::BDiagPattern;
        };
        QVERIFY(!hatched(0, 0));
        QVERIFY(hatched(0, 1) && hatched(1, 1));
        QVERIFY(hatched(0, 2) && !hatched(1, 2));
    }

    void diagnosticsModel()
    {
        DiagnosticsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        MethodResult ok = method(QStringLiteral("eager"), MethodStatus::Ok);
        MethodResult failed = method(QStringLiteral("bad"), MethodStatus::Failed);
        failed.error = QStringLiteral("unknown strategy 'nope'");
        failed.diagnosis = DiagnosisRef{QStringLiteral("unknown_strategy"), {{QStringLiteral("strategy"), QStringLiteral("nope")}},
                                        {FixAction{QStringLiteral("method"), QString(), QStringLiteral("eager")}}};
        MethodResult flagged = method(QStringLiteral("wrong"), MethodStatus::Ok);
        flagged.flags << QStringLiteral("numerically_wrong");
        model.setResults({ok, flagged, failed});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data(DiagnosticsModel::MethodRole).toString(), QStringLiteral("bad"));  // failures first
        QVERIFY(model.index(0).data(DiagnosticsModel::CauseRole).toString().contains(QStringLiteral("nope")));
        QCOMPARE(model.entry(0)->diagnosis.fixes.size(), 1);
        model.setResults({ok, flagged, failed});  // same shape: updated in place
        model.setResults({ok});
        QCOMPARE(model.rowCount(), 0);
        model.retranslate();
    }

    void environmentModel()
    {
        EnvironmentModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEnvironment(QJsonObject{{QStringLiteral("torch_version"), QStringLiteral("1.13.1")},
                                         {QStringLiteral("logical_cores"), 2},
                                         {QStringLiteral("extra"), QJsonObject{{QStringLiteral("k"), QStringLiteral("v")}}}});
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.toText().contains(QStringLiteral("1.13.1")));
        model.setEnvironment(captureEnvironment());
        QVERIFY(model.rowCount() > 10);
        model.retranslate();
    }

    void logModelIsBounded()
    {
        LogModel model(5);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 0; i < 12; ++i)
            model.append(2, QStringLiteral("line %1").arg(i));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("line 7"));
        QCOMPARE(model.index(4).data().toString(), QStringLiteral("line 11"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void fixChangesConfigOrMethod()
    {
        RunConfig config;
        config.methods = {QStringLiteral("eager"), QStringLiteral("eager+eager")};
        QString measured;
        const RunConfig setting = RunController::applyFix(
            config, QStringLiteral("eager+eager"), FixAction{QStringLiteral("setting"), QStringLiteral("qengine"), QStringLiteral("qnnpack")},
            &measured);
        QCOMPARE(setting.qengine, QStringLiteral("qnnpack"));
        QCOMPARE(measured, QStringLiteral("eager+eager"));
        const RunConfig replaced = RunController::applyFix(
            config, QStringLiteral("eager+eager"), FixAction{QStringLiteral("method"), QString(), QStringLiteral("eager+eager+eager")},
            &measured);
        QCOMPARE(measured, QStringLiteral("eager+eager+eager"));
        QCOMPARE(replaced.methods, (QStringList{QStringLiteral("eager"), QStringLiteral("eager+eager+eager")}));
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
