// SPDX-License-Identifier: MIT
#include "models/valuedelegate.h"

#include <QLocale>
#include <QPainter>

#include <cmath>

#include "models/resultssortproxy.h"
#include "models/resultstablemodel.h"
#include "widgets/uistyle.h"

namespace ob::app {

QString ValueDelegate::format(const QVariant& value, int kind, const QLocale& locale)
{
    if (!value.isValid())
        return QStringLiteral("–");
    if (value.typeId() == QMetaType::QString)
        return value.toString();
    const double v = value.toDouble();
    switch (kind) {
    case ResultsTableModel::Integer: return locale.toString(value.toLongLong());
    case ResultsTableModel::Milliseconds:
        return locale.toString(v, 'f', std::abs(v) < 1 ? 4 : (std::abs(v) < 100 ? 3 : 1));
    case ResultsTableModel::Ratio: return tr("%1×").arg(locale.toString(v, 'f', 2));
    case ResultsTableModel::Score6: return locale.toString(v, 'f', 6);
    case ResultsTableModel::FidelityValue: return locale.toString(v, 'f', 6);
    case ResultsTableModel::Percent: return tr("%1 %").arg(locale.toString(v, 'f', std::abs(v) < 10 ? 1 : 0));
    case ResultsTableModel::Mebibytes: return locale.toString(v, 'f', 1);
    default: return value.toString();
    }
}

QString ValueDelegate::speedupText(const QModelIndex& index, const QString& ratio, const QLocale& locale)
{
    const QVariant significant = index.data(ResultsTableModel::SignificantRole);
    if (!significant.isValid())
        return ratio;  // eager itself, or live before the comparison (the tooltip says so)
    if (!significant.toBool())
        return tr("≈ %1").arg(ratio);
    const QVariantList ci = index.data(ResultsTableModel::IntervalRole).toList();
    if (ci.size() != 2)
        return ratio;
    return tr("%1 (%2–%3)").arg(ratio, locale.toString(ci[0].toDouble(), 'f', 2),
                                locale.toString(ci[1].toDouble(), 'f', 2));
}

void ValueDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    if (!index.data(ResultsSortProxy::GroupStartRole).toBool())
        return;
    painter->save();
    painter->setPen(QPen(option.palette.color(QPalette::Mid), 1));
    painter->drawLine(option.rect.topLeft(), option.rect.topRight());
    painter->restore();
}

void ValueDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const int kind = index.data(ResultsTableModel::KindRole).toInt();
    option->text = format(index.data(Qt::DisplayRole), kind, option->locale);
    if (index.column() == ResultsTableModel::Speedup)
        option->text = speedupText(index, option->text, option->locale);
    if (index.data(ResultsTableModel::WarningRole).toBool()) {
        // Not significant (≈): greyed, never shown like a win; not steady: amber.
        const bool speedup = index.column() == ResultsTableModel::Speedup;
        option->palette.setColor(QPalette::Text, speedup ? option->palette.color(QPalette::PlaceholderText)
                                                         : warningColor(option->palette));
    }
    if (index.column() == ResultsTableModel::Status) {
        const QString status = index.data(ResultsTableModel::MethodStatusRole).toString();
        if (status == QLatin1String("failed"))
            option->palette.setColor(QPalette::Text, errorColor(option->palette));
        else if (status == QLatin1String("cancelled"))
            option->palette.setColor(QPalette::Text, warningColor(option->palette));
    }
}

}  // namespace ob::app
