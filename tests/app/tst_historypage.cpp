// SPDX-License-Identifier: MIT
// The History page, offscreen: a finished run of the window lands in the history; the list filters by text, model,
// machine and tag; a run opens as the session (results table and charts as after a run); a note and tags are kept;
// delete asks first; two runs compare with the regression highlighted in the table and the chart; three runs (a
// reference and two machines) compare side by side; a file from another machine imports and compares in one step.

#include <QAbstractItemModelTester>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QComboBox>
#include <QDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "../core/historyfixture.h"
#include "charts/comparechart.h"
#include "dialogs/comparedialog.h"
#include "format/runjson.h"
#include "history/historystore.h"
#include "mainwindow.h"
#include "models/comparemodel.h"
#include "models/historymodel.h"
#include "models/resultstablemodel.h"
#include "pages/historypage.h"
#include "pages/resultspage.h"
#include "session/historyrecorder.h"
#include "session/runcontroller.h"
#include "settings/appsettings.h"
#include "testutils.h"

using namespace ob;
using namespace ob::app;

class TestHistoryPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("history-%1.sqlite").arg(++m_count));
        HistoryStore store;
        QVERIFY(store.open(m_db));
        test::SyntheticRun a; // #1: the reference, on bench-a
        test::SyntheticRun b; // #2: native_fp32 30% slower, on bench-b
        b.seed = 2;
        b.host = QStringLiteral("bench-b");
        b.scale = {{QStringLiteral("native_fp32"), 1.6}};
        test::SyntheticRun c; // #3: another model on bench-c
        c.seed = 3;
        c.host = QStringLiteral("bench-c");
        c.hidden = 128;
        for (const auto& spec : {a, b, c})
            QVERIFY(store.store(test::syntheticRun(spec), QStringLiteral("cli")) > 0);
        auto settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings-%1.ini").arg(m_count)));
        settings->setHistoryPath(m_db);
        m_window = std::make_unique<MainWindow>(std::move(settings));
        m_window->historyPage()->setModalHook([this](QDialog* d) { return m_answer ? m_answer(d) : 0; });
        m_page = m_window->historyPage();
    }

    void cleanup()
    {
        m_window.reset();
        m_answer = {};
    }

    void listsAndFilters()
    {
        QAbstractItemModelTester tester(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m_page->model()->rowCount(), 3);
        QCOMPARE(m_page->proxy()->rowCount(), 3);
        QCOMPARE(m_page->proxy()->index(0, HistoryModel::Id).data(HistoryModel::IdRole).toLongLong(), 3); // newest
        QCOMPARE(
            m_page->proxy()->index(2, HistoryModel::Best).data().toString(), QStringLiteral("native_fp32 (batch 1)"));
        auto* search = m_page->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
        search->setText(QStringLiteral("BENCH-B"));
        QCOMPARE(m_page->proxy()->rowCount(), 1);
        search->clear();
        auto* model = m_page->findChild<QComboBox*>(QStringLiteral("modelCombo"));
        model->setCurrentIndex(model->findData(QStringLiteral("simplified 128×2")));
        QCOMPARE(m_page->proxy()->rowCount(), 1);
        model->setCurrentIndex(0);
        QVERIFY(m_page->setTags(1, {QStringLiteral("baseline")}));
        QVERIFY(m_page->setNote(1, QStringLiteral("before the change")));
        auto* tag = m_page->findChild<QComboBox*>(QStringLiteral("tagCombo"));
        tag->setCurrentIndex(tag->findData(QStringLiteral("baseline")));
        QCOMPARE(m_page->proxy()->rowCount(), 1);
        QCOMPARE(m_page->proxy()->index(0, HistoryModel::Note).data().toString(), QStringLiteral("before the change"));
        tag->setCurrentIndex(0);
        QCOMPARE(m_page->proxy()->rowCount(), 3);
    }

    void opensARunAsTheSession()
    {
        m_page->selectIds({2});
        auto* open = m_page->findChild<QPushButton*>(QStringLiteral("openButton"));
        QVERIFY(open->isEnabled());
        open->click();
        const RunResult& session = m_window->controller()->run();
        QCOMPARE(session.environment.value(QStringLiteral("hostname")).toString(), QStringLiteral("bench-b"));
        QCOMPARE(session.results.size(), std::size_t(3));
        const auto* table = m_window->resultsPage()->model();
        QCOMPARE(table->rowCount(), 6); // 3 methods × 2 batches, as after a run
        QVERIFY(!m_window->controller()->isModified());
    }

    void deleteAsksFirst()
    {
        m_page->selectIds({3});
        m_answer = [](QDialog* d) {
            auto* box = qobject_cast<QMessageBox*>(d);
            box->button(QMessageBox::Cancel)->click();
            return 0;
        };
        QVERIFY(!m_page->deleteRun(3));
        QCOMPARE(m_page->model()->rowCount(), 3);
        m_answer = [](QDialog* d) {
            d->findChild<QPushButton*>(QStringLiteral("confirmDeleteButton"))->click();
            return 0;
        };
        QVERIFY(m_page->deleteRun(3));
        QCOMPARE(m_page->model()->rowCount(), 2);
        HistoryStore store;
        QVERIFY(store.open(m_db));
        QVERIFY(!store.entry(3));
    }

    void noteThroughItsDialog()
    {
        m_page->selectIds({2});
        m_answer = [](QDialog* d) {
            auto* input = qobject_cast<QInputDialog*>(d);
            input->setTextValue(QStringLiteral("nightly 笔记"));
            return int(QDialog::Accepted);
        };
        m_page->findChild<QPushButton*>(QStringLiteral("noteButton"))->click();
        QCOMPARE(m_page->model()->entry(2)->note, QStringLiteral("nightly 笔记"));
    }

    void comparesTwoRuns()
    {
        CompareDialog* dialog = m_page->compare({1, 2});
        QVERIFY(dialog);
        QAbstractItemModelTester tester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const CompareModel* model = dialog->model();
        QCOMPARE(model->rowCount(), 6);
        QCOMPARE(model->columnCount(), CompareModel::FirstRun + 1);
        int regressions = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex cell = model->index(row, CompareModel::FirstRun);
            const bool slowed
                = model->index(row, CompareModel::Method).data().toString() == QLatin1String("native_fp32");
            QCOMPARE(cell.data(CompareModel::VerdictRole).toInt(), slowed ? 1 : 0);
            regressions += slowed ? 1 : 0;
            if (slowed)
                QCOMPARE(cell.data(Qt::ForegroundRole).value<QColor>(), CompareChart::kRegressionColour);
        }
        QCOMPARE(regressions, 2);
        // The chart: one series of whiskers per compared run, the regressions outlined red.
        QList<QBoxPlotSeries*> boxes;
        for (auto* s : dialog->chart()->series())
            if (auto* b = qobject_cast<QBoxPlotSeries*>(s))
                boxes << b;
        QCOMPARE(boxes.size(), 1);
        int red = 0;
        for (auto* set : boxes.front()->boxSets())
            red += set->pen().color() == CompareChart::kRegressionColour ? 1 : 0;
        QCOMPARE(red, 2);
        // The machines differ: the host is among the conditions.
        QStringList conditions;
        for (int r = 0; r < dialog->conditionsTable()->rowCount(); ++r)
            conditions << dialog->conditionsTable()->item(r, 0)->text();
        QVERIFY2(conditions.contains(QStringLiteral("Host name")), qPrintable(conditions.join(QLatin1Char('|'))));
        // A higher threshold: no regression left.
        dialog->setThreshold(0.8);
        QCOMPARE(model->index(0, CompareModel::FirstRun).data(CompareModel::VerdictRole).toInt(), 0);
        QCOMPARE(dialog->comparison().comparisons.front().regressions, 0);
        const QString report = m_dir.filePath(QStringLiteral("comparison.pdf"));
        QString error;
        QVERIFY2(dialog->exportReport(report, &error), qPrintable(error));
        QVERIFY(QFileInfo(report).size() > 1000);
        dialog->close();
    }

    void comparesMachinesSideBySide()
    {
        CompareDialog* dialog = m_page->compare({1, 2, 3});
        QVERIFY(dialog);
        QCOMPARE(dialog->model()->columnCount(), CompareModel::FirstRun + 2);
        QCOMPARE(dialog->comparison().labels.size(), 2);
        QCOMPARE(dialog->conditionsTable()->columnCount(), 4); // what, reference, two machines
        int series = 0;
        for (auto* s : dialog->chart()->series())
            series += qobject_cast<QBoxPlotSeries*>(s) ? 1 : 0;
        QCOMPARE(series, 2);
        dialog->close();
    }

    void importsAFileAndComparesInOneStep()
    {
        test::SyntheticRun remote;
        remote.seed = 40;
        remote.host = QStringLiteral("far-away");
        const QString file = m_dir.filePath(QStringLiteral("remote.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(runToJsonBytes(test::syntheticRun(remote)));
        f.close();
        m_page->selectIds({1});
        CompareDialog* dialog = m_page->compareWithFile(file);
        QVERIFY(dialog);
        QCOMPARE(m_page->model()->rowCount(), 4);
        QCOMPARE(m_page->model()->entries().front().source, QStringLiteral("import"));
        QVERIFY(dialog->comparison().labels.front().contains(QStringLiteral("far-away")));
        dialog->close();
    }

    void keepsTheRunsOfTheWindow()
    {
        QSignalSpy stored(m_window->historyRecorder(), &HistoryRecorder::stored);
        QSignalSpy finished(m_window->controller(), &RunController::finished);
        m_window->controller()->start(test::quickConfig());
        QVERIFY(finished.wait(60000));
        QVERIFY(stored.count() == 1 || stored.wait(30000));
        QCOMPARE(m_page->model()->rowCount(), 4);
        const qint64 id = stored.front().front().toLongLong();
        QCOMPARE(m_page->selectedIds(), QList<qint64>{id});
        QCOMPARE(m_page->model()->entry(id)->source, QStringLiteral("workbench"));
        // Not kept once switched off.
        m_page->setKeepRuns(false);
        QVERIFY(!m_window->historyRecorder()->location().enabled());
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
    int m_count = 0;
    std::unique_ptr<MainWindow> m_window;
    HistoryPage* m_page = nullptr;
    std::function<int(QDialog*)> m_answer;
};

QTEST_MAIN(TestHistoryPage)
#include "tst_historypage.moc"
