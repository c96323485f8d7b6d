// SPDX-License-Identifier: MIT
#pragma once
// The Profile view's tables (pages/profilepage.h): one method's profile rows, and two methods side by side.
// Thin wrappers over results/profile.h; the texts are core's (format/profiletext.h), the numbers sort by SortRole.

#include <QAbstractTableModel>

#include <vector>

#include "results/profilecompare.h"

namespace ob::app {

class ProfileRowsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Operator, Module, Calls, Self, Total, Share, Gflops, Shapes, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit ProfileRowsModel(QObject* parent = nullptr);
    /// Replaces the rows; `byOperator`: rows added up per operator (the module column is empty then).
    void setRows(std::vector<ProfileRow> rows, bool byOperator);
    const std::vector<ProfileRow>& rows() const { return m_rows; }
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<ProfileRow> m_rows;
    bool m_byOperator = false;
};

class ProfileDiffModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Operator, Base, Other, Change, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, ChangeRole };

    explicit ProfileDiffModel(QObject* parent = nullptr);
    /// `base` and `other` name the two methods (the column headers); `deltas` from compareProfiles().
    void setComparison(const QString& base, const QString& other, std::vector<ProfileDelta> deltas);
    const std::vector<ProfileDelta>& deltas() const { return m_deltas; }
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString m_base;
    QString m_other;
    std::vector<ProfileDelta> m_deltas;
};

}  // namespace ob::app
