// SPDX-License-Identifier: MIT
#include "dialogs/diagnoselogdialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "config/files.h"
#include "diagnosis/catalog.h"

namespace ob::app {

DiagnoseLogDialog::DiagnoseLogDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("diagnoseLogDialog"));
    m_intro = new QLabel;
    m_intro->setWordWrap(true);
    m_text = new QPlainTextEdit;
    m_text->setObjectName(QStringLiteral("logText"));
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_openButton = new QPushButton;
    m_diagnoseButton = new QPushButton;
    m_diagnoseButton->setDefault(true);
    m_findings = new QTreeWidget;
    m_findings->setObjectName(QStringLiteral("findings"));
    m_findings->setColumnCount(3);
    m_findings->setRootIsDecorated(false);
    m_findings->setWordWrap(true);
    m_findings->setAlternatingRowColors(true);
    m_findings->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_findings->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_findings->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_closeButton = buttons->button(QDialogButtonBox::Close);

    auto* row = new QHBoxLayout;
    row->addWidget(m_openButton);
    row->addStretch();
    row->addWidget(m_diagnoseButton);
    auto* top = new QWidget;
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_intro);
    topLayout->addWidget(m_text);
    topLayout->addLayout(row);
    auto* bottom = new QWidget;
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_summary);
    bottomLayout->addWidget(m_findings);
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    layout->addWidget(buttons);

    connect(m_openButton, &QPushButton::clicked, this, &DiagnoseLogDialog::openFile);
    connect(m_diagnoseButton, &QPushButton::clicked, this, &DiagnoseLogDialog::diagnose);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(900, 640);
    retranslate();
}

void DiagnoseLogDialog::setLogText(const QString& text)
{
    m_text->setPlainText(text);
    diagnose();
}

QString DiagnoseLogDialog::summaryText() const
{
    return m_summary->text();
}

void DiagnoseLogDialog::openFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a log"), QString(),
                                                      tr("Logs (*.log *.txt *.out *.err);;All files (*)"));
    if (path.isEmpty())
        return;
    QByteArray bytes;
    if (auto e = readTextFile(path, tr("log file"), bytes)) {
        QMessageBox::warning(this, tr("Diagnose a log"), e->message());
        return;  // the text already in the dialog stays
    }
    setLogText(QString::fromUtf8(bytes));
}

void DiagnoseLogDialog::diagnose()
{
    m_findings->clear();
    const QList<LogFinding> findings = scanLog(m_text->toPlainText());
    for (const LogFinding& f : findings) {
        const DiagnosisText d = renderDiagnosis(f.diagnosis);
        auto* item = new QTreeWidgetItem(m_findings);
        item->setText(0, QString::number(f.line));
        item->setData(0, Qt::UserRole, f.diagnosis.id);
        item->setText(1, d.cause);
        item->setText(2, d.fix);
        item->setToolTip(1, f.text);
        item->setToolTip(2, f.text);
    }
    m_diagnosed = true;
    retranslate();
}

void DiagnoseLogDialog::retranslate()
{
    setWindowTitle(tr("Diagnose a log"));
    m_intro->setText(tr("Paste a log from a run of your own (C++ or Python, e.g. a traceback), or open a log file. "
                        "OptiBench finds the failures it knows and says what caused each one and how to fix it."));
    m_text->setPlaceholderText(tr("Paste log text here…"));
    m_openButton->setText(tr("&Open log file…"));
    m_diagnoseButton->setText(tr("&Diagnose"));
    m_findings->setHeaderLabels({tr("Line"), tr("Cause"), tr("Fix")});
    const int n = m_findings->topLevelItemCount();
    if (!m_diagnosed)
        m_summary->setText(tr("No log diagnosed yet."));
    else if (n == 0)
        m_summary->setText(tr("No known failure found. OptiBench does not guess: only failures it recognises are listed."));
    else
        m_summary->setText(tr("%n known failure(s) found; hover a row to see the line of the log.", nullptr, n));
}

void DiagnoseLogDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        if (m_diagnosed)
            diagnose();  // causes and fixes are rendered in the new language
        else
            retranslate();
    }
    QDialog::changeEvent(event);
}

}  // namespace ob::app
