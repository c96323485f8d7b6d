// SPDX-License-Identifier: MIT
#pragma once
// The processes of the run in the environment panel: how many measured each method, their cores and load, how much
// the machine changed speed between them, and the quiet and busy states when there are two. The text is core's
// (format/processtext.h), the same the CLI prints after its table.

#include <QLabel>

namespace ob::app {

class RunController;

class ProcessesNote : public QLabel {
    Q_OBJECT
public:
    explicit ProcessesNote(RunController* controller, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();

    RunController* m_controller;
};

}  // namespace ob::app
