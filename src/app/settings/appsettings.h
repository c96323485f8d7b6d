// SPDX-License-Identifier: MIT
#pragma once
// The one typed settings facade of the workbench: every key and default lives here.

#include <QByteArray>
#include <QLocale>
#include <QSettings>
#include <QString>
#include <QStringList>

#include <memory>

#include "config/runconfig.h"

namespace ob::app {

class AppSettings {
public:
    /// Bump when the docks or toolbars change, so that an old saved layout is not restored onto a new window.
    static constexpr int kWindowStateVersion = 2;  // 2: dock sizes for 1280 x 800, the summary
    static constexpr int kMaxRecentFiles = 8;

    /// The application's settings (QSettings with the organization and application names).
    AppSettings();
    /// Settings in an INI file at `path` (tests and the screenshot mode use a scratch file).
    explicit AppSettings(const QString& path);
    ~AppSettings();

    /// The configuration of the last session; the default configuration when none was saved or it no longer validates.
    RunConfig lastConfig() const;
    void setLastConfig(const RunConfig& config);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    /// The saved dock and toolbar layout; empty when it was saved by another kWindowStateVersion.
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);

    /// The results table's columns and grouping (ResultsPage::saveTableState, versioned there).
    QByteArray resultsTableState() const;
    void setResultsTableState(const QByteArray& state);

    QStringList recentFiles() const;
    /// Puts `path` first in the recent files, dropping duplicates and the oldest beyond kMaxRecentFiles.
    void addRecentFile(const QString& path);
    void removeRecentFile(const QString& path);

    /// The UI language ("" = follow the system, "en", "zh_CN").
    QString language() const;
    void setLanguage(const QString& language);
    /// The language to start in: the saved choice, or on the first start the one the system locale asks for
    /// (any Chinese locale: "zh_CN", else "en").
    QString startLanguage(const QLocale& system = QLocale::system()) const;

    /// The directory of the last opened or saved session.
    QString lastDirectory() const;
    void setLastDirectory(const QString& directory);

    /// The directory of the last export (charts, data, reports); the session directory before the first export.
    QString lastExportDirectory() const;
    void setLastExportDirectory(const QString& directory);

    /// The run history: its file ("" = the default, or $OPTIBENCH_HISTORY_DB) and whether finished runs are kept.
    QString historyPath() const;
    void setHistoryPath(const QString& path);
    bool historyEnabled() const;
    void setHistoryEnabled(bool enabled);

    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

}  // namespace ob::app
