// SPDX-License-Identifier: MIT
#pragma once
// The user interface language: OptiBench's own translations (embedded .qm) and Qt's (qtbase), switchable at run time.

#include <QLocale>
#include <QString>
#include <QStringList>

namespace ob::i18n {

/// Language ids OptiBench ships: "en" and "zh_CN".
QStringList availableLanguages();
/// The shipped language closest to `locale` ("zh_CN" for any Chinese locale, else "en").
QString languageFor(const QLocale& locale);
/// Installs the translators for `language` on the application, replacing the previous ones; false for an unknown id.
/// Widgets receive QEvent::LanguageChange and retranslate themselves. The default QLocale becomes currentLocale().
bool setLanguage(const QString& language);
/// The language installed last ("en" before any call).
QString currentLanguage();
/// The locale for formatting numbers in the current language.
QLocale currentLocale();
/// What joins two clauses of one line ("ok; not steady"): "; " in English, the full-width "；" in Chinese.
QString clauseSeparator();

}  // namespace ob::i18n
