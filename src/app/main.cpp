// SPDX-License-Identifier: MIT
// optibench: the workbench. Thin: the window is composed in MainWindow.

#include <QApplication>

#include "logging/logging.h"
#include "mainwindow.h"
#include "optibench/version.h"

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("optibench"));
    QApplication::setApplicationDisplayName(QStringLiteral("OptiBench"));
    QApplication::setOrganizationName(QStringLiteral("OptiBench"));
    QApplication::setApplicationVersion(QStringLiteral(OPTIBENCH_VERSION));
    ob::logging::init({false, ob::logging::defaultLogFile()});
    ob::logging::installQtMessageHandler();
    ob::app::MainWindow window;
    window.show();
    return QApplication::exec();
}
