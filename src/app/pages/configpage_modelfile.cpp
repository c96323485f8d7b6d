// SPDX-License-Identifier: MIT
// ConfigPage: model "torchscript" (File > Open model…): the file, its inputs, its read-out and the sizes it defines.
// Every inspection of the file (loading it and probing forward once) runs on the page's own one-thread pool, never
// on the GUI thread, whatever the file's size: each result carries the id of its request, and only the latest is
// shown.

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>

#include <cmath>

#include "config/modelfile.h"
#include "i18n/engine_texts.h"
#include "optibench/engine/engine.h"
#include "pages/configpage.h"
#include "ui_configpage.h"
#include "widgets/modelinputspanel.h"

namespace ob::app {
namespace {

const QString kTorchScript = QStringLiteral("torchscript");

/// The pause after the last key typed in a spec field before the file is probed again.
constexpr int kInspectDelayMs = 300;

/// Not a TorchScript file at all (or not readable): an opening is refused. Every other failure opens the file and
/// shows what is missing.
bool refused(const engine::ModelFileInfo& info, const MaybeError& error)
{
    return info.errorKind == "not_torchscript" || info.errorKind == "unreadable" || (error && info.errorKind.empty());
}

/// "9.28 kFLOP", "1.84 MFLOP": three significant digits in the locale, an SI prefix.
QString flopText(double flops)
{
    const char* prefixes[] = {"", "k", "M", "G", "T", "P"};
    int i = 0;
    while (std::abs(flops) >= 1000 && i < 5) {
        flops /= 1000;
        ++i;
    }
    return QLocale().toString(flops, 'g', 3) + QLatin1Char(' ') + QLatin1String(prefixes[i]) + QStringLiteral("FLOP");
}

}  // namespace

void ConfigPage::setupModelInputs()
{
    m_inspectPool = new QThreadPool(this);
    m_inspectPool->setObjectName(QStringLiteral("modelFileInspection"));
    m_inspectPool->setMaxThreadCount(1);
    m_inspectTimer = new QTimer(this);
    m_inspectTimer->setSingleShot(true);
    m_inspectTimer->setInterval(kInspectDelayMs);
    connect(m_inspectTimer, &QTimer::timeout, this, [this] { ensureInspection(false); });
    auto* panel = m_ui->modelInputsPanel;
    connect(panel, &ModelInputsPanel::specsEdited, this, [this] { modelInputsEdited(true); });
    connect(panel, &ModelInputsPanel::exampleInputsChanged, this, [this] { modelInputsEdited(false); });
    connect(panel, &ModelInputsPanel::primaryOutputChanged, this, [this] { modelInputsEdited(false); });
}

QString ConfigPage::inspectionKey(const RunConfig& c)
{
    // What an inspection depends on; the seed only changes the random probe inputs.
    return c.modelFile + QLatin1Char('\n') + c.inputSpecs.join(QLatin1Char('\t')) + QLatin1Char('\n') + c.exampleInputs
        + QLatin1Char('\n') + c.primaryOutput;
}

bool ConfigPage::hasFileInfo(const RunConfig& c) const
{
    return !m_infoKey.isEmpty() && m_infoKey.section(QLatin1Char('\n'), 0, 0) == c.modelFile;
}

const engine::ModelFileInfo* ConfigPage::modelFileInfo() const
{
    return m_config.model == kTorchScript && hasFileInfo(m_config) ? &m_fileInfo : nullptr;
}

bool ConfigPage::openModelFile(const QString& path, QString* error)
{
    RunConfig c = m_config;
    c.model = kTorchScript;
    c.modelFile = path;
    c.inputSpecs.clear();  // the inputs of another file do not apply to this one
    c.exampleInputs.clear();
    c.primaryOutput.clear();
    if (auto e = checkModelFilePath(c)) {
        if (error)
            *error = e->message();
        return false;
    }
    m_opening = true;
    m_openingConfig = c;
    inspect(c);
    readWidgets();  // Run waits for the opening
    return true;
}

bool ConfigPage::openModelFileOrWarn(const QString& path)
{
    QString error;
    if (openModelFile(path, &error)) {
        m_warnOnRefusal = true;
        return true;
    }
    QMessageBox::warning(this, tr("Open model"),
                         tr("The model file could not be opened; the configuration is unchanged.\n\n%1").arg(error));
    return false;
}

void ConfigPage::chooseModelFile()
{
    const QString start = m_base.modelFile.isEmpty() ? QDir::homePath() : QFileInfo(m_base.modelFile).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open model"), start,
        tr("TorchScript files (*.pt *.pth *.ts)") + QStringLiteral(";;") + tr("All files (*)"));
    if (!path.isEmpty())
        openModelFileOrWarn(path);
}

void ConfigPage::modelInputsEdited(bool debounce)
{
    const auto* panel = m_ui->modelInputsPanel;
    m_base.inputSpecs = panel->inputSpecs();
    m_base.exampleInputs = panel->exampleInputs();
    m_base.primaryOutput = panel->primaryOutput();
    readWidgets();
    Q_EMIT configChanged();
    ensureInspection(debounce);
}

void ConfigPage::ensureInspection(bool debounce)
{
    if (debounce) {
        m_inspectTimer->start();  // again: the pause counts from the last key
        return;
    }
    m_inspectTimer->stop();
    const RunConfig& c = m_config;
    if (m_opening || c.model != kTorchScript || m_ui->modelInputsPanel->specError() || checkModelFilePath(c)
        || checkExampleInputsPath(c))
        return;  // nothing to inspect (validate() and the fields say why)
    const QString key = inspectionKey(c);
    if (key == m_infoKey) {
        if (isInspecting()) {  // back to what is shown: the pending result is of no use
            m_shownId = ++m_inspectId;
            m_ui->modelInputsPanel->setBusy(false);
        }
        return;
    }
    if (isInspecting() && key == m_pendingKey)
        return;
    inspect(c);
}

void ConfigPage::inspect(const RunConfig& config)
{
    const quint64 id = ++m_inspectId;
    m_pendingKey = inspectionKey(config);
    m_ui->modelInputsPanel->setBusy(true);
    m_inspectPool->clear();  // requests not started yet are out of date
    QPointer<ConfigPage> self(this);
    m_inspectPool->start([self, id, config] {
        engine::ModelFileInfo info;
        const MaybeError error = checkModelFile(config, &info);
        QMetaObject::invokeMethod(
            qApp, [self, id, config, info, error] {
                if (self)
                    self->inspected(id, config, info, error);
            },
            Qt::QueuedConnection);
    });
}

void ConfigPage::inspected(quint64 id, const RunConfig& config, const engine::ModelFileInfo& info,
                           const MaybeError& error)
{
    if (id != m_inspectId)
        return;  // a newer request is under way
    m_shownId = id;
    m_ui->modelInputsPanel->setBusy(false);
    if (m_opening) {
        finishOpening(config, info, error);
        return;
    }
    if (config.modelFile != m_config.modelFile) {  // another file now: inspect that one
        ensureInspection(false);
        return;
    }
    m_fileInfo = info;
    m_fileError = error;
    m_infoKey = inspectionKey(config);
    if (info.ok) {
        RunConfig sized = m_config;
        applyModelFileSizes(sized, info);
        m_base.inputs = sized.inputs;
        m_base.outputs = sized.outputs;
        m_filling = true;
        m_ui->hiddenSpin->setValue(sized.hidden);
        m_ui->layersSpin->setValue(sized.layers);
        m_filling = false;
    }
    m_ui->modelInputsPanel->setInfo(info, error);
    readWidgets();
    Q_EMIT configChanged();
    Q_EMIT modelFileInspected();
    ensureInspection(false);  // the configuration moved on meanwhile: inspect what it is now
}

void ConfigPage::finishOpening(const RunConfig& config, const engine::ModelFileInfo& info, const MaybeError& error)
{
    m_opening = false;
    const bool warn = m_warnOnRefusal;
    m_warnOnRefusal = false;
    if (refused(info, error)) {
        readWidgets();  // the configuration as it was
        const QString message = error ? error->message() : QString();
        Q_EMIT modelFileRefused(config.modelFile, message);
        if (warn)
            QMessageBox::warning(
                this, tr("Open model"),
                tr("The model file could not be opened; the configuration is unchanged.\n\n%1").arg(message));
        return;
    }
    RunConfig c = config;
    applyModelFileSizes(c, info);
    if (m_ui->modelCombo->findData(kTorchScript) < 0) {
        m_ui->modelCombo->addItem(kTorchScript, kTorchScript);
        for (const auto& m : engine::models())
            if (m.id == "torchscript")
                m_ui->modelCombo->setItemData(m_ui->modelCombo->count() - 1, i18n::engineText(m.summary),
                                              Qt::ToolTipRole);
    }
    m_fileInfo = info;
    m_fileError = error;
    m_infoKey = inspectionKey(c);
    setConfig(c);  // shows m_fileInfo: its key is the configuration's
    Q_EMIT configChanged();
    Q_EMIT modelFileInspected();
}

QString ConfigPage::modelFileProblem(const RunConfig& c, QString* brief) const
{
    const auto say = [brief](const QString& full, const QString& shortText) {
        *brief = shortText;
        return full;
    };
    if (m_opening) {
        const QString text = tr("Opening %1…").arg(QFileInfo(m_openingConfig.modelFile).fileName());
        return say(text, text);
    }
    if (c.model != kTorchScript)
        return {};
    if (const auto e = m_ui->modelInputsPanel->specError())
        return say(e->message(), tr("An input spec is not valid: see Model inputs above."));
    if (inspectionKey(c) != m_infoKey) {
        const QString text = tr("Checking the model file and its inputs…");
        return say(text, text);
    }
    if (m_fileError)
        return say(m_fileError->message(), tr("The model file cannot be benchmarked yet: see Model inputs above."));
    return {};
}

void ConfigPage::updateBatchSweep()
{
    const engine::ModelFileInfo* info = modelFileInfo();
    const bool off = info && info->ok && !info->batched && !info->residualMlp;
    const QString hint = off ? tr("Batch sweep off: the inputs have no batch dimension (B)") : QString();
    m_ui->batchEdit->setEnabled(!off);
    m_ui->batchLabel->setEnabled(!off);
    m_ui->batchEdit->setToolTip(off ? hint + QStringLiteral(". ") + tr("The model runs at its fixed shape.")
                                    : tr("Comma-separated batch sizes, measured in this order."));
    m_ui->batchHint->setText(hint);
    m_ui->batchHint->setVisible(off);
}

void ConfigPage::updateModelFileWidgets()
{
    const bool file = m_ui->modelCombo->currentData().toString() == kTorchScript;
    m_ui->modelFileLabel->setVisible(file);
    m_ui->modelFileEdit->setVisible(file);
    m_ui->changeModelFileButton->setVisible(file);
    m_ui->modelFileNote->setVisible(file);
    m_ui->modelInputsGroup->setVisible(file);
    const QString definedByFile = file ? tr("The model file defines this size.") : QString();
    for (QWidget* w : std::initializer_list<QWidget*>{m_ui->hiddenSpin, m_ui->layersSpin, m_ui->hiddenLabel,
                                                      m_ui->layersLabel}) {
        w->setEnabled(!file);
        w->setToolTip(definedByFile);
    }
}

QString ConfigPage::modelFileCost() const
{
    if (!hasFileInfo(m_config))
        return tr("Reading the model file…");
    const engine::ModelFileInfo& info = m_fileInfo;
    if (refused(info, m_fileError))
        return tr("The model file cannot be read.");
    const QLocale locale;
    const QString parameters = locale.toString(static_cast<qlonglong>(info.parameters));
    const QString bytes = locale.formattedDataSize(info.weightBytes, 2, QLocale::DataSizeSIFormat);
    QString text;
    if (!info.ok) {
        text = tr("%1 parameters · %2 of weights · FLOPs unknown until forward runs on the inputs")
                   .arg(parameters, bytes);
    } else {
        const QString flops = info.cost.flops > 0 ? tr("%1 per forward at batch 1").arg(flopText(info.cost.flops))
                                                  : tr("FLOPs not counted");
        text = tr("%1 parameters · %2 of weights · %3").arg(parameters, bytes, flops);
        if (info.residualMlp)
            text += QLatin1Char(' ')
                + tr("(recognised as the simplified model: hidden %1, %2 layers)")
                      .arg(QString::number(info.hidden), QString::number(info.layers));
    }
    if (info.ok && !info.cost.uncounted.empty()) {
        QStringList ops;
        for (const auto& op : info.cost.uncounted)
            ops << QString::fromStdString(op);
        text += QLatin1Char('\n') + tr("FLOPs: not counted for: %1").arg(ops.join(QStringLiteral(", ")));
    }
    return text;
}

}  // namespace ob::app
