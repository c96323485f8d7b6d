// SPDX-License-Identifier: MIT
// File > Export and the charts' context menus in the workbench (offscreen, no dialogs).

#include <QChartView>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "../report/reportfixture.h"
#include "charts/chartbase.h"
#include "charts/chartspanel.h"
#include "export/exportmenu.h"
#include "mainwindow.h"
#include "pages/resultspage.h"
#include "session/runcontroller.h"
#include "settings/appsettings.h"

using namespace ob;
using namespace ob::app;

class TestExport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_window = std::make_unique<MainWindow>(
            std::make_unique<AppSettings>(QDir(m_dir.path()).filePath(QStringLiteral("settings.ini"))));
        QVERIFY(m_window->controller()->openSession(test::fixtureRun()));
        m_window->resize(1000, 700);
        m_window->show();
        m_window->resultsPage()->charts()->flushAll();
    }
    void cleanup() { m_window.reset(); }

    void menuOffersEveryExport()
    {
        ExportMenu* menu = m_window->exportMenu();
        QVERIFY(menu);
        Q_EMIT menu->aboutToShow();
        for (auto* chart : m_window->resultsPage()->charts()->charts()) {
            auto* action = menu->findChild<QAction*>(QStringLiteral("actionExportChart_") + chart->id());
            QVERIFY2(action && action->isEnabled(), qPrintable(chart->id()));
            QVERIFY(action->text().startsWith(chart->title()));
        }
        for (const char* name : {"actionExportCsv", "actionExportSamplesCsv", "actionExportJson",
                                 "actionExportReportHtml", "actionExportReportPdf"}) {
            auto* action = menu->findChild<QAction*>(QLatin1String(name));
            QVERIFY2(action && action->isEnabled(), name);
        }
    }

    void contextMenuRequestReachesThePanel()
    {
        ChartsPanel* panel = m_window->resultsPage()->charts();
        QVERIFY(QObject::disconnect(panel, nullptr, m_window->exportMenu(), nullptr));  // no modal dialog here
        QSignalSpy spy(panel, &ChartsPanel::chartExportRequested);
        ChartBase* chart = panel->chart(QStringLiteral("score"));
        QCOMPARE(chart->view()->contextMenuPolicy(), Qt::CustomContextMenu);
        Q_EMIT chart->exportRequested(QStringLiteral("svg"));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<ChartBase*>(), chart);
        QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("svg"));
    }

    void chartExportIgnoresTheOnScreenSize()
    {
        ChartBase* chart = m_window->resultsPage()->charts()->chart(QStringLiteral("latency"));
        const QString path = QDir(m_dir.path()).filePath(QStringLiteral("latency.png"));
        const auto error = m_window->exportMenu()->exportChart(chart, path, QStringLiteral("png"), QSize(500, 300), 2);
        QVERIFY2(!error, error ? qPrintable(error->message()) : "");
        QImage image(path);
        QCOMPARE(image.size(), QSize(1000, 600));
        QVERIFY(chart->width() != 500);  // the chart on screen kept its own size
    }

    void dataAndReportExports()
    {
        const QDir dir(m_dir.path());
        ExportMenu* menu = m_window->exportMenu();
        QVERIFY(!menu->exportData(ExportMenu::DataFormat::Csv, dir.filePath(QStringLiteral("d.csv"))));
        QVERIFY(!menu->exportData(ExportMenu::DataFormat::Json, dir.filePath(QStringLiteral("d.json"))));
        QVERIFY(!menu->exportReport(dir.filePath(QStringLiteral("r.html"))));
        QFile csv(dir.filePath(QStringLiteral("d.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().count('\n'), 1 + 4 + 1);
        QFile json(dir.filePath(QStringLiteral("d.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(json.readAll()).object().value(QStringLiteral("schema")).toString(),
                 QStringLiteral("optibench.run/1"));
        const auto e = menu->exportReport(QStringLiteral("/nonexistent-optibench/r.html"));
        QVERIFY(e);
    }

    void settingsRememberTheExportDirectory()
    {
        AppSettings settings(QDir(m_dir.path()).filePath(QStringLiteral("other.ini")));
        settings.setLastDirectory(QStringLiteral("/tmp"));
        QCOMPARE(settings.lastExportDirectory(), QStringLiteral("/tmp"));  // before any export: the session's
        settings.setLastExportDirectory(m_dir.path());
        QCOMPARE(settings.lastExportDirectory(), m_dir.path());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestExport)
#include "tst_export.moc"
