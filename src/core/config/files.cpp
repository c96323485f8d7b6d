// SPDX-License-Identifier: MIT
#include "config/files.h"
#include "i18n/tr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStringDecoder>

namespace ob {
namespace {

}  // namespace

MaybeError readTextFile(const QString& path, const QString& field, QByteArray& bytes)
{
    const QFileInfo info(path);
    if (!info.exists())
        return ValidationError{field, path, tr("does not exist"), tr("a readable file")};
    if (info.isDir())
        return ValidationError{field, path, tr("is a directory"), tr("a readable file")};
    if (info.size() > kMaxInputFileBytes)
        return ValidationError{field, path, tr("is too large (%1 bytes)").arg(info.size()),
                               tr("files up to %1 bytes").arg(kMaxInputFileBytes)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ValidationError{field, path, tr("cannot be read (%1)").arg(file.errorString()), tr("a readable file")};
    bytes = file.readAll();
    QStringDecoder decoder(QStringDecoder::Utf8);
    (void)QString(decoder.decode(bytes));
    if (decoder.hasError())
        return ValidationError{field, path, tr("is not UTF-8 text"), tr("a UTF-8 JSON file")};
    return std::nullopt;
}

MaybeError loadConfigFile(const QString& path, RunConfig& config)
{
    QByteArray bytes;
    if (auto e = readTextFile(path, QStringLiteral("config"), bytes))
        return e;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError)
        return ValidationError{QStringLiteral("config"), path,
                               tr("is not valid JSON (%1 at byte %2)").arg(pe.errorString()).arg(pe.offset),
                               tr("a JSON object with the keys of the command-line options")};
    if (!doc.isObject())
        return ValidationError{QStringLiteral("config"), path, tr("is not a JSON object"),
                               tr("a JSON object with the keys of the command-line options")};
    return applyJson(config, doc.object());
}

MaybeError checkOutputPath(const QString& path, const QString& field)
{
    if (path.isEmpty())
        return ValidationError{field, path, tr("is empty"), tr("a file path")};
    const QFileInfo info(path);
    if (info.isDir())
        return ValidationError{field, path, tr("is a directory"), tr("a writable file path")};
    if (info.exists() && !info.isWritable())
        return ValidationError{field, path, tr("is not writable"), tr("a writable file path")};
    const QFileInfo dir(info.absolutePath());
    if (!dir.exists() || !dir.isDir())
        return ValidationError{field, path, tr("is in a directory that does not exist"), tr("a writable file path")};
    if (!dir.isWritable())
        return ValidationError{field, path, tr("is in a directory that is not writable"), tr("a writable file path")};
    return std::nullopt;
}

MaybeError writeFileAtomically(const QString& path, const QByteArray& bytes, const QString& field)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ValidationError{field, path, tr("cannot be written (%1)").arg(file.errorString()), tr("a writable file path")};
    if (file.write(bytes) != bytes.size() || !file.commit())
        return ValidationError{field, path, tr("cannot be written (%1)").arg(file.errorString()), tr("a writable file path")};
    return std::nullopt;
}

}  // namespace ob
