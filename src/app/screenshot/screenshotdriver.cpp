// SPDX-License-Identifier: MIT
#include "screenshot/screenshotdriver.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QPixmap>
#include <QTimer>

#include "charts/chartspanel.h"
#include "config/runconfig.h"
#include "dialogs/restoredialog.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "pages/configpage.h"
#include "pages/resultspage.h"
#include "session/runcontroller.h"

#include <cstdio>

namespace ob::app {

ScreenshotDriver::ScreenshotDriver(MainWindow* window, const QString& directory, const QString& failureSession,
                                   QObject* parent)
    : QObject(parent), m_window(window), m_directory(directory), m_failureSession(failureSession)
{
}

void ScreenshotDriver::start()
{
    QDir().mkpath(m_directory);
    // The default configuration with more calls, so that the "running" shot finds the run in progress.
    RunConfig config;
    config.warmup = 100;
    config.iterations = 1000;
    m_window->configPage()->setConfig(config);
    connect(m_window->controller(), &RunController::progressChanged, this,
            [this](const RunProgress& p) { onProgress(p.fraction); });
    connect(m_window->controller(), &RunController::finished, this, &ScreenshotDriver::onFinished);
    QTimer::singleShot(1500, this, [this] {
        shoot(QStringLiteral("configured"));
        m_window->run();
    });
}

QString ScreenshotDriver::fileName(const QString& name)
{
    // English shots keep their plain names; another language's get its id first ("zh_CN-finished.png").
    const QString language = i18n::currentLanguage();
    return (language == QLatin1String("en") ? QString() : language + QLatin1Char('-')) + name + QStringLiteral(".png");
}

bool ScreenshotDriver::shoot(const QString& name)
{
    m_window->resultsPage()->charts()->flushAll();
    QCoreApplication::processEvents();
    const QString path = QDir(m_directory).filePath(fileName(name));
    const bool ok = m_window->grab().save(path);
    std::fprintf(stderr, "screenshot %s: %s\n", qPrintable(path), ok ? "saved" : "FAILED");
    m_ok = m_ok && ok;
    return ok;
}

void ScreenshotDriver::onProgress(double fraction)
{
    if (!m_runningShot && fraction >= 0.6) {
        m_runningShot = true;
        shoot(QStringLiteral("running"));
    }
}

void ScreenshotDriver::onFinished()
{
    QTimer::singleShot(300, this, [this] {
        shoot(QStringLiteral("finished"));
        auto* charts = m_window->resultsPage()->charts();
        charts->showChart(QStringLiteral("score"));
        shoot(QStringLiteral("finished-quality"));
        charts->showChart(QStringLiteral("roofline"));
        shoot(QStringLiteral("finished-roofline"));
        charts->setCurrentIndex(0);
        shootRestore();
        m_window->dock(QStringLiteral("logDock"))->raise();
        shoot(QStringLiteral("log"));
        m_window->dock(QStringLiteral("environmentDock"))->raise();
        shoot(QStringLiteral("environment"));
        shootAbout();
        shootHistory([this] { shootFailure(); });
    });
}

void ScreenshotDriver::shootRestore()
{
    // The restore dialog as offered at start-up, listing the finished run as if it had been interrupted.
    JournalContents journal;
    journal.path = QDir(m_directory).filePath(QStringLiteral("run-interrupted.jsonl"));
    journal.run = m_window->controller()->run();
    journal.ignoredLines = 1;
    RestoreDialog dialog({journal}, m_window);
    dialog.show();
    QCoreApplication::processEvents();
    const QString path = QDir(m_directory).filePath(QStringLiteral("restore.png"));
    const bool ok = dialog.grab().save(path);
    std::fprintf(stderr, "screenshot %s: %s\n", qPrintable(path), ok ? "saved" : "FAILED");
    m_ok = m_ok && ok;
}

void ScreenshotDriver::shootAbout()
{
    // The dialog is modal: grab it from inside its own event loop, then close it.
    QTimer::singleShot(300, this, [this] {
        if (QWidget* dialog = QApplication::activeModalWidget()) {
            const QString path = QDir(m_directory).filePath(fileName(QStringLiteral("about")));
            const bool ok = dialog->grab().save(path);
            std::fprintf(stderr, "screenshot %s: %s\n", qPrintable(path), ok ? "saved" : "FAILED");
            m_ok = m_ok && ok;
            dialog->close();
        }
    });
    if (auto* about = m_window->findChild<QAction*>(QStringLiteral("actionAbout")))
        about->trigger();
}

void ScreenshotDriver::shootFailure()
{
    if (!m_failureSession.isEmpty()) {
        QString error;
        if (m_window->openSessionFile(m_failureSession, &error)) {
            m_window->dock(QStringLiteral("diagnosticsDock"))->raise();
            QTimer::singleShot(300, this, [this] {
                shoot(QStringLiteral("failure-diagnosed"));
                QCoreApplication::exit(m_ok ? 0 : 1);
            });
            return;
        }
        std::fprintf(stderr, "screenshot: cannot open %s: %s\n", qPrintable(m_failureSession), qPrintable(error));
        m_ok = false;
    }
    QCoreApplication::exit(m_ok ? 0 : 1);
}

}  // namespace ob::app
