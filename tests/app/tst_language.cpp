// SPDX-License-Identifier: MIT
// The Language menu switches the whole workbench at once, through the code paths a user triggers; the expected
// Chinese strings are read from the .ts (not written here), and every lookup the window makes in Chinese must be
// answered by the embedded translation: a tr() whose context lupdate recorded differently fails here.

#include <QAbstractAxis>
#include <QAction>
#include <QChart>
#include <QCheckBox>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

#include "charts/chartbase.h"
#include "charts/chartspanel.h"
#include "diagnosis/catalog.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "models/diagnosticsmodel.h"
#include "models/resultstablemodel.h"
#include "pages/configpage.h"
#include "pages/diagnosticspanel.h"
#include "pages/resultspage.h"
#include "settings/appsettings.h"
#include "translations.h"
#include "windowdriver.h"

using namespace ob;
using namespace ob::app;

namespace {

bool hasCjk(const QString& text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff)
            return true;
    return false;
}

/// What the window shows that must change with the language.
struct Shown {
    QStringList menus;
    QString modelLabel;
    QString header;
    QString headerTip;
    QStringList chartTitles;
    QStringList axisTitles;
    QString cause;
    QString fix;
    QString logDock;
    QString status;
    QString strategyTip;
    QString runTip;
};

Shown shown(const MainWindow& w)
{
    Shown s;
    for (auto* action : w.menuBar()->actions())
        s.menus << action->text();
    s.modelLabel = w.configPage()->findChild<QLabel*>(QStringLiteral("modelLabel"))->text();
    s.header = w.resultsPage()->model()->headerData(0, Qt::Horizontal).toString();
    s.headerTip = w.resultsPage()->model()->headerData(2, Qt::Horizontal, Qt::ToolTipRole).toString();
    for (auto* chart : w.resultsPage()->charts()->charts()) {
        s.chartTitles << chart->chart()->title();
        for (auto* axis : chart->chart()->axes())
            s.axisTitles << axis->titleText();
    }
    const auto* model = w.diagnosticsPanel()->model();
    s.cause = model->data(model->index(0, 0), DiagnosticsModel::CauseRole).toString();
    s.fix = model->data(model->index(0, 0), DiagnosticsModel::FixRole).toString();
    s.logDock = w.dock(QStringLiteral("logDock"))->windowTitle();
    s.status = w.statusBar()->findChild<QLabel*>(QStringLiteral("statusLabel"))->text();
    s.strategyTip = w.configPage()->findChild<QCheckBox*>(QStringLiteral("strategy_dynamic_int8"))->toolTip();
    s.runTip = w.runAction()->toolTip();
    return s;
}

}  // namespace

class TestLanguage : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QList<test::TsEntry> m_zh;

    QString settingsPath() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

    /// The Chinese translation of (context, source) as the .ts file has it.
    QString zh(const char* context, const char* source) const
    {
        for (const auto& e : m_zh)
            if (e.context == QLatin1String(context) && e.source == QString::fromUtf8(source))
                return e.forms.value(0);
        return QStringLiteral("(not in the .ts: %1 | %2)").arg(QLatin1String(context), QString::fromUtf8(source));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_zh = test::readTs(QStringLiteral("zh_CN"));
        QVERIFY(!m_zh.isEmpty());
        QVERIFY(i18n::setLanguage(QStringLiteral("en")));
    }

    void cleanup() { i18n::setLanguage(QStringLiteral("en")); }

    void firstStartFollowsTheSystem()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("first.ini")));
        QCOMPARE(settings.startLanguage(QLocale(QLocale::Chinese, QLocale::China)), QStringLiteral("zh_CN"));
        QCOMPARE(settings.startLanguage(QLocale(QLocale::Chinese, QLocale::Taiwan)), QStringLiteral("zh_CN"));
        QCOMPARE(settings.startLanguage(QLocale(QLocale::German, QLocale::Germany)), QStringLiteral("en"));
        QCOMPARE(settings.startLanguage(QLocale(QLocale::English, QLocale::UnitedStates)), QStringLiteral("en"));
        settings.setLanguage(QStringLiteral("en"));  // a saved choice wins over the system
        QCOMPARE(settings.startLanguage(QLocale(QLocale::Chinese, QLocale::China)), QStringLiteral("en"));
        settings.setLanguage(QStringLiteral("xx"));  // an unknown saved value is ignored
        QCOMPARE(settings.startLanguage(QLocale(QLocale::Chinese, QLocale::China)), QStringLiteral("zh_CN"));
    }

    void menuSwitchesTheWholeWindow()
    {
        MainWindow w(std::make_unique<AppSettings>(settingsPath()));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QString error;
        QVERIFY2(w.openSessionFile(qEnvironmentVariable("OPTIBENCH_TEST_DATA")
                                       + QStringLiteral("/sessions/diagnosed-failure.json"),
                                   &error),
                 qPrintable(error));
        QCoreApplication::processEvents();
        QVERIFY(w.diagnosticsPanel()->model()->rowCount() > 0);
        QAction* chinese = w.languageAction(QStringLiteral("zh_CN"));
        QAction* english = w.languageAction(QStringLiteral("en"));
        QVERIFY(chinese && english);
        QVERIFY(english->isChecked() && !chinese->isChecked());
        QCOMPARE(chinese->text(), QStringLiteral("中文"));
        const Shown en = shown(w);
        const QStringList bareEn = test::chartsWithoutAxisNumbers(w);
        QVERIFY2(bareEn.isEmpty(), qPrintable(bareEn.join(QStringLiteral(", "))));

        // Installed before the language: the real translators are asked first, so this one sees only the misses.
        test::RecordingTranslator misses;
        QCoreApplication::installTranslator(&misses);
        chinese->trigger();
        QCoreApplication::processEvents();
        w.resultsPage()->charts()->flushAll();
        const Shown cn = shown(w);
        QCoreApplication::removeTranslator(&misses);

        QVERIFY(chinese->isChecked() && !english->isChecked());
        QCOMPARE(i18n::currentLanguage(), QStringLiteral("zh_CN"));
        QCOMPARE(QLocale().language(), QLocale::Chinese);
        QCOMPARE(AppSettings(settingsPath()).language(), QStringLiteral("zh_CN"));  // persisted at once
        QVERIFY(cn.menus.contains(zh("ob::app::MainWindow", "&File")));
        QVERIFY(cn.menus.contains(zh("ob::app::MainWindow", "&Language")));
        QVERIFY(cn.menus.contains(zh("ob::app::MainWindow", "&Help")));
        QCOMPARE(cn.modelLabel, zh("ConfigPage", "&Model:"));
        QCOMPARE(cn.header, zh("ob::app::ResultsTableModel", "Method"));
        QCOMPARE(cn.headerTip, zh("ob::app::ResultsTableModel", "Median latency of one forward at this batch size"));
        QVERIFY2(cn.chartTitles.contains(zh("ob::app::BatchChart", "Latency against batch size")),
                 qPrintable(cn.chartTitles.join(QStringLiteral(", "))));
        QCOMPARE(cn.logDock, zh("ob::app::MainWindow", "Log"));
        QCOMPARE(cn.cause, renderDiagnosis(w.diagnosticsPanel()->model()->entry(0)->diagnosis).cause);
        QVERIFY2(hasCjk(cn.cause) && cn.cause != en.cause, qPrintable(cn.cause));
        QVERIFY2(hasCjk(cn.fix) && cn.fix != en.fix, qPrintable(cn.fix));
        QVERIFY2(hasCjk(cn.status), qPrintable(cn.status));
        QVERIFY2(hasCjk(cn.strategyTip), qPrintable(cn.strategyTip));
        QVERIFY2(hasCjk(cn.runTip), qPrintable(cn.runTip));
        for (int i = 0; i < en.chartTitles.size(); ++i)
            QVERIFY2(hasCjk(cn.chartTitles.value(i)), qPrintable(en.chartTitles[i]));
        int axesChanged = 0;
        for (int i = 0; i < en.axisTitles.size(); ++i)
            axesChanged += hasCjk(cn.axisTitles.value(i)) ? 1 : 0;
        QVERIFY(axesChanged > 0);
        // The axes still carry their numbers (Qt 6.4's localizeNumbers dropped every label of a "%g" axis).
        QVERIFY(!w.resultsPage()->charts()->charts().isEmpty());
        const QStringList bareCn = test::chartsWithoutAxisNumbers(w);
        QVERIFY2(bareCn.isEmpty(), qPrintable(bareCn.join(QStringLiteral(", "))));
        // Qt's own texts (standard buttons of message boxes and dialogs) come from qtbase_zh_CN.qm.
        QVERIFY(hasCjk(QCoreApplication::translate("QPlatformTheme", "Cancel")));
        const QStringList missing = test::missingFromTs(misses.take(), {});
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("not answered in Chinese:\n") + missing.join(QLatin1Char('\n'))));

        english->trigger();
        QCoreApplication::processEvents();
        w.resultsPage()->charts()->flushAll();
        const Shown back = shown(w);
        QCOMPARE(back.menus, en.menus);
        QCOMPARE(back.modelLabel, en.modelLabel);
        QCOMPARE(back.header, QStringLiteral("Method"));
        QCOMPARE(back.chartTitles, en.chartTitles);
        QCOMPARE(back.axisTitles, en.axisTitles);
        QCOMPARE(back.cause, en.cause);
        QCOMPARE(back.status, en.status);
        QCOMPARE(back.strategyTip, en.strategyTip);
        QCOMPARE(AppSettings(settingsPath()).language(), QStringLiteral("en"));
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
