// SPDX-License-Identifier: MIT
#include "bench/model_export.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include "config/enginespec.h"
#include "diagnosis/catalog.h"
#include "optibench/engine/engine.h"

namespace ob {

std::optional<SaveModelRequest> saveModelRequest(const RunConfig& config, const QStringList& methods)
{
    const QString value = config.options.value(kSaveModelOption);
    if (value.isEmpty())
        return std::nullopt;
    const auto eq = value.indexOf(QLatin1Char('='));
    if (eq > 0 && methods.contains(value.left(eq)))
        return SaveModelRequest{value.left(eq), value.mid(eq + 1)};
    return SaveModelRequest{QString(), value};
}

StepResult saveTorchScript(engine::PreparedMethod& prepared, const QString& path)
{
    StepResult step;
    step.strategy = kSaveModelStep;
    QElapsedTimer timer;
    timer.start();
    const QString partial = path + QStringLiteral(".part");
    try {
        prepared.saveTorchScript(QFile::encodeName(partial).toStdString());
        QFile::remove(path);
        if (!QFile::rename(partial, path))
            throw std::runtime_error(QStringLiteral("cannot rename %1 to %2").arg(partial, path).toStdString());
        step.status = QStringLiteral("ok");
        step.message = QCoreApplication::translate("ob::Export", "saved as TorchScript to %1 (%2 bytes)")
                           .arg(path)
                           .arg(QFileInfo(path).size());
    } catch (const std::exception& e) {
        QFile::remove(partial);
        step.status = QStringLiteral("failed");
        step.error = QString::fromUtf8(e.what());
    }
    step.setupMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    return step;
}

StepResult exportMethod(const RunConfig& config, const QString& method, const QString& path,
                        const std::atomic<bool>* cancel)
{
    StepResult step;
    step.strategy = kSaveModelStep;
    step.status = QStringLiteral("failed");
    try {
        engine::applyThreadSettings(config.threads, config.blasThreads);
        const auto workspace = engine::Workspace::create(modelSpecOf(config), engineSettingsOf(config));
        engine::PrepareContext ctx;
        ctx.cancel = cancel;
        const auto prepared = workspace->prepare(method.toStdString(), ctx);
        if (!prepared->ok()) {
            for (const auto& s : prepared->steps())
                if (s.status == engine::StepStatus::Failed) {
                    step.error = QString::fromStdString(s.error);
                    break;
                }
        } else {
            step = saveTorchScript(*prepared, path);
        }
    } catch (const std::exception& e) {
        step.error = QString::fromUtf8(e.what());
    }
    if (step.status == QLatin1String("failed")) {
        if (step.error.isEmpty())
            step.error = QStringLiteral("method %1 did not prepare").arg(method);
        step.diagnosis = diagnoseError(step.error);
    }
    return step;
}

}  // namespace ob
