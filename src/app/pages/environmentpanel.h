// SPDX-License-Identifier: MIT
#pragma once
// The environment panel: the environment captured with the session's run, or this machine's when there is no run.

#include <QJsonObject>
#include <QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
class QLabel;
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
    /// The line under the table naming the roofs shown: the session run's, else this machine's (when measured).
    QLabel* roofsLabel() const { return m_roofsLabel; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void refreshRoofs();
    QString isaExtensions() const;  // " Instruction sets: avx2 ✓, ..., amx ✗." from the environment's cpu_flags

    std::unique_ptr<Ui::EnvironmentPanel> m_ui;
    RunController* m_controller;
    EnvironmentModel* m_model;
    QJsonObject m_machine;
    QLabel* m_roofsLabel = nullptr;
};

}  // namespace ob::app
