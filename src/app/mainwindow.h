// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>

namespace ob::app {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
};

}  // namespace ob::app
