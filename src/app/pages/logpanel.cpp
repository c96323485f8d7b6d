// SPDX-License-Identifier: MIT
#include "pages/logpanel.h"

#include <QDir>
#include <QEvent>
#include <QSortFilterProxyModel>

#include "models/logmodel.h"
#include "ui_logpanel.h"

namespace ob::app {

LogPanel::LogPanel(LogModel* model, const QString& logFile, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::LogPanel>()), m_model(model), m_proxy(new QSortFilterProxyModel(this)),
      m_logFile(logFile)
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->logView->setModel(m_proxy);
    QFont mono = QFont(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    m_ui->logView->setFont(mono);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->clearButton, &QPushButton::clicked, model, &LogModel::clear);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_ui->followCheck->isChecked())
            m_ui->logView->scrollToBottom();
    });
    retranslate();
}

LogPanel::~LogPanel() = default;

void LogPanel::retranslate()
{
    m_ui->fileLabel->setText(m_logFile.isEmpty() ? tr("Not written to a file")
                                                 : tr("Also written to %1").arg(QDir::toNativeSeparators(m_logFile)));
}

void LogPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

}  // namespace ob::app
