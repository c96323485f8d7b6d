// SPDX-License-Identifier: MIT
#include "models/profilemodels.h"

#include <QBrush>
#include <QColor>

#include "format/profiletext.h"

namespace ob::app {
namespace {

QString percentText(double share)
{
    return QString::number(100.0 * share, 'f', 1) + QLatin1Char('%');
}

}  // namespace

ProfileRowsModel::ProfileRowsModel(QObject* parent) : QAbstractTableModel(parent) {}

void ProfileRowsModel::setRows(std::vector<ProfileRow> rows, bool byOperator)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_byOperator = byOperator;
    endResetModel();
}

void ProfileRowsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ProfileRowsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ProfileRowsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProfileRowsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ProfileRow& r = m_rows[static_cast<std::size_t>(index.row())];
    if (role == Qt::TextAlignmentRole)
        return static_cast<int>(index.column() == Operator || index.column() == Module || index.column() == Shapes
                                    ? Qt::AlignLeft | Qt::AlignVCenter
                                    : Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Shapes)
        return r.shapes;
    if (role == Qt::ToolTipRole && index.column() == Operator && r.scope == QLatin1String("function"))
        return tr("A TorchScript function: its self time is the interpreter's and that of the operators LibTorch "
                  "does not record.");
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sort = role == SortRole;
    switch (index.column()) {
    case Operator: return r.op;
    case Module: return m_byOperator ? QString() : (sort ? r.module : profileModuleText(r));
    case Calls: return sort ? QVariant(r.calls) : QVariant(QString::number(r.calls, 'g', 4));
    case Self: return sort ? QVariant(r.selfMs) : QVariant(profileMsText(r.selfMs));
    case Total: return sort ? QVariant(r.totalMs) : QVariant(profileMsText(r.totalMs));
    case Share: return sort ? QVariant(r.share) : QVariant(percentText(r.share));
    case Gflops:
        if (r.flops <= 0)
            return sort ? QVariant(-1.0) : QVariant(QStringLiteral("-"));
        return sort ? QVariant(r.gflops()) : QVariant(QString::number(r.gflops(), 'f', r.gflops() < 10 ? 2 : 1));
    case Shapes: return r.shapes;
    default: return {};
    }
}

QVariant ProfileRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Operator: return tr("Operator");
    case Module: return tr("Module");
    case Calls: return tr("Calls");
    case Self: return tr("Self (ms)");
    case Total: return tr("Total (ms)");
    case Share: return tr("Share");
    case Gflops: return tr("GFLOP/s");
    case Shapes: return tr("Input shapes");
    default: return {};
    }
}

ProfileDiffModel::ProfileDiffModel(QObject* parent) : QAbstractTableModel(parent) {}

void ProfileDiffModel::setComparison(const QString& base, const QString& other, std::vector<ProfileDelta> deltas)
{
    beginResetModel();
    m_base = base;
    m_other = other;
    m_deltas = std::move(deltas);
    endResetModel();
}

void ProfileDiffModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_deltas.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ProfileDiffModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_deltas.size());
}

int ProfileDiffModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProfileDiffModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ProfileDelta& d = m_deltas[static_cast<std::size_t>(index.row())];
    using C = ProfileDelta::Change;
    if (role == ChangeRole)
        return static_cast<int>(d.change);
    if (role == Qt::TextAlignmentRole)
        return static_cast<int>(index.column() == Base || index.column() == Other ? Qt::AlignRight | Qt::AlignVCenter
                                                                                  : Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Change) {
        if (d.change == C::Faster || d.change == C::Vanished)
            return QBrush(QColor(0x2e, 0x8b, 0x57));  // sea green: time saved
        if (d.change == C::Slower || d.change == C::Appeared)
            return QBrush(QColor(0xc0, 0x39, 0x2b));  // red: time added
        return {};
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sort = role == SortRole;
    switch (index.column()) {
    case Operator: return d.op;
    case Base:
        if (sort)
            return d.baseMs;
        return d.baseCalls > 0 ? profileMsText(d.baseMs) : QStringLiteral("-");
    case Other:
        if (sort)
            return d.otherMs;
        return d.otherCalls > 0 ? profileMsText(d.otherMs) : QStringLiteral("-");
    case Change: {
        if (sort)
            return d.otherMs - d.baseMs;
        QString text = profileChangeText(d.change);
        if ((d.change == C::Faster || d.change == C::Slower) && d.baseMs > 0)
            text += QStringLiteral(" (%1%2%)")
                        .arg(d.otherMs >= d.baseMs ? QStringLiteral("+") : QString())
                        .arg(100.0 * (d.otherMs - d.baseMs) / d.baseMs, 0, 'f', 0);
        return text;
    }
    default: return {};
    }
}

QVariant ProfileDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Operator: return tr("Operator");
    case Base: return tr("%1 (ms)").arg(m_base);
    case Other: return tr("%1 (ms)").arg(m_other);
    case Change: return tr("Change");
    default: return {};
    }
}

}  // namespace ob::app
