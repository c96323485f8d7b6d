// SPDX-License-Identifier: MIT
#include "widgets/errordetails.h"

#include <QEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

#include "widgets/uistyle.h"

namespace ob::app {

ErrorDetails::ErrorDetails(QWidget* parent) : QWidget(parent)
{
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("errorMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_toggle = new QToolButton(this);
    m_toggle->setObjectName(QStringLiteral("errorDetailsButton"));
    m_toggle->setCheckable(true);
    m_toggle->setAutoRaise(true);
    m_toggle->setArrowType(Qt::RightArrow);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detail = new QPlainTextEdit(this);
    m_detail->setObjectName(QStringLiteral("errorDetail"));
    m_detail->setReadOnly(true);
    m_detail->setLineWrapMode(QPlainTextEdit::NoWrap);  // a traceback keeps its columns
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_detail->setMaximumHeight(160);
    m_detail->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_message);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    layout->addWidget(m_detail);
    connect(m_toggle, &QToolButton::toggled, this, [this](bool open) {
        m_toggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_detail->setVisible(open);
    });
    applyColour();
    retranslate();
    hide();
}

void ErrorDetails::setError(const QString& message, const QString& detail, const QString& toolTip)
{
    m_message->setText(message);
    m_message->setToolTip(toolTip);
    if (m_detail->toPlainText() != detail)
        m_detail->setPlainText(detail);
    m_toggle->setVisible(!detail.isEmpty());
    if (detail.isEmpty())
        m_toggle->setChecked(false);
    setVisible(!message.isEmpty());
}

QString ErrorDetails::message() const
{
    return m_message->text();
}

QString ErrorDetails::detail() const
{
    return m_detail->toPlainText();
}

void ErrorDetails::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        applyColour();
    QWidget::changeEvent(event);
}

void ErrorDetails::retranslate()
{
    m_toggle->setText(tr("Details"));
    m_toggle->setToolTip(tr("LibTorch's own text, as it wrote it"));
}

void ErrorDetails::applyColour()
{
    QPalette p = m_message->palette();
    const QColor colour = errorColor(palette());
    if (p.color(QPalette::WindowText) == colour)
        return;
    p.setColor(QPalette::WindowText, colour);
    m_message->setPalette(p);
}

}  // namespace ob::app
