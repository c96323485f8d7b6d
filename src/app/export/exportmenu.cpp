// SPDX-License-Identifier: MIT
#include "export/exportmenu.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QStatusBar>
#include <QMainWindow>

#include "charts/chartbase.h"
#include "charts/chartspanel.h"
#include "config/files.h"
#include "dialogs/chartexportdialog.h"
#include "format/csvreport.h"
#include "report/reportcharts.h"
#include "report/reportfiles.h"
#include "format/runjson.h"
#include "session/runcontroller.h"
#include "settings/appsettings.h"

namespace ob::app {

ExportMenu::ExportMenu(RunController* controller, ChartsPanel* charts, AppSettings* settings, QWidget* parent)
    : QMenu(parent), m_controller(controller), m_charts(charts), m_settings(settings)
{
    setObjectName(QStringLiteral("exportMenu"));
    // Rebuilt when shown: the charts' titles follow the data (the trace names its batch) and the language.
    connect(this, &QMenu::aboutToShow, this, &ExportMenu::rebuild);
    connect(m_charts, &ChartsPanel::chartExportRequested, this,
            [this](ChartBase* chart, const QString& format) { askChartExport(chart, format); });
    rebuild();
}

void ExportMenu::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QMenu::changeEvent(event);
}

void ExportMenu::rebuild()
{
    clear();  // deletes the actions, not the submenu
    delete m_chartMenu;
    setTitle(tr("&Export"));
    const bool hasResults = !m_controller->run().results.empty();
    const auto add = [this, hasResults](QMenu* menu, const QString& text, const QString& name, auto slot) {
        QAction* action = menu->addAction(text);
        action->setObjectName(name);
        action->setEnabled(hasResults);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_chartMenu = addMenu(tr("&Chart"));
    QMenu* chartMenu = m_chartMenu;
    chartMenu->setObjectName(QStringLiteral("exportChartMenu"));
    for (ChartBase* chart : m_charts->charts())
        add(chartMenu, chart->title() + QStringLiteral("…"), QStringLiteral("actionExportChart_") + chart->id(),
            [this, chart] { askChartExport(chart, QStringLiteral("png")); });
    addSeparator();
    add(this, tr("Data as &CSV (one row per method and batch)…"), QStringLiteral("actionExportCsv"),
        [this] { askDataExport(DataFormat::Csv); });
    add(this, tr("Samples as CS&V (one row per measured call)…"), QStringLiteral("actionExportSamplesCsv"),
        [this] { askDataExport(DataFormat::SamplesCsv); });
    add(this, tr("Data as &JSON (optibench.run/1)…"), QStringLiteral("actionExportJson"),
        [this] { askDataExport(DataFormat::Json); });
    addSeparator();
    add(this, tr("Report as &HTML…"), QStringLiteral("actionExportReportHtml"), [this] { askReportExport(false); });
    add(this, tr("Report as &PDF…"), QStringLiteral("actionExportReportPdf"), [this] { askReportExport(true); });
}

MaybeError ExportMenu::exportChart(const ChartBase* shown, const QString& path, const QString& format, QSize size,
                                   double scale) const
{
    auto copy = report::exportCopy(*shown, m_controller->run());
    return report::writeChart(*copy, path, format, size, scale, tr("chart export"));
}

MaybeError ExportMenu::exportData(DataFormat format, const QString& path) const
{
    const RunResult& run = m_controller->run();
    const QString field = tr("data export");
    if (auto e = checkOutputPath(path, field))
        return e;
    switch (format) {
    case DataFormat::Csv: return writeFileAtomically(path, runToCsv(run), field);
    case DataFormat::SamplesCsv: return writeFileAtomically(path, samplesToCsv(run), field);
    case DataFormat::Json: return writeFileAtomically(path, runToJsonBytes(run), field);
    }
    return std::nullopt;
}

MaybeError ExportMenu::exportReport(const QString& path) const
{
    return report::writeReport(m_controller->run(), path, tr("report"));
}

void ExportMenu::askChartExport(const ChartBase* shown, const QString& format)
{
    ChartExportDialog dialog(shown->title(), format, m_charts->window());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString f = dialog.format();
    const QString filter = f == QLatin1String("png") ? tr("PNG images (*.png)")
        : f == QLatin1String("svg")                  ? tr("SVG drawings (*.svg)")
                                                     : tr("PDF documents (*.pdf)");
    const QString path = askPath(tr("Export chart"), shown->id() + QLatin1Char('.') + f, filter);
    if (path.isEmpty())
        return;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const auto error = exportChart(shown, path, f, dialog.size(), dialog.scale());
    QGuiApplication::restoreOverrideCursor();
    showResult(tr("Export chart"), error, path);
}

void ExportMenu::askDataExport(DataFormat format)
{
    const bool json = format == DataFormat::Json;
    const QString name = format == DataFormat::SamplesCsv ? QStringLiteral("optibench-samples.csv")
        : json                                            ? QStringLiteral("optibench-run.json")
                                                          : QStringLiteral("optibench-results.csv");
    const QString path = askPath(tr("Export data"), name, json ? tr("JSON files (*.json)") : tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        showResult(tr("Export data"), exportData(format, path), path);
}

void ExportMenu::askReportExport(bool pdf)
{
    const QString path = askPath(tr("Export report"),
                                 pdf ? QStringLiteral("optibench-report.pdf") : QStringLiteral("optibench-report.html"),
                                 pdf ? tr("PDF documents (*.pdf)") : tr("HTML files (*.html *.htm)"));
    if (path.isEmpty())
        return;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const auto error = exportReport(path);
    QGuiApplication::restoreOverrideCursor();
    showResult(tr("Export report"), error, path);
}

QString ExportMenu::askPath(const QString& caption, const QString& fileName, const QString& filter)
{
    const QString suggested = QDir(m_settings->lastExportDirectory()).filePath(fileName);
    QString path = QFileDialog::getSaveFileName(m_charts->window(), caption, suggested, filter);
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + QFileInfo(fileName).suffix();
    m_settings->setLastExportDirectory(QFileInfo(path).absolutePath());
    return path;
}

void ExportMenu::showResult(const QString& caption, const MaybeError& error, const QString& path)
{
    if (error) {
        QMessageBox::warning(m_charts->window(), caption, tr("The export failed.\n\n%1").arg(error->message()));
        return;
    }
    if (auto* mainWindow = qobject_cast<QMainWindow*>(m_charts->window()))
        mainWindow->statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 8000);
}

}  // namespace ob::app
