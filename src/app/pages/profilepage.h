// SPDX-License-Identifier: MIT
#pragma once
// The Profile view (--profile, the configuration's Profile toggle): where each method's time goes, operator by
// operator; two methods side by side (default: eager and the fastest); the bar chart of their top operators.
// A view of the controller's session; the numbers and texts are core's (results/profilecompare.h,
// format/profiletext.h).

#include <QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
class QComboBox;
class QSortFilterProxyModel;
class QTableView;
namespace Ui {
class ProfilePage;
}
QT_END_NAMESPACE

namespace ob::app {

class ExportMenu;
class ProfileChart;
class ProfileDiffModel;
class ProfileRowsModel;
class RunController;

class ProfilePage : public QWidget {
    Q_OBJECT
public:
    explicit ProfilePage(RunController* controller, QWidget* parent = nullptr);
    ~ProfilePage() override;

    /// The chart's context menu exports through `menu` (File > Export's dialogs and files).
    void setExportMenu(ExportMenu* menu);

    ProfileChart* chart() const;
    QComboBox* methodCombo() const;
    QComboBox* baseCombo() const;
    QComboBox* otherCombo() const;
    QTableView* rowsTable() const;
    QTableView* diffTable() const;
    ProfileRowsModel* rowsModel() const { return m_rows; }
    ProfileDiffModel* diffModel() const { return m_diff; }
    /// Shows `method`'s rows (when it was profiled).
    void setMethod(const QString& method);
    /// Compares `base` with `other` (when both were profiled).
    void setComparison(const QString& base, const QString& other);
    /// True when the session has at least one profile with rows.
    bool hasProfiles() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void showMethod();
    void showComparison();
    void retranslate();

    std::unique_ptr<Ui::ProfilePage> m_ui;
    RunController* m_controller;
    ProfileRowsModel* m_rows;
    ProfileDiffModel* m_diff;
    QSortFilterProxyModel* m_rowsProxy;
    QSortFilterProxyModel* m_diffProxy;
    ExportMenu* m_exportMenu = nullptr;
    bool m_userPicked = false;  // the user chose the compared pair: a new result keeps it
};

}  // namespace ob::app
