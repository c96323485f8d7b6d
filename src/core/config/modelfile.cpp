// SPDX-License-Identifier: MIT
#include "config/modelfile.h"

#include <QFile>
#include <QFileInfo>

#include "i18n/tr.h"
#include "optibench/engine/engine.h"

namespace ob {
namespace {

const QString kField = QStringLiteral("model-file");

QString allowedFile()
{
    return tr("a TorchScript file (torch::jit::save archive, e.g. written by optibench-cli run --save-model) of at "
              "most 2 GiB");
}

}  // namespace

MaybeError checkModelFilePath(const RunConfig& c)
{
    if (c.model != QLatin1String("torchscript"))
        return std::nullopt;
    if (c.modelFile.trimmed().isEmpty())
        return ValidationError{kField, c.modelFile, tr("is missing: model torchscript is loaded from a file"),
                               allowedFile()};
    const QFileInfo file(c.modelFile);
    if (!file.exists())
        return ValidationError{kField, c.modelFile, tr("does not exist"), allowedFile()};
    if (file.isDir())
        return ValidationError{kField, c.modelFile, tr("is a directory, not a file"), allowedFile()};
    if (!file.isFile())
        return ValidationError{kField, c.modelFile, tr("is not a regular file"), allowedFile()};
    if (!file.isReadable())
        return ValidationError{kField, c.modelFile, tr("cannot be read (no permission)"), allowedFile()};
    if (file.size() > kMaxModelFileBytes)
        return ValidationError{kField, c.modelFile,
                               tr("is too large (%1 bytes)").arg(file.size()), allowedFile()};
    return std::nullopt;
}

MaybeError checkModelFile(const RunConfig& c, engine::ModelFileInfo* infoOut)
{
    if (auto e = checkModelFilePath(c))
        return e;
    if (c.model != QLatin1String("torchscript"))
        return std::nullopt;
    const engine::ModelFileInfo info =
        engine::inspectModelFile(QFile::encodeName(c.modelFile).toStdString(), c.inputs);
    if (infoOut)
        *infoOut = info;
    if (info.ok)
        return std::nullopt;
    const QString detail = QString::fromStdString(info.detail);
    if (info.errorKind == "not_torchscript")
        return ValidationError{kField, c.modelFile,
                               tr("is not a TorchScript model file (torch::jit::save archive); LibTorch: %1")
                                   .arg(detail),
                               allowedFile()};
    if (info.errorKind == "interface") {
        const QString allowed = tr("a TorchScript module whose forward takes a [batch, inputs] float tensor and "
                                   "returns a tensor, a dict with reasoning_scores, or a tuple (inputs = %1)")
                                    .arg(c.inputs);
        if (info.detail.rfind("[", 0) == 0)  // no LibTorch error: the shape it returned
            return ValidationError{kField, c.modelFile,
                                   tr("returns scores of shape %1 for a [1, %2] input, not [1, N] floats")
                                       .arg(detail, QString::number(c.inputs)),
                                   allowed};
        return ValidationError{kField, c.modelFile,
                               tr("fails on a [1, %1] float input; LibTorch: %2")
                                   .arg(QString::number(c.inputs), detail),
                               allowed};
    }
    return ValidationError{kField, c.modelFile, tr("cannot be read"), allowedFile()};
}

void applyModelFileSizes(RunConfig& c, const engine::ModelFileInfo& info)
{
    if (!info.ok)
        return;
    c.outputs = info.outputs;
    if (info.residualMlp) {
        c.hidden = info.hidden;
        c.layers = info.layers;
    }
}

}  // namespace ob
