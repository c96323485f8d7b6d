// SPDX-License-Identifier: MIT
#include "pages/diagnosticspanel.h"

#include <QEvent>
#include <QPushButton>

#include "diagnosis/fixrules.h"
#include "diagnosis/titles.h"
#include "models/diagnosticsmodel.h"
#include "session/runcontroller.h"
#include "ui_diagnosticspanel.h"
#include "widgets/uistyle.h"

namespace ob::app {

DiagnosticsPanel::DiagnosticsPanel(RunController* controller, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::DiagnosticsPanel>()), m_controller(controller),
      m_model(new DiagnosticsModel(this))
{
    m_ui->setupUi(this);
    m_ui->diagnosticsList->setModel(m_model);
    m_ui->splitter->setStretchFactor(1, 3);
    connect(m_ui->diagnosticsList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DiagnosticsPanel::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DiagnosticsPanel::showSelected);
    connect(controller, &RunController::sessionReset, this, &DiagnosticsPanel::refresh);
    connect(controller, &RunController::methodChanged, this, &DiagnosticsPanel::refresh);
    connect(controller, &RunController::runningChanged, this, &DiagnosticsPanel::showSelected);
    refresh();
}

DiagnosticsPanel::~DiagnosticsPanel() = default;

void DiagnosticsPanel::refresh()
{
    const int before = m_model->rowCount();
    const QString selected = m_ui->diagnosticsList->currentIndex().data(DiagnosticsModel::MethodRole).toString();
    m_model->setResults(m_controller->run().results);
    const int row = m_model->rowOf(selected);
    if (m_model->rowCount() > 0 && !m_ui->diagnosticsList->currentIndex().isValid())
        m_ui->diagnosticsList->setCurrentIndex(m_model->index(row >= 0 ? row : 0));
    else
        showSelected();
    if (before != m_model->rowCount())
        Q_EMIT countChanged(m_model->rowCount());
}

bool DiagnosticsPanel::select(const QString& method)
{
    const int row = m_model->rowOf(method);
    if (row < 0)
        return false;
    m_ui->diagnosticsList->setCurrentIndex(m_model->index(row));
    showSelected();
    return true;
}

void DiagnosticsPanel::setDetails(const QString& html, const QList<FixAction>& fixes, const QString& method)
{
    // Called on every result of a live run: rebuild the text and the buttons only when they change.
    const bool running = m_controller->isRunning();
    if (html != m_html) {
        m_html = html;
        m_ui->detailsBrowser->setHtml(html);
    }
    if (method == m_fixMethod && fixes == m_fixes) {
        for (auto* button : m_fixButtons)
            button->setEnabled(!running);
        return;
    }
    m_fixMethod = method;
    m_fixes = fixes;
    // deleteLater: this may run inside a fix button's own clicked signal.
    for (auto* button : m_fixButtons) {
        button->hide();
        button->deleteLater();
    }
    m_fixButtons.clear();
    int n = 0;
    for (const FixAction& action : fixes) {
        auto* button = new QPushButton(DiagnosticsModel::fixLabel(action), this);
        button->setObjectName(QStringLiteral("fixButton%1").arg(n++));
        button->setEnabled(!running);
        connect(button, &QPushButton::clicked, this, [this, method, action] {
            if (action.kind == QLatin1String("machine"))
                Q_EMIT remeasureRequested();
            else
                m_controller->rerunWithFix(method, action);
        });
        m_ui->fixLayout->addWidget(button);
        m_fixButtons << button;
    }
}

void DiagnosticsPanel::showSelected()
{
    const QModelIndex index = m_ui->diagnosticsList->currentIndex();
    const DiagnosticsModel::Entry* e = m_model->entry(index.row());
    if (!e) {
        setDetails(QStringLiteral("<p>%1</p>").arg(m_controller->run().results.empty()
                                                      ? tr("No run yet.").toHtmlEscaped()
                                                      : tr("No method failed or was flagged.").toHtmlEscaped()),
                   {}, QString());
        return;
    }
    // The plain diagnosis first (what a user acts on), then the exact error text as LibTorch wrote it.
    const QString red = errorColor(palette()).name();
    QString html = QStringLiteral("<p><b>%1</b> — %2</p>")
                       .arg(e->method.toHtmlEscaped(), e->failed ? tr("failed").toHtmlEscaped() : tr("flagged").toHtmlEscaped());
    const QString cause = index.data(DiagnosticsModel::CauseRole).toString();
    const QString fix = index.data(DiagnosticsModel::FixRole).toString();
    if (!cause.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Why:").toHtmlEscaped(), cause.toHtmlEscaped());
    else if (e->failed)
        html += QStringLiteral("<p><i>%1</i></p>").arg(tr("This error is not in the diagnosis catalog.").toHtmlEscaped());
    if (!fix.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("What to do:").toHtmlEscaped(), fix.toHtmlEscaped());
    if (!e->flags.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("Flags: %1").arg(flagsText(e->flags)).toHtmlEscaped());
    // A fix is offered only when nothing known says it will not help; the others are named with the reason.
    const RunResult& run = m_controller->run();
    for (const FixAction& fix : e->diagnosis.fixes)
        if (const QString why = fixUnhelpfulReason(run, e->method, fix); !why.isEmpty())
            html += QStringLiteral("<p><i>%1</i></p>")
                        .arg(tr("Not offered: “%1”. %2").arg(fixActionText(fix), why).toHtmlEscaped());
    if (!e->error.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p><pre style=\"color:%2; white-space:pre-wrap\">%3</pre>")
                    .arg(tr("Error, as LibTorch reported it:").toHtmlEscaped(), red, e->error.toHtmlEscaped());
    setDetails(html, helpfulFixes(run, e->method, e->diagnosis), e->method);
}

void DiagnosticsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_model->retranslate();
        m_fixMethod.clear();  // relabel the buttons
        m_fixes.clear();
        showSelected();
    } else if (event->type() == QEvent::PaletteChange) {
        showSelected();
    }
    QWidget::changeEvent(event);
}

}  // namespace ob::app
