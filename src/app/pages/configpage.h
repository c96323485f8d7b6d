// SPDX-License-Identifier: MIT
#pragma once
// The configuration page: model, sizes (with a live cost read-out), measurement settings, strategies and custom
// pipelines, presets. Values go through the core's validation layer; a problem is shown next to its field and
// the page reports itself invalid (the window then disables Run).

#include <QWidget>

#include <memory>

#include "config/runconfig.h"

QT_BEGIN_NAMESPACE
class QAction;
class QLabel;
namespace Ui {
class ConfigPage;
}
QT_END_NAMESPACE

namespace ob::app {

class StrategyPanel;

class ConfigPage : public QWidget {
    Q_OBJECT
public:
    explicit ConfigPage(QWidget* parent = nullptr);
    ~ConfigPage() override;

    /// Shows `config` in the widgets (no configChanged is emitted).
    void setConfig(const RunConfig& config);
    /// The configuration the widgets describe (check isValid() before running it).
    RunConfig config() const { return m_config; }
    bool isValid() const { return m_valid; }
    /// Why the configuration is invalid (translated), or empty.
    QString validationMessage() const { return m_message; }
    /// The page's Run and Cancel buttons trigger these actions (and follow their state).
    void setRunActions(QAction* run, QAction* cancel);
    /// Selects a preset by id ("default", "seed", "quick") and shows its configuration.
    bool applyPreset(const QString& id);

    /// File > Open model…: asks for a TorchScript file and opens it (see openModelFileOrWarn()).
    QAction* openModelAction() const { return m_openModelAction; }
    /// Loads and probes a TorchScript file; on success switches to model torchscript with that file (the sizes it
    /// defines) and emits configChanged. On failure changes nothing and returns false with `error` set (translated).
    bool openModelFile(const QString& path, QString* error = nullptr);
    /// openModelFile(), and on failure a message box with the reason.
    bool openModelFileOrWarn(const QString& path);

Q_SIGNALS:
    /// The user changed something (valid or not).
    void configChanged();
    void validityChanged(bool valid);

protected:
    void changeEvent(QEvent* event) override;

private:
    void setupRanges();
    void readWidgets();
    void updateCost();
    void updatePresetText();
    void addPipeline();
    void removePipeline();
    void retranslate();
    void chooseModelFile();
    void updateModelFileWidgets();
    QString modelFileCost() const;
    static void showError(QLabel* label, const QString& message);

    std::unique_ptr<Ui::ConfigPage> m_ui;
    RunConfig m_base;    // fields without a widget (inputs, outputs, options) come from here
    RunConfig m_config;  // what the widgets describe
    bool m_valid = true;
    QString m_message;
    bool m_filling = false;
    QAction* m_openModelAction = nullptr;
};

}  // namespace ob::app
