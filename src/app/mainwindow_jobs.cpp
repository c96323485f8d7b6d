// SPDX-License-Identifier: MIT
// MainWindow: the benchmark thread's work besides runs. "Save model as TorchScript…" (File menu and the results
// table's context menu) saves a method of the shown run; "Re-measure the machine" (Run menu) measures the roofs
// again with the progress bar. Both run on the worker thread (RunController jobs), one at a time, never with a run.

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QTableView>

#include <algorithm>

#include "diagnosis/catalog.h"
#include "mainwindow.h"
#include "models/resultstablemodel.h"
#include "pages/resultspage.h"
#include "session/runcontroller.h"

namespace ob::app {
namespace {

/// Whether `r` prepared (its model exists): finished, or cancelled after its setup succeeded.
bool prepared(const MethodResult& r)
{
    if (r.status == MethodStatus::Ok)
        return true;
    return r.status == MethodStatus::Cancelled && r.error.isEmpty() && !r.steps.empty();
}

}  // namespace

void MainWindow::createJobActions()
{
    m_saveModelAction = new QAction(this);
    m_saveModelAction->setObjectName(QStringLiteral("actionSaveModel"));
    connect(m_saveModelAction, &QAction::triggered, this, [this] { saveModelAs(selectedMethod()); });
    m_remeasureAction = new QAction(this);
    m_remeasureAction->setObjectName(QStringLiteral("actionRemeasureMachine"));
    connect(m_remeasureAction, &QAction::triggered, this, &MainWindow::remeasureMachine);

    // The File menu offers every method of the run, so that no row has to be selected first.
    m_saveModelMenu = new QMenu(this);
    m_saveModelMenu->setObjectName(QStringLiteral("saveModelMenu"));
    m_saveModelMenu->setToolTipsVisible(true);
    connect(m_saveModelMenu, &QMenu::aboutToShow, this, &MainWindow::fillSaveModelMenu);

    m_resultsMenu = new QMenu(this);
    m_resultsMenu->setObjectName(QStringLiteral("resultsContextMenu"));
    m_resultsMenu->setToolTipsVisible(true);
    m_resultsMenu->addAction(m_saveModelAction);
    QTableView* table = m_results->table();
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table, &QWidget::customContextMenuRequested, this, &MainWindow::showResultsContextMenu);
    connect(table->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::updateJobActions);

    connect(m_controller, &RunController::jobChanged, this, &MainWindow::updateActions);
    connect(m_controller, &RunController::methodChanged, this, &MainWindow::updateJobActions);
    connect(m_controller, &RunController::sessionReset, this, &MainWindow::updateJobActions);
    connect(m_controller, &RunController::modelExported, this, &MainWindow::onModelExported);
    connect(m_controller, &RunController::machineMeasured, this, &MainWindow::onMachineMeasured);
}

QString MainWindow::selectedMethod() const
{
    const QModelIndex current = m_results->table()->currentIndex();
    if (!current.isValid())
        return {};
    return current.siblingAtColumn(ResultsTableModel::Method).data().toString();
}

QString MainWindow::saveModelUnavailable(const QString& method) const
{
    const RunResult& run = m_controller->run();
    const MethodResult* result = method.isEmpty() ? nullptr : run.result(method);
    if (run.results.empty())
        return tr("No run is shown: run a benchmark or open a session first.");
    if (m_controller->isBusy())
        return tr("The benchmark thread is busy: wait until the run or job in progress ends.");
    if (!result)
        return tr("Select a method in the results table.");
    if (!prepared(*result))
        return tr("%1 did not prepare in this run: there is no model to save.").arg(method);
    return {};
}

void MainWindow::updateJobActions()
{
    if (!m_saveModelAction)
        return;
    const QString method = selectedMethod();
    const QString why = saveModelUnavailable(method);
    m_saveModelAction->setEnabled(why.isEmpty());
    const RunResult& run = m_controller->run();
    m_saveModelMenu->setEnabled(!m_controller->isBusy()
                                && std::any_of(run.results.begin(), run.results.end(), prepared));
    m_saveModelAction->setToolTip(
        why.isEmpty() ? tr("Save the model of %1 as a TorchScript file (.pt), prepared again from this run's "
                           "configuration")
                            .arg(method)
                      : why);
    m_remeasureAction->setEnabled(!m_controller->isBusy());
}

void MainWindow::fillSaveModelMenu()
{
    m_saveModelMenu->clear();
    for (const auto& r : m_controller->run().results) {
        const QString method = r.method;
        QAction* action = m_saveModelMenu->addAction(method);
        action->setObjectName(QStringLiteral("saveModel_") + method);
        const QString why = saveModelUnavailable(method);
        action->setEnabled(why.isEmpty());
        action->setToolTip(why.isEmpty() ? tr("Save the model of %1 as a TorchScript file (.pt)").arg(method) : why);
        connect(action, &QAction::triggered, this, [this, method] { saveModelAs(method); });
    }
}

void MainWindow::retranslateJobs()
{
    m_saveModelMenu->setTitle(tr("Save model as &TorchScript"));
    m_saveModelAction->setText(tr("Save model as &TorchScript…"));
    m_remeasureAction->setText(tr("Re-&measure the machine"));
    m_remeasureAction->setToolTip(
        tr("Measure this CPU's peak arithmetic and memory bandwidth again: the roofs of the roofline (a few "
           "seconds)"));
    m_runMenu->setToolTipsVisible(true);
    updateJobActions();
}

void MainWindow::showResultsContextMenu(const QPoint& pos)
{
    QTableView* table = m_results->table();
    const QModelIndex index = table->indexAt(pos);
    if (!index.isValid())
        return;
    table->setCurrentIndex(index);
    updateJobActions();
    m_resultsMenu->popup(table->viewport()->mapToGlobal(pos));
}

bool MainWindow::saveModelAs(const QString& method)
{
    if (!saveModelUnavailable(method).isEmpty())
        return false;
    QString name = method;
    name.replace(QLatin1Char('+'), QLatin1Char('-'));
    QFileDialog dialog(this, tr("Save model as TorchScript"),
                       QDir(m_settings->lastExportDirectory()).filePath(name + QStringLiteral(".pt")),
                       tr("TorchScript models (*.pt)"));
    dialog.setObjectName(QStringLiteral("saveModelDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("pt"));
    if (execModal(&dialog) != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return false;
    const QString path = dialog.selectedFiles().constFirst();
    m_settings->setLastExportDirectory(QFileInfo(path).absolutePath());
    if (!m_controller->exportModel(method, path))
        return false;
    setStatus([method, path] {
        return tr("Saving %1 as TorchScript to %2: preparing it on the benchmark thread…")
            .arg(method, QDir::toNativeSeparators(path));
    });
    return true;
}

void MainWindow::onModelExported(const QString& method, const QString& path, const StepResult& result)
{
    if (result.status == QLatin1String("ok")) {
        const qint64 size = QFileInfo(path).size();
        setStatus([method, path, size] {
            return tr("Saved %1 as TorchScript: %2 (%3)")
                .arg(method, QDir::toNativeSeparators(path), QLocale().formattedDataSize(size));
        });
        return;
    }
    setStatus([method] { return tr("%1 was not saved as TorchScript.").arg(method); });
    QMessageBox box(QMessageBox::Warning, tr("Save model as TorchScript"),
                    tr("The model of %1 could not be saved as TorchScript. Nothing was written.").arg(method),
                    QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("saveModelErrorBox"));
    QString details = result.error;  // the engine's text, verbatim
    if (!result.diagnosis.id.isEmpty()) {
        const DiagnosisText d = renderDiagnosis(result.diagnosis);
        details += QStringLiteral("\n\n") + tr("Cause: %1").arg(d.cause);
        if (!d.fix.isEmpty())
            details += QLatin1Char('\n') + tr("Fix: %1").arg(d.fix);
    }
    box.setInformativeText(details);
    box.setTextFormat(Qt::PlainText);
    execModal(&box);
}

void MainWindow::remeasureMachine()
{
    if (!m_controller->measureMachine())
        return;
    m_progress->setValue(0);
    m_progress->setFormat(QStringLiteral("%p%"));
    setStatus([] { return tr("Measuring the machine…"); });
}

void MainWindow::onMachineMeasured(const MachineRoofs& roofs, const QString& error)
{
    if (!error.isEmpty()) {
        // EngineError's text for a cancel; anything else is the engine's own text.
        if (error == QLatin1String("cancelled by the user"))
            setStatus([] { return tr("Measuring the machine was cancelled: the roofs are unchanged."); });
        else
            setStatus([error] { return tr("The machine could not be measured: %1").arg(error); });
        return;
    }
    m_progress->setValue(m_progress->maximum());
    setStatus([roofs] {
        const QLocale locale;
        return tr("The machine was measured in %1 s: peak fp32 %2 GFLOP/s, DRAM %3 GB/s (see Environment).")
            .arg(locale.toString(roofs.seconds, 'f', 1), locale.toString(roofs.peakGflopsFp32, 'f', 1),
                 locale.toString(roofs.bandwidthDram, 'f', 1));
    });
}

}  // namespace ob::app
