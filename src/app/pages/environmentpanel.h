// SPDX-License-Identifier: MIT
#pragma once
// The environment panel: the environment captured with the session's run, or this machine's when there is no run.

#include <QJsonObject>
#include <QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
namespace Ui {
class EnvironmentPanel;
}
QT_END_NAMESPACE

namespace ob::app {

class EnvironmentModel;
class RunController;

class EnvironmentPanel : public QWidget {
    Q_OBJECT
public:
    explicit EnvironmentPanel(RunController* controller, QWidget* parent = nullptr);
    ~EnvironmentPanel() override;

    EnvironmentModel* model() const { return m_model; }
    /// This machine's environment (captured once, off the GUI thread, at start-up).
    void setMachineEnvironment(const QJsonObject& environment);
    const QJsonObject& machineEnvironment() const { return m_machine; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();

    std::unique_ptr<Ui::EnvironmentPanel> m_ui;
    RunController* m_controller;
    EnvironmentModel* m_model;
    QJsonObject m_machine;
};

}  // namespace ob::app
