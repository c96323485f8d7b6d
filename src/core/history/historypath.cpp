// SPDX-License-Identifier: MIT
#include "history/historypath.h"

#include <QStandardPaths>

namespace ob {

QString defaultHistoryPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return dir.isEmpty() ? QString() : dir + QStringLiteral("/history.sqlite");
}

HistoryLocation resolveHistoryLocation(const QString& explicitPath, bool disabled)
{
    if (!explicitPath.isEmpty())
        return {explicitPath};
    if (disabled)
        return {};
    if (qEnvironmentVariableIsSet("OPTIBENCH_HISTORY_DB")) {
        const QString env = qEnvironmentVariable("OPTIBENCH_HISTORY_DB");
        return {env == QLatin1String("off") ? QString() : env};
    }
    return {defaultHistoryPath()};
}

} // namespace ob
