// SPDX-License-Identifier: MIT
#include "models/historymodel.h"

#include <QLocale>

namespace ob::app {

HistoryModel::HistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void HistoryModel::setEntries(std::vector<HistoryEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

const HistoryEntry* HistoryModel::entry(qint64 id) const
{
    const int row = rowOf(id);
    return row >= 0 ? &m_entries[static_cast<std::size_t>(row)] : nullptr;
}

int HistoryModel::rowOf(qint64 id) const
{
    for (std::size_t i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].id == id)
            return static_cast<int>(i);
    return -1;
}

void HistoryModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const HistoryEntry& e = m_entries[static_cast<std::size_t>(index.row())];
    if (role == IdRole)
        return e.id;
    if (role == SortRole) {
        switch (index.column()) {
        case Id:
            return e.id;
        case Started:
            return e.started;
        case Speedup:
            return e.bestSpeedup;
        case Methods:
            return e.methods;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() == Id || index.column() == Speedup || index.column() == Methods
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant();
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Model:
            return e.modelFile.isEmpty() ? e.modelLabel
                                         : tr("%1\nSHA-256 %2\n%3").arg(e.modelFile, e.modelSha256, e.modelSignature);
        case Note:
            return e.note;
        case Started:
            return tr("Stored %1 (%2)").arg(QLocale().toString(e.stored.toLocalTime(), QLocale::ShortFormat), e.source);
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Id:
        return e.id;
    case Started:
        return QString(QLocale().toString(e.started.toLocalTime(), QLocale::ShortFormat)
                       + (e.cancelled ? QStringLiteral(" ") + tr("(cancelled)") : QString()));
    case Model:
        return e.modelLabel;
    case Machine:
        return e.machineLabel();
    case Best:
        return e.bestMethod.isEmpty() ? QStringLiteral("–") : tr("%1 (batch %2)").arg(e.bestMethod).arg(e.bestBatch);
    case Speedup:
        return e.bestMethod.isEmpty() ? QStringLiteral("–") : tr("%1×").arg(e.bestSpeedup, 0, 'f', 2);
    case Methods:
        return e.methods;
    case Tags:
        return e.tags.join(QStringLiteral(", "));
    case Note:
        return e.note.section(QLatin1Char('\n'), 0, 0);
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("Run");
    case Started:
        return tr("Started");
    case Model:
        return tr("Model");
    case Machine:
        return tr("Machine");
    case Best:
        return tr("Best method");
    case Speedup:
        return tr("Speed-up vs eager");
    case Methods:
        return tr("Methods");
    case Tags:
        return tr("Tags");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

HistoryFilterProxy::HistoryFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(HistoryModel::SortRole);
}

void HistoryFilterProxy::setFilter(const HistoryFilter& filter)
{
    m_filter = filter;
    invalidateFilter();
}

bool HistoryFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    const auto* model = qobject_cast<const HistoryModel*>(sourceModel());
    if (!model || sourceRow >= static_cast<int>(model->entries().size()))
        return true;
    return historyEntryMatches(model->entries()[static_cast<std::size_t>(sourceRow)], m_filter);
}

} // namespace ob::app
