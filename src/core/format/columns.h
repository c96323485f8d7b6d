// SPDX-License-Identifier: MIT
#pragma once
// Plain-text columns for terminal output, padded to the widest cell (CJK characters count double).

#include <QList>
#include <QString>
#include <QStringList>

namespace ob {

/// The header and the rows, two spaces between columns; `rightAligned[i]` aligns column i to the right.
QString alignColumns(const QStringList& header, const QList<QStringList>& rows, const QList<bool>& rightAligned);

} // namespace ob
