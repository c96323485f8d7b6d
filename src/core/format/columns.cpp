// SPDX-License-Identifier: MIT
#include "format/columns.h"

#include <algorithm>

#include "format/texttable.h"

namespace ob {

QString alignColumns(const QStringList& header, const QList<QStringList>& rows, const QList<bool>& rightAligned)
{
    QList<int> widths;
    for (const auto& h : header)
        widths << displayWidth(h);
    for (const auto& row : rows)
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(row[i]));
    QString text;
    const auto line = [&](const QStringList& cells) {
        QStringList padded;
        for (int i = 0; i < cells.size() && i < widths.size(); ++i) {
            const QString fill(std::max(0, widths[i] - displayWidth(cells[i])), QLatin1Char(' '));
            padded << (rightAligned.value(i) ? fill + cells[i] : cells[i] + fill);
        }
        // Trailing spaces only: a right-aligned first column keeps its padding.
        QString joined = padded.join(QStringLiteral("  "));
        while (joined.endsWith(QLatin1Char(' ')))
            joined.chop(1);
        text += joined + QLatin1Char('\n');
    };
    line(header);
    for (const auto& row : rows)
        line(row);
    return text;
}

} // namespace ob
