// SPDX-License-Identifier: MIT
#pragma once
// Strategy toggles, built from what the engine registers (engine::strategies()): one box per StrategyInfo::group,
// a check box per strategy with its summary and failure conditions as tooltip, and a generic control per
// OptionInfo key (shown under the first strategy that declares it, while any strategy using it is checked).
// A strategy added to the engine appears here without a GUI change.

#include <QMap>
#include <QStringList>
#include <QWidget>

#include <vector>

#include "optibench/engine/types.h"

QT_BEGIN_NAMESPACE
class QCheckBox;
class QGroupBox;
class QLabel;
QT_END_NAMESPACE

namespace ob::app {

class StrategyPanel : public QWidget {
    Q_OBJECT
public:
    /// Built from engine::strategies().
    explicit StrategyPanel(QWidget* parent = nullptr);
    /// Built from `strategies` (tests).
    explicit StrategyPanel(const std::vector<engine::StrategyInfo>& strategies, QWidget* parent = nullptr);

    /// Checks the single-strategy methods in `methods` (already expanded) and sets the options' controls.
    void setSelection(const QStringList& methods, const QMap<QString, QString>& options);
    /// The checked strategies, in the engine's order.
    QStringList checkedStrategies() const;
    /// The options whose value differs from the default.
    QMap<QString, QString> options() const;
    /// The custom pipelines of the configuration (their strategies' options are shown too).
    void setPipelines(const QStringList& pipelines);
    /// Every option key the panel has a control for.
    QStringList optionKeys() const;
    /// The check box of a strategy (tests).
    QCheckBox* checkBox(const QString& id) const;
    /// The editor of an option key (tests).
    QWidget* optionEditor(const QString& key) const;
    /// The translated title of a strategy group.
    static QString groupTitle(const QString& group);

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Option {
        engine::OptionInfo info;
        QWidget* editor = nullptr;
        QLabel* label = nullptr;
        QStringList users;  // strategies that read this key
    };
    struct Item {
        engine::StrategyInfo info;
        QCheckBox* box = nullptr;
    };
    void build(const std::vector<engine::StrategyInfo>& strategies);
    QWidget* createEditor(const engine::OptionInfo& option);
    void updateOptionVisibility();
    static QString valueOf(const Option& option);
    static void setValue(Option& option, const QString& value);
    void retranslate();

    std::vector<Item> m_items;
    std::vector<Option> m_options;
    QStringList m_pipelines;
    QMap<QString, QGroupBox*> m_groups;
};

}  // namespace ob::app
