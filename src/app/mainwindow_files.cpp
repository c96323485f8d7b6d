// SPDX-License-Identifier: MIT
// MainWindow: sessions on disk (open, save, recent files) and the window title.

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

#include "logging/logging.h"
#include "mainwindow.h"
#include "session/runcontroller.h"
#include "session/sessionfiles.h"
#include "settings/appsettings.h"

#include <spdlog/logger.h>

namespace ob::app {

bool MainWindow::openSessionFile(const QString& path, QString* error)
{
    QString why;
    auto run = loadSession(path, &why);
    if (!run || !m_controller->openSession(*run)) {
        if (run)
            why = tr("A run is in progress; cancel it before opening a session.");
        if (error)
            *error = why;
        logging::get("app")->warn("could not open {}: {}", path.toStdString(), why.toStdString());
        return false;
    }
    m_sessionPath = path;
    m_settings->addRecentFile(path);
    m_settings->setLastDirectory(QFileInfo(path).absolutePath());
    setStatus([path, started = run->started]() -> QString {
        return tr("Opened %1 (measured %2; not re-run)")
            .arg(QDir::toNativeSeparators(path), QLocale().toString(started.toLocalTime(), QLocale::ShortFormat));
    });
    m_progress->setValue(0);
    m_progress->setFormat(QStringLiteral("%p%"));
    updateRecentMenu();
    updateTitle();
    updateActions();
    logging::get("app")->info("opened session {}", path.toStdString());
    return true;
}

bool MainWindow::saveSessionFile(const QString& path, QString* error)
{
    if (!saveSession(path, m_controller->run(), error))
        return false;
    m_sessionPath = path;
    m_controller->setModified(false);
    m_settings->addRecentFile(path);
    m_settings->setLastDirectory(QFileInfo(path).absolutePath());
    updateRecentMenu();
    updateTitle();
    logging::get("app")->info("saved session {}", path.toStdString());
    return true;
}

bool MainWindow::maybeSaveSession()
{
    if (!m_controller->isModified() || m_controller->run().results.empty() || m_controller->isRunning())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved run"), tr("The results of this run have not been saved."),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unsavedRunBox"));
    box.setInformativeText(tr("Save them before they are replaced? If you discard them, they are lost."));
    box.setDefaultButton(QMessageBox::Save);
    box.setEscapeButton(QMessageBox::Cancel);
    box.button(QMessageBox::Save)->setObjectName(QStringLiteral("saveRunButton"));
    box.button(QMessageBox::Discard)->setObjectName(QStringLiteral("discardRunButton"));
    box.button(QMessageBox::Cancel)->setObjectName(QStringLiteral("cancelRunButton"));
    execModal(&box);
    const auto choice = box.standardButton(box.clickedButton());
    if (choice == QMessageBox::Save)
        return save();
    return choice == QMessageBox::Discard;
}

void MainWindow::open()
{
    if (!maybeSaveSession())
        return;
    QFileDialog dialog(this, tr("Open session"), m_settings->lastDirectory(), sessionFileFilter());
    dialog.setObjectName(QStringLiteral("openSessionDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    if (execModal(&dialog) != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    QString error;
    if (!openSessionFile(path, &error))
        QMessageBox::warning(this, tr("Open session"), tr("The session could not be opened.\n\n%1").arg(error));
}

bool MainWindow::save()
{
    if (m_sessionPath.isEmpty())
        return saveAs();
    QString error;
    if (saveSessionFile(m_sessionPath, &error))
        return true;
    QMessageBox::warning(this, tr("Save session"), tr("The session could not be saved.\n\n%1").arg(error));
    return false;
}

bool MainWindow::saveAs()
{
    const QString suggested = m_sessionPath.isEmpty()
        ? QDir(m_settings->lastDirectory()).filePath(QStringLiteral("optibench-session.json"))
        : m_sessionPath;
    QFileDialog dialog(this, tr("Save session"), suggested, sessionFileFilter());
    dialog.setObjectName(QStringLiteral("saveSessionDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("json"));
    if (execModal(&dialog) != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return false;
    QString path = dialog.selectedFiles().constFirst();
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    QString error;
    if (saveSessionFile(path, &error))
        return true;
    QMessageBox::warning(this, tr("Save session"), tr("The session could not be saved.\n\n%1").arg(error));
    return false;
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_settings->recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        auto* action = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] {
            if (!maybeSaveSession())
                return;
            QString error;
            if (openSessionFile(path, &error))
                return;
            if (!QFileInfo::exists(path)) {
                m_settings->removeRecentFile(path);
                updateRecentMenu();
            }
            QMessageBox::warning(this, tr("Open session"), tr("The session could not be opened.\n\n%1").arg(error));
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty() && !m_controller->isRunning());
}

void MainWindow::updateTitle()
{
    const QString name = m_sessionPath.isEmpty() ? tr("Untitled session") : QFileInfo(m_sessionPath).fileName();
    setWindowTitle(tr("%1[*] — OptiBench").arg(name));
    setWindowModified(m_controller->isModified() && !m_controller->run().results.empty());
}

}  // namespace ob::app
