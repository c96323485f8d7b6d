// SPDX-License-Identifier: MIT
// The Profile view: its models pass QAbstractItemModelTester; a session with profiles fills the method and the
// compared pair (eager and the fastest by default), the tables and the bar chart; the user's pair is kept; a session
// without profiles says how to get one; the texts follow a language switch.

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "charts/profilechart.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "models/profilemodels.h"
#include "pages/profilepage.h"
#include "results/profilecompare.h"
#include "session/runcontroller.h"
#include "settings/appsettings.h"

using namespace ob;
using namespace ob::app;

namespace {

ProfileRow row(const char* op, const char* module, double selfMs, double totalMs)
{
    ProfileRow r;
    r.op = QString::fromLatin1(op);
    r.module = QString::fromLatin1(module);
    r.scope = QStringLiteral("op");
    r.calls = 1;
    r.selfMs = selfMs;
    r.totalMs = totalMs;
    r.flops = 1000;
    r.shapes = QStringLiteral("[1, 8]");
    return r;
}

MethodResult method(const char* name, std::vector<ProfileRow> rows, double timedMs)
{
    MethodResult r;
    r.method = QString::fromLatin1(name);
    r.model = QStringLiteral("simplified");
    r.status = MethodStatus::Ok;
    BatchResult b;
    b.batch = 1;
    b.latencyMs.p50 = timedMs;
    b.calls = 10;
    r.batches.push_back(b);
    MethodProfile p;
    p.batch = 1;
    p.forwards = 5;
    p.wallMs = timedMs;
    p.rows = std::move(rows);
    finishProfile(p, timedMs);
    r.profile = p;
    return r;
}

RunResult session()
{
    RunResult run;
    run.config.batches = {1};
    run.config.methods = {QStringLiteral("eager"), QStringLiteral("jit_script"), QStringLiteral("freeze_optimize")};
    run.methods = run.config.methods;
    run.results.push_back(
        method("eager", {row("aten::linear", "fc1.0", 0.01, 0.02), row("aten::addmm", "fc1.0", 0.01, 0.01)}, 0.03));
    run.results.push_back(
        method("jit_script", {row("aten::linear", "fc1_0", 0.01, 0.02), row("forward", "", 0.005, 0.03)}, 0.025));
    run.results.push_back(
        method("freeze_optimize", {row("aten::matmul", "", 0.012, 0.012), row("aten::add", "", 0.002, 0.002)}, 0.015));
    return run;
}

}  // namespace

class TestProfilePage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void modelsPassTheTester()
    {
        ProfileRowsModel rows;
        QAbstractItemModelTester tester(&rows, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const RunResult run = session();
        rows.setRows(run.results[0].profile->rows, false);
        QCOMPARE(rows.rowCount(), 2);
        QCOMPARE(rows.data(rows.index(0, ProfileRowsModel::Module)).toString(), QStringLiteral("fc1.0"));
        QCOMPARE(rows.data(rows.index(0, ProfileRowsModel::Share), ProfileRowsModel::SortRole).toDouble(), 0.5);
        rows.setRows(operatorTotals(*run.results[0].profile), true);
        rows.setRows({}, false);
        ProfileDiffModel diff;
        QAbstractItemModelTester diffTester(&diff, QAbstractItemModelTester::FailureReportingMode::QtTest);
        diff.setComparison(QStringLiteral("eager"), QStringLiteral("freeze_optimize"),
                           compareProfiles(*run.results[0].profile, *run.results[2].profile));
        QCOMPARE(diff.rowCount(), 4);
        QCOMPARE(diff.headerData(ProfileDiffModel::Base, Qt::Horizontal).toString(), QStringLiteral("eager (ms)"));
        diff.setComparison({}, {}, {});
    }

    void showsTheSession()
    {
        RunController controller;
        ProfilePage page(&controller);
        page.resize(1400, 420);
        QVERIFY(!page.hasProfiles());
        QVERIFY(!page.findChild<QLabel*>(QStringLiteral("emptyLabel"))->isHidden());
        QVERIFY(controller.openSession(session()));
        QVERIFY(page.hasProfiles());
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("emptyLabel"))->isHidden());
        QCOMPARE(page.methodCombo()->count(), 3);
        // The default pair: eager and the fastest (the lowest timed median).
        QCOMPARE(page.baseCombo()->currentText(), QStringLiteral("eager"));
        QCOMPARE(page.otherCombo()->currentText(), QStringLiteral("freeze_optimize"));
        QCOMPARE(page.chart()->shownMethods(),
                 (QStringList{QStringLiteral("eager"), QStringLiteral("freeze_optimize")}));
        QCOMPARE(page.chart()->operators().size(), 4);
        QCOMPARE(page.chart()->operators().last(), QStringLiteral("aten::matmul"));  // the longest at the top
        QCOMPARE(page.diffModel()->rowCount(), 4);
        const QLabel* coverage = page.findChild<QLabel*>(QStringLiteral("coverageLabel"));
        QVERIFY(coverage->text().contains(QStringLiteral("timed median")));
        page.setMethod(QStringLiteral("jit_script"));
        QCOMPARE(page.rowsModel()->rowCount(), 2);
        QCOMPARE(page.rowsModel()->rows().front().op, QStringLiteral("aten::linear"));
        // The user's pair stays when the session changes under it.
        page.setComparison(QStringLiteral("jit_script"), QStringLiteral("eager"));
        QCOMPARE(page.chart()->shownMethods(), (QStringList{QStringLiteral("jit_script"), QStringLiteral("eager")}));
        Q_EMIT controller.methodChanged(QStringLiteral("eager"));
        QCOMPARE(page.baseCombo()->currentText(), QStringLiteral("jit_script"));
        QCOMPARE(page.otherCombo()->currentText(), QStringLiteral("eager"));
    }

    /// The window's Profile dock. With OPTIBENCH_PROFILE_SESSION (a run JSON made with --profile) it shows that run,
    /// and with OPTIBENCH_SCREENSHOT_DIR it saves the window in English and Chinese there (profile.png,
    /// zh_CN-profile.png), for docs/screenshots.
    void windowHasTheProfileDock()
    {
        QTemporaryDir dir;
        MainWindow w(std::make_unique<AppSettings>(dir.filePath(QStringLiteral("settings.ini"))));
        w.resize(1600, 1000);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QString file = qEnvironmentVariable("OPTIBENCH_PROFILE_SESSION");
        QString error;
        if (file.isEmpty())
            QVERIFY(w.controller()->openSession(session()));
        else
            QVERIFY2(w.openSessionFile(file, &error), qPrintable(error));
        QDockWidget* dock = w.dock(QStringLiteral("profileDock"));
        QVERIFY(dock);
        QCOMPARE(dock->windowTitle(), QStringLiteral("Profile"));
        QVERIFY(w.profilePage()->hasProfiles());
        dock->raise();
        w.resizeDocks({dock}, {430}, Qt::Vertical);
        QCoreApplication::processEvents();
        QVERIFY(w.profilePage()->isVisible());
        const QString shots = qEnvironmentVariable("OPTIBENCH_SCREENSHOT_DIR");
        if (shots.isEmpty())
            return;
        // The window, and the dock floated at a size that shows the tables and the chart in full.
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            QVERIFY(i18n::setLanguage(language));
            QCoreApplication::processEvents();
            const QString prefix = language == QLatin1String("en") ? QString() : language + QLatin1Char('-');
            QVERIFY(w.grab().save(QDir(shots).filePath(prefix + QStringLiteral("profile-window.png"))));
            dock->setFloating(true);
            dock->resize(1600, 560);
            QCoreApplication::processEvents();
            QVERIFY(dock->grab().save(QDir(shots).filePath(prefix + QStringLiteral("profile.png"))));
            dock->setFloating(false);
            QCoreApplication::processEvents();
        }
        QVERIFY(i18n::setLanguage(QStringLiteral("en")));
    }

    void followsTheLanguage()
    {
        RunController controller;
        ProfilePage page(&controller);
        QVERIFY(controller.openSession(session()));
        QVERIFY(i18n::setLanguage(QStringLiteral("zh_CN")));
        QApplication::processEvents();
        const QString header = page.rowsModel()->headerData(ProfileRowsModel::Self, Qt::Horizontal).toString();
        const QString title = page.chart()->title();
        QVERIFY(i18n::setLanguage(QStringLiteral("en")));
        QApplication::processEvents();
        QCOMPARE(page.rowsModel()->headerData(ProfileRowsModel::Self, Qt::Horizontal).toString(),
                 QStringLiteral("Self (ms)"));
        QVERIFY2(header != QStringLiteral("Self (ms)"), qPrintable(header));
        QVERIFY2(title != page.chart()->title(), qPrintable(title));
    }
};

QTEST_MAIN(TestProfilePage)
#include "tst_profilepage.moc"
