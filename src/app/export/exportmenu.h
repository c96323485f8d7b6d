// SPDX-License-Identifier: MIT
#pragma once
// File > Export: each chart (PNG, SVG, PDF), the data (CSV per method × batch, CSV per sample, optibench.run/1
// JSON) and the report (HTML, PDF). Also serves the charts' context menus. The rendering and the files are
// optibench_report's (the same code as optibench-cli); this menu only asks where to write.

#include <QMenu>
#include <QPointer>
#include <QSize>

#include "config/validation.h"

namespace ob::app {

class AppSettings;
class ChartBase;
class ChartsPanel;
class RunController;

class ExportMenu : public QMenu {
    Q_OBJECT
public:
    enum class DataFormat { Csv, SamplesCsv, Json };

    ExportMenu(RunController* controller, ChartsPanel* charts, AppSettings* settings, QWidget* parent = nullptr);

    /// Writes `shown` (a chart of the panel) as drawn from the session, in the export style, without dialogs.
    MaybeError exportChart(const ChartBase* shown, const QString& path, const QString& format, QSize size,
                           double scale) const;
    MaybeError exportData(DataFormat format, const QString& path) const;
    /// HTML or PDF by the path's suffix.
    MaybeError exportReport(const QString& path) const;

    /// Interactive: the chart export dialog, then a file dialog (`format` preselected: "png", "svg", "pdf").
    void askChartExport(const ChartBase* shown, const QString& format);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void askDataExport(DataFormat format);
    void askReportExport(bool pdf);
    /// A save dialog in the last export directory; remembers the directory. Empty when cancelled.
    QString askPath(const QString& caption, const QString& fileName, const QString& filter);
    void showResult(const QString& caption, const MaybeError& error, const QString& path);

    RunController* m_controller;
    ChartsPanel* m_charts;
    AppSettings* m_settings;
    QPointer<QMenu> m_chartMenu;
};

}  // namespace ob::app
