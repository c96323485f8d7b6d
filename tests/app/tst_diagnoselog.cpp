// SPDX-License-Identifier: MIT
// The Diagnose-a-log dialog lists what the core's log scanner finds, with the catalog's cause and fix, and says so
// plainly when it finds nothing.

#include <QFile>
#include <QTest>
#include <QTreeWidget>

#include "diagnosis/catalog.h"
#include "dialogs/diagnoselogdialog.h"

using namespace ob;
using namespace ob::app;

class TestDiagnoseLog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void seedLogFindingsAreListedWithCauseAndFix()
    {
        QFile file(qEnvironmentVariable("OPTIBENCH_TEST_DATA") + QStringLiteral("/seed_failures.log"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QString text = QString::fromUtf8(file.readAll());
        const QList<LogFinding> expected = scanLog(text);
        QVERIFY(expected.size() >= 2);  // the seed's NoQEngine and tracer failures at least

        DiagnoseLogDialog dialog;
        dialog.setLogText(text);
        QTreeWidget* view = dialog.findingsView();
        QCOMPARE(view->topLevelItemCount(), int(expected.size()));
        for (int i = 0; i < view->topLevelItemCount(); ++i) {
            const QTreeWidgetItem* item = view->topLevelItem(i);
            const DiagnosisText d = renderDiagnosis(expected[i].diagnosis);
            QCOMPARE(item->text(0).toInt(), expected[i].line);
            QCOMPARE(item->data(0, Qt::UserRole).toString(), expected[i].diagnosis.id);
            QCOMPARE(item->text(1), d.cause);
            QCOMPARE(item->text(2), d.fix);
            QVERIFY(!item->text(1).isEmpty());
            QCOMPARE(item->toolTip(1), expected[i].text);  // the log line itself
        }
        const QStringList ids = [&] {
            QStringList out;
            for (const auto& f : expected)
                out << f.diagnosis.id;
            return out;
        }();
        QVERIFY2(ids.contains(QStringLiteral("qengine_none")), qPrintable(ids.join(QLatin1Char(','))));
    }

    void unknownTextIsNotGuessed()
    {
        DiagnoseLogDialog dialog;
        const QString before = dialog.summaryText();
        dialog.setLogText(QStringLiteral("all good\nnothing failed here\n"));
        QCOMPARE(dialog.findingsView()->topLevelItemCount(), 0);
        QVERIFY(!dialog.summaryText().isEmpty());
        QVERIFY(dialog.summaryText() != before);
    }
};

QTEST_MAIN(TestDiagnoseLog)
#include "tst_diagnoselog.moc"
