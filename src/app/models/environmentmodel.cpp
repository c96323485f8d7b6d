// SPDX-License-Identifier: MIT
#include "models/environmentmodel.h"

#include <QJsonArray>

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
    static const struct {
        const char* key;
        const char* text;
    } labels[] = {
        {"optibench_version", QT_TR_NOOP("OptiBench version")},
        {"git_commit", QT_TR_NOOP("Git commit")},
        {"build_type", QT_TR_NOOP("Build type")},
        {"compiler", QT_TR_NOOP("Compiler")},
        {"qt_version", QT_TR_NOOP("Qt version")},
        {"os", QT_TR_NOOP("Operating system")},
        {"kernel", QT_TR_NOOP("Kernel")},
        {"arch", QT_TR_NOOP("Architecture")},
        {"torch_version", QT_TR_NOOP("LibTorch version")},
        {"parallel_backend", QT_TR_NOOP("Parallel backend")},
        {"intra_op_threads", QT_TR_NOOP("Intra-op threads")},
        {"inter_op_threads", QT_TR_NOOP("Inter-op threads")},
        {"qengines_supported", QT_TR_NOOP("Quantized engines supported")},
        {"qengine_selected", QT_TR_NOOP("Quantized engine selected")},
        {"blas_library", QT_TR_NOOP("BLAS library")},
        {"blas_core_type", QT_TR_NOOP("BLAS core type")},
        {"blas_config", QT_TR_NOOP("BLAS configuration")},
        {"blas_threads", QT_TR_NOOP("BLAS threads")},
        {"openblas_coretype_env", QT_TR_NOOP("OPENBLAS_CORETYPE (environment)")},
        {"cpu_model", QT_TR_NOOP("CPU model")},
        {"cpu_flags", QT_TR_NOOP("CPU features")},
        {"logical_cores", QT_TR_NOOP("Logical cores")},
    };
    for (const auto& l : labels)
        if (key == QLatin1String(l.key))
            return tr(l.text);
    return key;
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
