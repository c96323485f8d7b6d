// SPDX-License-Identifier: MIT
#include "widgets/wheelguard.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QPointer>

namespace ob::app {
namespace {

/// The widget whose value a wheel event over `object` would change: a combo box or a spin box (or its line edit).
QWidget* valueWidget(QObject* object)
{
    auto* widget = qobject_cast<QWidget*>(object);
    for (int depth = 0; widget && depth < 2; ++depth, widget = widget->parentWidget())
        if (qobject_cast<QComboBox*>(widget) || qobject_cast<QAbstractSpinBox*>(widget))
            return widget;
    return nullptr;
}

}  // namespace

void WheelGuard::install()
{
    static QPointer<WheelGuard> guard;
    if (guard || !qApp)
        return;
    guard = new WheelGuard(qApp);
    qApp->installEventFilter(guard);
}

bool WheelGuard::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Polish) {  // each new combo or spin box: focus by click or Tab, not by the wheel
        if (qobject_cast<QComboBox*>(watched) || qobject_cast<QAbstractSpinBox*>(watched))
            static_cast<QWidget*>(watched)->setFocusPolicy(Qt::StrongFocus);
        return false;
    }
    if (event->type() != QEvent::Wheel)
        return false;
    QWidget* widget = valueWidget(watched);
    if (!widget || widget->hasFocus())
        return false;
    // Not for this widget: the event goes on to its parents, the scroll area among them.
    event->ignore();
    return true;
}

}  // namespace ob::app
