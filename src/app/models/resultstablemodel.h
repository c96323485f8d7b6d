// SPDX-License-Identifier: MIT
#pragma once
// The results table: one row per method × batch (one row for a method without measured batches).
// A thin wrapper over the session's MethodResults. Display values are raw numbers; ValueDelegate formats them.

#include <QAbstractTableModel>
#include <QList>

#include <vector>

#include "results/runresult.h"

namespace ob::app {

class ResultsTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Method,
        Batch,
        Latency,      // median
        Ci,           // ± half-width of the median's 95% CI, % of the median
        Jitter,
        P99,
        Speedup,      // ratio of medians against eager, with its CI and significance
        Efficiency,   // % of the roofline bound
        Score,
        Fidelity,
        Setup,
        Memory,       // MiB: peak resident memory of a process holding only this method (MethodMemory)
        Measurement,  // stop rule, outliers, steadiness
        Status,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1,  // raw value for sorting (missing values sort last)
        KindRole,                     // a ValueKind telling the delegate how to format DisplayRole
        MethodStatusRole,             // the row's method status id ("ok", "failed", ...)
        IntervalRole,                 // Speedup: QVariantList{low, high} of the 95% CI (invalid: none yet)
        SignificantRole,              // Speedup: bool, false when the difference is noise ("≈"); invalid: not known
        WarningRole,                  // bool: the cell deserves attention (not steady, not significant)
        MethodOrderRole,              // int: the row's method's place in the run (for grouping by method)
    };
    /// How the delegate formats a cell.
    enum ValueKind { Text, Integer, Milliseconds, Ratio, Score6, FidelityValue, Percent, Mebibytes };

    explicit ResultsTableModel(QObject* parent = nullptr);

    /// Replaces all rows.
    void setResults(const std::vector<MethodResult>& results);
    /// Updates the rows of one method (inserting or removing rows when its batch count changed); appends a new method.
    void updateMethod(const MethodResult& result);
    /// Renames a method's rows (a fix replaced the method).
    void renameMethod(const QString& from, const QString& to);
    /// Header texts change with the language.
    void retranslate();

    const std::vector<MethodResult>& results() const { return m_results; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The translated status text of a method at a batch (nullptr: the method's row without batches).
    static QString statusText(const MethodResult& result, const BatchResult* batch);
    /// How the measurement of a batch ended: stop rule, outliers, steadiness (translated).
    static QString measurementText(const BatchResult& batch);

private:
    struct Row {
        int method = 0;
        int batch = -1;  // index into MethodResult::batches; -1: the method has none
    };
    static int rowsOf(const MethodResult& r);
    int firstRowOf(int methodIndex) const;
    void rebuildRows();
    QVariant value(const Row& row, int column) const;
    QString tooltip(const Row& row, int column) const;
    const BatchResult* eagerBatch(int batch) const;
    QVariant speedupValue(const MethodResult& r, const BatchResult* b) const;

    std::vector<MethodResult> m_results;
    QList<Row> m_rows;
};

}  // namespace ob::app
