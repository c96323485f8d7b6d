// SPDX-License-Identifier: MIT
// Nothing lost between sessions: opening a session, starting a run or quitting with an unsaved run asks Save /
// Discard / Cancel (answered through MainWindow::setModalHook); a later run never writes over the session file it
// was opened from, which stays byte for byte unchanged until the user saves; the progress bar does not claim 100%
// after a cancel; the mouse wheel leaves combo and spin boxes alone unless they have the focus.

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>
#include <QWheelEvent>

#include "i18n/language.h"
#include "mainwindow.h"
#include "pages/resultspage.h"
#include "session/runcontroller.h"
#include "session/sessionfiles.h"
#include "settings/appsettings.h"
#include "widgets/wheelguard.h"
#include "windowdriver.h"

using namespace ob;
using namespace ob::app;

namespace {

constexpr int kRunTimeoutMs = 120000;

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

}  // namespace

class TestSessions : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QStringList m_asked;    // the dialogs shown, by object name, in order
    QStringList m_answers;  // what to answer, in order: a button's object name, a file path, or "" to cancel

    std::unique_ptr<MainWindow> makeWindow()
    {
        auto w = std::make_unique<MainWindow>(
            std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini"))));
        w->setModalHook([this](QDialog* dialog) { return answer(dialog); });
        w->show();
        [&] { QVERIFY(QTest::qWaitForWindowExposed(w.get())); }();
        return w;
    }

    int answer(QDialog* dialog)
    {
        m_asked << dialog->objectName();
        const QString reply = m_answers.isEmpty() ? QString() : m_answers.takeFirst();
        if (auto* files = qobject_cast<QFileDialog*>(dialog)) {
            if (reply.isEmpty())
                return QDialog::Rejected;
            files->selectFile(reply);
            static_cast<QDialog*>(files)->accept();
            return dialog->result();
        }
        if (auto* button = dialog->findChild<QPushButton*>(reply))
            button->click();
        return dialog->result();
    }

    /// A short run through the window; the session is then unsaved.
    void runOnce(MainWindow& w)
    {
        QSignalSpy finished(w.controller(), &RunController::finished);
        test::clickRun(w);
        QVERIFY(finished.wait(kRunTimeoutMs));
        QVERIFY2(w.controller()->run().error.isEmpty(), qPrintable(w.controller()->run().error));
        QVERIFY(w.controller()->isModified());
    }

    QAction* action(MainWindow& w, const char* name) { return w.findChild<QAction*>(QLatin1String(name)); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(i18n::setLanguage(QStringLiteral("en")));
    }

    void init()
    {
        m_asked.clear();
        m_answers.clear();
    }

    void unsavedRunAsksSaveDiscardCancel()
    {
        auto w = makeWindow();
        test::setQuickConfig(*w, {QStringLiteral("eager")}, {}, QStringLiteral("1"), 10);
        // A session file, opened: nothing to ask yet.
        runOnce(*w);
        const QString opened = m_dir.filePath(QStringLiteral("opened.json"));
        QString error;
        QVERIFY2(saveSession(opened, w->controller()->run(), &error), qPrintable(error));
        const QByteArray original = fileBytes(opened);
        QVERIFY(!original.isEmpty());
        m_answers = {QStringLiteral("discardRunButton"), opened};
        action(*w, "actionOpen")->trigger();
        QCOMPARE(m_asked, (QStringList{QStringLiteral("unsavedRunBox"), QStringLiteral("openSessionDialog")}));
        QVERIFY(!w->controller()->isModified());
        QVERIFY(w->windowTitle().contains(QStringLiteral("opened.json")));

        // A new run is a new session: untitled, the opened file untouched.
        m_asked.clear();
        const QDateTime before = w->controller()->run().started;
        runOnce(*w);
        QVERIFY(m_asked.isEmpty());  // the opened session was saved: no question
        QVERIFY(w->controller()->run().started != before);
        QVERIFY2(!w->windowTitle().contains(QStringLiteral("opened.json")), qPrintable(w->windowTitle()));
        QCOMPARE(fileBytes(opened), original);

        // Open, answered Cancel: nothing happens, the run stays.
        const QDateTime current = w->controller()->run().started;
        m_answers = {QStringLiteral("cancelRunButton")};
        action(*w, "actionOpen")->trigger();
        QCOMPARE(m_asked, QStringList{QStringLiteral("unsavedRunBox")});
        QCOMPARE(w->controller()->run().started, current);
        QVERIFY(w->controller()->isModified());

        // Save: asks where (never the opened file), writes it, then the open dialog (cancelled here).
        m_asked.clear();
        const QString saved = m_dir.filePath(QStringLiteral("new-run.json"));
        m_answers = {QStringLiteral("saveRunButton"), saved, QString()};
        action(*w, "actionOpen")->trigger();
        QCOMPARE(m_asked, (QStringList{QStringLiteral("unsavedRunBox"), QStringLiteral("saveSessionDialog"),
                                       QStringLiteral("openSessionDialog")}));
        QVERIFY(QFile::exists(saved));
        QCOMPARE(fileBytes(opened), original);
        QVERIFY(!w->controller()->isModified());
        QCOMPARE(w->controller()->run().started, current);

        // Starting a run over an unsaved one asks too; Cancel keeps it and starts nothing.
        runOnce(*w);
        m_asked.clear();
        const QDateTime unsaved = w->controller()->run().started;
        m_answers = {QStringLiteral("cancelRunButton")};
        w->run();
        QCOMPARE(m_asked, QStringList{QStringLiteral("unsavedRunBox")});
        QVERIFY(!w->controller()->isRunning());
        QCOMPARE(w->controller()->run().started, unsaved);

        // Quitting: Cancel keeps the window; Discard closes it.
        m_asked.clear();
        m_answers = {QStringLiteral("cancelRunButton")};
        QVERIFY(!w->close());
        QVERIFY(w->isVisible());
        m_answers = {QStringLiteral("discardRunButton")};
        QVERIFY(w->close());
        QCOMPARE(m_asked, (QStringList{QStringLiteral("unsavedRunBox"), QStringLiteral("unsavedRunBox")}));
        QCOMPARE(fileBytes(opened), original);
    }

    void fixedRunKeepsTheFileUntilSaved()
    {
        // A session opened from a file and changed by a fix: the file is unchanged until Save writes it.
        auto w = makeWindow();
        const QString source = qEnvironmentVariable("OPTIBENCH_TEST_DATA")
            + QStringLiteral("/sessions/fixable-failure.json");
        const QString path = m_dir.filePath(QStringLiteral("fixable.json"));
        QFile::remove(path);
        QVERIFY(QFile::copy(source, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray original = fileBytes(path);
        QString error;
        const auto originalRun = loadSession(path, &error);
        QVERIFY2(originalRun, qPrintable(error));
        QVERIFY2(w->openSessionFile(path, &error), qPrintable(error));
        QSignalSpy finished(w->controller(), &RunController::finished);
        w->controller()->rerunWithFix(QStringLiteral("eager+eager"),
                                      FixAction{QStringLiteral("method"), QString(), QStringLiteral("eager+eager+eager")});
        QVERIFY(finished.wait(kRunTimeoutMs));
        QVERIFY(w->controller()->isModified());
        QCOMPARE(fileBytes(path), original);
        // Save writes the changed session to its own file, without asking where.
        action(*w, "actionSave")->trigger();
        QVERIFY(m_asked.isEmpty());
        QVERIFY(fileBytes(path) != original);
        QVERIFY(!w->controller()->isModified());
        // The re-run's result is final: compared with eager measured beside it, not provisional.
        const auto reopened = loadSession(path, &error);
        QVERIFY2(reopened, qPrintable(error));
        const MethodResult* fixed = reopened->result(QStringLiteral("eager+eager+eager"));
        QVERIFY(fixed);
        QCOMPARE(fixed->status, MethodStatus::Ok);
        QCOMPARE(static_cast<int>(fixed->speedupVsEager.size()), reopened->config.batches.size());
        QVERIFY(!reopened->result(QStringLiteral("eager+eager")));  // the stale failure is gone
        // The session's own eager stayed: the re-measured one was only the baseline.
        QCOMPARE(reopened->result(QStringLiteral("eager"))->batches.front().samplesMs,
                 originalRun->result(QStringLiteral("eager"))->batches.front().samplesMs);
    }

    void cancelDoesNotShowFullProgress()
    {
        auto w = makeWindow();
        test::setQuickConfig(*w, {QStringLiteral("eager")}, {}, QStringLiteral("1, 4"), 2000000);
        QSignalSpy progress(w->controller(), &RunController::progressChanged);
        QSignalSpy finished(w->controller(), &RunController::finished);
        test::clickRun(*w);
        QVERIFY(progress.wait(kRunTimeoutMs));
        w->cancel();
        QVERIFY(finished.wait(kRunTimeoutMs));
        QVERIFY(w->controller()->run().cancelled);
        QVERIFY2(w->progressBar()->value() < w->progressBar()->maximum(),
                 qPrintable(QString::number(w->progressBar()->value())));
    }

    void wheelChangesOnlyAFocusedValue()
    {
        WheelGuard::install();
        QScrollArea area;
        auto* page = new QWidget;
        auto* layout = new QVBoxLayout(page);
        auto* combo = new QComboBox;
        combo->addItems({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
        auto* spin = new QSpinBox;
        spin->setRange(0, 100);
        spin->setValue(50);
        auto* other = new QSpinBox;
        layout->addWidget(combo);
        layout->addWidget(spin);
        layout->addWidget(other);
        layout->addSpacing(3000);
        area.setWidget(page);
        area.setWidgetResizable(true);
        area.resize(300, 200);
        area.show();
        area.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&area));
        QCOMPARE(combo->focusPolicy(), Qt::StrongFocus);  // the wheel gives no focus
        QCOMPARE(spin->focusPolicy(), Qt::StrongFocus);
        const auto wheel = [](QWidget* target) {
            const QPointF at(target->width() / 2.0, target->height() / 2.0);
            QWheelEvent event(at, target->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                              Qt::NoScrollPhase, false);
            QCoreApplication::sendEvent(target, &event);
            return event.isAccepted();
        };
        other->setFocus();
        // Not focused: the value stays and the event is left for the page to scroll.
        QVERIFY(!wheel(combo));
        QCOMPARE(combo->currentIndex(), 0);
        QVERIFY(!wheel(spin));
        QCOMPARE(spin->value(), 50);
        // Focused (clicked or tabbed into): the wheel changes it.
        spin->setFocus();
        QTRY_VERIFY(spin->hasFocus());
        wheel(spin);
        QCOMPARE(spin->value(), 49);
        combo->setFocus();
        QTRY_VERIFY(combo->hasFocus());
        wheel(combo);
        QCOMPARE(combo->currentIndex(), 1);
    }
};

QTEST_MAIN(TestSessions)
#include "tst_sessions.moc"
