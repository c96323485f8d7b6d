// SPDX-License-Identifier: MIT
#include "session/sessionfiles.h"

#include <QCoreApplication>
#include <QDir>

#include "config/files.h"
#include "format/runjson.h"

namespace ob::app {
namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("ob::app", s);
}

}  // namespace

QString sessionFileFilter()
{
    return tr("OptiBench sessions (*.json);;All files (*)");
}

bool saveSession(const QString& path, const RunResult& run, QString* error)
{
    if (auto e = writeFileAtomically(path, runToJsonBytes(run, true), QStringLiteral("session"))) {
        if (error)
            *error = e->message();
        return false;
    }
    return true;
}

std::optional<RunResult> loadSession(const QString& path, QString* error)
{
    QByteArray bytes;
    if (auto e = readTextFile(path, QStringLiteral("session"), bytes)) {
        if (error)
            *error = e->message();
        return std::nullopt;
    }
    QString why;
    auto run = runFromJson(bytes, &why);
    if (!run && error)
        *error = tr("%1: %2").arg(QDir::toNativeSeparators(path), why);
    return run;
}

}  // namespace ob::app
