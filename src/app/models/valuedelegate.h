// SPDX-License-Identifier: MIT
#pragma once
// Formats the results table's raw values (milliseconds, ratios, scores) in the UI's locale.

#include <QStyledItemDelegate>

namespace ob::app {

class ValueDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    /// The text shown for `value` of the given ResultsTableModel::ValueKind.
    static QString format(const QVariant& value, int kind, const QLocale& locale);
    /// The speed-up cell: "1.82× (1.75–1.90)" when significant, "≈ 1.01×" when not, the bare ratio when unknown.
    static QString speedupText(const QModelIndex& index, const QString& ratio, const QLocale& locale);

    /// Draws the cell, with a rule above the first row of a group (ResultsSortProxy::GroupStartRole).
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

}  // namespace ob::app
