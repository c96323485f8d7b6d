// SPDX-License-Identifier: MIT
// The workbench's answer on one screen, offscreen: the summary strip after a run (English and Chinese, method
// names that select their rows), the results table grouped by method or by batch and sorted within the groups
// (QAbstractItemModelTester on the proxy), the table fitting 1280 px with Status and Setup visible, and no text in
// the window or the report that speaks in command-line flags, option keys or document names.

#include <QAbstractItemModelTester>
#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QJsonArray>
#include <QPushButton>
#include <QLabel>
#include <QMenu>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>

#include <random>

#include "bench/analysis.h"
#include "dialogs/chartexportdialog.h"
#include "format/runsummary.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "models/diagnosticsmodel.h"
#include "models/resultssortproxy.h"
#include "models/resultstablemodel.h"
#include "pages/diagnosticspanel.h"
#include "pages/resultspage.h"
#include "report/htmlreport.h"
#include "session/runcontroller.h"
#include "settings/appsettings.h"
#include "widgets/runsummarypanel.h"

using namespace ob;
using namespace ob::app;

namespace {

bool hasCjk(const QString& text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff)
            return true;
    return false;
}

BatchResult batchAround(int batch, double medianMs, unsigned seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<double> noise(0, 0.015);
    BatchResult b;
    b.batch = batch;
    for (int i = 0; i < 120; ++i)
        b.samplesMs.push_back(medianMs * (1 + noise(rng)));
    b.calls = 120;
    b.stopRule = QLatin1String(stoprule::kIterations);
    analyzeBatch(b, seed);
    return b;
}

MethodResult measured(const QString& name, const QList<std::pair<int, double>>& medians, bool faithful = true)
{
    MethodResult r;
    r.method = name;
    r.model = QStringLiteral("simplified");
    r.status = MethodStatus::Ok;
    r.setupMs = 1234.5;
    unsigned seed = static_cast<unsigned>(qHash(name));
    for (const auto& [batch, ms] : medians)
        r.batches.push_back(batchAround(batch, ms, seed++));
    stats::Fidelity f;
    f.cosine = faithful ? 0.9999995 : 0.9412;
    f.argmaxAgreement = faithful ? 100 : 91.0;
    f.faithful = faithful;
    r.fidelity = f;
    r.score = 0.5;
    if (!faithful) {
        r.flags << QStringLiteral("numerically_wrong");
        r.diagnosis = DiagnosisRef{QStringLiteral("numerically_wrong"),
                                   {{QStringLiteral("cosine"), QStringLiteral("0.9412")},
                                    {QStringLiteral("threshold"), QStringLiteral("0.99")}},
                                   {}};
    }
    return r;
}

/// Many methods with long names, a drifting one, a failure with fixes and one that does not apply.
RunResult manyMethodsRun()
{
    RunResult run;
    run.config.model = QStringLiteral("simplified");
    run.config.batches = {1, 4, 16};
    run.config.iterations = 120;
    run.started = QDateTime::currentDateTimeUtc();
    run.finished = run.started;
    run.environment.insert(QStringLiteral("cpu_flags"), QJsonArray::fromStringList({QStringLiteral("avx2"), QStringLiteral("fma")}));
    run.results.push_back(measured(QStringLiteral("eager"), {{1, 1.0}, {4, 3.0}, {16, 9.0}}));
    run.results.push_back(measured(QStringLiteral("jit_script"), {{1, 0.6}, {4, 2.9}, {16, 9.5}}));
    run.results.push_back(measured(QStringLiteral("simplify_outputs+jit_trace"), {{1, 0.55}, {4, 2.5}, {16, 9.9}}));
    run.results.push_back(measured(QStringLiteral("dynamic_int8"), {{1, 0.4}, {4, 3.5}, {16, 12.0}}, false));
    run.results.push_back(measured(QStringLiteral("native_fp32"), {{1, 0.7}, {4, 1.5}, {16, 10.0}}));
    run.results.push_back(measured(QStringLiteral("freeze_optimize+channels_last"), {{1, 0.9}, {4, 3.1}, {16, 8.9}}));
    MethodResult failed;
    failed.method = QStringLiteral("fp16_dynamic");
    failed.status = MethodStatus::Failed;
    failed.error = QStringLiteral("quantized::linear_prepack_fp16 is currently not supported by QNNPACK");
    failed.diagnosis = DiagnosisRef{QStringLiteral("fp16_unsupported"),
                                    {{QStringLiteral("engine"), QStringLiteral("qnnpack")}},
                                    {FixAction{QStringLiteral("method"), QString(), QStringLiteral("bf16")}}};
    run.results.push_back(failed);
    MethodResult na;
    na.method = QStringLiteral("native_int8");
    markNotApplicable(na, QStringLiteral("the model has no Linear/ReLU/residual chain"));
    run.results.push_back(na);
    for (const auto& r : run.results)
        run.methods << r.method;
    addSpeedups(run);
    return run;
}

/// A command-line flag, an option key with a value, or the name of a document or a benchmark target.
const QRegularExpression kNotForPeople(
    QStringLiteral("(^|[\\s(\"'])--[a-z]|\\b[a-z]+\\.[a-z_]+\\s*=|\\b[a-z][a-z_-]*=[a-z0-9]|docs/|\\.md\\b|"
                   "\\bbench_[a-z]+|optibench-cli"));

/// Every text the window shows or offers: labels, buttons, actions, table cells and tooltips, the diagnostics.
QStringList windowTexts(MainWindow& w)
{
    QStringList texts;
    for (auto* label : w.findChildren<QLabel*>())
        texts << label->text() << label->toolTip();
    for (auto* button : w.findChildren<QAbstractButton*>())
        texts << button->text() << button->toolTip();
    for (auto* action : w.findChildren<QAction*>())
        texts << action->text() << action->toolTip();
    const QAbstractItemModel* table = w.resultsPage()->table()->model();
    for (int r = 0; r < table->rowCount(); ++r)
        for (int c = 0; c < table->columnCount(); ++c)
            texts << table->index(r, c).data().toString() << table->index(r, c).data(Qt::ToolTipRole).toString();
    DiagnosticsPanel* panel = w.diagnosticsPanel();
    auto* browser = panel->findChild<QTextBrowser*>();
    for (int r = 0; r < panel->model()->rowCount(); ++r) {
        panel->select(panel->model()->index(r, 0).data(DiagnosticsModel::MethodRole).toString());
        texts << panel->model()->index(r, 0).data().toString() << browser->toPlainText();
        for (auto* button : panel->fixButtons())
            texts << button->text();
    }
    texts << w.resultsPage()->summaryPanel()->lines();
    return texts;
}

QStringList offending(const QStringList& texts)
{
    QStringList out;
    for (const auto& t : texts)
        if (kNotForPeople.match(t).hasMatch())
            out << t.left(240);
    out.removeDuplicates();
    return out;
}

}  // namespace

class TestSummary : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    std::unique_ptr<MainWindow> makeWindow(QSize size = {1600, 1000})
    {
        auto w = std::make_unique<MainWindow>(
            std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini"))));
        w->resize(size);
        w->show();
        [&] { QVERIFY(QTest::qWaitForWindowExposed(w.get())); }();
        return w;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init() { QVERIFY(i18n::setLanguage(QStringLiteral("en"))); }

    void proxyGroupsAndSorts()
    {
        ResultsTableModel model;
        ResultsSortProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(-1);
        const RunResult run = manyMethodsRun();
        model.setResults(run.results);
        const auto cell = [&](int row, int column) { return proxy.index(row, column).data(); };
        // By method: the run's order, batches in order within each method; a rule above each method's first row.
        QCOMPARE(cell(0, ResultsTableModel::Method).toString(), QStringLiteral("eager"));
        QCOMPARE(cell(1, ResultsTableModel::Batch).toInt(), 4);
        QCOMPARE(cell(3, ResultsTableModel::Method).toString(), QStringLiteral("jit_script"));
        QVERIFY(!proxy.index(1, 0).data(ResultsSortProxy::GroupStartRole).toBool());
        QVERIFY(proxy.index(3, 0).data(ResultsSortProxy::GroupStartRole).toBool());
        // By batch: every batch 1 row first (in run order), then batch 4, ...; methods without batches last.
        proxy.setGrouping(ResultsSortProxy::Grouping::ByBatch);
        const int measuredMethods = 6;
        for (int row = 0; row < measuredMethods; ++row)
            QCOMPARE(cell(row, ResultsTableModel::Batch).toInt(), 1);
        QCOMPARE(cell(1, ResultsTableModel::Method).toString(), QStringLiteral("jit_script"));
        QCOMPARE(cell(measuredMethods, ResultsTableModel::Batch).toInt(), 4);
        QVERIFY(proxy.index(measuredMethods, 0).data(ResultsSortProxy::GroupStartRole).toBool());
        QVERIFY(!cell(proxy.rowCount() - 1, ResultsTableModel::Batch).isValid());
        // Sorted by the median within each batch size: a ranking per batch, fastest first; descending keeps the
        // batch sizes in order and reverses only the ranking.
        proxy.sort(ResultsTableModel::Latency, Qt::AscendingOrder);
        QCOMPARE(cell(0, ResultsTableModel::Method).toString(), QStringLiteral("dynamic_int8"));
        QCOMPARE(cell(measuredMethods, ResultsTableModel::Method).toString(), QStringLiteral("native_fp32"));
        proxy.sort(ResultsTableModel::Latency, Qt::DescendingOrder);
        QCOMPARE(cell(0, ResultsTableModel::Batch).toInt(), 1);
        QCOMPARE(cell(0, ResultsTableModel::Method).toString(), QStringLiteral("eager"));
        QCOMPARE(cell(measuredMethods, ResultsTableModel::Batch).toInt(), 4);
        // Live updates keep the tester happy.
        MethodResult extra = measured(QStringLiteral("bf16"), {{1, 0.8}});
        model.updateMethod(extra);
        extra.batches.push_back(batchAround(4, 2.0, 9));
        model.updateMethod(extra);
        proxy.setGrouping(ResultsSortProxy::Grouping::ByMethod);
        QCOMPARE(cell(0, ResultsTableModel::Method).toString(), QStringLiteral("eager"));
    }

    void summaryIsTheFirstThingAfterARun()
    {
        auto w = makeWindow();
        RunSummaryPanel* panel = w->resultsPage()->summaryPanel();
        QVERIFY(panel->isHidden());  // nothing to say before a run
        const RunResult run = manyMethodsRun();
        QVERIFY(w->controller()->openSession(run));
        QVERIFY(panel->isVisible());
        QCOMPARE(panel->lines(), summaryLines(summarizeRun(run)));
        const QString all = panel->lines().join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("Batch 1: fastest faithful: simplify_outputs+jit_trace")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Batch 4: fastest faithful: native_fp32")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("dynamic_int8")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Failed: fp16_dynamic")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Does not apply: native_int8")), qPrintable(all));
        // Above the charts and the table, at the top of the results.
        QVERIFY(panel->mapTo(w.get(), QPoint(0, 0)).y() < w->resultsPage()->table()->mapTo(w.get(), QPoint(0, 0)).y());
        // A method's name selects its row.
        Q_EMIT panel->methodActivated(QStringLiteral("native_fp32"), 4);
        QCOMPARE(w->selectedMethod(), QStringLiteral("native_fp32"));
        QCOMPARE(w->resultsPage()->table()->currentIndex().siblingAtColumn(ResultsTableModel::Batch).data().toInt(),
                 4);
        auto* text = panel->findChild<QLabel*>(QStringLiteral("runSummaryText"));
        QVERIFY(text->text().contains(QStringLiteral("<a href=\"method:native_fp32#4\">")));
        // Chinese, live.
        QVERIFY(w->setUiLanguage(QStringLiteral("zh_CN")));
        const QStringList zh = panel->lines();
        QCOMPARE(zh.size(), summaryLines(summarizeRun(run)).size());
        for (const auto& line : zh)
            QVERIFY2(hasCjk(line), qPrintable(line));
        // The widgets follow on the posted LanguageChange.
        QTRY_VERIFY(hasCjk(panel->findChild<QLabel*>(QStringLiteral("runSummaryTitle"))->text()));
        QVERIFY(hasCjk(panel->findChild<QLabel*>(QStringLiteral("runSummaryText"))->text()));
    }

    void fixIsOfferedOnlyWhenItHelps()
    {
        auto w = makeWindow();
        QVERIFY(w->controller()->openSession(manyMethodsRun()));
        DiagnosticsPanel* panel = w->diagnosticsPanel();
        QVERIFY(panel->select(QStringLiteral("fp16_dynamic")));
        QVERIFY(panel->fixButtons().isEmpty());  // "Use bf16" on a CPU without bf16 instructions: not offered
        const QString details = panel->findChild<QTextBrowser*>()->toPlainText();
        QVERIFY2(details.contains(QStringLiteral("Not offered")) && details.contains(QStringLiteral("AVX512_BF16")),
                 qPrintable(details));
        RunResult withBf16 = manyMethodsRun();
        withBf16.environment.insert(QStringLiteral("cpu_flags"),
                                    QJsonArray::fromStringList({QStringLiteral("avx512f"), QStringLiteral("avx512_bf16")}));
        QVERIFY(w->controller()->openSession(withBf16));
        QVERIFY(panel->select(QStringLiteral("fp16_dynamic")));
        QCOMPARE(panel->fixButtons().size(), 1);
        QCOMPARE(panel->fixButtons().front()->text(), QStringLiteral("Use bf16 and re-run"));
    }

    void tableFitsAt1280()
    {
        auto w = makeWindow({1280, 800});
        QVERIFY(w->controller()->openSession(manyMethodsRun()));
        QTableView* table = w->resultsPage()->table();
        QHeaderView* header = table->horizontalHeader();
        // The widths follow the contents a moment after the rows arrive (a timer): wait until the method column
        // has been fitted to its longest name, capped.
        const int method = table->fontMetrics().horizontalAdvance(QStringLiteral("freeze_optimize+channels_last"));
        QTRY_VERIFY(header->sectionSize(ResultsTableModel::Method) >= std::min(method, 20 * header->fontMetrics().averageCharWidth()));
        const int width = table->viewport()->width();
        for (int column : {int(ResultsTableModel::Setup), int(ResultsTableModel::Status),
                           int(ResultsTableModel::Speedup), int(ResultsTableModel::Fidelity)}) {
            QVERIFY2(!header->isSectionHidden(column), qPrintable(QString::number(column)));
            const int left = header->sectionViewportPosition(column);
            QVERIFY2(left >= 0 && left + std::min(header->sectionSize(column), 80) <= width,
                     qPrintable(QStringLiteral("column %1 at %2 of %3").arg(column).arg(left).arg(width)));
        }
        QCOMPARE(header->visualIndex(ResultsTableModel::Status), ResultsTableModel::ColumnCount - 1);
        // The columns left out by default come back from the chooser.
        QVERIFY(header->isSectionHidden(ResultsTableModel::Jitter));
        auto* jitter = w->resultsPage()->findChild<QAction*>(
            QStringLiteral("columnAction%1").arg(int(ResultsTableModel::Jitter)));
        QVERIFY(jitter);
        jitter->setChecked(true);
        QVERIFY(!header->isSectionHidden(ResultsTableModel::Jitter));
        // Grouping by batch size puts the batch first.
        auto* group = w->resultsPage()->findChild<QComboBox*>(QStringLiteral("groupCombo"));
        group->setCurrentIndex(1);
        QCOMPARE(header->logicalIndex(0), int(ResultsTableModel::Batch));
        QCOMPARE(w->resultsPage()->sortProxy()->grouping(), ResultsSortProxy::Grouping::ByBatch);
        // Remembered with the window.
        const QByteArray state = w->resultsPage()->saveTableState();
        w->resultsPage()->sortProxy()->setGrouping(ResultsSortProxy::Grouping::ByMethod);
        w->resultsPage()->restoreTableState(state);
        QCOMPARE(w->resultsPage()->sortProxy()->grouping(), ResultsSortProxy::Grouping::ByBatch);
        QVERIFY(!header->isSectionHidden(ResultsTableModel::Jitter));
    }

    void saveModelOffersTheMethods()
    {
        // File > Save model as TorchScript lists the run's methods: no row has to be selected first.
        auto w = makeWindow();
        QMenu* menu = w->saveModelMenu();
        QVERIFY(!menu->isEnabled());  // no run
        QVERIFY(w->controller()->openSession(manyMethodsRun()));
        QVERIFY(w->selectedMethod().isEmpty());
        QVERIFY(menu->isEnabled());
        Q_EMIT menu->aboutToShow();
        QCOMPARE(menu->actions().size(), static_cast<int>(manyMethodsRun().results.size()));
        QAction* jit = menu->findChild<QAction*>(QStringLiteral("saveModel_jit_script"));
        QVERIFY(jit && jit->isEnabled());
        QAction* failed = menu->findChild<QAction*>(QStringLiteral("saveModel_fp16_dynamic"));
        QVERIFY(failed && !failed->isEnabled());
        QVERIFY2(failed->toolTip().contains(QStringLiteral("did not prepare")), qPrintable(failed->toolTip()));
    }

    void exportDialogLabelsHaveBuddies()
    {
        // A label with a mnemonic shows "&" literally unless it has a buddy (the "&Size:" of a row of widgets).
        ChartExportDialog dialog(QStringLiteral("Latency"), QStringLiteral("png"));
        dialog.show();
        int mnemonics = 0;
        for (auto* label : dialog.findChildren<QLabel*>()) {
            if (!label->text().contains(QLatin1Char('&')))
                continue;
            ++mnemonics;
            QVERIFY2(label->buddy(), qPrintable(label->text()));
        }
        QCOMPARE(mnemonics, 3);  // format, size, scale
    }

    void plainWordsInWindowAndReport_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addRow("en") << QStringLiteral("en");
        QTest::addRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void plainWordsInWindowAndReport()
    {
        QFETCH(QString, language);
        auto w = makeWindow();
        QVERIFY(w->setUiLanguage(language));
        QCoreApplication::processEvents();  // the posted LanguageChange
        QStringList texts;
        RunResult run = manyMethodsRun();
        // Every diagnosis of the catalog as a failure of its own, with its fixes: the panel renders each one.
        int n = 0;
        for (const auto& id : {"qengine_none", "oversubscribed", "roof_exceeded", "worker_timeout", "out_of_memory",
                               "worker_crashed", "worker_cpu_limit", "fuser_no_llvm", "simplify_approximation",
                               "native_isa_unavailable", "int8_slower_than_eager", "non_finite_model"}) {
            MethodResult r;
            r.method = QStringLiteral("failing%1").arg(++n);
            r.status = MethodStatus::Failed;
            r.error = QStringLiteral("error text");
            r.diagnosis.id = QLatin1String(id);
            run.results.push_back(r);
        }
        run.config.threads = 4;
        run.results[1].batches[0].steady = false;
        run.results[1].batches[0].drift = stats::Drift{0.4, 0.001, true};
        QVERIFY(w->controller()->openSession(run));
        const QStringList window = windowTexts(*w);
        texts << window;
        QTextDocument report;
        report.setHtml(QString::fromUtf8(report::reportHtml(run)));
        texts << report.toPlainText().split(QLatin1Char('\n'));
        QVERIFY(texts.size() > 300);
        const QStringList bad = offending(texts);
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
        // The window shows flags as words, never as their ids (in either language).
        QStringList ids;
        for (const auto& text : window)
            for (const char* flag : {"numerically_wrong", "int8_slower_than_eager", "roof_exceeded", "non_finite",
                                     "frozen_control_flow", "blas_kernel_forced", "oversubscribed"})
                if (text.contains(QLatin1String(flag)))
                    ids << text.left(160);
        ids.removeDuplicates();
        QVERIFY2(ids.isEmpty(), qPrintable(ids.join(QLatin1Char('\n'))));
    }

    void screenshots()
    {
        // OPTIBENCH_SCREENSHOT_DIR=DIR [OPTIBENCH_SESSION=run.json] tst_app_summary screenshots: the window after a
        // run (the session's, else the synthetic one) at 1280 x 800 and 1600 x 1000, in English and Chinese.
        const QString out = qEnvironmentVariable("OPTIBENCH_SCREENSHOT_DIR");
        if (out.isEmpty())
            QSKIP("set OPTIBENCH_SCREENSHOT_DIR (and OPTIBENCH_SESSION) for screenshots");
        QDir().mkpath(out);
        const QString session = qEnvironmentVariable("OPTIBENCH_SESSION");
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            for (const QSize size : {QSize(1280, 800), QSize(1600, 1000)}) {
                QVERIFY(i18n::setLanguage(language));
                auto w = makeWindow(size);
                QString error;
                if (session.isEmpty())
                    QVERIFY(w->controller()->openSession(manyMethodsRun()));
                else
                    QVERIFY2(w->openSessionFile(session, &error), qPrintable(error));
                QTest::qWait(600);  // the column widths and the charts settle on their timers
                const QString name = QStringLiteral("summary-%1-%2x%3.png")
                                         .arg(language).arg(size.width()).arg(size.height());
                QVERIFY(w->grab().save(QDir(out).filePath(name)));
            }
        }
    }
};

QTEST_MAIN(TestSummary)
#include "tst_summary.moc"
