// SPDX-License-Identifier: MIT
// MainWindow: the run history. Every run the worker finishes is kept (HistoryRecorder); the History dock lists
// them, opens one as the session and compares them.

#include <QDockWidget>
#include <QLocale>
#include <QProgressBar>

#include "logging/logging.h"
#include "mainwindow.h"
#include "pages/historypage.h"
#include "session/historyrecorder.h"
#include "session/runcontroller.h"

#include <spdlog/logger.h>

namespace ob::app {

void MainWindow::createHistory()
{
    m_historyRecorder = new HistoryRecorder(this);
    m_history = new HistoryPage(m_settings.get(), m_historyRecorder);
    m_historyDock = new QDockWidget(this);
    m_historyDock->setObjectName(QStringLiteral("historyDock"));
    m_historyDock->setWidget(m_history);
    m_historyDock->setFeatures(
        QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::BottomDockWidgetArea, m_historyDock);
    tabifyDockWidget(m_environmentDock, m_historyDock);
    connect(m_controller, &RunController::runMeasured, m_historyRecorder, &HistoryRecorder::record);
    connect(m_history, &HistoryPage::openRequested, this, &MainWindow::openHistoryRun);
    connect(m_historyRecorder, &HistoryRecorder::storeFailed, this, [this](const QString& error) {
        setStatus([error] { return tr("The run is not kept in the history: %1").arg(error); });
    });
}

bool MainWindow::openHistoryRun(const RunResult& run, qint64 id)
{
    if (!maybeSaveSession())
        return false;
    if (!m_controller->openSession(run)) {
        setStatus([] { return tr("A run is in progress; cancel it before opening a run from the history."); });
        return false;
    }
    m_sessionPath.clear();
    setStatus([id, started = run.started]() -> QString {
        return tr("Opened run #%1 from the history (measured %2; not re-run)")
            .arg(id)
            .arg(QLocale().toString(started.toLocalTime(), QLocale::ShortFormat));
    });
    m_progress->setValue(0);
    m_progress->setFormat(QStringLiteral("%p%"));
    updateTitle();
    updateActions();
    logging::get("app")->info("opened run #{} from the history", id);
    return true;
}

void MainWindow::retranslateHistory()
{
    m_historyDock->setWindowTitle(tr("History"));
}

} // namespace ob::app
