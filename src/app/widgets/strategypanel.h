// SPDX-License-Identifier: MIT
#pragma once
// Strategy toggles, built from what the engine registers (engine::strategies()): one box per StrategyInfo::group,
// a check box per strategy with its summary and failure conditions as tooltip, and a generic control per
// OptionInfo. A strategy added to the engine appears here without a GUI change.

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
    explicit StrategyPanel(QWidget* parent = nullptr);

    /// Checks the single-strategy methods in `methods` (already expanded) and sets the options' controls.
    void setSelection(const QStringList& methods, const QMap<QString, QString>& options);
    /// The checked strategies, in the engine's order.
    QStringList checkedStrategies() const;
    /// The options whose value differs from the default.
    QMap<QString, QString> options() const;
    /// Every option key the panel has a control for.
    QStringList optionKeys() const;
    /// The check box of a strategy (tests).
    QCheckBox* checkBox(const QString& id) const;
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
    };
    struct Item {
        engine::StrategyInfo info;
        QCheckBox* box = nullptr;
        std::vector<Option> options;
    };
    QWidget* createEditor(const engine::OptionInfo& option);
    static QString valueOf(const Option& option);
    static void setValue(Option& option, const QString& value);
    void retranslate();

    std::vector<Item> m_items;
    QMap<QString, QGroupBox*> m_groups;
};

}  // namespace ob::app
