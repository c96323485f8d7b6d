// SPDX-License-Identifier: MIT
#pragma once
// The run history as a table: one row per stored run (HistoryEntry), newest first. Sorting and filtering happen in
// HistoryFilterProxy, which applies the same filter as `optibench-cli history list --search`.

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <vector>

#include "history/historystore.h"

namespace ob::app {

class HistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Id, Started, Model, Machine, Best, Speedup, Methods, Tags, Note, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64: the run's history id
        SortRole, // raw value for sorting
    };

    explicit HistoryModel(QObject* parent = nullptr);

    void setEntries(std::vector<HistoryEntry> entries);
    const std::vector<HistoryEntry>& entries() const { return m_entries; }
    /// The entry of `id`, null when not listed.
    const HistoryEntry* entry(qint64 id) const;
    /// The row of `id`, -1 when not listed.
    int rowOf(qint64 id) const;
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<HistoryEntry> m_entries;
};

/// Filters rows with historyEntryMatches() and sorts by HistoryModel::SortRole.
class HistoryFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit HistoryFilterProxy(QObject* parent = nullptr);
    void setFilter(const HistoryFilter& filter);
    const HistoryFilter& filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    HistoryFilter m_filter;
};

} // namespace ob::app
