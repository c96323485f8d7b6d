// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include <QLabel>

#include "results/environment.h"

namespace ob::app {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setWindowTitle(tr("OptiBench — inference optimization workbench"));
    auto* label = new QLabel(tr("OptiBench %1").arg(versionString()), this);
    label->setAlignment(Qt::AlignCenter);
    setCentralWidget(label);
    resize(1280, 800);
}

}  // namespace ob::app
