// SPDX-License-Identifier: MIT
#include "translations.h"

#include <QFile>
#include <QXmlStreamReader>

#include <utility>

namespace ob::test {

QList<TsEntry> readTs(const QString& language)
{
    QFile file(QStringLiteral(OB_TRANSLATIONS_DIR "/optibench_%1.ts").arg(language));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<TsEntry> out;
    QXmlStreamReader xml(&file);
    QString context;
    TsEntry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            entry = TsEntry{context, {}, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (name == QLatin1String("source")) {
            entry.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            entry.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!entry.numerus) {
                entry.forms << xml.readElementText();
                out << entry;
            } else {
                while (xml.readNextStartElement())
                    entry.forms << xml.readElementText();
                out << entry;
            }
        }
    }
    return xml.hasError() ? QList<TsEntry>{} : out;
}

QSet<QString> tsKeys(const QList<TsEntry>& entries)
{
    QSet<QString> keys;
    for (const auto& e : entries)
        keys.insert(tsKey(e.context, e.source));
    return keys;
}

QString RecordingTranslator::translate(const char* context, const char* source, const char*, int) const
{
    if (context && source && *source && context[0] != 'Q') {
        const std::lock_guard lock(m_mutex);
        m_keys.insert(tsKey(QString::fromUtf8(context), QString::fromUtf8(source)));
    }
    return {};
}

QSet<QString> RecordingTranslator::take()
{
    const std::lock_guard lock(m_mutex);
    return std::exchange(m_keys, {});
}

QStringList missingFromTs(const QSet<QString>& recorded, const QList<TsEntry>& ts)
{
    const QSet<QString> known = tsKeys(ts);
    QStringList out;
    for (const auto& key : recorded)
        if (!known.contains(key))
            out << QString(key).replace(QChar(0x1f), QStringLiteral(" | "));
    out.sort();
    return out;
}

}  // namespace ob::test
