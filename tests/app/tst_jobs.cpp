// SPDX-License-Identifier: MIT
// The benchmark thread's jobs in the workbench, offscreen: "Save model as TorchScript…" on a row of a quick run
// (the file is written; a native method gives the engine's message and writes nothing; a run works afterwards),
// and "Re-measure the machine" with the progress bar moving, the Environment panel updated, and cancel.

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QProgressBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "i18n/language.h"
#include "models/diagnosticsmodel.h"
#include "models/resultstablemodel.h"
#include "pages/diagnosticspanel.h"
#include "pages/environmentpanel.h"
#include "pages/resultspage.h"
#include "format/runjson.h"
#include "roofline/roofline.h"
#include "session/runcontroller.h"
#include "settings/appsettings.h"
#include "testutils.h"
#include "windowdriver.h"

using namespace ob;
using namespace ob::app;

namespace {

constexpr int kTimeoutMs = 120000;

/// Makes `method`'s first row the current row of the results table; false when it has none.
bool selectMethod(MainWindow& w, const QString& method)
{
    QTableView* table = w.resultsPage()->table();
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, ResultsTableModel::Method);
        if (index.data().toString() == method) {
            table->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

QString statusText(const MainWindow& w)
{
    return w.findChild<QLabel*>(QStringLiteral("statusLabel"))->text();
}

}  // namespace

class TestJobs : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QStringList m_boxes;  // the message boxes shown through the modal hook: "text\ninformative text"

    std::unique_ptr<MainWindow> makeWindow()
    {
        auto w = std::make_unique<MainWindow>(std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini"))));
        w->setModalHook([this](QDialog* dialog) { return answer(dialog); });
        w->show();
        w->activateWindow();
        [&] { QVERIFY(QTest::qWaitForWindowActive(w.get())); }();
        return w;
    }

    QString m_savePath;  // what the file dialog answers; empty: cancel

    int answer(QDialog* dialog)
    {
        if (auto* files = qobject_cast<QFileDialog*>(dialog)) {
            if (m_savePath.isEmpty())
                return QDialog::Rejected;
            files->selectFile(m_savePath);
            static_cast<QDialog*>(files)->accept();  // QFileDialog::accept (protected there): adds .pt
            return files->result();
        }
        if (dialog->objectName() == QLatin1String("unsavedRunBox")) {  // a new run over the last: not kept here
            dialog->findChild<QPushButton*>(QStringLiteral("discardRunButton"))->click();
            return dialog->result();
        }
        if (auto* box = qobject_cast<QMessageBox*>(dialog)) {
            m_boxes << box->text() + QLatin1Char('\n') + box->informativeText();
            return QMessageBox::Ok;
        }
        return QDialog::Rejected;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(i18n::setLanguage(QStringLiteral("en")));
    }

    void saveModelAsTorchScript()
    {
        auto w = makeWindow();
        QAction* save = w->saveModelAction();
        QVERIFY(!save->isEnabled());  // no run shown
        QVERIFY2(save->toolTip().contains(QStringLiteral("No run")), qPrintable(save->toolTip()));

        test::setQuickConfig(*w,
                             {QStringLiteral("eager"), QStringLiteral("jit_script"), QStringLiteral("native_fp32"),
                              QStringLiteral("jit_trace")},
                             {}, QStringLiteral("1"), 20);
        QSignalSpy finished(w->controller(), &RunController::finished);
        test::clickRun(*w);
        QVERIFY(!save->isEnabled());  // busy
        QVERIFY(finished.wait(kTimeoutMs));
        QVERIFY2(w->controller()->run().error.isEmpty(), qPrintable(w->controller()->run().error));

        // A method that did not prepare (jit_trace on a model returning a dict) cannot be saved: the tooltip says why.
        QVERIFY(selectMethod(*w, QStringLiteral("jit_trace")));
        QCOMPARE(w->controller()->run().result(QStringLiteral("jit_trace"))->status, MethodStatus::Failed);
        QVERIFY(!save->isEnabled());
        QVERIFY2(save->toolTip().contains(QStringLiteral("did not prepare")), qPrintable(save->toolTip()));

        // The row's context menu offers the action, enabled for a method that prepared.
        QTableView* table = w->resultsPage()->table();
        QVERIFY(selectMethod(*w, QStringLiteral("jit_script")));
        const QRect cell = table->visualRect(table->currentIndex());
        table->setCurrentIndex({});
        Q_EMIT table->customContextMenuRequested(cell.center());
        QVERIFY(w->resultsContextMenu()->isVisible());
        QVERIFY(w->resultsContextMenu()->actions().contains(save));
        QCOMPARE(w->selectedMethod(), QStringLiteral("jit_script"));
        QVERIFY(save->isEnabled());
        w->resultsContextMenu()->hide();

        // Saved on the worker thread; Run is disabled meanwhile; the status bar names the file and its size.
        m_savePath = m_dir.filePath(QStringLiteral("scripted-model"));  // the dialog adds .pt
        QSignalSpy exported(w->controller(), &RunController::modelExported);
        save->trigger();
        QCOMPARE(w->controller()->job(), RunController::Job::ExportModel);
        QVERIFY(!w->runAction()->isEnabled());
        QVERIFY2(statusText(*w).contains(QStringLiteral("Saving jit_script")), qPrintable(statusText(*w)));
        QVERIFY(exported.wait(kTimeoutMs));
        const QString path = m_savePath + QStringLiteral(".pt");
        QCOMPARE(exported.first().at(1).toString(), path);
        QVERIFY(QFileInfo(path).size() > 0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(2), QByteArray("PK"));
        QVERIFY2(statusText(*w).contains(QStringLiteral("Saved jit_script")) && statusText(*w).contains(path),
                 qPrintable(statusText(*w)));
        QVERIFY(m_boxes.isEmpty());
        QVERIFY(w->runAction()->isEnabled());

        // A native method has no TorchScript form: the engine's message in a box, no file.
        QVERIFY(selectMethod(*w, QStringLiteral("native_fp32")));
        QVERIFY(save->isEnabled());
        m_savePath = m_dir.filePath(QStringLiteral("native.pt"));
        save->trigger();
        QVERIFY(exported.wait(kTimeoutMs));
        QCOMPARE(m_boxes.size(), 1);
        QVERIFY2(m_boxes.first().contains(QStringLiteral("has no TorchScript form")), qPrintable(m_boxes.first()));
        QVERIFY(!QFile::exists(m_savePath));
        QVERIFY(!QFile::exists(m_savePath + QStringLiteral(".part")));

        // The worker is free: a run works.
        test::clickRun(*w);
        QVERIFY(finished.wait(kTimeoutMs));
        QVERIFY2(w->controller()->run().error.isEmpty(), qPrintable(w->controller()->run().error));
        QCOMPARE(w->controller()->run().result(QStringLiteral("eager"))->status, MethodStatus::Ok);
    }

    void remeasureMachineMovesTheProgressBar()
    {
        auto w = makeWindow();
        QAction* remeasure = w->remeasureAction();
        QVERIFY(remeasure);
        QVERIFY(!remeasure->text().isEmpty());
        QVERIFY(remeasure->isEnabled());
        QList<int> values;
        QStringList stages;
        connect(w->controller(), &RunController::progressChanged, w.get(), [&] {
            values << w->progressBar()->value();
            stages << statusText(*w);
        });
        QSignalSpy measured(w->controller(), &RunController::machineMeasured);
        remeasure->trigger();
        QCOMPARE(w->controller()->job(), RunController::Job::MeasureMachine);
        QVERIFY(!w->runAction()->isEnabled());
        QVERIFY(w->cancelAction()->isEnabled());
        QVERIFY(!remeasure->isEnabled());
        QVERIFY(measured.wait(kTimeoutMs));
        QVERIFY2(measured.first().at(1).toString().isEmpty(), qPrintable(measured.first().at(1).toString()));
        QVERIFY(values.size() >= 3);
        QVERIFY(std::is_sorted(values.begin(), values.end()));
        QVERIFY(values.front() < values.back());
        QCOMPARE(w->progressBar()->value(), w->progressBar()->maximum());
        QVERIFY2(stages.filter(QStringLiteral("Measuring the machine: L3 read bandwidth")).size() > 0,
                 qPrintable(stages.join(QLatin1Char('|'))));
        QVERIFY2(statusText(*w).contains(QStringLiteral("measured")), qPrintable(statusText(*w)));
        QVERIFY(w->runAction()->isEnabled());
        QVERIFY(remeasure->isEnabled());
        // The Environment panel names the new roofs and when they were measured.
        const auto roofs = measured.first().at(0).value<MachineRoofs>();
        QVERIFY(w->controller()->machineRoofs());
        QCOMPARE(w->controller()->machineRoofs()->measured, roofs.measured);
        const QString label = w->environmentPanel()->roofsLabel()->text();
        QVERIFY2(label.contains(roofs.cpuModel) && label.contains(QStringLiteral("GFLOP/s")), qPrintable(label));
        // Each compute roof with the instructions it was measured with.
        QVERIFY2(!roofs.isaFp32.isEmpty() && label.contains(roofs.isaFp32) && label.contains(roofs.isaInt8),
                 qPrintable(label));

        // Cancel during the measurement: the roofs stay as they were.
        QSignalSpy progress(w->controller(), &RunController::progressChanged);
        remeasure->trigger();
        QVERIFY(progress.wait(kTimeoutMs));
        w->cancelAction()->trigger();
        QVERIFY(measured.wait(kTimeoutMs));
        QVERIFY(!measured.last().at(1).toString().isEmpty());
        QVERIFY2(statusText(*w).contains(QStringLiteral("cancelled")), qPrintable(statusText(*w)));
        QCOMPARE(w->controller()->machineRoofs()->measured, roofs.measured);
        QVERIFY(w->runAction()->isEnabled());

        // A shown run measured on this CPU is drawn against the new roofs, and the panel says so.
        test::setQuickConfig(*w, {QStringLiteral("eager")}, {}, QStringLiteral("1"), 20);
        QSignalSpy finished(w->controller(), &RunController::finished);
        test::clickRun(*w);
        QVERIFY(finished.wait(kTimeoutMs));
        QVERIFY(w->controller()->run().machine);
        // From the cache (which keeps whole seconds).
        QCOMPARE(w->controller()->run().machine->measured.toSecsSinceEpoch(), roofs.measured.toSecsSinceEpoch());
        QSignalSpy changed(w->controller(), &RunController::methodChanged);
        remeasure->trigger();
        QVERIFY(measured.wait(kTimeoutMs));
        const auto fresh = measured.last().at(0).value<MachineRoofs>();
        QVERIFY(fresh.isValid());
        QCOMPARE(w->controller()->run().machine->measured, fresh.measured);
        QVERIFY(changed.count() > 0);
        QVERIFY(w->controller()->isModified());
        QVERIFY2(w->environmentPanel()->roofsLabel()->text().contains(QStringLiteral("The run's roofline")),
                 qPrintable(w->environmentPanel()->roofsLabel()->text()));
    }

    void aRunFasterThanItsRoofsOffersToRemeasure()
    {
        // A session whose roofs were measured far too low (as on a busy machine): eager beats them, is flagged,
        // and the diagnosis' button re-measures the machine, which clears the flag.
        auto w = makeWindow();
        test::setQuickConfig(*w, {QStringLiteral("eager")}, {}, QStringLiteral("1"), 20);
        QSignalSpy finished(w->controller(), &RunController::finished);
        test::clickRun(*w);
        QVERIFY(finished.wait(kTimeoutMs));
        RunResult run = w->controller()->run();
        QVERIFY(run.machine);
        MachineRoofs low = test::madeUpRoofs();
        low.cpuModel = run.machine->cpuModel;  // this CPU: a re-measurement applies to the session
        low.peakGflopsFp32 = low.peakGopsInt8 = 0.01;
        low.bandwidthL1 = low.bandwidthL2 = low.bandwidthL3 = low.bandwidthDram = 0.01;
        roofline::annotateRoofline(run, low);
        QCOMPARE(run.result(QStringLiteral("eager"))->diagnosis.id, QStringLiteral("roof_exceeded"));
        const QString path = m_dir.filePath(QStringLiteral("low-roofs.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(runToJsonBytes(run));
        file.close();
        QString error;
        QVERIFY2(w->openSessionFile(path, &error), qPrintable(error));

        auto* panel = w->diagnosticsPanel();
        QVERIFY(panel->select(QStringLiteral("eager")));
        QCOMPARE(panel->fixButtons().size(), 1);
        QCOMPARE(panel->fixButtons().front()->text(), QStringLiteral("Re-measure the machine"));
        QSignalSpy measured(w->controller(), &RunController::machineMeasured);
        test::click(panel->fixButtons().front());
        QCOMPARE(w->controller()->job(), RunController::Job::MeasureMachine);
        QVERIFY(measured.wait(kTimeoutMs));
        QVERIFY2(measured.first().at(1).toString().isEmpty(), qPrintable(measured.first().at(1).toString()));
        const MethodResult* eager = w->controller()->run().result(QStringLiteral("eager"));
        QVERIFY(!eager->flags.contains(QStringLiteral("roof_exceeded")));
        QVERIFY(eager->diagnosis.isEmpty());
        QCOMPARE(panel->model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestJobs)
#include "tst_jobs.moc"
