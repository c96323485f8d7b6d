// SPDX-License-Identifier: MIT
#pragma once
// The translation files as the tests see them: the entries of a .ts, and a translator that records every lookup
// the code makes (context and source), to prove that the code asks for what the .ts holds.

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTranslator>

#include <mutex>

namespace ob::test {

struct TsEntry {
    QString context;
    QString source;
    QString type;           // "" (finished), "unfinished", "vanished", "obsolete"
    QStringList forms;      // the translation; one form per plural form for numerus entries
    bool numerus = false;
};

/// The .ts file of `language` in the source tree ("zh_CN", "en"); empty when it cannot be read.
QList<TsEntry> readTs(const QString& language);
/// "context\x1fsource" keys of the entries.
QSet<QString> tsKeys(const QList<TsEntry>& entries);
inline QString tsKey(const QString& context, const QString& source)
{
    return context + QChar(0x1f) + source;
}

/// A translator that translates nothing and remembers each lookup of OptiBench's own contexts (Qt's "Q..."
/// contexts are left out). Install it last, so that it is asked first.
class RecordingTranslator : public QTranslator {
public:
    QString translate(const char* context, const char* source, const char* disambiguation = nullptr,
                      int n = -1) const override;
    bool isEmpty() const override { return false; }
    /// The keys looked up since the last take(), then forgets them.
    QSet<QString> take();

private:
    mutable std::mutex m_mutex;
    mutable QSet<QString> m_keys;
};

/// The lookups in `recorded` that no entry of `ts` answers ("context | source" lines).
QStringList missingFromTs(const QSet<QString>& recorded, const QList<TsEntry>& ts);

}  // namespace ob::test
