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
class ResultsSortProxy;
class ResultsTableModel;
class RunController;
class RunSummaryPanel;

class ResultsPage : public QWidget {
    Q_OBJECT
public:
    explicit ResultsPage(RunController* controller, QWidget* parent = nullptr);
    ~ResultsPage() override;

    ResultsTableModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const;
    /// The table's order: grouped by method or by batch size, sorted within the groups (resultssortproxy.h).
    ResultsSortProxy* sortProxy() const { return m_proxy; }
    QTableView* table() const;
    ChartsPanel* charts() const;
    /// The summary strip above the charts (what is fastest, by how much, at what cost).
    RunSummaryPanel* summaryPanel() const { return m_summary; }
    QByteArray saveState() const;
    void restoreState(const QByteArray& state);
    /// The table's columns (order, widths, hidden ones) and grouping, for the settings; restoreTableState ignores a
    /// state of another version.
    QByteArray saveTableState() const;
    void restoreTableState(const QByteArray& state);
    /// Selects the first row of `method` (at `batch` when > 0) and scrolls to it; false when it has none.
    bool selectMethod(const QString& method, int batch = 0);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onSessionReset();
    void onMethodChanged(const QString& method);
    void updateSummary();
    /// The warning that the machine was busy (translated); empty when it was not.
    QString noiseWarning() const;
    // resultspage_table.cpp: grouping, the column chooser and the column widths.
    void setUpTable();
    void fitColumns();
    void applyGrouping();
    void retranslateTable();

    std::unique_ptr<Ui::ResultsPage> m_ui;
    RunController* m_controller;
    ResultsTableModel* m_model;
    ResultsSortProxy* m_proxy;
    RunSummaryPanel* m_summary = nullptr;
    QWidget* m_tableBar = nullptr;
    QTimer m_resizeTimer;
    bool m_splitterSized = false;
};

}  // namespace ob::app
