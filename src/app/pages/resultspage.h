// SPDX-License-Identifier: MIT
#pragma once
// The results page: the live charts above the sortable results table, both views of the controller's session.

#include <QTimer>
#include <QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
class QSortFilterProxyModel;
class QTableView;
namespace Ui {
class ResultsPage;
}
QT_END_NAMESPACE

namespace ob::app {

class ChartsPanel;
class ResultsTableModel;
class RunController;

class ResultsPage : public QWidget {
    Q_OBJECT
public:
    explicit ResultsPage(RunController* controller, QWidget* parent = nullptr);
    ~ResultsPage() override;

    ResultsTableModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* table() const;
    ChartsPanel* charts() const;
    QByteArray saveState() const;
    void restoreState(const QByteArray& state);

protected:
    void changeEvent(QEvent* event) override;

private:
    void onSessionReset();
    void onMethodChanged(const QString& method);
    void updateSummary();
    void updateNoiseWarning();

    std::unique_ptr<Ui::ResultsPage> m_ui;
    RunController* m_controller;
    ResultsTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTimer m_resizeTimer;
};

}  // namespace ob::app
