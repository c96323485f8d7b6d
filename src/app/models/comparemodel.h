// SPDX-License-Identifier: MIT
#pragma once
// A comparison of runs as a table: one row per method × batch, the reference's median, then one column per
// compared run with the change and its interval (red: regression, green: improvement). A thin wrapper over a
// CompareSet; the texts are comparetext.h's, as in the CLI and the report.

#include <QAbstractTableModel>

#include "history/runcompare.h"

namespace ob::app {

class CompareModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Method, Batch, Reference, FirstRun }; // FirstRun + i: the i-th compared run
    enum Role {
        VerdictRole = Qt::UserRole + 1, // int: 1 regression, -1 improvement, 0 otherwise; invalid: not compared
        RatioRole, // double: other / reference
    };

    explicit CompareModel(QObject* parent = nullptr);

    void setComparison(const CompareSet& set);
    const CompareSet& comparison() const { return m_set; }
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const BatchChange* change(int row, int run) const;

    CompareSet m_set;
    QList<std::pair<QString, int>> m_rows; // method, batch
};

} // namespace ob::app
