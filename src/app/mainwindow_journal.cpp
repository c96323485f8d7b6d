// SPDX-License-Identifier: MIT
// MainWindow: nothing lost. Closing during a run asks and cancels cleanly; unfinished run journals are offered for
// restore at start; a journal that cannot be written is reported in the status bar and the log (never a modal).

#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>

#include "dialogs/restoredialog.h"
#include "logging/logging.h"
#include "mainwindow.h"
#include "results/journal.h"
#include "session/runcontroller.h"
#include "widgets/uistyle.h"

#include <spdlog/logger.h>

namespace ob::app {

int MainWindow::execModal(QDialog* dialog)
{
    return m_modalHook ? m_modalHook(dialog) : dialog->exec();
}

bool MainWindow::confirmCloseDuringRun()
{
    if (!m_controller->isRunning())
        return true;
    QMessageBox box(QMessageBox::Question, tr("A run is in progress"),
        tr("A benchmark is running. Its finished results are kept in the run journal, but the run "
           "itself stops if you quit."),
        QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("closeDuringRunBox"));
    QPushButton* keep = box.addButton(tr("&Keep running"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepRunningButton"));
    QPushButton* quit = box.addButton(tr("&Cancel the run and quit"), QMessageBox::AcceptRole);
    quit->setObjectName(QStringLiteral("cancelAndQuitButton"));
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    execModal(&box);
    if (box.clickedButton() != quit || !m_controller->isRunning())
        return !m_controller->isRunning();
    m_statusLabel->setText(tr("Cancelling…"));
    QElapsedTimer timer;
    timer.start();
    const bool idle = m_controller->cancelAndWait(5000);
    logging::get("app")->info(
        "closing during a run: cancelled in {} ms{}", timer.elapsed(), idle ? "" : " (timed out; quitting anyway)");
    return true;
}

void MainWindow::onJournalFailed(const QString& message)
{
    // Not a modal: the run goes on; a lasting mark in the status bar says that it is not protected.
    m_journalWarning->setText(tr("⚠ Run journal not written"));
    m_journalWarning->setToolTip(
        tr("The results of this run are not saved as they arrive, so a crash would lose them: %1").arg(message));
    QPalette p = m_journalWarning->palette();
    p.setColor(QPalette::WindowText, warningColor(palette()));
    m_journalWarning->setPalette(p);
    m_journalWarning->show();
}

int MainWindow::offerJournalRestore(const QString& directory)
{
    const QString dir = directory.isEmpty() ? defaultJournalDirectory() : directory;
    if (dir.isEmpty() || m_controller->isRunning())
        return 0;
    const QList<JournalContents> journals = unfinishedJournals(dir);
    if (journals.isEmpty())
        return 0;
    logging::get("app")->info("{} unfinished run journal(s) in {}", journals.size(), dir.toStdString());
    RestoreDialog dialog(journals, this);
    execModal(&dialog);
    const QString path = dialog.selectedPath();
    QString error;
    switch (dialog.choice()) {
    case RestoreDialog::Choice::Restore:
        if (!restoreJournal(path, &error))
            QMessageBox::warning(this, tr("Restore run"), tr("The run could not be restored.\n\n%1").arg(error));
        break;
    case RestoreDialog::Choice::Discard:
        if (!dismissJournal(path, &error))
            logging::get("app")->warn("could not dismiss {}: {}", path.toStdString(), error.toStdString());
        break;
    case RestoreDialog::Choice::Later:
        break;
    }
    return static_cast<int>(journals.size());
}

bool MainWindow::restoreJournal(const QString& path, QString* error)
{
    QString why;
    auto contents = readJournal(path, &why);
    if (contents && m_controller->isRunning())
        why = tr("A run is in progress; cancel it before restoring a run.");
    if (!contents || m_controller->isRunning()) {
        if (error)
            *error = why;
        logging::get("app")->warn("could not restore {}: {}", path.toStdString(), why.toStdString());
        return false;
    }
    RunResult run = contents->run;
    if (!contents->finished)
        run.cancelled = true; // the run stopped early: its results are partial
    m_controller->openSession(run);
    m_controller->setModified(true); // not saved anywhere but in the journal
    m_sessionPath.clear();
    if (!dismissJournal(path, &why))
        logging::get("app")->warn("could not dismiss {}: {}", path.toStdString(), why.toStdString());
    const int batches = RestoreDialog::finishedBatches(run);
    setStatus([batches, started = run.started]() -> QString {
        return tr("Restored an unfinished run from %1: %n finished batch(es); save it to keep it.", nullptr, batches)
            .arg(QLocale().toString(started.toLocalTime(), QLocale::ShortFormat));
    });
    m_progress->setValue(0);
    updateTitle();
    updateActions();
    logging::get("app")->info("restored {} ({} finished batches, {} torn lines ignored)", path.toStdString(), batches,
        contents->ignoredLines);
    return true;
}

} // namespace ob::app
