// SPDX-License-Identifier: MIT
#pragma once
// The diagnostics panel: each failed or flagged method, its exact error, the plain diagnosis, and buttons that
// apply a fix the catalog offers and re-run that method.

#include <QList>
#include <QWidget>

#include <memory>

#include "results/runresult.h"

QT_BEGIN_NAMESPACE
class QPushButton;
namespace Ui {
class DiagnosticsPanel;
}
QT_END_NAMESPACE

namespace ob::app {

class DiagnosticsModel;
class RunController;

class DiagnosticsPanel : public QWidget {
    Q_OBJECT
public:
    explicit DiagnosticsPanel(RunController* controller, QWidget* parent = nullptr);
    ~DiagnosticsPanel() override;

    DiagnosticsModel* model() const { return m_model; }
    /// Selects the entry of `method` (false when it has none).
    bool select(const QString& method);
    /// The fix buttons of the selected entry (tests).
    QList<QPushButton*> fixButtons() const { return m_fixButtons; }

Q_SIGNALS:
    /// The number of entries changed (the window shows it on the dock's tab).
    void countChanged(int count);
    /// A "machine" fix was clicked: the window re-measures the machine (Run > Re-measure the machine).
    void remeasureRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void showSelected();
    void setDetails(const QString& html, const QList<FixAction>& fixes, const QString& method);

    std::unique_ptr<Ui::DiagnosticsPanel> m_ui;
    RunController* m_controller;
    DiagnosticsModel* m_model;
    QList<QPushButton*> m_fixButtons;
    QString m_html;
    QString m_fixMethod;
    QList<FixAction> m_fixes;
};

}  // namespace ob::app
