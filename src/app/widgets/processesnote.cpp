// SPDX-License-Identifier: MIT
#include "widgets/processesnote.h"

#include <QEvent>

#include "format/processtext.h"
#include "session/runcontroller.h"

namespace ob::app {

ProcessesNote::ProcessesNote(RunController* controller, QWidget* parent)
    : QLabel(parent), m_controller(controller)
{
    setObjectName(QStringLiteral("processesNote"));
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(controller, &RunController::sessionReset, this, &ProcessesNote::refresh);
    connect(controller, &RunController::finished, this, &ProcessesNote::refresh);
    refresh();
}

void ProcessesNote::refresh()
{
    const QString text = processesText(m_controller->run()).trimmed();
    setText(text);
    setVisible(!text.isEmpty());
}

void ProcessesNote::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QLabel::changeEvent(event);
}

}  // namespace ob::app
