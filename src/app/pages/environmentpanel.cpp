// SPDX-License-Identifier: MIT
#include "pages/environmentpanel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>

#include "models/environmentmodel.h"
#include "session/runcontroller.h"
#include "ui_environmentpanel.h"

namespace ob::app {

EnvironmentPanel::EnvironmentPanel(RunController* controller, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::EnvironmentPanel>()), m_controller(controller),
      m_model(new EnvironmentModel(this))
{
    m_ui->setupUi(this);
    m_ui->environmentTable->setModel(m_model);
    m_ui->environmentTable->verticalHeader()->hide();
    m_ui->environmentTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_ui->environmentTable->horizontalHeader()->setStretchLastSection(true);
    connect(controller, &RunController::sessionReset, this, &EnvironmentPanel::refresh);
    connect(controller, &RunController::finished, this, &EnvironmentPanel::refresh);
    refresh();
}

EnvironmentPanel::~EnvironmentPanel() = default;

void EnvironmentPanel::setMachineEnvironment(const QJsonObject& environment)
{
    m_machine = environment;
    refresh();
}

void EnvironmentPanel::refresh()
{
    const RunResult& run = m_controller->run();
    const bool fromRun = !run.environment.isEmpty();
    const QJsonObject& env = fromRun ? run.environment : m_machine;
    if (env != m_model->environment()) {
        m_model->setEnvironment(env);
        m_ui->environmentTable->resizeColumnToContents(EnvironmentModel::Property);
    }
    if (fromRun)
        m_ui->sourceLabel->setText(
            tr("Captured on the benchmark thread when the run started (%1).")
                .arg(QLocale().toString(run.started.toLocalTime(), QLocale::ShortFormat)));
    else if (!env.isEmpty())
        m_ui->sourceLabel->setText(tr("This machine, captured at start-up; a run records its own environment."));
    else
        m_ui->sourceLabel->setText(tr("Capturing the environment…"));
}

void EnvironmentPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_model->retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

}  // namespace ob::app
