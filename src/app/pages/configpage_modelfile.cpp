// SPDX-License-Identifier: MIT
// ConfigPage: model "torchscript" (File > Open model…): the file, its read-out, and the sizes it defines.

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QThread>

#include "config/modelfile.h"
#include "i18n/engine_texts.h"
#include "optibench/engine/engine.h"
#include "pages/configpage.h"
#include "ui_configpage.h"

namespace ob::app {
namespace {

const QString kTorchScript = QStringLiteral("torchscript");

/// Files up to this size load in well under 0.1 s once LibTorch's JIT is initialised (the default model's 3.7 MB file:
/// 18-34 ms; the first load in a process: ~290 ms): inspected on the GUI thread.
constexpr qint64 kInspectInlineBytes = 16LL * 1024 * 1024;

/// checkModelFile() on the GUI thread for a small file, else on a short-lived thread while the page waits
/// (the engine caches the result, so the read-out that follows does not load the file again).
MaybeError inspect(QWidget* page, const RunConfig& config, engine::ModelFileInfo* info)
{
    if (QFileInfo(config.modelFile).size() <= kInspectInlineBytes)
        return checkModelFile(config, info);
    MaybeError error;
    QEventLoop loop;
    QThread* thread = QThread::create([&] { error = checkModelFile(config, info); });
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    page->setEnabled(false);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    thread->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    thread->wait();
    delete thread;
    QApplication::restoreOverrideCursor();
    page->setEnabled(true);
    return error;
}

}  // namespace

bool ConfigPage::openModelFile(const QString& path, QString* error)
{
    RunConfig c = m_config;
    c.model = kTorchScript;
    c.modelFile = path;
    engine::ModelFileInfo info;
    if (auto e = inspect(this, c, &info)) {
        if (error)
            *error = e->message();
        return false;
    }
    applyModelFileSizes(c, info);
    if (m_ui->modelCombo->findData(kTorchScript) < 0) {
        m_ui->modelCombo->addItem(kTorchScript, kTorchScript);
        for (const auto& m : engine::models())
            if (m.id == "torchscript")
                m_ui->modelCombo->setItemData(m_ui->modelCombo->count() - 1,
                                              i18n::engineText(m.summary), Qt::ToolTipRole);
    }
    setConfig(c);
    Q_EMIT configChanged();
    return true;
}

bool ConfigPage::openModelFileOrWarn(const QString& path)
{
    QString error;
    if (openModelFile(path, &error))
        return true;
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

void ConfigPage::updateModelFileWidgets()
{
    const bool file = m_ui->modelCombo->currentData().toString() == kTorchScript;
    m_ui->modelFileLabel->setVisible(file);
    m_ui->modelFileEdit->setVisible(file);
    m_ui->changeModelFileButton->setVisible(file);
    const QString definedByFile = file ? tr("The model file defines this size.") : QString();
    for (QWidget* w : std::initializer_list<QWidget*>{m_ui->hiddenSpin, m_ui->layersSpin, m_ui->hiddenLabel,
                                                      m_ui->layersLabel}) {
        w->setEnabled(!file);
        w->setToolTip(definedByFile);
    }
}

QString ConfigPage::modelFileCost() const
{
    engine::ModelFileInfo info;
    if (auto e = checkModelFile(m_config, &info))
        return e->message();
    const QLocale locale;
    const QString parameters = locale.toString(static_cast<qlonglong>(info.parameters));
    const QString bytes = locale.formattedDataSize(info.weightBytes, 2, QLocale::DataSizeSIFormat);
    if (info.residualMlp)
        return tr("%1 parameters · %2 of weights · %3 MFLOP per sample · %4 outputs (recognised as the simplified "
                  "model: hidden %5, %6 layers)")
            .arg(parameters, bytes, locale.toString(info.flopsPerSample / 1e6, 'f', 3), QString::number(info.outputs),
                 QString::number(info.hidden), QString::number(info.layers));
    return tr("%1 parameters · %2 of weights · FLOPs per sample unknown · %3 outputs")
        .arg(parameters, bytes, QString::number(info.outputs));
}

}  // namespace ob::app
