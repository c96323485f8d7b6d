// SPDX-License-Identifier: MIT
#include "config/modelfile.h"

#include <QFile>
#include <QFileInfo>

#include "bench/modelinspect.h"
#include "config/enginespec.h"
#include "config/inputspec.h"
#include "i18n/tr.h"
#include "optibench/engine/engine.h"

namespace ob {
namespace {

const QString kField = QStringLiteral("model-file");
const QString kInputField = QStringLiteral("input");
const QString kExampleField = QStringLiteral("example-inputs");

QString allowedFile()
{
    return tr("a TorchScript file (torch::jit::save archive, e.g. written by optibench-cli run --save-model) of at "
              "most 2 GiB");
}

QString allowedExampleFile()
{
    return tr("a file of forward's inputs written by torch.save or torch::pickle_save, of at most 2 GiB");
}

/// The path exists and is a readable regular file of at most kMaxModelFileBytes.
MaybeError checkReadableFile(const QString& field, const QString& path, const QString& allowed)
{
    const QFileInfo file(path);
    if (!file.exists())
        return ValidationError{field, path, tr("does not exist"), allowed};
    if (file.isDir())
        return ValidationError{field, path, tr("is a directory, not a file"), allowed};
    if (!file.isFile())
        return ValidationError{field, path, tr("is not a regular file"), allowed};
    if (!file.isReadable())
        return ValidationError{field, path, tr("cannot be read (no permission)"), allowed};
    if (file.size() > kMaxModelFileBytes)
        return ValidationError{field, path, tr("is too large (%1 bytes)").arg(file.size()), allowed};
    return std::nullopt;
}

/// `allowed` followed by the model's schema, when the engine could read it.
QString withSchema(const QString& allowed, const engine::ModelFileInfo& info)
{
    if (info.schema.empty())
        return allowed;
    return tr("%1; the model: %2").arg(allowed, QString::fromStdString(info.schema));
}

/// The engine's message ("FIELD: VALUE PROBLEM; allowed: ALLOWED", in English) as a ValidationError whose message()
/// is that text. Without the FIELD: prefix (another wording), `field` and `value` name it and the text is the problem;
/// without its own allowed text, `allowed` says what is.
ValidationError engineError(const engine::ModelFileInfo& info, const QString& field, const QString& value,
                            QString allowed)
{
    QString head = QString::fromStdString(info.error);
    const QString allowedMark = QStringLiteral("; allowed: ");
    if (const auto at = head.lastIndexOf(allowedMark); at >= 0) {
        allowed = head.mid(at + allowedMark.size());
        head = head.left(at);
    }
    for (const QString& named : {kField, kInputField, kExampleField}) {
        if (!head.startsWith(named + QStringLiteral(": ")))
            continue;
        head = head.mid(named.size() + 2);
        if (!value.isEmpty() && head.startsWith(value + QLatin1Char(' ')))
            return ValidationError{named, value, head.mid(value.size() + 1), allowed};
        const auto space = head.indexOf(QLatin1Char(' '));  // the value as the engine wrote it: its first word
        return space > 0 ? ValidationError{named, head.left(space), head.mid(space + 1), allowed}
                         : ValidationError{named, head, QString(), allowed};
    }
    return ValidationError{field, value, head, allowed};
}

/// The engine's verdict on a file that cannot be benchmarked, in the words of the validation layer: input for inputs
/// that do not fit (naming the argument), example-inputs for that file, model-file for the rest.
ValidationError modelFileError(const RunConfig& c, const engine::ModelFileInfo& info)
{
    if (info.errorKind == "not_torchscript")
        return ValidationError{kField, c.modelFile,
                               tr("is not a TorchScript model file (torch::jit::save archive); LibTorch: %1")
                                   .arg(QString::fromStdString(info.detail)),
                               allowedFile()};
    if (info.errorKind == "inputs")
        return engineError(info, kInputField, QString::fromStdString(info.argument),
                           withSchema(inputSpecSyntax(), info));
    if (info.errorKind == "example_inputs")
        return engineError(info, kExampleField, c.exampleInputs, withSchema(allowedExampleFile(), info));
    if (info.errorKind == "interface")
        return engineError(info, kField, c.modelFile,
                           withSchema(tr("a forward that runs on the inputs and returns tensors or numbers, alone or "
                                         "in tuples, lists and dicts"),
                                      info));
    const QString detail = QString::fromStdString(info.detail);  // "unreadable": what the system said
    return ValidationError{kField, c.modelFile,
                           detail.isEmpty() ? tr("cannot be read") : tr("cannot be read: %1").arg(detail),
                           allowedFile()};
}

}  // namespace

MaybeError checkModelFilePath(const RunConfig& c)
{
    if (c.model != QLatin1String("torchscript"))
        return std::nullopt;
    if (c.modelFile.trimmed().isEmpty())
        return ValidationError{kField, c.modelFile, tr("is missing: model torchscript is loaded from a file"),
                               allowedFile()};
    return checkReadableFile(kField, c.modelFile, allowedFile());
}

MaybeError checkExampleInputsPath(const RunConfig& c)
{
    if (c.model != QLatin1String("torchscript") || c.exampleInputs.isEmpty())
        return std::nullopt;
    return checkReadableFile(kExampleField, c.exampleInputs, allowedExampleFile());
}

MaybeError checkModelFile(const RunConfig& c, engine::ModelFileInfo* infoOut)
{
    if (auto e = checkModelFilePath(c))
        return e;
    if (c.model != QLatin1String("torchscript"))
        return std::nullopt;
    if (auto e = checkExampleInputsPath(c))
        return e;
    const engine::ModelFileInfo info = inspectModelFileFor(c);  // in a worker process unless isolation is thread
    if (infoOut)
        *infoOut = info;
    if (info.ok)
        return std::nullopt;
    return modelFileError(c, info);
}

void applyModelFileSizes(RunConfig& c, const engine::ModelFileInfo& info)
{
    if (!info.ok)
        return;
    using L = engine::Limits;
    if (info.inputs >= L::kMinWidth && info.inputs <= L::kMaxWidth)
        c.inputs = info.inputs;
    // A model whose outputs are not [1, N] scores reports no width (0): the configured one stays, so that the
    // configuration stays valid.
    if (info.outputs >= L::kMinWidth && info.outputs <= L::kMaxWidth)
        c.outputs = info.outputs;
    if (info.residualMlp) {
        c.hidden = info.hidden;
        c.layers = info.layers;
    }
}

}  // namespace ob
