// SPDX-License-Identifier: MIT
#include "settings/appsettings.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

#include "config/validation.h"
#include "i18n/language.h"

namespace ob::app {
namespace {

// Keys and defaults, in one place.
const QString kLastConfig = QStringLiteral("session/lastConfig");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kStateVersion = QStringLiteral("window/stateVersion");
const QString kResultsTable = QStringLiteral("window/resultsTable");
const QString kRecentFiles = QStringLiteral("session/recentFiles");
const QString kLanguage = QStringLiteral("ui/language");
const QString kLastDirectory = QStringLiteral("session/lastDirectory");
const QString kLastExportDirectory = QStringLiteral("export/lastDirectory");
const QString kHistoryPath = QStringLiteral("history/path");
const QString kHistoryEnabled = QStringLiteral("history/enabled");

}  // namespace

AppSettings::AppSettings() : m_settings(std::make_unique<QSettings>()) {}

AppSettings::AppSettings(const QString& path) : m_settings(std::make_unique<QSettings>(path, QSettings::IniFormat)) {}

AppSettings::~AppSettings() = default;

RunConfig AppSettings::lastConfig() const
{
    const QByteArray json = m_settings->value(kLastConfig).toByteArray();
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    RunConfig config;
    if (object.isEmpty())
        return config;
    RunConfig loaded;
    // A saved configuration that the current engine rejects (a strategy that was removed) falls back to the default.
    if (applyJson(loaded, object) || validate(loaded))
        return config;
    return loaded;
}

void AppSettings::setLastConfig(const RunConfig& config)
{
    m_settings->setValue(kLastConfig, QJsonDocument(toJson(config)).toJson(QJsonDocument::Compact));
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(kGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray& geometry)
{
    m_settings->setValue(kGeometry, geometry);
}

QByteArray AppSettings::resultsTableState() const
{
    return m_settings->value(kResultsTable).toByteArray();
}

void AppSettings::setResultsTableState(const QByteArray& state)
{
    m_settings->setValue(kResultsTable, state);
}

QByteArray AppSettings::windowState() const
{
    if (m_settings->value(kStateVersion, 0).toInt() != kWindowStateVersion)
        return {};
    return m_settings->value(kState).toByteArray();
}

void AppSettings::setWindowState(const QByteArray& state)
{
    m_settings->setValue(kState, state);
    m_settings->setValue(kStateVersion, kWindowStateVersion);
}

QStringList AppSettings::recentFiles() const
{
    return m_settings->value(kRecentFiles).toStringList();
}

void AppSettings::addRecentFile(const QString& path)
{
    const QString clean = QDir::cleanPath(QDir().absoluteFilePath(path));
    QStringList files = recentFiles();
    files.removeAll(clean);
    files.prepend(clean);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    m_settings->setValue(kRecentFiles, files);
}

void AppSettings::removeRecentFile(const QString& path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    m_settings->setValue(kRecentFiles, files);
}

QString AppSettings::language() const
{
    return m_settings->value(kLanguage, QString()).toString();
}

void AppSettings::setLanguage(const QString& language)
{
    m_settings->setValue(kLanguage, language);
}

QString AppSettings::startLanguage(const QLocale& system) const
{
    const QString saved = language();
    return i18n::availableLanguages().contains(saved) ? saved : i18n::languageFor(system);
}

QString AppSettings::lastDirectory() const
{
    return m_settings->value(kLastDirectory, QDir::homePath()).toString();
}

void AppSettings::setLastDirectory(const QString& directory)
{
    m_settings->setValue(kLastDirectory, directory);
}

QString AppSettings::lastExportDirectory() const
{
    return m_settings->value(kLastExportDirectory, lastDirectory()).toString();
}

void AppSettings::setLastExportDirectory(const QString& directory)
{
    m_settings->setValue(kLastExportDirectory, directory);
}

QString AppSettings::historyPath() const
{
    return m_settings->value(kHistoryPath, QString()).toString();
}

void AppSettings::setHistoryPath(const QString& path)
{
    m_settings->setValue(kHistoryPath, path);
}

bool AppSettings::historyEnabled() const
{
    return m_settings->value(kHistoryEnabled, true).toBool();
}

void AppSettings::setHistoryEnabled(bool enabled)
{
    m_settings->setValue(kHistoryEnabled, enabled);
}

void AppSettings::sync()
{
    m_settings->sync();
}

}  // namespace ob::app
