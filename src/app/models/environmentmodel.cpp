// SPDX-License-Identifier: MIT
#include "models/environmentmodel.h"

#include <QJsonArray>

#include "results/environment.h"

namespace ob::app {
namespace {

QString textOf(const QJsonValue& v)
{
    if (v.isArray()) {
        QStringList items;
        for (const auto& item : v.toArray())
            items << textOf(item);
        return items.join(QLatin1Char(' '));
    }
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return v.toString();
}

}  // namespace

EnvironmentModel::EnvironmentModel(QObject* parent) : QAbstractTableModel(parent) {}

void EnvironmentModel::setEnvironment(const QJsonObject& environment)
{
    beginResetModel();
    m_environment = environment;
    m_rows.clear();
    for (auto it = environment.begin(); it != environment.end(); ++it) {
        if (it.value().isObject()) {
            const QJsonObject inner = it.value().toObject();
            for (auto jt = inner.begin(); jt != inner.end(); ++jt)
                m_rows << Row{it.key() + QLatin1Char('.') + jt.key(), textOf(jt.value())};
        } else {
            m_rows << Row{it.key(), textOf(it.value())};
        }
    }
    endResetModel();
}

void EnvironmentModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Property), index(static_cast<int>(m_rows.size()) - 1, Property));
}

QString EnvironmentModel::toText() const
{
    QString text;
    for (const auto& row : m_rows)
        text += label(row.key) + QStringLiteral(": ") + row.value + QLatin1Char('\n');
    return text;
}

QString EnvironmentModel::label(const QString& key)
{
    // One table for the workbench, the CLI and the report, in core (flattened inner keys included: "extra.mkl").
    return environmentLabel(key);
}

int EnvironmentModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int EnvironmentModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EnvironmentModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole: return index.column() == Property ? label(row.key) : row.value;
    case Qt::ToolTipRole: return index.column() == Property ? row.key : row.value;
    case KeyRole: return row.key;
    default: return {};
    }
}

QVariant EnvironmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Property ? tr("Property") : section == Value ? tr("Value") : QVariant();
}

}  // namespace ob::app
