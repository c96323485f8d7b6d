// SPDX-License-Identifier: MIT
// The "Model inputs" group of the configuration page (issue 15): a model file whose input cannot be inferred still
// opens, with one row per forward argument and Run disabled; typing a good spec re-inspects (after a pause, off the
// GUI thread) and enables Run; a bad spec names the part that is wrong; inputs without a batch dimension turn the
// batch sweep off; the primary-output combo lists the output leaves. Sessions keep the new keys. With
// OPTIBENCH_SCREENSHOT_DIR and OPTIBENCH_ZOO_DIR set, also saves screenshots of the page (English and Chinese).

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <algorithm>
#include <optional>

#include "config/inputspec.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "modelfiles.h"
#include "pages/configpage.h"
#include "session/sessionfiles.h"
#include "settings/appsettings.h"
#include "widgets/errordetails.h"
#include "widgets/modelinputspanel.h"
#include "windowdriver.h"

using namespace ob;
using namespace ob::app;

namespace {

constexpr int kInspectTimeoutMs = 30000;

/// forward(x, scale=2.0): a reshape and a raw matmul, so the graph does not tell x's shape.
const char* const kOpaque = "def forward(self, x: Tensor, scale: float=2.0) -> Tensor:\n"
                            "    return torch.tanh(x.reshape(x.shape[0], 4, 16).matmul(self.w) * scale).flatten(1)\n";

/// forward(x) -> dict of three leaves; x is inferred from the first Linear ([B, 6]).
const char* const kDict = "def forward(self, x: Tensor) -> Dict[str, Tensor]:\n"
                          "    h = torch.relu(torch.linear(x, self.w1))\n"
                          "    logits = torch.linear(h, self.w2)\n"
                          "    return {'logits': logits, 'embedding': h, 'count': (logits > 0).sum(-1)}\n";

/// forward(ids, mask): ids from the embedding, mask not inferable.
const char* const kTwoInputs = "def forward(self, ids: Tensor, mask: Tensor) -> Tensor:\n"
                               "    e = torch.embedding(self.emb, ids)\n"
                               "    m = mask.unsqueeze(-1).to(e.dtype)\n"
                               "    return torch.linear((e * m).sum(1), self.fc)\n";

/// forward(x) that never returns at batch 1 (the inspection's probe).
const char* const kHangs = "def forward(self, x: Tensor) -> Tensor:\n"
                           "    n = 0\n"
                           "    while x.size(0) == 1:\n"
                           "        n = n + 1\n"
                           "    return torch.linear(x, self.w)\n";

}  // namespace

class TestModelInputs : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_opaque;
    QString m_dict;
    QString m_twoInputs;

    std::unique_ptr<MainWindow> makeWindow()
    {
        auto settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
        auto w = std::make_unique<MainWindow>(std::move(settings));
        w->resize(1280, 800);
        w->show();
        return w;
    }

    static ModelInputsPanel* panel(MainWindow& w)
    {
        return w.configPage()->findChild<ModelInputsPanel*>(QStringLiteral("modelInputsPanel"));
    }

    static QAction* runAction(MainWindow& w) { return w.findChild<QAction*>(QStringLiteral("actionRun")); }

    /// Opens `path` and waits until its inspection is shown.
    static bool open(MainWindow& w, const QString& path)
    {
        QSignalSpy shown(w.configPage(), &ConfigPage::modelFileInspected);
        QString error;
        if (!w.configPage()->openModelFile(path, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return shown.wait(kInspectTimeoutMs);
    }

    /// Replaces the text of `argument`'s spec field by typing `text`, as a user would.
    static void type(MainWindow& w, const QString& argument, const QString& text)
    {
        QLineEdit* edit = panel(w)->specEdit(argument);
        QVERIFY(edit);
        edit->setFocus();
        edit->selectAll();
        if (text.isEmpty())
            QTest::keyClick(edit, Qt::Key_Backspace);
        else
            QTest::keyClicks(edit, text);
    }

    /// Types `text` into `argument`'s field and waits for the re-inspection it causes.
    static bool typeAndWait(MainWindow& w, const QString& argument, const QString& text)
    {
        QSignalSpy shown(w.configPage(), &ConfigPage::modelFileInspected);
        type(w, argument, text);
        return shown.wait(kInspectTimeoutMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(i18n::setLanguage(QStringLiteral("en")));
        m_opaque = m_dir.filePath(QStringLiteral("opaque.pt"));
        m_dict = m_dir.filePath(QStringLiteral("dict.pt"));
        m_twoInputs = m_dir.filePath(QStringLiteral("two_inputs.pt"));
        std::string e = test::writeScriptModule(m_opaque.toStdString(), kOpaque, {{"w", {16, 8}}});
        QVERIFY2(e.empty(), e.c_str());
        e = test::writeScriptModule(m_dict.toStdString(), kDict, {{"w1", {16, 6}}, {"w2", {5, 16}}});
        QVERIFY2(e.empty(), e.c_str());
        e = test::writeScriptModule(m_twoInputs.toStdString(), kTwoInputs, {{"emb", {100, 8}}, {"fc", {3, 8}}});
        QVERIFY2(e.empty(), e.c_str());
    }

    void uninferableInputOpensWithRunDisabled()
    {
        auto w = makeWindow();
        test::setQuickConfig(*w, {QStringLiteral("eager")});
        QVERIFY(runAction(*w)->isEnabled());
        QVERIFY(open(*w, m_opaque));
        const RunConfig c = w->configPage()->config();
        QCOMPARE(c.model, QStringLiteral("torchscript"));
        QCOMPARE(c.modelFile, m_opaque);
        auto* group = w->configPage()->findChild<QWidget*>(QStringLiteral("modelInputsGroup"));
        QVERIFY(group->isVisibleTo(w->configPage()));
        auto* schema = w->configPage()->findChild<QLabel*>(QStringLiteral("schemaLabel"));
        QVERIFY2(schema->text().contains(QStringLiteral("Tensor x")), qPrintable(schema->text()));
        QVERIFY(schema->textInteractionFlags() & Qt::TextSelectableByMouse);

        // One row per argument: x has an empty spec field and the error next to it; scale shows its default.
        QLineEdit* x = panel(*w)->specEdit(QStringLiteral("x"));
        QVERIFY(x);
        QVERIFY(!x->isReadOnly());
        QVERIFY(x->text().isEmpty());
        ErrorDetails* error = panel(*w)->argumentError(QStringLiteral("x"));
        QVERIFY(error->isVisibleTo(w->configPage()));
        QVERIFY2(error->message().contains(QStringLiteral("cannot be inferred")), qPrintable(error->message()));
        QVERIFY(!panel(*w)->specEdit(QStringLiteral("scale")));
        auto* scale = w->configPage()->findChild<QLineEdit*>(QStringLiteral("spec_scale"));
        QVERIFY(scale && scale->isReadOnly());
        QVERIFY2(scale->text().startsWith(QStringLiteral("2")), qPrintable(scale->text()));
        auto* general = w->configPage()->findChild<ErrorDetails*>(QStringLiteral("modelFileError"));
        QVERIFY(!general->isVisibleTo(w->configPage()));  // the error sits at its argument, not twice

        // Run is disabled and says why.
        QVERIFY(!w->configPage()->isValid());
        QVERIFY(!runAction(*w)->isEnabled());
        QVERIFY2(runAction(*w)->toolTip().contains(QStringLiteral("'x'")), qPrintable(runAction(*w)->toolTip()));
        const QString cost = w->configPage()->findChild<QLabel*>(QStringLiteral("costLabel"))->text();
        QVERIFY2(cost.contains(QStringLiteral("parameters")) && cost.contains(QStringLiteral("unknown")),
                 qPrintable(cost));
    }

    // A file whose forward never returns: the window keeps answering while its inspection runs in a worker
    // process, and the inspection comes back as a failure within its limit (call-timeout 1 s: 10 s).
    void hangingModelLeavesTheWindowResponsive()
    {
        const QString hangs = m_dir.filePath(QStringLiteral("hangs.pt"));
        const std::string e = test::writeScriptModule(hangs.toStdString(), kHangs, {{"w", {3, 6}}});
        QVERIFY2(e.empty(), e.c_str());
        auto w = makeWindow();
        auto* timeout = w->configPage()->findChild<QLineEdit*>(QStringLiteral("callTimeoutEdit"));
        QVERIFY(timeout);
        timeout->setText(QStringLiteral("1"));
        QCOMPARE(w->configPage()->config().callTimeout, std::optional<double>(1.0));

        QElapsedTimer clock;
        qint64 last = 0;
        qint64 longestGap = 0;
        QTimer tick;
        connect(&tick, &QTimer::timeout, this, [&] {
            longestGap = std::max(longestGap, clock.elapsed() - last);
            last = clock.elapsed();
        });
        QSignalSpy shown(w->configPage(), &ConfigPage::modelFileInspected);
        clock.start();
        tick.start(20);
        QString error;
        QVERIFY2(w->configPage()->openModelFile(hangs, &error), qPrintable(error));
        QVERIFY(w->configPage()->isInspecting());
        QVERIFY(shown.wait(kInspectTimeoutMs));
        tick.stop();
        qInfo("inspection of a hanging file came back after %lld ms; longest gap between 20 ms ticks: %lld ms",
              static_cast<long long>(clock.elapsed()), static_cast<long long>(longestGap));
        QVERIFY2(longestGap < 1000, qPrintable(QString::number(longestGap)));
        QVERIFY(!w->configPage()->isValid());
        QVERIFY2(w->configPage()->validationMessage().contains(QStringLiteral("did not finish loading and probing")),
                 qPrintable(w->configPage()->validationMessage()));
    }

    void goodSpecEnablesRun()
    {
        auto w = makeWindow();
        test::setQuickConfig(*w, {QStringLiteral("eager")});
        QVERIFY(open(*w, m_opaque));
        QVERIFY(!runAction(*w)->isEnabled());

        // Typing waits for a pause before the file is probed again; meanwhile Run waits too.
        QSignalSpy shown(w->configPage(), &ConfigPage::modelFileInspected);
        type(*w, QStringLiteral("x"), QStringLiteral("B,64"));
        QVERIFY(!w->configPage()->isInspecting());
        QVERIFY(!runAction(*w)->isEnabled());
        QVERIFY(shown.wait(kInspectTimeoutMs));
        QCOMPARE(shown.count(), 1);  // one inspection for the whole word

        QVERIFY2(w->configPage()->isValid(), qPrintable(w->configPage()->validationMessage()));
        QVERIFY(runAction(*w)->isEnabled());
        QCOMPARE(w->configPage()->config().inputSpecs, QStringList{QStringLiteral("x:B,64")});
        QCOMPARE(panel(*w)->sourceLabel(QStringLiteral("x"))->text(), QStringLiteral("given"));
        QVERIFY(!panel(*w)->argumentError(QStringLiteral("x"))->isVisibleTo(w->configPage()));
        QVERIFY(w->findChild<QLineEdit*>(QStringLiteral("batchEdit"))->isEnabled());
        const QString cost = w->configPage()->findChild<QLabel*>(QStringLiteral("costLabel"))->text();
        QVERIFY2(cost.contains(QStringLiteral("FLOP per forward at batch 1")), qPrintable(cost));

        // A shape forward fails on: the file's error, at the argument, with LibTorch's text behind Details.
        QVERIFY(typeAndWait(*w, QStringLiteral("x"), QStringLiteral("B,63")));
        QVERIFY(!runAction(*w)->isEnabled());
        ErrorDetails* error = panel(*w)->argumentError(QStringLiteral("x"));
        QVERIFY2(error->message().contains(QStringLiteral("forward fails")), qPrintable(error->message()));
        QVERIFY(error->detailsButton()->isVisibleTo(error));
        QVERIFY(!error->detail().isEmpty());
        test::click(error->detailsButton());
        QVERIFY(error->findChild<QWidget*>(QStringLiteral("errorDetail"))->isVisibleTo(error));
    }

    void badSpecNamesThePart()
    {
        auto w = makeWindow();
        QVERIFY(open(*w, m_opaque));
        type(*w, QStringLiteral("x"), QStringLiteral("B,64:int65"));
        QLineEdit* x = panel(*w)->specEdit(QStringLiteral("x"));
        QVERIFY2(x->styleSheet().contains(QStringLiteral("border")), "no red border");
        ErrorDetails* error = panel(*w)->argumentError(QStringLiteral("x"));
        QVERIFY(error->isVisibleTo(w->configPage()));
        QVERIFY2(error->message().contains(QStringLiteral("dtype 'int65'")), qPrintable(error->message()));
        QVERIFY2(x->toolTip().contains(inputSpecSyntax()), qPrintable(x->toolTip()));
        QVERIFY(!runAction(*w)->isEnabled());
        QVERIFY2(runAction(*w)->toolTip().contains(QStringLiteral("int65")), qPrintable(runAction(*w)->toolTip()));
        QTest::qWait(500);  // no inspection of a spec that does not parse
        QVERIFY(!w->configPage()->isInspecting());

        type(*w, QStringLiteral("x"), QStringLiteral("B,6x4"));
        QVERIFY2(error->message().contains(QStringLiteral("dimension 2 '6x4'")), qPrintable(error->message()));
        type(*w, QStringLiteral("x"), QStringLiteral("y:B,64"));
        QVERIFY2(error->message().contains(QStringLiteral("'y'")), qPrintable(error->message()));

        // Fixed: the border goes, the re-inspection runs, Run is back.
        QVERIFY(typeAndWait(*w, QStringLiteral("x"), QStringLiteral("x:B,64")));
        QVERIFY(x->styleSheet().isEmpty());
        QVERIFY(runAction(*w)->isEnabled());
        QCOMPARE(w->configPage()->config().inputSpecs, QStringList{QStringLiteral("x:B,64")});
    }

    void noBatchDimensionTurnsTheSweepOff()
    {
        auto w = makeWindow();
        QVERIFY(open(*w, m_opaque));
        QVERIFY(typeAndWait(*w, QStringLiteral("x"), QStringLiteral("3,64")));
        QVERIFY2(w->configPage()->isValid(), qPrintable(w->configPage()->validationMessage()));
        QVERIFY(w->configPage()->modelFileInfo());
        QVERIFY(!w->configPage()->modelFileInfo()->batched);
        auto* batch = w->configPage()->findChild<QLineEdit*>(QStringLiteral("batchEdit"));
        QVERIFY(!batch->isEnabled());
        auto* hint = w->configPage()->findChild<QLabel*>(QStringLiteral("batchHint"));
        QVERIFY(hint->isVisibleTo(w->configPage()));
        QCOMPARE(hint->text(), QStringLiteral("Batch sweep off: the inputs have no batch dimension (B)"));
        QVERIFY(batch->toolTip().contains(hint->text()));

        QVERIFY(typeAndWait(*w, QStringLiteral("x"), QStringLiteral("B,64")));
        QVERIFY(batch->isEnabled());
        QVERIFY(!hint->isVisibleTo(w->configPage()));
    }

    void primaryOutputListsTheLeaves()
    {
        auto w = makeWindow();
        QVERIFY(open(*w, m_dict));
        QVERIFY2(w->configPage()->isValid(), qPrintable(w->configPage()->validationMessage()));
        QLineEdit* x = panel(*w)->specEdit(QStringLiteral("x"));
        QCOMPARE(x->text(), QStringLiteral("B,6"));  // the graph's suggestion, prefilled
        QVERIFY2(panel(*w)->sourceLabel(QStringLiteral("x"))->text().startsWith(QStringLiteral("suggested: ")),
                 qPrintable(panel(*w)->sourceLabel(QStringLiteral("x"))->text()));
        QVERIFY(w->configPage()->config().inputSpecs.isEmpty());  // a suggestion is not a given spec

        QComboBox* combo = panel(*w)->primaryOutputCombo();
        QVERIFY(combo->isEnabled());
        QStringList items;
        for (int i = 0; i < combo->count(); ++i)
            items << combo->itemText(i);
        QCOMPARE(combo->count(), 4);
        QVERIFY2(items[0].contains(QStringLiteral("logits")), qPrintable(items.join(QLatin1Char('|'))));
        QVERIFY2(items.contains(QStringLiteral("logits — Float [1, 5]")), qPrintable(items.join(QLatin1Char('|'))));
        QVERIFY2(items.contains(QStringLiteral("embedding — Float [1, 16]")), qPrintable(items.join(QLatin1Char('|'))));
        QVERIFY2(items.contains(QStringLiteral("count — Long [1]")), qPrintable(items.join(QLatin1Char('|'))));

        QSignalSpy shown(w->configPage(), &ConfigPage::modelFileInspected);
        const int embedding = combo->findData(QStringLiteral("embedding"));
        QVERIFY(embedding > 0);
        combo->setCurrentIndex(embedding);
        Q_EMIT combo->activated(embedding);
        QCOMPARE(w->configPage()->config().primaryOutput, QStringLiteral("embedding"));
        QVERIFY(shown.wait(kInspectTimeoutMs));
        QVERIFY2(w->configPage()->isValid(), qPrintable(w->configPage()->validationMessage()));
        QCOMPARE(combo->currentData().toString(), QStringLiteral("embedding"));
        QCOMPARE(QString::fromStdString(w->configPage()->modelFileInfo()->primaryOutput), QStringLiteral("embedding"));

        const QString cost = w->configPage()->findChild<QLabel*>(QStringLiteral("costLabel"))->text();
        QVERIFY2(cost.contains(QStringLiteral("FLOPs: not counted for: aten::")), qPrintable(cost));
    }

    void suggestionAndMissingInputSideBySide()
    {
        auto w = makeWindow();
        QVERIFY(open(*w, m_twoInputs));
        QLineEdit* ids = panel(*w)->specEdit(QStringLiteral("ids"));
        QVERIFY2(ids->text().contains(QStringLiteral("int64")), qPrintable(ids->text()));
        QVERIFY(panel(*w)->specEdit(QStringLiteral("mask"))->text().isEmpty());
        QVERIFY(!panel(*w)->argumentError(QStringLiteral("ids"))->isVisibleTo(w->configPage()));
        QVERIFY(panel(*w)->argumentError(QStringLiteral("mask"))->isVisibleTo(w->configPage()));
        QVERIFY(!runAction(*w)->isEnabled());

        // The mask like ids, as floats: only the typed spec is given; ids stays a suggestion.
        QString dims = ids->text().section(QLatin1Char(':'), 0, 0);
        QVERIFY(typeAndWait(*w, QStringLiteral("mask"), dims));
        QVERIFY2(w->configPage()->isValid(), qPrintable(w->configPage()->validationMessage()));
        QCOMPARE(w->configPage()->config().inputSpecs, QStringList{QStringLiteral("mask:") + dims});
        QVERIFY(panel(*w)->sourceLabel(QStringLiteral("ids"))->text().startsWith(QStringLiteral("suggested")));

        // "Use the suggestions" forgets the typed spec: the mask is missing again.
        auto* reset = w->configPage()->findChild<QPushButton*>(QStringLiteral("resetSpecsButton"));
        QVERIFY(reset->isVisibleTo(w->configPage()));
        QSignalSpy shown(w->configPage(), &ConfigPage::modelFileInspected);
        test::click(reset);
        QVERIFY(shown.wait(kInspectTimeoutMs));
        QVERIFY(w->configPage()->config().inputSpecs.isEmpty());
        QVERIFY(!w->configPage()->isValid());
    }

    void exampleInputsFileGivesTheInputs()
    {
        auto w = makeWindow();
        QVERIFY(open(*w, m_opaque));
        const QString example = m_dir.filePath(QStringLiteral("opaque.inputs.pt"));
        const std::string e = test::writeExampleInputs(example.toStdString(), {{2, 64}});
        QVERIFY2(e.empty(), e.c_str());

        // The file chooser answers as a user would in the dialog (a modal dialog cannot be driven reliably offscreen).
        panel(*w)->setExampleFileChooser([&](QWidget*, const QString&) { return example; });
        QSignalSpy shown(w->configPage(), &ConfigPage::modelFileInspected);
        test::click(w->configPage()->findChild<QPushButton*>(QStringLiteral("exampleInputsButton")));
        QVERIFY(shown.wait(kInspectTimeoutMs));
        QCOMPARE(w->configPage()->config().exampleInputs, example);
        QVERIFY(w->configPage()->config().inputSpecs.isEmpty());
        QCOMPARE(panel(*w)->sourceLabel(QStringLiteral("x"))->text(), QStringLiteral("from the example file"));
        QVERIFY(!panel(*w)->specEdit(QStringLiteral("x"))->text().isEmpty());
        QVERIFY2(w->configPage()->isValid(), qPrintable(w->configPage()->validationMessage()));
        QCOMPARE(w->configPage()->findChild<QLineEdit*>(QStringLiteral("exampleInputsEdit"))->text(),
                 QStringLiteral("opaque.inputs.pt"));

        // Cleared: x has no spec again.
        QSignalSpy again(w->configPage(), &ConfigPage::modelFileInspected);
        test::click(w->configPage()->findChild<QToolButton*>(QStringLiteral("exampleInputsClear")));
        QVERIFY(again.wait(kInspectTimeoutMs));
        QVERIFY(w->configPage()->config().exampleInputs.isEmpty());
        QVERIFY(!w->configPage()->isValid());
    }

    void notTorchScriptIsRefusedAndChangesNothing()
    {
        auto w = makeWindow();
        test::setQuickConfig(*w, {QStringLiteral("eager")});
        const RunConfig before = w->configPage()->config();
        const QString bad = m_dir.filePath(QStringLiteral("text.pt"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a model\n");
        f.close();
        QSignalSpy refused(w->configPage(), &ConfigPage::modelFileRefused);
        QVERIFY(w->configPage()->openModelFile(bad));
        QVERIFY(!runAction(*w)->isEnabled());  // Run waits for the opening
        QVERIFY(refused.wait(kInspectTimeoutMs));
        QVERIFY2(refused.at(0).at(1).toString().contains(QStringLiteral("is not a TorchScript model file")),
                 qPrintable(refused.at(0).at(1).toString()));
        QVERIFY(w->configPage()->config() == before);
        QVERIFY(runAction(*w)->isEnabled());
    }

    void staleResultsAreDropped()
    {
        // Two files opened one after the other: the first one's result must not replace the second's.
        auto w = makeWindow();
        QSignalSpy shown(w->configPage(), &ConfigPage::modelFileInspected);
        QVERIFY(w->configPage()->openModelFile(m_opaque));
        QVERIFY(w->configPage()->openModelFile(m_dict));
        QVERIFY(shown.wait(kInspectTimeoutMs));
        QTest::qWait(300);
        QCOMPARE(shown.count(), 1);
        QCOMPARE(w->configPage()->config().modelFile, m_dict);
        QVERIFY(panel(*w)->specEdit(QStringLiteral("x")));
        QVERIFY(!panel(*w)->specEdit(QStringLiteral("scale")));
        QVERIFY(!w->findChild<QLineEdit*>(QStringLiteral("spec_scale")));
    }

    void sessionKeepsTheInputKeys()
    {
        RunResult run;
        run.config.model = QStringLiteral("torchscript");
        run.config.modelFile = m_twoInputs;
        run.config.inputSpecs = {QStringLiteral("ids:B,16:int64[0,100)"), QStringLiteral("mask:B,16:bool")};
        run.config.exampleInputs = m_opaque;  // any existing file
        run.config.primaryOutput = QStringLiteral("output");
        run.config.driftCosine = 0.995;
        run.config.driftTop1 = 97.5;
        const QString path = m_dir.filePath(QStringLiteral("session.json"));
        QString error;
        QVERIFY2(saveSession(path, run, &error), qPrintable(error));
        const auto back = loadSession(path, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->config.inputSpecs, run.config.inputSpecs);
        QCOMPARE(back->config.exampleInputs, run.config.exampleInputs);
        QCOMPARE(back->config.primaryOutput, run.config.primaryOutput);
        QCOMPARE(back->config.driftCosine, run.config.driftCosine);
        QCOMPARE(back->config.driftTop1, run.config.driftTop1);
        QVERIFY(back->config == run.config);

        // Shown on the page: the given specs in their rows, after the inspection.
        auto w = makeWindow();
        QSignalSpy shown(w->configPage(), &ConfigPage::modelFileInspected);
        RunConfig c = back->config;
        c.exampleInputs.clear();
        c.primaryOutput.clear();
        w->configPage()->setConfig(c);
        QVERIFY(shown.wait(kInspectTimeoutMs));
        QCOMPARE(panel(*w)->specEdit(QStringLiteral("ids"))->text(), QStringLiteral("B,16:int64[0,100)"));
        QCOMPARE(panel(*w)->specEdit(QStringLiteral("mask"))->text(), QStringLiteral("B,16:bool"));
        QCOMPARE(panel(*w)->sourceLabel(QStringLiteral("mask"))->text(), QStringLiteral("given"));
        QVERIFY2(w->configPage()->isValid(), qPrintable(w->configPage()->validationMessage()));
        QCOMPARE(w->configPage()->config().inputSpecs, c.inputSpecs);
    }

    void screenshots()
    {
        const QString out = qEnvironmentVariable("OPTIBENCH_SCREENSHOT_DIR");
        const QString zoo = qEnvironmentVariable("OPTIBENCH_ZOO_DIR");
        if (out.isEmpty() || zoo.isEmpty())
            QSKIP("set OPTIBENCH_SCREENSHOT_DIR and OPTIBENCH_ZOO_DIR (scripts/zoo/make_zoo.py) for screenshots");
        QDir().mkpath(out);
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            QVERIFY(i18n::setLanguage(language));
            auto w = makeWindow();
            QCoreApplication::processEvents();
            const QString prefix = language == QLatin1String("en") ? QString() : language + QLatin1Char('-');
            for (const QString& model : {QStringLiteral("transformer_encoder"), QStringLiteral("dict_mlp"),
                                        QStringLiteral("lstm"), QStringLiteral("mobilenet_v3_small")}) {
                QVERIFY(open(*w, QDir(zoo).filePath(model + QStringLiteral(".pt"))));
                QTest::qWait(100);
                QVERIFY(w->grab().save(QDir(out).filePath(prefix + QStringLiteral("modelfile-") + model
                                                          + QStringLiteral(".png"))));
            }
            // The transformer with its mask typed in, the inputs group scrolled into view.
            QVERIFY(open(*w, QDir(zoo).filePath(QStringLiteral("transformer_encoder.pt"))));
            type(*w, QStringLiteral("mask"), QStringLiteral("B,24:int65[0,2)"));
            QTest::qWait(400);
            QVERIFY(w->grab().save(QDir(out).filePath(prefix + QStringLiteral("modelfile-badspec.png"))));
            QVERIFY(typeAndWait(*w, QStringLiteral("mask"), QStringLiteral("B,24:int64[0,2)")));
            QTest::qWait(100);  // the layout settles
            QVERIFY(w->grab().save(QDir(out).filePath(prefix + QStringLiteral("modelfile-mismatch.png"))));
            QVERIFY(typeAndWait(*w, QStringLiteral("ids"), QStringLiteral("B,24:int64[0,1000)")));
            QVERIFY2(w->configPage()->isValid(), qPrintable(w->configPage()->validationMessage()));
            QTest::qWait(100);
            QVERIFY(w->grab().save(QDir(out).filePath(prefix + QStringLiteral("modelfile-given.png"))));
            // The worker's limits in the measurement group, one of them refused as typed.
            auto* memory = w->configPage()->findChild<QLineEdit*>(QStringLiteral("workerMemoryEdit"));
            memory->setText(QStringLiteral("12"));
            w->configPage()->findChild<QLineEdit*>(QStringLiteral("callTimeoutEdit"))->setText(QStringLiteral("30"));
            for (auto* scroll : w->findChildren<QScrollArea*>())
                if (scroll->widget() && scroll->widget()->isAncestorOf(memory))
                    scroll->ensureWidgetVisible(memory, 0, 200);
            QTest::qWait(100);
            QVERIFY(w->grab().save(QDir(out).filePath(prefix + QStringLiteral("worker-limits.png"))));
        }
        QVERIFY(i18n::setLanguage(QStringLiteral("en")));
    }
};

QTEST_MAIN(TestModelInputs)
#include "tst_modelinputs.moc"
