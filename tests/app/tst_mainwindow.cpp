// SPDX-License-Identifier: MIT
// The workbench end to end, offscreen: configure through the widgets, run on the worker thread, watch the table
// and the charts fill, cancel, invalid input, sessions saved and reopened, a diagnosed failure fixed by its button.

#include <QAction>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QSpinBox>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>

#include <algorithm>
#include <optional>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "charts/chartspanel.h"
#include "config/validation.h"
#include "i18n/language.h"
#include "models/diagnosticsmodel.h"
#include "models/resultstablemodel.h"
#include "pages/configpage.h"
#include "pages/diagnosticspanel.h"
#include "pages/resultspage.h"
#include "session/runcontroller.h"
#include "settings/appsettings.h"
#include "windowdriver.h"

using namespace ob;
using namespace ob::app;

namespace {
constexpr int kRunTimeoutMs = 120000;
}

class TestMainWindow : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    std::unique_ptr<MainWindow> makeWindow()
    {
        auto w = std::make_unique<MainWindow>(std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini"))));
        w->show();
        w->activateWindow();
        [&] { QVERIFY(QTest::qWaitForWindowActive(w.get())); }();
        return w;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(i18n::setLanguage(QStringLiteral("en")));  // as the app starts: English with its plural forms
    }

    void runFillsTableChartsAndProgress()
    {
        auto w = makeWindow();
        test::setQuickConfig(*w, {QStringLiteral("eager")}, {QStringLiteral("eager+eager")});
        QCOMPARE(w->configPage()->config().hidden, 32);
        QCOMPARE(w->configPage()->config().batches, (QList<int>{1, 4}));
        QVERIFY2(w->configPage()->isValid(), qPrintable(w->configPage()->validationMessage()));
        QSignalSpy finished(w->controller(), &RunController::finished);
        QSignalSpy samples(w->controller(), &RunController::samplesAdded);
        test::clickRun(*w);
        QVERIFY(w->controller()->isRunning());
        QVERIFY(!w->runAction()->isEnabled());
        QVERIFY(finished.wait(kRunTimeoutMs));
        QVERIFY(samples.count() > 0);

        const RunResult& run = w->controller()->run();
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        QCOMPARE(run.config.hidden, 32);
        QCOMPARE(run.results.size(), std::size_t(2));
        // One row per method × batch, every row measured.
        const auto rows = test::tableText(*w);
        QCOMPARE(rows.size(), 2 * 2);
        for (const auto& row : rows) {
            QVERIFY(!row[ResultsTableModel::Batch].isEmpty());
            QVERIFY(row[ResultsTableModel::Latency].toDouble() > 0);
        }
        QVERIFY(w->resultsPage()->model()->index(0, ResultsTableModel::Speedup).data().isValid());
        const QStringList empty = test::emptySeries(*w);
        QVERIFY2(empty.isEmpty(), qPrintable(empty.join(QStringLiteral(", "))));
        QCOMPARE(w->progressBar()->value(), w->progressBar()->maximum());
        QVERIFY(w->runAction()->isEnabled());
        QVERIFY(!w->cancelAction()->isEnabled());
        QVERIFY(w->resultsPage()->charts()->redrawCount() > 0);

        // The session saved and reopened in another window shows the same table.
        const QString path = m_dir.filePath(QStringLiteral("session.json"));
        QString error;
        QVERIFY2(w->saveSessionFile(path, &error), qPrintable(error));
        auto other = makeWindow();
        QVERIFY2(other->openSessionFile(path, &error), qPrintable(error));
        QCOMPARE(test::tableText(*other), rows);
        const QStringList reopenedEmpty = test::emptySeries(*other);
        QVERIFY2(reopenedEmpty.isEmpty(), qPrintable(reopenedEmpty.join(QStringLiteral(", "))));
        QCOMPARE(other->configPage()->config().hidden, 32);
    }

    void autoIsAMethodLikeAnyOther()
    {
        // auto, chosen in the strategy panel, runs beside eager and says per batch size what it picked.
        auto w = makeWindow();
        test::setQuickConfig(*w, {QStringLiteral("eager"), QStringLiteral("auto")});
        QVERIFY2(w->configPage()->isValid(), qPrintable(w->configPage()->validationMessage()));
        QVERIFY(w->configPage()->config().methods.contains(QStringLiteral("auto")));
        QSignalSpy finished(w->controller(), &RunController::finished);
        test::clickRun(*w);
        QVERIFY(finished.wait(kRunTimeoutMs));

        const RunResult& run = w->controller()->run();
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        const MethodResult* picked = run.result(QStringLiteral("auto"));
        QVERIFY(picked);
        QVERIFY2(picked->status == MethodStatus::Ok, qPrintable(picked->error));
        const auto found = std::find_if(picked->steps.begin(), picked->steps.end(),
                                       [](const StepResult& st) { return st.strategy == QStringLiteral("auto"); });
        QVERIFY(found != picked->steps.end());
        const StepResult& step = *found;
        QList<int> chosenFor;
        for (const auto& c : step.choices) {
            chosenFor << c.batch;
            QVERIFY2(!c.choice.isEmpty() && c.choice != QStringLiteral("auto"), qPrintable(c.choice));
        }
        QCOMPARE(chosenFor, run.config.batches);  // one pick per batch size of the run
        QVERIFY2(step.message.contains(QStringLiteral("fidelity floor")), qPrintable(step.message));
        // Its rows in the table, measured, with a speed-up against eager.
        int rows = 0;
        for (const auto& row : test::tableText(*w))
            if (row[ResultsTableModel::Method].startsWith(QStringLiteral("auto"))) {
                ++rows;
                QVERIFY(row[ResultsTableModel::Latency].toDouble() > 0);
                QVERIFY(!row[ResultsTableModel::Speedup].isEmpty());
            }
        QCOMPARE(rows, run.config.batches.size());
    }

    void cancelStopsAndKeepsPartialRows()
    {
        auto w = makeWindow();
        test::setQuickConfig(*w, {QStringLiteral("eager")}, {}, QStringLiteral("1, 4, 8"), 1000000);
        QSignalSpy finished(w->controller(), &RunController::finished);
        QSignalSpy samples(w->controller(), &RunController::samplesAdded);
        test::clickRun(*w);
        QVERIFY(samples.wait(kRunTimeoutMs));
        QVERIFY(w->cancelAction()->isEnabled());
        QTest::keyClick(w.get(), Qt::Key_Escape);
        QVERIFY(finished.wait(kRunTimeoutMs));
        const RunResult& run = w->controller()->run();
        QVERIFY(run.cancelled);
        QCOMPARE(run.results.front().status, MethodStatus::Cancelled);
        // The batch being measured is kept, marked incomplete; later batch sizes never ran.
        const auto rows = test::tableText(*w);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0][ResultsTableModel::Batch], QStringLiteral("1"));
        QVERIFY(rows[0][ResultsTableModel::Latency].toDouble() > 0);
        QVERIFY(!run.results.front().batches.front().complete);
        QVERIFY(w->runAction()->isEnabled());
    }

    void adaptiveLengthControls()
    {
        auto w = makeWindow();
        ConfigPage* page = w->configPage();
        auto* iterations = page->findChild<QSpinBox*>(QStringLiteral("iterationsSpin"));
        auto* targetCi = page->findChild<QDoubleSpinBox*>(QStringLiteral("targetCiSpin"));
        auto* minCalls = page->findChild<QSpinBox*>(QStringLiteral("minCallsSpin"));
        auto* maxCalls = page->findChild<QSpinBox*>(QStringLiteral("maxCallsSpin"));
        auto* budget = page->findChild<QDoubleSpinBox*>(QStringLiteral("timeBudgetSpin"));
        auto* outliers = page->findChild<QCheckBox*>(QStringLiteral("excludeOutliersCheck"));
        QVERIFY(iterations && targetCi && minCalls && maxCalls && budget && outliers);
        // The ranges are the core's field table.
        QCOMPARE(targetCi->minimum(), doubleRangeOf(QStringLiteral("target-ci")).min);
        QCOMPARE(targetCi->maximum(), doubleRangeOf(QStringLiteral("target-ci")).max);
        QCOMPARE(budget->maximum(), doubleRangeOf(QStringLiteral("time-budget")).max);
        QCOMPARE(qlonglong(maxCalls->maximum()), rangeOf(QStringLiteral("max-calls")).max);

        iterations->setValue(iterations->minimum());  // "auto"
        QVERIFY(!page->config().iterations);
        QVERIFY(targetCi->isEnabled());
        targetCi->setValue(5);
        minCalls->setValue(30);
        maxCalls->setValue(3000);
        budget->setValue(0.5);
        outliers->setChecked(true);
        const RunConfig c = page->config();
        QCOMPARE(c.targetCi, 5.0);
        QCOMPARE(c.minCalls, 30);
        QCOMPARE(c.maxCalls, 3000);
        QCOMPARE(c.timeBudget, 0.5);
        QVERIFY(c.excludeOutliers);
        QVERIFY(page->isValid());
        // min above max is allowed (the maximum wins when measuring): the configuration stays valid.
        minCalls->setValue(5000);
        QCOMPARE(page->config().minCalls, 5000);
        QVERIFY(page->isValid());
        QVERIFY(w->runAction()->isEnabled());
        minCalls->setValue(30);
        // An explicit count: the adaptive limits do not apply and are disabled.
        iterations->setValue(200);
        QCOMPARE(page->config().iterations.value_or(0), 200);
        QVERIFY(!targetCi->isEnabled());
        QVERIFY(!budget->isEnabled());
        // A configuration shown in the page comes back unchanged.
        page->setConfig(c);
        QCOMPARE(page->config(), c);
    }

    // The worker process's limits are settings of the page, checked by the core as typed; empty is auto.
    void workerLimitsAreSettings()
    {
        auto w = makeWindow();
        test::setQuickConfig(*w, {QStringLiteral("eager")});
        ConfigPage* page = w->configPage();
        auto* timeout = page->findChild<QLineEdit*>(QStringLiteral("callTimeoutEdit"));
        auto* timeoutError = page->findChild<QLabel*>(QStringLiteral("callTimeoutError"));
        auto* memory = page->findChild<QLineEdit*>(QStringLiteral("workerMemoryEdit"));
        auto* cpu = page->findChild<QLineEdit*>(QStringLiteral("workerCpuEdit"));
        QVERIFY(timeout && timeoutError && memory && cpu);
        QVERIFY(timeout->text().isEmpty() && memory->text().isEmpty() && cpu->text().isEmpty());
        QVERIFY(!page->config().callTimeout && !page->config().workerMemoryMiB && !page->config().workerCpuSeconds);

        timeout->setText(QStringLiteral("0"));
        QVERIFY(!w->runAction()->isEnabled());
        QVERIFY2(timeoutError->isVisibleTo(page) && timeoutError->text().contains(QStringLiteral("call-timeout")),
                 qPrintable(timeoutError->text()));
        timeout->setText(QStringLiteral("2.5"));
        QVERIFY(w->runAction()->isEnabled());
        QVERIFY(!timeoutError->isVisibleTo(page));
        QCOMPARE(page->config().callTimeout, std::optional<double>(2.5));

        memory->setText(QStringLiteral("12"));  // below the smallest limit
        QVERIFY(!w->runAction()->isEnabled());
        QVERIFY2(page->validationMessage().contains(QStringLiteral("worker-memory-limit")),
                 qPrintable(page->validationMessage()));
        memory->setText(QStringLiteral("none"));
        QVERIFY(w->runAction()->isEnabled());
        QCOMPARE(page->config().workerMemoryMiB, std::optional<qint64>(0));
        cpu->setText(QStringLiteral("600"));
        QCOMPARE(page->config().workerCpuSeconds, std::optional<qint64>(600));

        // A configuration shown in the page comes back with its limits; auto is an empty field again.
        const RunConfig c = page->config();
        page->setConfig(RunConfig{});
        QVERIFY(timeout->text().isEmpty() && memory->text().isEmpty() && cpu->text().isEmpty());
        page->setConfig(c);
        QCOMPARE(timeout->text(), QStringLiteral("2.5"));
        QCOMPARE(memory->text(), QStringLiteral("none"));
        QCOMPARE(page->config(), c);
    }

    // Forks and max forks are settings of the Measurement group, checked by the core as typed like the limits.
    void forksAreSettings()
    {
        auto w = makeWindow();
        test::setQuickConfig(*w, {QStringLiteral("eager")});
        ConfigPage* page = w->configPage();
        auto* forks = page->findChild<QLineEdit*>(QStringLiteral("forksEdit"));
        auto* forksError = page->findChild<QLabel*>(QStringLiteral("forksError"));
        auto* maxForks = page->findChild<QLineEdit*>(QStringLiteral("maxForksEdit"));
        auto* maxForksError = page->findChild<QLabel*>(QStringLiteral("maxForksError"));
        QVERIFY(forks && forksError && maxForks && maxForksError);
        QCOMPARE(forks->text(), QStringLiteral("1"));  // the quick configuration measures in one process
        QVERIFY(maxForks->text().isEmpty() && !page->config().maxForks);

        for (const QString& bad : {QStringLiteral("0"), QStringLiteral("65"), QStringLiteral("many"), QString()}) {
            forks->setText(bad);
            QVERIFY2(!w->runAction()->isEnabled(), qPrintable(bad));
            QVERIFY2(forksError->isVisibleTo(page) && forksError->text().contains(QStringLiteral("forks"))
                         && forksError->text().contains(QStringLiteral("1..64")),
                     qPrintable(forksError->text()));
        }
        forks->setText(QStringLiteral("5"));
        QVERIFY(w->runAction()->isEnabled());
        QVERIFY(!forksError->isVisibleTo(page));
        QCOMPARE(page->config().forks, 5);

        maxForks->setText(QStringLiteral("0"));
        QVERIFY(!w->runAction()->isEnabled());
        QVERIFY2(maxForksError->text().contains(QStringLiteral("max-forks")), qPrintable(maxForksError->text()));
        maxForks->setText(QStringLiteral("9"));
        QVERIFY(w->runAction()->isEnabled());
        QCOMPARE(page->config().maxForks, std::optional<int>(9));

        // A configuration shown in the page comes back with its forks; auto is an empty field again.
        const RunConfig c = page->config();
        page->setConfig(RunConfig{});
        QCOMPARE(forks->text(), QStringLiteral("3"));
        QVERIFY(maxForks->text().isEmpty());
        page->setConfig(c);
        QCOMPARE(maxForks->text(), QStringLiteral("9"));
        QCOMPARE(page->config(), c);
    }

    // With OPTIBENCH_SCREENSHOT_DIR set: a run in three worker processes, the environment panel's text about them and
    // the forks fields with one refused (English and Chinese).
    void forksScreenshots()
    {
        const QString out = qEnvironmentVariable("OPTIBENCH_SCREENSHOT_DIR");
        if (out.isEmpty())
            QSKIP("set OPTIBENCH_SCREENSHOT_DIR for screenshots");
        QDir().mkpath(out);
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            QVERIFY(i18n::setLanguage(language));
            auto w = makeWindow();
            w->resize(1500, 950);
            const QString prefix = language == QLatin1String("en") ? QString() : language + QLatin1Char('-');
            test::setQuickConfig(*w, {QStringLiteral("eager"), QStringLiteral("native_fp32")});
            auto* forks = w->configPage()->findChild<QLineEdit*>(QStringLiteral("forksEdit"));
            forks->setText(QStringLiteral("3"));
            QSignalSpy finished(w->controller(), &RunController::finished);
            test::clickRun(*w);
            QVERIFY(finished.wait(kRunTimeoutMs));
            auto* dock = w->findChild<QDockWidget*>(QStringLiteral("environmentDock"));
            dock->raise();
            w->resizeDocks({dock}, {380}, Qt::Vertical);
            auto* maxForks = w->configPage()->findChild<QLineEdit*>(QStringLiteral("maxForksEdit"));
            maxForks->setText(QStringLiteral("0"));
            for (auto* scroll : w->findChildren<QScrollArea*>())
                if (scroll->widget() && scroll->widget()->isAncestorOf(maxForks))
                    scroll->ensureWidgetVisible(maxForks, 0, 120);
            QTest::qWait(200);
            QVERIFY(w->grab().save(QDir(out).filePath(prefix + QStringLiteral("forks.png"))));
        }
        QVERIFY(i18n::setLanguage(QStringLiteral("en")));
    }

    void invalidInputDisablesRun()
    {
        auto w = makeWindow();
        test::setQuickConfig(*w, {QStringLiteral("eager")});
        QVERIFY(w->runAction()->isEnabled());
        auto* batchEdit = w->configPage()->findChild<QLineEdit*>(QStringLiteral("batchEdit"));
        auto* batchError = w->configPage()->findChild<QLabel*>(QStringLiteral("batchError"));
        batchEdit->setText(QStringLiteral("1, x"));
        QVERIFY(!w->configPage()->isValid());
        QVERIFY(!w->runAction()->isEnabled());
        QVERIFY(batchError->isVisibleTo(w->configPage()));
        QVERIFY2(batchError->text().contains(QStringLiteral("batch")) && batchError->text().contains(QStringLiteral("x")),
                 qPrintable(batchError->text()));
        batchEdit->setText(QStringLiteral("0"));
        QVERIFY(!w->runAction()->isEnabled());
        batchEdit->setText(QStringLiteral("2"));
        QVERIFY(w->runAction()->isEnabled());
        QVERIFY(!batchError->isVisibleTo(w->configPage()));

        w->configPage()->findChild<QLineEdit*>(QStringLiteral("seedEdit"))->setText(QStringLiteral("-1"));
        QVERIFY(!w->runAction()->isEnabled());
        w->configPage()->findChild<QLineEdit*>(QStringLiteral("seedEdit"))->setText(QStringLiteral("7"));
        QVERIFY(w->runAction()->isEnabled());

        w->configPage()->findChild<QCheckBox*>(QStringLiteral("strategy_eager"))->setChecked(false);
        QVERIFY(!w->runAction()->isEnabled());
        QVERIFY(w->configPage()->validationMessage().contains(QStringLiteral("methods")));

        // A pipeline naming a strategy that does not exist is refused in place and not added.
        auto* pipeline = w->configPage()->findChild<QLineEdit*>(QStringLiteral("pipelineEdit"));
        pipeline->setText(QStringLiteral("eager+nonexistent"));
        test::click(w->configPage()->findChild<QPushButton*>(QStringLiteral("addPipelineButton")));
        auto* pipelineError = w->configPage()->findChild<QLabel*>(QStringLiteral("pipelineError"));
        QVERIFY(pipelineError->text().contains(QStringLiteral("nonexistent")));
        QVERIFY(!w->runAction()->isEnabled());
        // Ctrl+R does nothing while the configuration is invalid.
        QTest::keyClick(w.get(), Qt::Key_R, Qt::ControlModifier);
        QVERIFY(!w->controller()->isRunning());
    }

    void diagnosedFailureIsFixedByItsButton()
    {
        auto w = makeWindow();
        QString error;
        const QString path = qEnvironmentVariable("OPTIBENCH_TEST_DATA") + QStringLiteral("/sessions/fixable-failure.json");
        QVERIFY2(w->openSessionFile(path, &error), qPrintable(error));
        auto* panel = w->diagnosticsPanel();
        QCOMPARE(panel->model()->rowCount(), 1);
        QVERIFY(panel->select(QStringLiteral("eager+eager")));
        QCOMPARE(panel->fixButtons().size(), 1);
        QSignalSpy finished(w->controller(), &RunController::finished);
        test::click(panel->fixButtons().front());
        QVERIFY(finished.wait(kRunTimeoutMs));
        const RunResult& run = w->controller()->run();
        QVERIFY(!run.result(QStringLiteral("eager+eager")));
        const MethodResult* fixed = run.result(QStringLiteral("eager+eager+eager"));
        QVERIFY(fixed);
        QCOMPARE(fixed->status, MethodStatus::Ok);
        QCOMPARE(static_cast<int>(fixed->batches.size()), run.config.batches.size());
        QVERIFY(run.result(QStringLiteral("eager")));  // the other method is kept
        QCOMPARE(panel->model()->rowCount(), 0);
        QVERIFY(expandMethods(run.config.methods).contains(QStringLiteral("eager+eager+eager")));
    }

    void languageChangeKeepsState()
    {
        auto w = makeWindow();
        QString error;
        QVERIFY2(w->openSessionFile(qEnvironmentVariable("OPTIBENCH_TEST_DATA")
                                        + QStringLiteral("/sessions/diagnosed-failure.json"),
                                    &error),
                 qPrintable(error));
        const auto rows = test::tableText(*w);
        const RunConfig config = w->configPage()->config();
        const int problems = w->diagnosticsPanel()->model()->rowCount();
        // Every page, model and chart handles QEvent::LanguageChange; switching must not lose what is shown.
        QVERIFY(i18n::setLanguage(QStringLiteral("zh_CN")));
        QCoreApplication::processEvents();
        QVERIFY(i18n::setLanguage(QStringLiteral("en")));
        QCoreApplication::processEvents();
        QCOMPARE(test::tableText(*w), rows);
        QVERIFY(w->configPage()->config() == config);
        QVERIFY(w->configPage()->isValid());
        QCOMPARE(w->diagnosticsPanel()->model()->rowCount(), problems);
        QCOMPARE(w->diagnosticsPanel()->fixButtons().size(), 1);
        QCOMPARE(w->resultsPage()->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Method"));
        const QStringList empty = test::emptySeries(*w);
        QVERIFY2(empty.isEmpty(), qPrintable(empty.join(QStringLiteral(", "))));
    }

    void settingsRemembered()
    {
        {
            auto w = makeWindow();
            test::setQuickConfig(*w, {QStringLiteral("eager")});
            w->close();
        }
        auto w = makeWindow();
        QCOMPARE(w->configPage()->config().hidden, 32);
        QCOMPARE(w->configPage()->config().iterations, 20);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
