// SPDX-License-Identifier: MIT
#include "i18n/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace ob::i18n {
namespace {

struct State {
    QString language = QStringLiteral("en");
    std::unique_ptr<QTranslator> own;
    std::unique_ptr<QTranslator> qt;
};

State& state()
{
    static State s;
    return s;
}

}  // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString languageFor(const QLocale& locale)
{
    return locale.language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

bool setLanguage(const QString& language)
{
    if (!availableLanguages().contains(language))
        return false;
    auto& s = state();
    if (s.own)
        QCoreApplication::removeTranslator(s.own.get());
    if (s.qt)
        QCoreApplication::removeTranslator(s.qt.get());
    s.own = std::make_unique<QTranslator>();
    s.qt = std::make_unique<QTranslator>();
    // English is the source language: its .qm only carries plural forms, so a failed load is harmless.
    if (s.own->load(QStringLiteral(":/i18n/optibench_%1.qm").arg(language)))
        QCoreApplication::installTranslator(s.own.get());
    if (language != QLatin1String("en")
        && s.qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(s.qt.get());
    s.language = language;
    // QLocale() formats the numbers, dates and sizes of the UI: it follows the language.
    QLocale::setDefault(currentLocale());
    return true;
}

QString currentLanguage()
{
    return state().language;
}

QString clauseSeparator()
{
    return QCoreApplication::translate("ob::i18n", "; ", "between two clauses of one line");
}

QLocale currentLocale()
{
    return state().language == QLatin1String("zh_CN") ? QLocale(QLocale::Chinese, QLocale::China)
                                                      : QLocale(QLocale::English, QLocale::UnitedStates);
}

}  // namespace ob::i18n
