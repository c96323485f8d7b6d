// SPDX-License-Identifier: MIT
#include "models/comparemodel.h"

#include <QColor>

#include "charts/comparechart.h"
#include "format/celltext.h"
#include "format/comparetext.h"

namespace ob::app {

CompareModel::CompareModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CompareModel::setComparison(const CompareSet& set)
{
    beginResetModel();
    m_set = set;
    m_rows.clear();
    for (const auto& c : m_set.comparisons)
        for (const auto& b : c.batches)
            if (!m_rows.contains(std::pair{b.method, b.batch}))
                m_rows << std::pair{b.method, b.batch};
    endResetModel();
}

void CompareModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int CompareModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CompareModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstRun + static_cast<int>(m_set.comparisons.size());
}

const BatchChange* CompareModel::change(int row, int run) const
{
    if (row < 0 || row >= m_rows.size() || run < 0 || run >= static_cast<int>(m_set.comparisons.size()))
        return nullptr;
    const auto& [method, batch] = m_rows[row];
    for (const auto& b : m_set.comparisons[static_cast<std::size_t>(run)].batches)
        if (b.method == method && b.batch == batch)
            return &b;
    return nullptr;
}

QVariant CompareModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const auto& [method, batch] = m_rows[index.row()];
    const int run = index.column() - FirstRun;
    const BatchChange* c = run >= 0 ? change(index.row(), run) : nullptr;
    if (index.column() == Reference) {
        for (int i = 0; !c && i < static_cast<int>(m_set.comparisons.size()); ++i)
            c = change(index.row(), i);
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Method:
            return method;
        case Batch:
            return batch;
        case Reference:
            return c ? msText(c->referenceMs) : QString();
        default:
            return c ? QStringLiteral("%1  (%2)").arg(changeText(c->ratio), changeIntervalText(c->ci))
                     : QStringLiteral("–");
        }
    case Qt::TextAlignmentRole:
        return index.column() == Method ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (run < 0 || !c)
            return {};
        return tr("%1 ms against %2 ms; %3\np = %4; worker processes %5 / %6%7")
            .arg(msText(c->otherMs), msText(c->referenceMs), verdictText(*c))
            .arg(c->pValue, 0, 'g', 3)
            .arg(c->referenceProcesses)
            .arg(c->otherProcesses)
            .arg(c->betweenProcesses
                    ? QString()
                    : QStringLiteral("\n") + tr("Interval widened by the run-to-run variation (one process only)."));
    case Qt::ForegroundRole:
        if (run >= 0 && c && (c->regression || c->improvement))
            return QColor(c->regression ? CompareChart::kRegressionColour : CompareChart::kImprovementColour);
        return {};
    case VerdictRole:
        if (run < 0 || !c)
            return {};
        return c->regression ? 1 : c->improvement ? -1 : 0;
    case RatioRole:
        return run >= 0 && c ? QVariant(c->ratio) : QVariant();
    default:
        return {};
    }
}

QVariant CompareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Method:
        return tr("Method");
    case Batch:
        return tr("Batch");
    case Reference:
        return tr("%1 (ms)").arg(m_set.referenceLabel);
    default:
        return m_set.labels.value(section - FirstRun);
    }
}

} // namespace ob::app
