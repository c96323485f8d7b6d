// SPDX-License-Identifier: MIT
// Nothing lost, in the window: an unfinished run journal is offered for restore at start and restoring it fills
// the results table; closing during a run asks, and "cancel and quit" stops the run promptly.
// The window's questions are answered through MainWindow::setModalHook (no real modal loop offscreen).

#include <QCloseEvent>
#include <QDialog>
#include <QElapsedTimer>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include "charts/chartbase.h"
#include "charts/chartspanel.h"
#include "dialogs/restoredialog.h"
#include "models/resultstablemodel.h"
#include "pages/resultspage.h"
#include "results/journal.h"
#include "session/runcontroller.h"
#include "settings/appsettings.h"
#include "windowdriver.h"

using namespace ob;
using namespace ob::app;

namespace {

BatchResult measuredBatch(int size, double ms)
{
    BatchResult b;
    b.batch = size;
    for (int i = 0; i < 40; ++i)
        b.samplesMs.push_back(ms * (1 + 0.01 * (i % 5)));
    b.calls = 40;
    b.stopRule = QString::fromLatin1(stoprule::kCiTarget);
    summarizeBatch(b);
    return b;
}

/// Writes the journal of a run that stopped (a crash) after eager's two batches and one of jit_trace's, and tears
/// the last line as a kill -9 would.
QString writeUnfinishedJournal(const QString& directory)
{
    RunResult header;
    header.config.methods = {QStringLiteral("eager"), QStringLiteral("jit_trace")};
    header.config.batches = {1, 4};
    header.methods = header.config.methods;
    header.started = QDateTime::currentDateTimeUtc().addSecs(-600);
    for (const auto& m : header.methods) {
        MethodResult r;
        r.method = m;
        header.results.push_back(r);
    }
    const QString path = newJournalPath(directory);
    {
        RunJournal journal(path);
        journal.runStarted(header);
        for (const auto& m : header.methods) {
            MethodResult prepared;
            prepared.method = m;
            prepared.status = MethodStatus::Pending;
            journal.methodPrepared(prepared);
        }
        journal.batchFinished(QStringLiteral("eager"), measuredBatch(1, 0.2));
        journal.batchFinished(QStringLiteral("eager"), measuredBatch(4, 0.5));
        journal.batchFinished(QStringLiteral("jit_trace"), measuredBatch(1, 0.15));
        if (!journal.errorString().isEmpty())
            qWarning("%s", qPrintable(journal.errorString()));
    } // no run_finished: the run "crashed"; the lock is released
    QFile f(path);
    if (f.open(QIODevice::Append))
        f.write("{\"event\":\"batch_finished\",\"method\":\"jit_trace\",\"res");
    return path;
}

} // namespace

class TestJournalRestore : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    std::unique_ptr<MainWindow> makeWindow()
    {
        auto w = std::make_unique<MainWindow>(
            std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini"))));
        w->show();
        return w;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void unfinishedJournalIsOfferedAndRestored()
    {
        QTemporaryDir journals;
        QVERIFY(journals.isValid());
        qputenv("OPTIBENCH_JOURNAL_DIR", journals.path().toLocal8Bit());
        const QString path = writeUnfinishedJournal(journals.path());
        QCOMPARE(unfinishedJournals(journals.path()).size(), 1);

        auto w = makeWindow();
        int offered = 0;
        QStringList columns;
        w->setModalHook([&](QDialog* dialog) {
            auto* restore = qobject_cast<RestoreDialog*>(dialog);
            if (!restore)
                return int(QDialog::Rejected);
            offered = restore->list()->topLevelItemCount();
            for (int c = 0; c < restore->list()->columnCount(); ++c)
                columns << restore->list()->topLevelItem(0)->text(c);
            restore->findChild<QPushButton*>(QStringLiteral("restoreButton"))->click();
            return restore->result();
        });
        QCOMPARE(w->offerJournalRestore(), 1); // the directory from OPTIBENCH_JOURNAL_DIR
        QCOMPARE(offered, 1);
        QVERIFY2(columns.value(1).contains(QStringLiteral("jit_trace")), qPrintable(columns.join(u'|')));
        QCOMPARE(columns.value(2), QStringLiteral("3")); // finished batches
        QCOMPARE(columns.value(3), QStringLiteral("1")); // the torn line

        // The finished rows are shown, the run is marked cancelled and the unfinished method too.
        const RunResult& run = w->controller()->run();
        QVERIFY(run.cancelled);
        const auto rows = test::tableText(*w);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0][ResultsTableModel::Method], QStringLiteral("eager"));
        QVERIFY(rows[0][ResultsTableModel::Latency].toDouble() > 0);
        QCOMPARE(rows[2][ResultsTableModel::Method], QStringLiteral("jit_trace"));
        const MethodResult* jit = run.result(QStringLiteral("jit_trace"));
        QCOMPARE(jit->status, MethodStatus::Cancelled);
        QCOMPARE(rows[2][ResultsTableModel::Status], ResultsTableModel::statusText(*jit, &jit->batches[0]));
        w->resultsPage()->charts()->flushAll();
        QVERIFY(!w->resultsPage()->charts()->chart(QStringLiteral("latency"))->series().isEmpty());
        QVERIFY(w->isWindowModified());

        // Dealt with: not offered again.
        QVERIFY(unfinishedJournals(journals.path()).isEmpty());
        QCOMPARE(w->offerJournalRestore(), 0);
        qputenv("OPTIBENCH_JOURNAL_DIR", "off"); // as CTest sets it: later windows do not journal
    }

    void discardAndLater()
    {
        QTemporaryDir journals;
        writeUnfinishedJournal(journals.path());
        auto w = makeWindow();
        RestoreDialog::Choice answer = RestoreDialog::Choice::Later;
        w->setModalHook([&](QDialog* dialog) {
            static_cast<RestoreDialog*>(dialog)->choose(answer, 0);
            return dialog->result();
        });
        QCOMPARE(w->offerJournalRestore(journals.path()), 1);
        QVERIFY(w->controller()->run().results.empty()); // nothing restored
        QCOMPARE(unfinishedJournals(journals.path()).size(), 1); // offered again next time
        answer = RestoreDialog::Choice::Discard;
        QCOMPARE(w->offerJournalRestore(journals.path()), 1);
        QVERIFY(w->controller()->run().results.empty());
        QVERIFY(unfinishedJournals(journals.path()).isEmpty());
    }

    void closeDuringRunAsksThenCancels()
    {
        auto w = makeWindow();
        // Enough calls that the run is still going when the window is closed.
        test::setQuickConfig(*w, {QStringLiteral("eager")}, {}, QStringLiteral("1, 4"), 2000000);
        QString asked;
        QString answer = QStringLiteral("keepRunningButton");
        w->setModalHook([&](QDialog* dialog) {
            asked = dialog->objectName();
            dialog->findChild<QPushButton*>(answer)->click();
            return dialog->result();
        });
        QSignalSpy progress(w->controller(), &RunController::progressChanged);
        test::clickRun(*w);
        QVERIFY(w->controller()->isRunning());
        QVERIFY(progress.wait(60000));

        QVERIFY(!w->close()); // "keep running"
        QCOMPARE(asked, QStringLiteral("closeDuringRunBox"));
        QVERIFY(w->isVisible());
        QVERIFY(w->controller()->isRunning());

        answer = QStringLiteral("cancelAndQuitButton");
        asked.clear();
        QElapsedTimer timer;
        timer.start();
        QVERIFY(w->close());
        QCOMPARE(asked, QStringLiteral("closeDuringRunBox"));
        // cancelAndWait returned: the worker is idle; the queued runFinished arrives next and the window dies cleanly.
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed()))); // 5 s: cancelAndWait's timeout
        qInfo(
            "closing with \"cancel the run and quit\" returned after %lld ms", static_cast<long long>(timer.elapsed()));
        QSignalSpy finished(w->controller(), &RunController::finished);
        QVERIFY(finished.wait(5000));
        QVERIFY(w->controller()->run().cancelled);
        w.reset();

        // Idle: no question.
        auto idle = makeWindow();
        asked.clear();
        idle->setModalHook([&](QDialog* dialog) {
            asked = dialog->objectName();
            return int(QDialog::Rejected);
        });
        QVERIFY(idle->close());
        QVERIFY(asked.isEmpty());
    }
};

QTEST_MAIN(TestJournalRestore)
#include "tst_journalrestore.moc"
