// SPDX-License-Identifier: MIT
#pragma once
// The configuration page: model, sizes (with a live cost read-out), a model file's inputs (widgets/modelinputspanel,
// inspected off the GUI thread), measurement settings, strategies and custom pipelines, presets. Values go through the core's validation layer; a problem is shown next to its field and
// the page reports itself invalid (the window then disables Run).

#include <QWidget>

#include <memory>

#include "config/runconfig.h"
#include "config/validation.h"
#include "optibench/engine/types.h"

QT_BEGIN_NAMESPACE
class QAction;
class QLabel;
class QThreadPool;
class QTimer;
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
    /// Opens a TorchScript file: a path that is missing or unreadable returns false at once with `error` set
    /// (translated). Otherwise the file is loaded and probed off the GUI thread (the page says so and Run waits);
    /// when it is TorchScript the page switches to model torchscript with that file, its inputs and the sizes it
    /// defines, even when its inputs still need specs (emits configChanged and modelFileInspected). When it is not,
    /// the configuration stays as it was and modelFileRefused is emitted.
    bool openModelFile(const QString& path, QString* error = nullptr);
    /// openModelFile(), and a message box with the reason when it fails or the file is refused.
    bool openModelFileOrWarn(const QString& path);
    /// An inspection of the model file (or an opening) is under way.
    bool isInspecting() const { return m_inspectId != m_shownId; }
    /// What the last inspection of the configuration's model file found (model torchscript), or null.
    const engine::ModelFileInfo* modelFileInfo() const;

Q_SIGNALS:
    /// The user changed something (valid or not).
    void configChanged();
    void validityChanged(bool valid);
    /// The result of an inspection of the model file is shown (after an opening, an edit of its inputs, a session).
    void modelFileInspected();
    /// openModelFile(): the file is not a TorchScript file (or cannot be read); `message` says why (translated).
    void modelFileRefused(const QString& path, const QString& message);

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
    // configpage_modelfile.cpp: the inspection of the model file, always off the GUI thread.
    void setupModelInputs();
    void modelInputsEdited(bool debounce);
    void ensureInspection(bool debounce);
    void inspect(const RunConfig& config);
    void inspected(quint64 id, const RunConfig& config, const engine::ModelFileInfo& info, const MaybeError& error);
    void finishOpening(const RunConfig& config, const engine::ModelFileInfo& info, const MaybeError& error);
    QString modelFileProblem(const RunConfig& config, QString* brief) const;
    bool hasFileInfo(const RunConfig& config) const;
    void updateBatchSweep();
    static QString inspectionKey(const RunConfig& config);
    static void showError(QLabel* label, const QString& message);

    std::unique_ptr<Ui::ConfigPage> m_ui;
    RunConfig m_base;    // fields without a widget (inputs, outputs, options) come from here
    RunConfig m_config;  // what the widgets describe
    bool m_valid = true;
    QString m_message;
    bool m_filling = false;
    QAction* m_openModelAction = nullptr;

    QThreadPool* m_inspectPool = nullptr;  // one thread: inspections run one after the other
    QTimer* m_inspectTimer = nullptr;      // the pause after typing in a spec field
    quint64 m_inspectId = 0;               // the latest inspection started; older results are dropped
    quint64 m_shownId = 0;                 // the inspection whose result is shown
    QString m_pendingKey;                  // what the latest inspection is of (inspectionKey())
    QString m_infoKey;                     // what m_fileInfo is of
    engine::ModelFileInfo m_fileInfo;
    MaybeError m_fileError;                // checkModelFile()'s verdict for m_infoKey
    bool m_opening = false;                // openModelFile() waits for its inspection
    RunConfig m_openingConfig;
    bool m_warnOnRefusal = false;
};

}  // namespace ob::app
