// SPDX-License-Identifier: MIT
#include "models/resultssortproxy.h"

#include <limits>

#include "models/resultstablemodel.h"

namespace ob::app {

ResultsSortProxy::ResultsSortProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ResultsTableModel::SortRole);
    setDynamicSortFilter(true);
}

void ResultsSortProxy::setGrouping(Grouping grouping)
{
    if (grouping == m_grouping)
        return;
    m_grouping = grouping;
    invalidate();
    Q_EMIT groupingChanged(grouping);
}

void ResultsSortProxy::sort(int column, Qt::SortOrder order)
{
    // The view asks for column -1 ("unsorted"); the rows are still grouped, in their natural order.
    m_column = column;
    QSortFilterProxyModel::sort(column < 0 ? 0 : column, column < 0 ? Qt::AscendingOrder : order);
}

int ResultsSortProxy::groupColumn() const
{
    return m_grouping == Grouping::ByMethod ? ResultsTableModel::Method : ResultsTableModel::Batch;
}

qint64 ResultsSortProxy::groupKey(const QModelIndex& source) const
{
    const QAbstractItemModel* model = source.model();
    const int row = source.row();
    if (m_grouping == Grouping::ByMethod)
        return model->index(row, 0).data(ResultsTableModel::MethodOrderRole).toLongLong();
    const QVariant batch = model->index(row, ResultsTableModel::Batch).data(Qt::DisplayRole);
    return batch.isValid() ? batch.toLongLong() : std::numeric_limits<qint64>::max();  // no batch: last
}

qint64 ResultsSortProxy::naturalKey(const QModelIndex& source) const
{
    const QAbstractItemModel* model = source.model();
    if (m_grouping == Grouping::ByMethod)
        return source.row();  // the source lists a method's batches in order
    return model->index(source.row(), 0).data(ResultsTableModel::MethodOrderRole).toLongLong();
}

bool ResultsSortProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    // Descending order calls lessThan(right, left): swap back where the order must not follow the click.
    const bool descending = sortOrder() == Qt::DescendingOrder;
    const qint64 gl = groupKey(left);
    const qint64 gr = groupKey(right);
    if (gl != gr)  // groups ascending, unless the user sorts by the group's own column
        return descending && m_column != groupColumn() ? gr < gl : gl < gr;
    if (m_column >= 0 && m_column != groupColumn()) {
        const QVariant l = left.sibling(left.row(), m_column).data(sortRole());
        const QVariant r = right.sibling(right.row(), m_column).data(sortRole());
        const auto order = QVariant::compare(l, r);
        if (order == QPartialOrdering::Less)
            return true;
        if (order == QPartialOrdering::Greater)
            return false;
    }
    const qint64 nl = naturalKey(left);
    const qint64 nr = naturalKey(right);
    return descending ? nr < nl : nl < nr;
}

QVariant ResultsSortProxy::data(const QModelIndex& index, int role) const
{
    if (role != GroupStartRole)
        return QSortFilterProxyModel::data(index, role);
    if (!index.isValid() || index.row() == 0)
        return false;
    return groupKey(mapToSource(this->index(index.row(), 0)))
        != groupKey(mapToSource(this->index(index.row() - 1, 0)));
}

}  // namespace ob::app
