// SPDX-License-Identifier: MIT
#include "widgets/strategypanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

#include "i18n/engine_texts.h"
#include "optibench/engine/engine.h"

namespace ob::app {
namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

bool isTrue(const QString& v)
{
    const QString l = v.trimmed().toLower();
    return l == QLatin1String("1") || l == QLatin1String("true") || l == QLatin1String("yes") || l == QLatin1String("on");
}

bool isDefault(const engine::OptionInfo& info, const QString& value)
{
    const QString def = q(info.defaultValue);
    if (info.type == "bool")
        return isTrue(value) == isTrue(def);
    if (info.type == "int" || info.type == "double")
        return value.toDouble() == def.toDouble();
    return value == def;
}

}  // namespace

StrategyPanel::StrategyPanel(QWidget* parent) : StrategyPanel(engine::strategies(), parent) {}

StrategyPanel::StrategyPanel(const std::vector<engine::StrategyInfo>& strategies, QWidget* parent) : QWidget(parent)
{
    build(strategies);
    connect(this, &StrategyPanel::changed, this, &StrategyPanel::updateOptionVisibility);
    updateOptionVisibility();
}

void StrategyPanel::build(const std::vector<engine::StrategyInfo>& strategies)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const auto& info : strategies) {
        const QString group = q(info.group);
        QGroupBox* box = m_groups.value(group);
        if (!box) {
            box = new QGroupBox(this);
            box->setObjectName(QStringLiteral("group_") + group);
            box->setLayout(new QVBoxLayout);
            box->layout()->setContentsMargins(8, 4, 8, 4);
            box->layout()->setSpacing(2);
            layout->addWidget(box);
            m_groups.insert(group, box);
        }
        Item item{info, new QCheckBox(q(info.id), box)};
        item.box->setObjectName(QStringLiteral("strategy_") + q(info.id));
        item.box->setChecked(info.inAll);
        box->layout()->addWidget(item.box);
        connect(item.box, &QCheckBox::toggled, this, &StrategyPanel::changed);
        QFormLayout* form = nullptr;
        for (const auto& o : info.options) {
            auto shared = std::find_if(m_options.begin(), m_options.end(),
                                       [&](const Option& existing) { return existing.info.key == o.key; });
            if (shared != m_options.end()) {
                shared->users << q(info.id);  // one editor per key, under the first strategy that declares it
                continue;
            }
            if (!form) {
                form = new QFormLayout;
                form->setContentsMargins(22, 0, 0, 2);
                static_cast<QVBoxLayout*>(box->layout())->addLayout(form);
            }
            Option option{o, createEditor(o), new QLabel(q(o.key), box), {q(info.id)}};
            option.editor->setParent(box);
            form->addRow(option.label, option.editor);
            m_options.push_back(option);
        }
        m_items.push_back(item);
    }
    retranslate();
}

QWidget* StrategyPanel::createEditor(const engine::OptionInfo& o)
{
    const QString def = q(o.defaultValue);
    QWidget* editor = nullptr;
    if (o.type == "bool") {
        auto* box = new QCheckBox;
        box->setChecked(isTrue(def));
        connect(box, &QCheckBox::toggled, this, &StrategyPanel::changed);
        editor = box;
    } else if (o.type == "int") {
        auto* spin = new QSpinBox;
        const bool ranged = o.max > o.min;
        spin->setRange(ranged ? static_cast<int>(o.min) : std::numeric_limits<int>::min(),
                       ranged ? static_cast<int>(o.max) : std::numeric_limits<int>::max());
        spin->setValue(def.toInt());
        connect(spin, &QSpinBox::valueChanged, this, &StrategyPanel::changed);
        editor = spin;
    } else if (o.type == "double") {
        auto* spin = new QDoubleSpinBox;
        spin->setDecimals(6);
        const bool ranged = o.max > o.min;
        spin->setRange(ranged ? o.min : -1e12, ranged ? o.max : 1e12);
        spin->setValue(def.toDouble());
        connect(spin, &QDoubleSpinBox::valueChanged, this, &StrategyPanel::changed);
        editor = spin;
    } else {
        auto* combo = new QComboBox;
        for (const auto& c : o.choices)
            combo->addItem(q(c));
        if (o.choices.empty())
            combo->setEditable(true);
        combo->setCurrentText(def);
        connect(combo, &QComboBox::currentTextChanged, this, &StrategyPanel::changed);
        editor = combo;
    }
    editor->setObjectName(QStringLiteral("option_") + q(o.key));
    return editor;
}

QString StrategyPanel::valueOf(const Option& option)
{
    if (auto* box = qobject_cast<QCheckBox*>(option.editor))
        return box->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
    if (auto* spin = qobject_cast<QSpinBox*>(option.editor))
        return QString::number(spin->value());
    if (auto* spin = qobject_cast<QDoubleSpinBox*>(option.editor))
        return QString::number(spin->value(), 'g', 12);
    if (auto* combo = qobject_cast<QComboBox*>(option.editor))
        return combo->currentText();
    return {};
}

void StrategyPanel::setValue(Option& option, const QString& value)
{
    const QSignalBlocker block(option.editor);
    if (auto* box = qobject_cast<QCheckBox*>(option.editor))
        box->setChecked(isTrue(value));
    else if (auto* spin = qobject_cast<QSpinBox*>(option.editor))
        spin->setValue(value.toInt());
    else if (auto* spin = qobject_cast<QDoubleSpinBox*>(option.editor))
        spin->setValue(value.toDouble());
    else if (auto* combo = qobject_cast<QComboBox*>(option.editor))
        combo->setCurrentText(value);
}

void StrategyPanel::setSelection(const QStringList& methods, const QMap<QString, QString>& options)
{
    for (auto& item : m_items) {
        const QSignalBlocker block(item.box);
        item.box->setChecked(methods.contains(q(item.info.id)));
    }
    for (auto& option : m_options)
        setValue(option, options.value(q(option.info.key), q(option.info.defaultValue)));
    updateOptionVisibility();
}

void StrategyPanel::updateOptionVisibility()
{
    // An option is editable while a strategy that reads it will run: checked, or a step of a custom pipeline.
    QStringList checked = checkedStrategies();
    for (const auto& pipeline : m_pipelines)
        checked << pipeline.split(QLatin1Char('+'));
    for (auto& option : m_options) {
        const bool used = std::any_of(option.users.begin(), option.users.end(),
                                      [&](const QString& id) { return checked.contains(id); });
        // Enabled, not shown or hidden: the page must not jump under the pointer when a strategy is toggled.
        option.label->setEnabled(used);
        option.editor->setEnabled(used);
    }
}

QStringList StrategyPanel::checkedStrategies() const
{
    QStringList out;
    for (const auto& item : m_items)
        if (item.box->isChecked())
            out << q(item.info.id);
    return out;
}

QMap<QString, QString> StrategyPanel::options() const
{
    QMap<QString, QString> out;
    for (const auto& option : m_options) {
        const QString v = valueOf(option);
        if (!isDefault(option.info, v))
            out.insert(q(option.info.key), v);
    }
    return out;
}

QStringList StrategyPanel::optionKeys() const
{
    QStringList keys;
    for (const auto& option : m_options)
        keys << q(option.info.key);
    return keys;
}

void StrategyPanel::setPipelines(const QStringList& pipelines)
{
    m_pipelines = pipelines;
    updateOptionVisibility();
}

QWidget* StrategyPanel::optionEditor(const QString& key) const
{
    for (const auto& option : m_options)
        if (q(option.info.key) == key)
            return option.editor;
    return nullptr;
}

QCheckBox* StrategyPanel::checkBox(const QString& id) const
{
    for (const auto& item : m_items)
        if (q(item.info.id) == id)
            return item.box;
    return nullptr;
}

QString StrategyPanel::groupTitle(const QString& group)
{
    if (group == QLatin1String("Baseline"))
        return tr("Baseline");
    if (group == QLatin1String("Quantization"))
        return tr("Quantization");
    if (group == QLatin1String("JIT"))
        return tr("JIT");
    if (group == QLatin1String("Compile"))
        return tr("Compile");
    if (group == QLatin1String("Simplification"))
        return tr("Simplification");
    if (group == QLatin1String("Native"))
        return tr("Native kernels");
    return group;
}

void StrategyPanel::retranslate()
{
    for (auto it = m_groups.begin(); it != m_groups.end(); ++it)
        it.value()->setTitle(groupTitle(it.key()));
    for (auto& item : m_items) {
        // The engine's texts are English; core translates them (i18n/engine_texts).
        QString tip = QStringLiteral("<p><b>%1</b></p><p>%2</p>")
                          .arg(q(item.info.id).toHtmlEscaped(), i18n::engineText(item.info.summary).toHtmlEscaped());
        if (!item.info.failsWhen.empty())
            tip += QStringLiteral("<p>")
                + tr("Fails when: %1").arg(i18n::engineText(item.info.failsWhen).toHtmlEscaped())
                + QStringLiteral("</p>");
        QStringList keys;
        for (const auto& o : item.info.options)
            keys << q(o.key);
        if (!keys.isEmpty())
            tip += QStringLiteral("<p>") + tr("Options: %1").arg(keys.join(QStringLiteral(", ")).toHtmlEscaped())
                + QStringLiteral("</p>");
        if (!item.info.inAll)
            tip += QStringLiteral("<p><i>") + tr("Not part of \"all\".") + QStringLiteral("</i></p>");
        item.box->setToolTip(tip);
    }
    for (auto& option : m_options) {
        option.label->setToolTip(i18n::engineText(option.info.summary));
        option.editor->setToolTip(i18n::engineText(option.info.summary));
    }
}

void StrategyPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

}  // namespace ob::app
