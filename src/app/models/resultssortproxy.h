// SPDX-License-Identifier: MIT
#pragma once
// The results table's order: rows grouped by method (the run's order) or by batch size, and within a group sorted by
// the column the user clicked (run order or batch order until then). Groups keep their order whichever way a column
// sorts, so that "by batch, fastest first" reads as one ranking per batch size.

#include <QSortFilterProxyModel>

namespace ob::app {

class ResultsSortProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum class Grouping { ByMethod, ByBatch };
    enum Role {
        GroupStartRole = Qt::UserRole + 100,  // bool: the first row of a group (the delegate draws a rule above it)
    };

    explicit ResultsSortProxy(QObject* parent = nullptr);

    Grouping grouping() const { return m_grouping; }
    void setGrouping(Grouping grouping);
    /// The column the user sorts by within a group; -1: the natural order (batch within a method, run order within
    /// a batch size).
    int userSortColumn() const { return m_column; }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void groupingChanged(ob::app::ResultsSortProxy::Grouping grouping);

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    /// The group of a source row and its place inside the group when no column decides.
    qint64 groupKey(const QModelIndex& source) const;
    qint64 naturalKey(const QModelIndex& source) const;
    /// The column that is the group's own (Method for ByMethod, Batch for ByBatch).
    int groupColumn() const;

    Grouping m_grouping = Grouping::ByMethod;
    int m_column = -1;
};

}  // namespace ob::app
