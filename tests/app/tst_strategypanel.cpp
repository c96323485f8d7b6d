// SPDX-License-Identifier: MIT
// The strategy toggles are built from whatever the engine registers: groups, tooltips and a generic editor per
// option key appear for strategies the GUI has never heard of.

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

#include "widgets/strategypanel.h"

using namespace ob;
using namespace ob::app;

namespace {

std::vector<engine::StrategyInfo> fakeStrategies()
{
    engine::StrategyInfo eager{"eager", "Baseline", "the baseline", "never", {}, true};
    engine::StrategyInfo q1{"fake_int8", "Quantization", "int8 weights", "no engine", {}, true};
    q1.options = {{"fake.per_channel", "bool", "false", {}, 0, 0, "per channel"},
                  {"fake.mode", "choice", "auto", {"auto", "on", "off"}, 0, 0, "mode"}};
    engine::StrategyInfo q2{"fake_static", "Quantization", "static int8", "no engine", {}, false};
    q2.options = {{"fake.per_channel", "bool", "false", {}, 0, 0, "per channel"},
                  {"fake.batches", "int", "32", {}, 1, 1000, "calibration batches"},
                  {"fake.percentile", "double", "99.5", {}, 50, 100, "percentile"}};
    engine::StrategyInfo future{"warp_drive", "Experimental", "a group the GUI does not know", "", {}, true};
    return {eager, q1, q2, future};
}

}  // namespace

class TestStrategyPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void buildsFromWhateverIsRegistered()
    {
        StrategyPanel panel(fakeStrategies());
        panel.show();
        QCOMPARE(panel.findChildren<QGroupBox*>().size(), 3);  // Baseline, Quantization, Experimental
        QVERIFY(panel.findChild<QGroupBox*>(QStringLiteral("group_Experimental")));
        QVERIFY(panel.checkBox(QStringLiteral("warp_drive")));
        // inAll decides the initial check; the tooltip says what it does and when it fails.
        QVERIFY(panel.checkBox(QStringLiteral("fake_int8"))->isChecked());
        QVERIFY(!panel.checkBox(QStringLiteral("fake_static"))->isChecked());
        const QString tip = panel.checkBox(QStringLiteral("fake_int8"))->toolTip();
        QVERIFY(tip.contains(QStringLiteral("int8 weights")) && tip.contains(QStringLiteral("no engine")));
        QVERIFY(tip.contains(QStringLiteral("fake.mode")));

        // One editor per option key, of the option's type, even when two strategies share the key.
        QCOMPARE(panel.optionKeys().size(), 4);
        QVERIFY(qobject_cast<QCheckBox*>(panel.optionEditor(QStringLiteral("fake.per_channel"))));
        QVERIFY(qobject_cast<QComboBox*>(panel.optionEditor(QStringLiteral("fake.mode"))));
        auto* batches = qobject_cast<QSpinBox*>(panel.optionEditor(QStringLiteral("fake.batches")));
        QVERIFY(batches);
        QCOMPARE(batches->minimum(), 1);
        QCOMPARE(batches->maximum(), 1000);
        QVERIFY(qobject_cast<QDoubleSpinBox*>(panel.optionEditor(QStringLiteral("fake.percentile"))));

        // Options are editable while a strategy reading them is checked or in a custom pipeline; they stay in
        // place otherwise (disabled), so that the page does not jump when a strategy is toggled.
        QVERIFY(panel.optionEditor(QStringLiteral("fake.mode"))->isEnabled());
        const QSize before = panel.sizeHint();
        QVERIFY(!batches->isEnabled());
        panel.setPipelines({QStringLiteral("eager+fake_static")});
        QVERIFY(batches->isEnabled());
        panel.setPipelines({});
        QVERIFY(!batches->isEnabled());
        panel.checkBox(QStringLiteral("fake_static"))->setChecked(true);
        QVERIFY(batches->isEnabled());
        QCOMPARE(panel.sizeHint(), before);
    }

    void optionsReportOnlyChangedValues()
    {
        StrategyPanel panel(fakeStrategies());
        QSignalSpy changed(&panel, &StrategyPanel::changed);
        QVERIFY(panel.options().isEmpty());
        qobject_cast<QSpinBox*>(panel.optionEditor(QStringLiteral("fake.batches")))->setValue(64);
        qobject_cast<QComboBox*>(panel.optionEditor(QStringLiteral("fake.mode")))->setCurrentText(QStringLiteral("off"));
        QCOMPARE(changed.count(), 2);
        const auto options = panel.options();
        QCOMPARE(options.size(), 2);
        QCOMPARE(options.value(QStringLiteral("fake.batches")), QStringLiteral("64"));
        QCOMPARE(options.value(QStringLiteral("fake.mode")), QStringLiteral("off"));

        panel.setSelection({QStringLiteral("eager"), QStringLiteral("fake_static")},
                           {{QStringLiteral("fake.per_channel"), QStringLiteral("true")},
                            {QStringLiteral("fake.percentile"), QStringLiteral("99.5")}});
        QCOMPARE(panel.checkedStrategies(), (QStringList{QStringLiteral("eager"), QStringLiteral("fake_static")}));
        QVERIFY(qobject_cast<QCheckBox*>(panel.optionEditor(QStringLiteral("fake.per_channel")))->isChecked());
        // Back to defaults except per_channel; 99.5 is the default, so it is not reported.
        QCOMPARE(panel.options(), (QMap<QString, QString>{{QStringLiteral("fake.per_channel"), QStringLiteral("true")}}));
    }
};

QTEST_MAIN(TestStrategyPanel)
#include "tst_strategypanel.moc"
