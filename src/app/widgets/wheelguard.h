// SPDX-License-Identifier: MIT
#pragma once
// The mouse wheel scrolls the page, not the value under the pointer: combo boxes and spin boxes take the wheel only
// when they have the keyboard focus (a click or Tab gives it: Qt::StrongFocus). One filter on the application covers
// every such widget, including those a panel creates later (strategy options, model inputs).

#include <QObject>

namespace ob::app {

class WheelGuard : public QObject {
    Q_OBJECT
public:
    /// Installs the guard on the application once (later calls do nothing).
    static void install();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};

}  // namespace ob::app
