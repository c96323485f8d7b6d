// SPDX-License-Identifier: MIT
#include "pages/environmentpanel.h"

#include <QEvent>
#include <QJsonArray>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QLocale>

#include <algorithm>

#include "models/environmentmodel.h"
#include "session/runcontroller.h"
#include "widgets/processesnote.h"
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
    m_roofsLabel = new QLabel(this);
    m_roofsLabel->setObjectName(QStringLiteral("roofsLabel"));
    m_roofsLabel->setWordWrap(true);
    m_roofsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout()->addWidget(m_roofsLabel);
    connect(controller, &RunController::machineRoofsChanged, this, &EnvironmentPanel::refreshRoofs);
    layout()->addWidget(new ProcessesNote(controller, this));
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
    refreshRoofs();
}

void EnvironmentPanel::refreshRoofs()
{
    const RunResult& run = m_controller->run();
    const bool fromRun = run.machine && run.machine->isValid();
    const std::optional<MachineRoofs>& roofs = fromRun ? run.machine : m_controller->machineRoofs();
    if (!roofs || !roofs->isValid()) {
        m_roofsLabel->setText(tr("The machine's roofs (for the roofline) are not measured yet: a run measures them "
                                 "once, or Run > Re-measure the machine."));
        return;
    }
    const QLocale locale;
    const auto number = [&locale](double v) -> QString { return locale.toString(v, 'f', v < 100 ? 1 : 0); };
    const QString when = roofs->measured.isValid()
        ? locale.toString(roofs->measured.toLocalTime(), QLocale::ShortFormat)
        : tr("unknown time");
    const QString source = fromRun ? tr("The run's roofline uses the roofs of %1, measured %2 in %3 s:")
                                   : tr("The roofs of %1, measured %2 in %3 s:");
    const QString load = roofs->loadAverage >= 0
        ? QLatin1Char(' ') + tr("Load average when measured: %1.").arg(locale.toString(roofs->loadAverage, 'f', 2))
        : QString();
    // Each compute roof with the instructions it was measured with (roofs from before they were kept: the loops').
    const auto isa = [&](const QString& v) { return v.isEmpty() ? roofs->kernels : v; };
    const QString bf16 = roofs->peakGflopsBf16 > 0
        ? tr("bf16 %1 GFLOP/s (%2)").arg(number(roofs->peakGflopsBf16), roofs->isaBf16)
        : tr("no bf16 roof (no AVX512_BF16: bf16 is measured against the fp32 roof)");
    m_roofsLabel->setText(source.arg(roofs->cpuModel, when, locale.toString(roofs->seconds, 'f', 1))
                          + QLatin1Char(' ')
                          + tr("peak fp32 %1 GFLOP/s (%2), int8 %3 GOP/s (%4), %5; read bandwidth L1 %6, L2 %7, "
                               "L3 %8, DRAM %9 GB/s.")
                                .arg(number(roofs->peakGflopsFp32), isa(roofs->isaFp32), number(roofs->peakGopsInt8),
                                     isa(roofs->isaInt8), bf16, number(roofs->bandwidthL1),
                                     number(roofs->bandwidthL2), number(roofs->bandwidthL3),
                                     number(roofs->bandwidthDram))
                          + load + isaExtensions());
}

QString EnvironmentPanel::isaExtensions() const
{
    // The instruction-set extensions the native methods and the roofs depend on, present or not.
    const RunResult& run = m_controller->run();
    const QJsonObject& env = run.environment.isEmpty() ? m_machine : run.environment;
    QStringList flags;
    for (const auto& f : env.value(QStringLiteral("cpu_flags")).toArray())
        flags << f.toString();
    if (flags.isEmpty())
        return {};
    QStringList parts;
    for (const char* name : {"avx2", "fma", "avx512f", "avx512_vnni", "avx512_bf16", "amx"}) {
        const QString n = QString::fromLatin1(name);
        const bool on = n == QLatin1String("amx")
            ? std::any_of(flags.begin(), flags.end(), [](const QString& f) { return f.startsWith(QLatin1String("amx")); })
            : flags.contains(n);
        parts << n + (on ? QStringLiteral(" \u2713") : QStringLiteral(" \u2717"));
    }
    return QLatin1Char(' ') + tr("Instruction sets: %1.").arg(parts.join(QStringLiteral(", ")));
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
