// SPDX-License-Identifier: MIT
#include "pages/configpage.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QLocale>
#include <QThreadPool>
#include <QTimer>

#include <optional>
#include <tuple>

#include "config/enginespec.h"
#include "config/presets.h"
#include "config/validation.h"
#include "i18n/engine_texts.h"
#include "optibench/engine/engine.h"
#include "ui_configpage.h"
#include "widgets/modelinputspanel.h"
#include "widgets/strategypanel.h"
#include "widgets/uistyle.h"

namespace ob::app {
namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

QString joinInts(const QList<int>& values)
{
    QStringList parts;
    for (int v : values)
        parts << QString::number(v);
    return parts.join(QStringLiteral(", "));
}

}  // namespace

ConfigPage::ConfigPage(QWidget* parent) : QWidget(parent), m_ui(std::make_unique<Ui::ConfigPage>())
{
    m_ui->setupUi(this);
    for (const auto& m : engine::models())
        if (m.id != "torchscript")  // listed once a model file is opened (File > Open model…)
            m_ui->modelCombo->addItem(q(m.id), q(m.id));
    m_openModelAction = new QAction(this);
    m_openModelAction->setObjectName(QStringLiteral("actionOpenModel"));
    connect(m_openModelAction, &QAction::triggered, this, &ConfigPage::chooseModelFile);
    connect(m_ui->changeModelFileButton, &QPushButton::clicked, this, &ConfigPage::chooseModelFile);
    for (const char* e : {"auto", "qnnpack", "onednn", "fbgemm", "x86", "none"})
        m_ui->qengineCombo->addItem(QLatin1String(e), QLatin1String(e));
    for (const auto& p : presets())
        m_ui->presetCombo->addItem(p.title, p.id);
    setupRanges();

    const auto edited = [this] {
        if (!m_filling) {
            readWidgets();
            Q_EMIT configChanged();
            ensureInspection(false);  // e.g. model torchscript chosen again: its file
        }
    };
    for (auto* spin : {m_ui->hiddenSpin, m_ui->layersSpin, m_ui->warmupSpin, m_ui->iterationsSpin, m_ui->evalSpin,
                       m_ui->threadsSpin, m_ui->blasThreadsSpin, m_ui->minCallsSpin, m_ui->maxCallsSpin})
        connect(spin, &QSpinBox::valueChanged, this, edited);
    for (auto* spin : {m_ui->targetCiSpin, m_ui->timeBudgetSpin})
        connect(spin, &QDoubleSpinBox::valueChanged, this, edited);
    connect(m_ui->excludeOutliersCheck, &QCheckBox::toggled, this, edited);
    connect(m_ui->profileCheck, &QCheckBox::toggled, this, edited);
    connect(m_ui->modelCombo, &QComboBox::currentIndexChanged, this, edited);
    connect(m_ui->qengineCombo, &QComboBox::currentIndexChanged, this, edited);
    connect(m_ui->batchEdit, &QLineEdit::textChanged, this, edited);
    for (auto* edit : {m_ui->seedEdit, m_ui->callTimeoutEdit, m_ui->workerMemoryEdit, m_ui->workerCpuEdit,
                       m_ui->forksEdit, m_ui->maxForksEdit})
        connect(edit, &QLineEdit::textChanged, this, edited);
    connect(m_ui->strategyPanel, &StrategyPanel::changed, this, edited);
    connect(m_ui->presetCombo, &QComboBox::activated, this,
            [this](int index) { applyPreset(m_ui->presetCombo->itemData(index).toString()); });
    connect(m_ui->addPipelineButton, &QPushButton::clicked, this, &ConfigPage::addPipeline);
    connect(m_ui->pipelineEdit, &QLineEdit::returnPressed, this, &ConfigPage::addPipeline);
    connect(m_ui->pipelineEdit, &QLineEdit::textChanged, this, [this] { showError(m_ui->pipelineError, {}); });
    connect(m_ui->removePipelineButton, &QPushButton::clicked, this, &ConfigPage::removePipeline);
    connect(m_ui->pipelineList, &QListWidget::itemSelectionChanged, this, [this] {
        m_ui->removePipelineButton->setEnabled(!m_ui->pipelineList->selectedItems().isEmpty());
    });
    m_ui->removePipelineButton->setEnabled(false);
    setupModelInputs();
    retranslate();
    setConfig(RunConfig{});
}

ConfigPage::~ConfigPage()
{
    m_inspectPool->clear();  // requests not started yet; a running one finishes and its result is dropped
}

void ConfigPage::setupRanges()
{
    const std::pair<QSpinBox*, const char*> spins[] = {
        {m_ui->hiddenSpin, "hidden"},   {m_ui->layersSpin, "layers"},   {m_ui->warmupSpin, "warmup"},
        {m_ui->iterationsSpin, "iterations"}, {m_ui->evalSpin, "eval-samples"}, {m_ui->threadsSpin, "threads"},
        {m_ui->blasThreadsSpin, "blas-threads"}, {m_ui->minCallsSpin, "min-calls"}, {m_ui->maxCallsSpin, "max-calls"}};
    for (const auto& [spin, key] : spins) {
        const IntRange r = rangeOf(QLatin1String(key));
        spin->setRange(static_cast<int>(r.min), static_cast<int>(r.max));
        spin->setAccelerated(true);
        spin->setGroupSeparatorShown(true);
    }
    const std::pair<QDoubleSpinBox*, const char*> doubles[] = {{m_ui->targetCiSpin, "target-ci"},
                                                                {m_ui->timeBudgetSpin, "time-budget"}};
    for (const auto& [spin, key] : doubles) {
        const DoubleRange r = doubleRangeOf(QLatin1String(key));
        spin->setDecimals(3);
        spin->setRange(r.min, r.max);
        spin->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
        spin->setAccelerated(true);
    }
    // One below the smallest count means "not given": adaptive length (core: iterations is optional).
    m_ui->iterationsSpin->setMinimum(m_ui->iterationsSpin->minimum() - 1);
}

void ConfigPage::setRunActions(QAction* run, QAction* cancel)
{
    m_ui->runButton->setDefaultAction(run);
    m_ui->cancelButton->setDefaultAction(cancel);
}

bool ConfigPage::applyPreset(const QString& id)
{
    const auto config = presetConfig(id);
    if (!config)
        return false;
    m_ui->presetCombo->setCurrentIndex(m_ui->presetCombo->findData(id));
    setConfig(*config);
    Q_EMIT configChanged();
    return true;
}

void ConfigPage::setConfig(const RunConfig& config)
{
    m_filling = true;
    if (m_opening) {  // another configuration replaces the one being opened: its result is of no use
        m_opening = false;
        m_warnOnRefusal = false;
        m_shownId = ++m_inspectId;
        m_ui->modelInputsPanel->setBusy(false);
    }
    m_base = config;
    if (m_ui->modelCombo->findData(config.model) < 0)
        m_ui->modelCombo->addItem(config.model, config.model);  // shown so that validation can name it
    m_ui->modelCombo->setCurrentIndex(m_ui->modelCombo->findData(config.model));
    m_ui->hiddenSpin->setValue(config.hidden);
    m_ui->layersSpin->setValue(config.layers);
    m_ui->batchEdit->setText(joinInts(config.batches));
    m_ui->warmupSpin->setValue(config.warmup);
    m_ui->iterationsSpin->setValue(config.iterations.value_or(m_ui->iterationsSpin->minimum()));
    m_ui->targetCiSpin->setValue(config.targetCi);
    m_ui->minCallsSpin->setValue(config.minCalls);
    m_ui->maxCallsSpin->setValue(config.maxCalls);
    m_ui->timeBudgetSpin->setValue(config.timeBudget);
    m_ui->excludeOutliersCheck->setChecked(config.excludeOutliers);
    m_ui->profileCheck->setChecked(config.profile);
    m_ui->evalSpin->setValue(config.evalSamples);
    m_ui->threadsSpin->setValue(config.threads);
    m_ui->blasThreadsSpin->setValue(config.blasThreads);
    m_ui->qengineCombo->setCurrentIndex(std::max(0, m_ui->qengineCombo->findData(config.qengine)));
    m_ui->seedEdit->setText(QString::number(config.seed));
    m_ui->callTimeoutEdit->setText(config.callTimeout ? QString::number(*config.callTimeout) : QString());
    const auto limitText = [](const std::optional<qint64>& v) {
        return !v ? QString() : *v == 0 ? QStringLiteral("none") : QString::number(*v);
    };
    m_ui->workerMemoryEdit->setText(limitText(config.workerMemoryMiB));
    m_ui->workerCpuEdit->setText(limitText(config.workerCpuSeconds));
    m_ui->forksEdit->setText(QString::number(config.forks));
    m_ui->maxForksEdit->setText(config.maxForks ? QString::number(*config.maxForks) : QString());
    m_ui->modelFileEdit->setText(QDir::toNativeSeparators(config.modelFile));
    m_ui->modelFileEdit->setToolTip(m_ui->modelFileEdit->text());
    const QStringList methods = expandMethods(config.methods);
    const QStringList strategies = strategyIds();
    m_ui->strategyPanel->setSelection(methods, config.options);
    m_ui->pipelineList->clear();
    for (const auto& m : methods)
        if (!strategies.contains(m))
            m_ui->pipelineList->addItem(m);
    m_ui->modelInputsPanel->reset(config.inputSpecs, config.exampleInputs, config.primaryOutput);
    if (config.model == QLatin1String("torchscript") && inspectionKey(config) == m_infoKey)
        m_ui->modelInputsPanel->setInfo(m_fileInfo, m_fileError);
    m_filling = false;
    readWidgets();
    ensureInspection(false);
}

void ConfigPage::readWidgets()
{
    RunConfig c = m_base;
    c.model = m_ui->modelCombo->currentData().toString();
    if (c.model != QLatin1String("torchscript"))
        c.modelFile.clear();  // kept in m_base: choosing torchscript again brings the file back
    c.hidden = m_ui->hiddenSpin->value();
    c.layers = m_ui->layersSpin->value();
    c.warmup = m_ui->warmupSpin->value();
    if (m_ui->iterationsSpin->value() == m_ui->iterationsSpin->minimum())
        c.iterations.reset();
    else
        c.iterations = m_ui->iterationsSpin->value();
    c.targetCi = m_ui->targetCiSpin->value();
    c.minCalls = m_ui->minCallsSpin->value();
    c.maxCalls = m_ui->maxCallsSpin->value();
    c.timeBudget = m_ui->timeBudgetSpin->value();
    c.excludeOutliers = m_ui->excludeOutliersCheck->isChecked();
    c.profile = m_ui->profileCheck->isChecked();
    // The adaptive limits apply only when the number of calls is not given.
    for (QWidget* w : std::initializer_list<QWidget*>{m_ui->targetCiSpin, m_ui->minCallsSpin, m_ui->maxCallsSpin,
                                                      m_ui->timeBudgetSpin, m_ui->targetCiLabel, m_ui->minCallsLabel,
                                                      m_ui->maxCallsLabel, m_ui->timeBudgetLabel})
        w->setEnabled(!c.iterations);
    c.evalSamples = m_ui->evalSpin->value();
    c.threads = m_ui->threadsSpin->value();
    c.blasThreads = m_ui->blasThreadsSpin->value();
    c.qengine = m_ui->qengineCombo->currentData().toString();
    updateModelFileWidgets();

    MaybeError fieldError;
    const auto batchError = applyText(c, QStringLiteral("batch"), m_ui->batchEdit->text());
    showError(m_ui->batchError, batchError ? batchError->message() : QString());
    fieldError = batchError;
    // The text fields checked by the core's own parser (empty: auto, as the placeholder says).
    const std::tuple<QLineEdit*, QLabel*, const char*> texts[] = {
        {m_ui->seedEdit, m_ui->seedError, "seed"},
        {m_ui->callTimeoutEdit, m_ui->callTimeoutError, "call-timeout"},
        {m_ui->workerMemoryEdit, m_ui->workerMemoryError, "worker-memory-limit"},
        {m_ui->workerCpuEdit, m_ui->workerCpuError, "worker-cpu-limit"},
        {m_ui->forksEdit, m_ui->forksError, "forks"},
        {m_ui->maxForksEdit, m_ui->maxForksError, "max-forks"}};
    for (const auto& [edit, label, key] : texts) {
        const QString text = edit->text().trimmed();
        const bool isAuto = text.isEmpty() && edit != m_ui->seedEdit && edit != m_ui->forksEdit;
        const auto e = applyText(c, QLatin1String(key), isAuto ? QStringLiteral("auto") : text);
        showError(label, e ? e->message() : QString());
        if (!fieldError)
            fieldError = e;
    }

    QStringList methods = m_ui->strategyPanel->checkedStrategies();
    QStringList pipelines;
    for (int i = 0; i < m_ui->pipelineList->count(); ++i)
        pipelines << m_ui->pipelineList->item(i)->text();
    m_ui->strategyPanel->setPipelines(pipelines);
    methods << pipelines;
    // Every strategy that "all" runs, and nothing else: keep "all" so that a newly added strategy joins later runs.
    c.methods = methods == allMethods() ? QStringList{QStringLiteral("all")} : methods;
    for (const auto& key : m_ui->strategyPanel->optionKeys())
        c.options.remove(key);
    const auto options = m_ui->strategyPanel->options();
    for (auto it = options.begin(); it != options.end(); ++it)
        c.options.insert(it.key(), it.value());

    m_config = c;
    MaybeError error = fieldError;
    if (!error && methods.isEmpty())
        error = ValidationError{QStringLiteral("methods"), QString(), tr("is empty"), tr("at least one method")};
    if (!error)
        error = validate(c);
    // The model file's own verdict (its inputs, the inspection under way) comes last: the fields above go first.
    QString fileBrief;
    const QString fileProblem = error ? QString() : modelFileProblem(c, &fileBrief);
    const bool valid = !error.has_value() && fileProblem.isEmpty();
    m_message = error ? error->message() : fileProblem;
    showError(m_ui->validationLabel, fieldError ? QString() : (error ? m_message : fileBrief));
    updateBatchSweep();
    updateCost();
    updatePresetText();
    if (valid != m_valid) {
        m_valid = valid;
        Q_EMIT validityChanged(valid);
    }
}

void ConfigPage::updateCost()
{
    if (m_config.model == QLatin1String("torchscript")) {
        m_ui->costLabel->setText(modelFileCost());
        return;
    }
    const engine::ModelSpec spec = modelSpecOf(m_config);
    try {
        const auto cost = engine::estimateCost(spec);
        const QLocale locale;
        m_ui->costLabel->setText(tr("%1 parameters · %2 of fp32 weights · %3 MFLOP per sample")
                                     .arg(locale.toString(static_cast<qlonglong>(cost.parameters)),
                                          locale.formattedDataSize(cost.weightBytesFp32, 2, QLocale::DataSizeSIFormat),
                                          locale.toString(cost.flopsPerSample / 1e6, 'f', 3)));
    } catch (const engine::EngineError& e) {
        m_ui->costLabel->setText(QString::fromUtf8(e.what()));
    }
}

void ConfigPage::updatePresetText()
{
    const QString id = m_ui->presetCombo->currentData().toString();
    for (const auto& p : presets()) {
        if (p.id != id)
            continue;
        RunConfig preset = p.config;
        RunConfig current = m_config;
        preset.methods = expandMethods(preset.methods);
        current.methods = expandMethods(current.methods);
        const bool modified = preset != current;
        m_ui->presetDescription->setText(modified ? tr("%1 (modified)").arg(p.description) : p.description);
    }
}

void ConfigPage::addPipeline()
{
    const QString method = m_ui->pipelineEdit->text().trimmed().remove(QLatin1Char(' '));
    if (method.isEmpty())
        return;
    if (auto e = checkMethod(method)) {
        showError(m_ui->pipelineError, e->message());
        return;
    }
    const bool present = !m_ui->pipelineList->findItems(method, Qt::MatchExactly).isEmpty()
        || m_ui->strategyPanel->checkedStrategies().contains(method);
    if (!present) {
        if (strategyIds().contains(method)) {
            QStringList methods = expandMethods(m_config.methods);
            methods << method;
            m_ui->strategyPanel->setSelection(methods, m_config.options);
        } else {
            m_ui->pipelineList->addItem(method);
        }
    }
    m_ui->pipelineEdit->clear();
    readWidgets();
    Q_EMIT configChanged();
}

void ConfigPage::removePipeline()
{
    qDeleteAll(m_ui->pipelineList->selectedItems());
    readWidgets();
    Q_EMIT configChanged();
}

void ConfigPage::showError(QLabel* label, const QString& message)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, errorColor(label->parentWidget() ? label->parentWidget()->palette() : p));
    label->setPalette(p);
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

void ConfigPage::retranslate()
{
    for (int i = 0; i < m_ui->presetCombo->count(); ++i)
        for (const auto& p : presets())
            if (p.id == m_ui->presetCombo->itemData(i).toString())
                m_ui->presetCombo->setItemText(i, p.title);
    for (const auto& m : engine::models()) {
        const int index = m_ui->modelCombo->findData(q(m.id));
        if (index >= 0)
            m_ui->modelCombo->setItemData(index, i18n::engineText(m.summary), Qt::ToolTipRole);
    }
    m_ui->qengineCombo->setItemText(0, tr("auto (best for this build)"));
    m_openModelAction->setText(tr("Open &model…"));
    m_openModelAction->setToolTip(tr("Benchmark a TorchScript file (torch::jit::save archive, e.g. a model saved "
                                     "by OptiBench)"));
    m_ui->changeModelFileButton->setToolTip(tr("Open another TorchScript file"));
    updateModelFileWidgets();
    m_ui->seedEdit->setToolTip(tr("Weights and inputs are derived from this seed; the same seed gives the same model."));
    m_ui->callTimeoutEdit->setToolTip(
        tr("Seconds a forward call may take before its method fails and the run goes on in a new worker process, "
           "or auto (empty): 100 times the slowest warm-up call, at least 10 s."));
    m_ui->workerMemoryEdit->setToolTip(
        tr("Address space of each worker process in MiB, auto (empty: 75% of the machine's memory) or none. A "
           "method that allocates more fails cleanly instead of slowing the desktop down."));
    m_ui->workerCpuEdit->setToolTip(
        tr("CPU time of each worker process in seconds, auto (empty: at least an hour, scaled from the time budget) "
           "or none."));
    m_ui->forksEdit->setToolTip(
        tr("Worker processes that measure each method, each with 1/N of the measurement (time budget, calls). The "
           "intervals then hold what another run would report, and a machine whose speed changes between processes "
           "shows it. With isolation thread there is one process."));
    m_ui->maxForksEdit->setToolTip(
        tr("While the processes disagree (the machine's speed changed between them by more than their own noise), "
           "add processes up to this many in all; auto (empty): add none."));
    // Short: the spin box is as wide as this text, and the configuration dock as wide as its widest field.
    m_ui->iterationsSpin->setSpecialValueText(tr("auto (to the target CI)"));
    m_ui->iterationsSpin->setToolTip(
        tr("Exactly this many measured calls per method and batch size; auto measures until the median is known "
           "to the target precision, within the call limits and the time budget."));
    m_ui->targetCiSpin->setToolTip(
        tr("Adaptive length: measure until the 95% confidence interval of the median is within ± this share of it."));
    m_ui->minCallsSpin->setToolTip(tr("Adaptive length: at least this many measured calls per method and batch size."));
    m_ui->maxCallsSpin->setToolTip(tr("Adaptive length: at most this many measured calls per method and batch size."));
    m_ui->timeBudgetSpin->setToolTip(
        tr("Adaptive length: seconds of measurement per method and batch size at most (the stop rule says which "
           "limit ended each measurement)."));
    m_ui->excludeOutliersCheck->setToolTip(
        tr("Leave samples beyond the robust fences (median ± 3.5 MAD) out of the summaries; they stay in the data "
           "and the table counts them."));
    m_ui->profileCheck->setToolTip(
        tr("After its timing at the first batch size, each method runs once more under LibTorch's profiler and the "
           "native kernels' timers (never inside the timed calls): the Profile view shows its operators, their "
           "modules, self time, share and GFLOP/s, and two methods side by side."));
    updatePresetText();
    updateCost();
}

void ConfigPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        if (m_fileError) {  // the inspection's verdict in the new language (the engine has the file cached)
            m_infoKey.clear();
            m_ui->modelInputsPanel->setBusy(true);
        }
        readWidgets();  // messages in the new language
        ensureInspection(false);
    }
    QWidget::changeEvent(event);
}

}  // namespace ob::app
