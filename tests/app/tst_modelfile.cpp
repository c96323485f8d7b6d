// SPDX-License-Identifier: MIT
// File > Open model…: a file that is not TorchScript shows the reason and leaves the configuration as it was; a
// saved model switches the page to model torchscript with the file, the sizes it defines and its read-out. Files are
// inspected off the GUI thread: the tests wait for ConfigPage::modelFileInspected.

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "config/validation.h"
#include "i18n/language.h"
#include "optibench/engine/engine.h"
#include "pages/configpage.h"
#include "settings/appsettings.h"
#include "windowdriver.h"

using namespace ob;
using namespace ob::app;

namespace {

/// Saves the simplified model (hidden 32 unless given, 2 layers) prepared by `method` as TorchScript.
bool saveModel(const QString& path, const std::string& method, int hidden = 32)
{
    engine::ModelSpec spec;
    spec.hidden = hidden;
    spec.layers = 2;
    auto ws = engine::Workspace::create(spec, {});
    auto prepared = ws->prepare(method, {});
    if (!prepared->ok())
        return false;
    prepared->saveTorchScript(QFile::encodeName(path).toStdString());
    return true;
}

}  // namespace

class TestModelFile : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    std::unique_ptr<MainWindow> makeWindow()
    {
        auto settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
        auto w = std::make_unique<MainWindow>(std::move(settings));
        w->show();
        return w;
    }

    template <typename T>
    T* child(MainWindow& w, const char* name)
    {
        return w.configPage()->findChild<T*>(QLatin1String(name));
    }

    /// openModelFile(), then waits for the inspection's result on the page.
    static bool openAndWait(MainWindow& w, const QString& path, QString* error)
    {
        QSignalSpy shown(w.configPage(), &ConfigPage::modelFileInspected);
        return w.configPage()->openModelFile(path, error) && shown.wait(60000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(i18n::setLanguage(QStringLiteral("en")));
    }

    void badFileShowsTheReasonAndChangesNothing()
    {
        auto w = makeWindow();
        QVERIFY(w->findChild<QAction*>(QStringLiteral("actionOpenModel")));
        test::setQuickConfig(*w, {QStringLiteral("eager")});
        const RunConfig before = w->configPage()->config();
        const QString bad = m_dir.filePath(QStringLiteral("notamodel.pt"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a model\n");
        f.close();

        // The warning is modal: read it and close it from a timer, as a user would.
        QString shown;
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [&] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                shown = box->text();
                box->accept();
            }
        });
        closer.start(20);
        QVERIFY(w->configPage()->openModelFileOrWarn(bad));  // the file is read off the GUI thread, then refused
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 60000);
        closer.stop();
        QVERIFY2(shown.contains(QStringLiteral("is not a TorchScript model file (torch::jit::save archive)")),
                 qPrintable(shown));
        QVERIFY2(shown.contains(bad), qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("unchanged")));
        QVERIFY(w->configPage()->config() == before);
        QCOMPARE(child<QComboBox>(*w, "modelCombo")->currentData().toString(), QStringLiteral("simplified"));
        QVERIFY(!child<QLineEdit>(*w, "modelFileEdit")->isVisibleTo(w->configPage()));

        QString error;
        QVERIFY(!w->configPage()->openModelFile(m_dir.filePath(QStringLiteral("missing.pt")), &error));
        QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
        QVERIFY(w->configPage()->config() == before);
    }

    void savedModelSwitchesTheModel()
    {
        auto w = makeWindow();
        test::setQuickConfig(*w, {QStringLiteral("eager")});
        const QString scripted = m_dir.filePath(QStringLiteral("scripted.pt"));
        QVERIFY(saveModel(scripted, "jit_script"));
        QString error;
        QVERIFY2(openAndWait(*w, scripted, &error), qPrintable(error));
        const RunConfig c = w->configPage()->config();
        QCOMPARE(c.model, QStringLiteral("torchscript"));
        auto* models = child<QComboBox>(*w, "modelCombo");
        const int index = models->findData(QStringLiteral("torchscript"));
        QVERIFY(!models->itemData(index, Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(c.modelFile, scripted);
        QCOMPARE(c.hidden, 32);  // recognised as the simplified model: its sizes
        QCOMPARE(c.layers, 2);
        QCOMPARE(c.methods, QStringList{QStringLiteral("eager")});  // the rest of the configuration stays
        QVERIFY2(w->configPage()->isValid(), qPrintable(w->configPage()->validationMessage()));
        auto* fileEdit = child<QLineEdit>(*w, "modelFileEdit");
        QVERIFY(fileEdit->isVisibleTo(w->configPage()));
        QVERIFY(fileEdit->isReadOnly());
        QVERIFY(fileEdit->text().endsWith(QStringLiteral("scripted.pt")));
        QVERIFY(!child<QSpinBox>(*w, "hiddenSpin")->isEnabled());
        QVERIFY(!child<QSpinBox>(*w, "hiddenSpin")->toolTip().isEmpty());
        const QString cost = child<QLabel>(*w, "costLabel")->text();
        QVERIFY2(cost.contains(QStringLiteral("FLOP per forward at batch 1"))
                     && cost.contains(QStringLiteral("recognised as the simplified model")),
                 qPrintable(cost));

        // A frozen module keeps no parameters to recognise: its FLOPs come from its graph.
        const QString frozen = m_dir.filePath(QStringLiteral("frozen.pt"));
        QVERIFY(saveModel(frozen, "simplify_outputs+jit_trace+freeze_optimize"));
        QVERIFY2(openAndWait(*w, frozen, &error), qPrintable(error));
        const QString frozenCost = child<QLabel>(*w, "costLabel")->text();
        QVERIFY2(frozenCost.contains(QStringLiteral("FLOP per forward at batch 1"))
                     && !frozenCost.contains(QStringLiteral("recognised")),
                 qPrintable(frozenCost));

        // Back to a built-in model: the spin boxes return, the file row hides, the file is not in its config.
        auto* combo = child<QComboBox>(*w, "modelCombo");
        combo->setCurrentIndex(combo->findData(QStringLiteral("simplified")));
        QVERIFY(child<QSpinBox>(*w, "hiddenSpin")->isEnabled());
        QVERIFY(!fileEdit->isVisibleTo(w->configPage()));
        QVERIFY(w->configPage()->config().modelFile.isEmpty());
        combo->setCurrentIndex(combo->findData(QStringLiteral("torchscript")));
        QCOMPARE(w->configPage()->config().modelFile, frozen);
    }

    // Every file, of any size, is inspected off the GUI thread: the page stays usable and Run waits.
    void largeFileIsInspectedOffTheGuiThread()
    {
        auto w = makeWindow();
        const QString large = m_dir.filePath(QStringLiteral("large.pt"));
        QVERIFY(saveModel(large, "jit_script", 1024));
        QVERIFY(QFileInfo(large).size() > 16LL * 1024 * 1024);
        QSignalSpy shown(w->configPage(), &ConfigPage::modelFileInspected);
        QString error;
        QVERIFY2(w->configPage()->openModelFile(large, &error), qPrintable(error));
        QVERIFY(w->configPage()->isInspecting());
        QVERIFY(w->configPage()->isEnabled());
        QVERIFY(!w->configPage()->isValid());
        QVERIFY(shown.wait(60000));
        QCOMPARE(w->configPage()->config().hidden, 1024);
        QVERIFY(!w->configPage()->isInspecting());
        QVERIFY2(w->configPage()->isValid(), qPrintable(w->configPage()->validationMessage()));
    }
};

QTEST_MAIN(TestModelFile)
#include "tst_modelfile.moc"
