// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStatusBar>
#include <QStyle>
#include <QThreadPool>
#include <QToolBar>

#include <algorithm>

#include "dialogs/aboutdialog.h"
#include "dialogs/diagnoselogdialog.h"
#include "i18n/language.h"
#include "logging/logging.h"
#include "models/diagnosticsmodel.h"
#include "models/environmentmodel.h"
#include "models/logmodel.h"
#include "pages/configpage.h"
#include "pages/diagnosticspanel.h"
#include "pages/environmentpanel.h"
#include "bench/progress.h"
#include "export/exportmenu.h"
#include "pages/logpanel.h"
#include "pages/profilepage.h"
#include "pages/resultspage.h"
#include "results/environment.h"
#include "roofline/machinecache.h"
#include "session/runcontroller.h"
#include "session/sessionfiles.h"
#include "settings/appsettings.h"
#include "widgets/uistyle.h"
#include "widgets/wheelguard.h"

namespace ob::app {

MainWindow::MainWindow(std::unique_ptr<AppSettings> settings, QWidget* parent)
    : QMainWindow(parent), m_settings(settings ? std::move(settings) : std::make_unique<AppSettings>())
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(appIcon());
    WheelGuard::install();  // the wheel scrolls the configuration, never a value it passes over
    m_controller = new RunController(this);
    m_results = new ResultsPage(m_controller, this);
    setCentralWidget(m_results);
    createActions();
    createDocks();
    createMenus();
    connectController();

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("runProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setMinimumWidth(420);
    m_journalWarning = new QLabel(this);
    m_journalWarning->setObjectName(QStringLiteral("journalWarning"));
    m_journalWarning->hide();
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_journalWarning);
    statusBar()->addPermanentWidget(m_progress);

    m_config->setConfig(m_settings->lastConfig());
    connect(m_config, &ConfigPage::validityChanged, this, &MainWindow::updateActions);
    connect(m_config, &ConfigPage::configChanged, this, &MainWindow::updateActions);

    // At most the screen: on 1280 x 800 the window fits, the docks in proportion (a saved layout replaces this).
    const QSize screenSize = screen() ? screen()->availableSize() : QSize(1600, 1000);
    resize(std::min(1600, screenSize.width()), std::min(1000, screenSize.height()));
    resizeDocks({m_configDock}, {std::max(m_configDock->minimumSizeHint().width(), width() * 3 / 10)}, Qt::Horizontal);
    resizeDocks({m_diagnosticsDock}, {std::clamp(height() / 6, 120, 220)}, Qt::Vertical);
    restoreGeometry(m_settings->windowGeometry());
    restoreState(m_settings->windowState(), AppSettings::kWindowStateVersion);
    m_results->restoreTableState(m_settings->resultsTableState());
    retranslate();
    updateActions();
    captureMachineEnvironment();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    const auto icon = [this](const char* theme, QStyle::StandardPixmap fallback) {
        return QIcon::fromTheme(QLatin1String(theme), style()->standardIcon(fallback));
    };
    m_runAction = new QAction(icon("media-playback-start", QStyle::SP_MediaPlay), QString(), this);
    m_runAction->setObjectName(QStringLiteral("actionRun"));
    m_runAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_runAction, &QAction::triggered, this, &MainWindow::run);
    m_cancelAction = new QAction(icon("process-stop", QStyle::SP_MediaStop), QString(), this);
    m_cancelAction->setObjectName(QStringLiteral("actionCancel"));
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(m_cancelAction, &QAction::triggered, this, &MainWindow::cancel);
    m_openAction = new QAction(icon("document-open", QStyle::SP_DialogOpenButton), QString(), this);
    m_openAction->setObjectName(QStringLiteral("actionOpen"));
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::open);
    m_saveAction = new QAction(icon("document-save", QStyle::SP_DialogSaveButton), QString(), this);
    m_saveAction->setObjectName(QStringLiteral("actionSave"));
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::save);
    m_saveAsAction = new QAction(this);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAsAction, &QAction::triggered, this, &MainWindow::saveAs);
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    m_diagnoseLogAction = new QAction(icon("dialog-information", QStyle::SP_MessageBoxInformation), QString(), this);
    m_diagnoseLogAction->setObjectName(QStringLiteral("actionDiagnoseLog"));
    connect(m_diagnoseLogAction, &QAction::triggered, this, &MainWindow::showDiagnoseLog);
    m_aboutAction = new QAction(this);
    m_aboutAction->setObjectName(QStringLiteral("actionAbout"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    auto* toolbar = addToolBar(QString());
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addActions({m_runAction, m_cancelAction});
    toolbar->addSeparator();
    toolbar->addActions({m_openAction, m_saveAction});
    createJobActions();
}

void MainWindow::createDocks()
{
    const auto makeDock = [this](const char* name, QWidget* widget, Qt::DockWidgetArea area) {
        auto* dock = new QDockWidget(this);
        dock->setObjectName(QLatin1String(name));
        dock->setWidget(widget);
        dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                          | QDockWidget::DockWidgetClosable);
        addDockWidget(area, dock);
        return dock;
    };
    m_config = new ConfigPage;
    m_config->setRunActions(m_runAction, m_cancelAction);
    auto* scroll = new QScrollArea;
    scroll->setWidget(m_config);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(m_config->sizeHint().width() + scroll->verticalScrollBar()->sizeHint().width() + 4);
    m_configDock = makeDock("configDock", scroll, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);  // the configuration keeps the full height

    m_diagnostics = new DiagnosticsPanel(m_controller);
    m_logModel = new LogModel(5000, this);
    m_logModel->attachToLogging();
    m_log = new LogPanel(m_logModel, logging::defaultLogFile());
    m_environment = new EnvironmentPanel(m_controller);
    m_diagnosticsDock = makeDock("diagnosticsDock", m_diagnostics, Qt::BottomDockWidgetArea);
    m_logDock = makeDock("logDock", m_log, Qt::BottomDockWidgetArea);
    m_environmentDock = makeDock("environmentDock", m_environment, Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_diagnosticsDock, m_logDock);
    tabifyDockWidget(m_logDock, m_environmentDock);
    createHistory();
    m_profile = new ProfilePage(m_controller);  // where the time goes (--profile)
    m_profileDock = makeDock("profileDock", m_profile, Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_environmentDock, m_profileDock);
    m_diagnosticsDock->raise();
    connect(m_diagnostics, &DiagnosticsPanel::remeasureRequested, this, &MainWindow::remeasureMachine);
    connect(m_diagnostics, &DiagnosticsPanel::countChanged, this, [this](int count) {
        retranslate();
        if (count > 0)
            m_diagnosticsDock->raise();
    });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addActions({m_openAction, m_config->openModelAction()});
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addActions({m_saveAction, m_saveAsAction});
    m_fileMenu->addSeparator();
    m_exportMenu = new ExportMenu(m_controller, m_results->charts(), m_settings.get(), m_fileMenu);
    m_fileMenu->addMenu(m_exportMenu);
    m_fileMenu->addMenu(m_saveModelMenu);
    m_profile->setExportMenu(m_exportMenu);
    m_fileMenu->setToolTipsVisible(true);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_runMenu = menuBar()->addMenu(QString());
    m_runMenu->addActions({m_runAction, m_cancelAction});
    m_runMenu->addSeparator();
    m_runMenu->addAction(m_diagnoseLogAction);
    m_runMenu->addAction(m_remeasureAction);
    m_viewMenu = menuBar()->addMenu(QString());
    for (auto* dock : {m_configDock, m_diagnosticsDock, m_logDock, m_environmentDock, m_historyDock, m_profileDock})
        m_viewMenu->addAction(dock->toggleViewAction());
    createLanguageMenu();
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
    updateRecentMenu();
}

void MainWindow::createLanguageMenu()
{
    // Each language is named in itself, so that a user who cannot read the current one still finds their own.
    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    const QList<std::pair<QString, QString>> languages{{QStringLiteral("zh_CN"), QStringLiteral("中文")},
                                                       {QStringLiteral("en"), QStringLiteral("English")}};
    for (const auto& [id, name] : languages) {
        auto* action = m_languageMenu->addAction(name);
        action->setObjectName(QStringLiteral("actionLanguage_") + id);
        action->setData(id);
        action->setCheckable(true);
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, id = id] { setUiLanguage(id); });
    }
}

QAction* MainWindow::languageAction(const QString& language) const
{
    for (auto* action : m_languageGroup->actions())
        if (action->data().toString() == language)
            return action;
    return nullptr;
}

bool MainWindow::setUiLanguage(const QString& language)
{
    // i18n::setLanguage installs the translators; every widget then receives QEvent::LanguageChange.
    if (!i18n::setLanguage(language))
        return false;
    m_settings->setLanguage(language);
    m_settings->sync();
    return true;
}

void MainWindow::setStatus(std::function<QString()> text)
{
    m_lastStatus = std::move(text);
    m_statusLabel->setText(m_lastStatus ? m_lastStatus() : QString());
}

void MainWindow::connectController()
{
    connect(m_controller, &RunController::runningChanged, this, &MainWindow::updateActions);
    connect(m_controller, &RunController::progressChanged, this, &MainWindow::onProgress);
    connect(m_controller, &RunController::finished, this, &MainWindow::onFinished);
    connect(m_controller, &RunController::configChanged, this, [this](const RunConfig& config) {
        m_config->setConfig(config);
        updateActions();
    });
    connect(m_controller, &RunController::errorOccurred, this, [this](const QString& message) {
        setStatus([message] { return message; });  // rendered by the controller in the language of its time
    });
    connect(m_controller, &RunController::sessionReset, this, &MainWindow::updateTitle);
    connect(m_controller, &RunController::journalFailed, this, &MainWindow::onJournalFailed);
}

void MainWindow::captureMachineEnvironment()
{
    // Capturing loads LibTorch's and OpenBLAS's state: do it off the GUI thread, once. The cached roofs too (their
    // file is named after the CPU, read through the engine).
    QPointer<MainWindow> self(this);
    QThreadPool::globalInstance()->start([self] {
        const QJsonObject env = captureEnvironment();
        const std::optional<MachineRoofs> roofs = roofline::cachedRoofs();
        QMetaObject::invokeMethod(qApp, [self, env, roofs] {
            if (!self)
                return;
            self->m_environment->setMachineEnvironment(env);
            if (roofs && !self->m_controller->machineRoofs())
                self->m_controller->setMachineRoofs(roofs);
        });
    });
}

QDockWidget* MainWindow::dock(const QString& objectName) const
{
    return findChild<QDockWidget*>(objectName);
}

void MainWindow::run()
{
    if (!m_config->isValid() || m_controller->isBusy() || !maybeSaveSession())
        return;
    m_progress->setValue(0);
    m_journalWarning->hide();
    m_controller->start(m_config->config());
    m_sessionPath.clear();  // a new run is a new session: saving it never overwrites the file opened before
    updateTitle();
}

void MainWindow::cancel()
{
    if (!m_controller->isBusy())
        return;
    m_controller->cancel();
    m_statusLabel->setText(tr("Cancelling…"));
}

void MainWindow::updateActions()
{
    const bool running = m_controller->isRunning();
    m_runAction->setEnabled(!m_controller->isBusy() && m_config->isValid());
    m_runAction->setToolTip(m_config->isValid() ? tr("Run the benchmark (Ctrl+R)") : m_config->validationMessage());
    m_cancelAction->setEnabled(m_controller->isBusy());
    m_saveAction->setEnabled(!running && !m_controller->run().results.empty());
    m_saveAsAction->setEnabled(m_saveAction->isEnabled());
    m_openAction->setEnabled(!running);
    m_recentMenu->setEnabled(!running && !m_recentMenu->isEmpty());
    if (!running && m_statusLabel && !m_lastStatus)
        m_statusLabel->setText(m_config->isValid() ? tr("Ready") : m_config->validationMessage());
    updateJobActions();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // During a run: ask, then cancel and wait until the worker is idle, so that no destructor runs under a run.
    if (!confirmCloseDuringRun() || !maybeSaveSession()) {
        event->ignore();
        return;
    }
    m_settings->setLastConfig(m_config->config());
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState(AppSettings::kWindowStateVersion));
    m_settings->setResultsTableState(m_results->saveTableState());
    m_settings->sync();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

}  // namespace ob::app

namespace ob::app {
namespace {

// The stages of the machine's measurement (engine::measureMachine).
QString probeStageText(const QString& stage)
{
    if (stage == QLatin1String("fp32 peak"))
        return MainWindow::tr("peak fp32 arithmetic");
    if (stage == QLatin1String("int8 peak"))
        return MainWindow::tr("peak int8 arithmetic");
    if (stage == QLatin1String("bf16 peak"))
        return MainWindow::tr("peak bf16 arithmetic");
    if (stage == QLatin1String("DRAM buffer"))
        return MainWindow::tr("filling a buffer larger than the caches");
    if (stage.endsWith(QLatin1String(" bandwidth")))
        return MainWindow::tr("%1 read bandwidth").arg(stage.section(QLatin1Char(' '), 0, 0));  // L1, ..., DRAM
    if (stage == QLatin1String("done"))
        return MainWindow::tr("done");
    return stage;
}

QString stageText(const RunProgress& p)
{
    const QString stage = p.stage;
    if (stage == QLatin1String("prepare"))
        return MainWindow::tr("Preparing %1").arg(p.method);
    if (stage == QLatin1String("evaluate"))
        return MainWindow::tr("Checking %1 against eager").arg(p.method);
    if (stage == QLatin1String("warmup"))
        return MainWindow::tr("Warming up %1 at batch %2").arg(p.method).arg(p.batch);
    if (stage == QLatin1String("measure"))
        return p.method.isEmpty() ? MainWindow::tr("Measuring batch %1").arg(p.batch)
                                  : MainWindow::tr("Measuring %1 at batch %2").arg(p.method).arg(p.batch);
    if (stage == QLatin1String("profile"))
        return MainWindow::tr("Profiling %1 at batch %2").arg(p.method).arg(p.batch);
    if (stage == QLatin1String("done"))
        return MainWindow::tr("Finishing");
    if (stage == kRooflineStage)
        return MainWindow::tr("Measuring the machine: %1").arg(probeStageText(p.method));
    return MainWindow::tr("%1: %2").arg(p.method, stage);  // a strategy's own setup stage (calibration, ...)
}

}  // namespace

void MainWindow::onProgress(const RunProgress& p)
{
    // "done" comes for a cancelled run too: the bar reaches 100% only when the run finished (onFinished).
    if (p.stage != QLatin1String("done"))
        m_progress->setValue(static_cast<int>(p.fraction * 1000 + 0.5));
    QString format = QStringLiteral("%p%");
    if (p.batch > 0)
        format += QStringLiteral(" · ") + tr("batch %1").arg(p.batch);
    if (p.etaSeconds >= 0 && p.stage != QLatin1String("done")) {
        const int eta = qRound(p.etaSeconds);
        format += QStringLiteral(" · ")
            + (eta < 90 ? tr("%1 s left").arg(eta)
                        : tr("%1:%2 min left").arg(eta / 60).arg(eta % 60, 2, 10, QLatin1Char('0')));
    }
    m_progress->setFormat(format);
    m_lastStatus = {};
    m_statusLabel->setText(stageText(p));
}

void MainWindow::onFinished(const RunResult& run)
{
    if (!run.error.isEmpty()) {
        setStatus([error = run.error] { return tr("The run could not start: %1").arg(error); });
    } else {
        int failed = 0;
        for (const auto& r : run.results)
            failed += r.status == MethodStatus::Failed ? 1 : 0;
        const int methods = static_cast<int>(run.results.size());
        setStatus([cancelled = run.cancelled, methods, failed]() -> QString {
            if (cancelled)
                return tr("Cancelled: the finished results are kept.");
            return tr("Finished: %n method(s)", nullptr, methods)
                + (failed > 0 ? QStringLiteral(", ") + tr("%n failed (see Diagnostics)", nullptr, failed) : QString());
        });
        if (!run.cancelled)
            m_progress->setValue(m_progress->maximum());
        else
            m_progress->setFormat(tr("cancelled at %p%"));
    }
    updateActions();
    updateTitle();
}

void MainWindow::showAbout()
{
    const QJsonObject env = m_environment->machineEnvironment().isEmpty() ? m_controller->run().environment
                                                                          : m_environment->machineEnvironment();
    EnvironmentModel model;
    model.setEnvironment(env);
    AboutDialog dialog(model.toText(), env.value(QStringLiteral("torch_version")).toString(), this);
    dialog.exec();
}

void MainWindow::showDiagnoseLog()
{
    DiagnoseLogDialog dialog(this);
    dialog.exec();
}

void MainWindow::retranslate()
{
    m_runAction->setText(tr("&Run"));
    m_cancelAction->setText(tr("&Cancel"));
    m_cancelAction->setToolTip(tr("Stop the run and keep the finished results (Esc)"));
    m_openAction->setText(tr("&Open session…"));
    m_saveAction->setText(tr("&Save session"));
    m_saveAsAction->setText(tr("Save session &as…"));
    m_quitAction->setText(tr("&Quit"));
    m_aboutAction->setText(tr("&About OptiBench"));
    m_diagnoseLogAction->setText(tr("&Diagnose a log…"));
    m_diagnoseLogAction->setToolTip(tr("Find known failures in a log of your own: cause and fix"));
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &recent"));
    m_runMenu->setTitle(tr("&Run"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_languageMenu->setTitle(tr("&Language"));
    if (auto* current = languageAction(i18n::currentLanguage()))
        current->setChecked(true);
    if (auto* toolbar = findChild<QToolBar*>(QStringLiteral("mainToolBar")))
        toolbar->setWindowTitle(tr("Main toolbar"));
    m_configDock->setWindowTitle(tr("Configuration"));
    const int problems = m_diagnostics->model()->rowCount();
    m_diagnosticsDock->setWindowTitle(problems > 0 ? tr("Diagnostics (%1)").arg(problems) : tr("Diagnostics"));
    m_logDock->setWindowTitle(tr("Log"));
    m_environmentDock->setWindowTitle(tr("Environment"));
    retranslateHistory();
    m_profileDock->setWindowTitle(tr("Profile"));
    retranslateJobs();
    m_progress->setFormat(QStringLiteral("%p%"));
    if (m_lastStatus)
        m_statusLabel->setText(m_lastStatus());
    updateTitle();
    updateActions();
}

}  // namespace ob::app
