// SPDX-License-Identifier: MIT
// optibench-cli inspect FILE: what a TorchScript file is (forward's schema, the inputs it runs on and where each came
// from, its outputs, its cost) and the --input specs to benchmark it, without a benchmark.

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <optional>
#include <vector>

#include "cliargs.h"
#include "commands.h"
#include "config/inputspec.h"
#include "config/modelfile.h"
#include "config/validation.h"
#include "format/texttable.h"
#include "optibench/engine/engine.h"
#include "output.h"

namespace ob::cli {
namespace {

using engine::ArgumentInfo;
using engine::InputSpec;
using engine::ModelFileInfo;

QString tr(const char* s)
{
    return QCoreApplication::translate("ob::cli", s);
}

QString fromStd(const std::string& s)
{
    return QString::fromStdString(s);
}

/// Every input the probe used, named after its argument where the engine left the name out.
std::vector<InputSpec> namedInputs(const ModelFileInfo& info)
{
    std::vector<InputSpec> out;
    for (const auto& s : specsByArgument(info))
        if (s)
            out.push_back(*s);
    if (out.size() < info.inputSpecs.size())  // no schema to name them by: as the engine gave them
        return info.inputSpecs;
    return out;
}

QString sourceText(const InputSpec& s)
{
    if (s.source == "user")
        return tr("given");
    if (s.source == "example_file")
        return tr("example file");
    if (s.source == "graph")
        return s.reason.empty() ? tr("suggested from the graph")
                                : tr("suggested from the graph: %1").arg(fromStd(s.reason));
    return fromStd(s.source);
}

QString shapeText(const std::vector<std::int64_t>& shape)
{
    if (shape.empty())
        return tr("scalar");
    QStringList dims;
    for (const auto d : shape)
        dims << QString::number(d);
    return QLatin1Char('[') + dims.join(QStringLiteral(", ")) + QLatin1Char(']');
}

QString leafPath(const std::string& path)
{
    return path.empty() ? tr("(the output)") : fromStd(path);
}

/// "3.64 GFLOP", "46.8 MB", "608 FLOP": three significant digits, an SI prefix and the unit.
QString scaled(double v, const char* unit)
{
    const char* prefixes[] = {"", "k", "M", "G", "T", "P"};
    int i = 0;
    while (std::abs(v) >= 1000 && i < 5) {
        v /= 1000;
        ++i;
    }
    return QString::number(v, 'g', 3) + QLatin1Char(' ') + QLatin1String(prefixes[i]) + QLatin1String(unit);
}

/// The command that benchmarks the file on the inputs the probe used, ready to paste into a shell. Inputs that came
/// from the example-inputs file stay with the file (--example-inputs); the others become --input specs.
QString suggestedCommand(const RunConfig& config, const ModelFileInfo& info)
{
    std::vector<InputSpec> specs;
    bool fromExample = false;
    for (const auto& s : namedInputs(info)) {
        if (s.source == "example_file" && !config.exampleInputs.isEmpty())
            fromExample = true;
        else
            specs.push_back(s);
    }
    QString command = QStringLiteral("optibench-cli run --model-file ") + shellQuoted(config.modelFile);
    if (fromExample)
        command += QStringLiteral(" --example-inputs ") + shellQuoted(config.exampleInputs);
    if (!specs.empty())
        command += QLatin1Char(' ') + inputSpecArguments(specs);
    if (!config.primaryOutput.isEmpty())
        command += QStringLiteral(" --primary-output ") + shellQuoted(config.primaryOutput);
    return command;
}

/// Columns padded to the widest cell (CJK characters count twice); the last column is not padded.
QString columns(const QList<QStringList>& rows)
{
    QList<int> widths;
    for (const auto& row : rows)
        for (int c = 0; c < row.size(); ++c) {
            if (widths.size() <= c)
                widths << 0;
            widths[c] = std::max(widths[c], displayWidth(row[c]));
        }
    QString out;
    for (const auto& row : rows) {
        QString line = QStringLiteral("  ");
        for (int c = 0; c < row.size(); ++c)
            line += c + 1 < row.size() ? row[c] + QString(widths[c] + 2 - displayWidth(row[c]), QLatin1Char(' '))
                                       : row[c];
        out += line + QLatin1Char('\n');
    }
    return out;
}

QString argumentsText(const ModelFileInfo& info)
{
    QList<QStringList> rows{{tr("name"), tr("type"), tr("default"), tr("input spec"), tr("source")}};
    const auto specs = specsByArgument(info);
    for (std::size_t i = 0; i < info.arguments.size(); ++i) {
        const ArgumentInfo& a = info.arguments[i];
        const QString def = a.hasDefault ? fromStd(a.defaultValue) : QStringLiteral("-");
        if (specs[i])
            rows << QStringList{fromStd(a.name), fromStd(a.type), def, formatInputSpec(*specs[i]),
                                sourceText(*specs[i])};
        else
            rows << QStringList{fromStd(a.name), fromStd(a.type), def, QStringLiteral("-"),
                                a.tensor ? tr("none") : tr("not a tensor: its default is used")};
    }
    return tr("Arguments of forward:") + QLatin1Char('\n') + columns(rows);
}

QString outputsText(const ModelFileInfo& info)
{
    QList<QStringList> rows{{tr("path"), tr("dtype"), tr("shape at batch 1"), tr("compared")}};
    for (const auto& leaf : info.outputLeaves)
        rows << QStringList{leafPath(leaf.path), fromStd(leaf.dtype), shapeText(leaf.shape),
                            leaf.floating ? tr("cosine and errors") : tr("exactly")};
    const QString primary = info.primaryOutput.empty()
        ? tr("Primary output: none (no output has a class dimension): top-1 agreement is not measured")
        : tr("Primary output: %1 (top-1 agreement is measured on it; --primary-output chooses another)")
              .arg(fromStd(info.primaryOutput));
    return tr("Outputs:") + QLatin1Char('\n') + columns(rows) + primary + QLatin1Char('\n');
}

QString costText(const ModelFileInfo& info)
{
    const engine::GraphCost& cost = info.cost;
    QList<QStringList> rows{
        {tr("parameters"), QString::number(info.parameters)},
        {tr("weights"),
         tr("%1 (%2 bytes)").arg(scaled(static_cast<double>(info.weightBytes), "B")).arg(info.weightBytes)},
        {tr("FLOPs per forward at batch 1"), scaled(cost.flops, "FLOP")},
        {tr("bytes the counted ops read and write"),
         tr("%1 of weights, %2 of activations").arg(scaled(cost.weightBytes, "B"), scaled(cost.activationBytes, "B"))}};
    QStringList uncounted;
    for (const auto& op : cost.uncounted)
        uncounted << fromStd(op);
    rows << QStringList{tr("ops not counted"), uncounted.isEmpty() ? tr("none") : uncounted.join(QStringLiteral(", "))};
    return tr("Cost:") + QLatin1Char('\n') + columns(rows);
}

QString inspectText(const RunConfig& config, const ModelFileInfo& info)
{
    QString text = tr("Model file: %1").arg(config.modelFile) + QLatin1Char('\n')
        + tr("Schema: %1").arg(fromStd(info.schema)) + QStringLiteral("\n\n") + argumentsText(info)
        + QLatin1Char('\n') + outputsText(info) + QLatin1Char('\n') + costText(info) + QLatin1Char('\n');
    text += (info.batched ? tr("Batch sweep: applies (an input has the batch dimension B; --batch sets its sizes)")
                          : tr("Batch sweep: does not apply (no input has a batch dimension B): the model runs at "
                               "its fixed shape whatever --batch says"))
        + QStringLiteral("\n\n");
    if (info.residualMlp)
        text += tr("Recognised as OptiBench's simplified model (hidden %1, layers %2): quantization and the native "
                   "kernels apply.")
                    .arg(info.hidden)
                    .arg(info.layers)
            + QStringLiteral("\n\n");
    text += tr("To benchmark it on these inputs:") + QLatin1Char('\n') + QStringLiteral("  ")
        + suggestedCommand(config, info) + QLatin1Char('\n');
    return text;
}

QJsonObject inspectJson(const RunConfig& config, const ModelFileInfo& info)
{
    QJsonArray arguments;
    for (const auto& a : info.arguments)
        arguments.append(QJsonObject{{QStringLiteral("name"), fromStd(a.name)},
                                     {QStringLiteral("type"), fromStd(a.type)},
                                     {QStringLiteral("default"),
                                      a.hasDefault ? QJsonValue(fromStd(a.defaultValue)) : QJsonValue()},
                                     {QStringLiteral("tensor"), a.tensor}});
    QJsonArray inputs;
    for (const auto& s : namedInputs(info))
        inputs.append(QJsonObject{{QStringLiteral("name"), fromStd(s.name)},
                                  {QStringLiteral("spec"), formatInputSpec(s)},
                                  {QStringLiteral("source"), fromStd(s.source)},
                                  {QStringLiteral("reason"), fromStd(s.reason)}});
    QJsonArray outputs;
    for (const auto& leaf : info.outputLeaves) {
        QJsonArray shape;
        for (const auto d : leaf.shape)
            shape.append(static_cast<qint64>(d));
        outputs.append(QJsonObject{{QStringLiteral("path"), fromStd(leaf.path)},
                                   {QStringLiteral("dtype"), fromStd(leaf.dtype)},
                                   {QStringLiteral("shape"), shape},
                                   {QStringLiteral("floating"), leaf.floating}});
    }
    QJsonArray uncounted;
    for (const auto& op : info.cost.uncounted)
        uncounted.append(fromStd(op));
    const QJsonObject cost{{QStringLiteral("flops"), info.cost.flops},
                           {QStringLiteral("weight_bytes"), info.cost.weightBytes},
                           {QStringLiteral("activation_bytes"), info.cost.activationBytes},
                           {QStringLiteral("uncounted"), uncounted}};
    return QJsonObject{{QStringLiteral("model_file"), config.modelFile},
                       {QStringLiteral("ok"), info.ok},
                       {QStringLiteral("error_kind"), fromStd(info.errorKind)},
                       {QStringLiteral("error"), fromStd(info.error)},
                       {QStringLiteral("argument"), fromStd(info.argument)},
                       {QStringLiteral("detail"), fromStd(info.detail)},
                       {QStringLiteral("schema"), fromStd(info.schema)},
                       {QStringLiteral("arguments"), arguments},
                       {QStringLiteral("inputs"), inputs},
                       {QStringLiteral("outputs"), outputs},
                       {QStringLiteral("primary_output"), fromStd(info.primaryOutput)},
                       {QStringLiteral("batched"), info.batched},
                       {QStringLiteral("parameters"), static_cast<qint64>(info.parameters)},
                       {QStringLiteral("weight_bytes"), static_cast<qint64>(info.weightBytes)},
                       {QStringLiteral("cost"), cost},
                       {QStringLiteral("suggested_command"), info.ok ? suggestedCommand(config, info) : QString()}};
}

/// The configuration of `inspect FILE [--input SPEC ...] [--example-inputs FILE] [--primary-output PATH]`.
std::optional<int> configFromArgs(const ParsedArgs& parsed, RunConfig& config)
{
    if (parsed.positional.size() != 1)
        return fail(tr("inspect needs one model file: optibench-cli inspect FILE.pt [--input SPEC ...] "
                       "[--example-inputs FILE] [--json]"),
                    kExitInvalid);
    config.model = QStringLiteral("torchscript");
    if (auto e = applyText(config, QStringLiteral("model-file"), parsed.positional.front()))
        return fail(e->message(), kExitInvalid);
    for (const auto& [key, value] : parsed.values)
        if (auto e = applyText(config, key, value))
            return fail(QStringLiteral("--") + e->message(), kExitInvalid);
    if (auto e = validate(config))
        return fail(e->message(), kExitInvalid);
    return std::nullopt;
}

}  // namespace

int inspectCommand(const QStringList& args)
{
    QString error;
    const auto parsed = parseArgs(
        args, {QStringLiteral("input"), QStringLiteral("example-inputs"), QStringLiteral("primary-output")},
        {QStringLiteral("json"), QStringLiteral("verbose"), QStringLiteral("help")}, &error);
    if (!parsed)
        return fail(error, kExitInvalid);
    if (parsed->has(QStringLiteral("help"))) {
        printOut(usage());
        return kExitOk;
    }
    RunConfig config;
    if (auto refused = configFromArgs(*parsed, config))
        return *refused;
    ModelFileInfo info;  // engine::inspectModelFile(modelSpecOf(config)), as run sees it
    const MaybeError refused = checkModelFile(config, &info);
    if (parsed->has(QStringLiteral("json"))) {
        printOut(QString::fromUtf8(QJsonDocument(inspectJson(config, info)).toJson(QJsonDocument::Indented)));
        return info.ok ? kExitOk : kExitInvalid;
    }
    if (info.ok) {
        printOut(inspectText(config, info));
        return kExitOk;
    }
    // The paragraph run prints for this file (the engine's text, translated where core knows the failure).
    const QString message = refused
        ? refused->message()
        : tr("%1 cannot be benchmarked (%2)").arg(config.modelFile, fromStd(info.errorKind));
    QString text = QStringLiteral("optibench-cli: error: ") + message + QLatin1Char('\n');
    if (!info.schema.empty())
        text += QStringLiteral("  ") + tr("Schema: %1").arg(fromStd(info.schema)) + QLatin1Char('\n');
    if (parsed->has(QStringLiteral("verbose")) && !info.detail.empty())
        text += QStringLiteral("  ") + tr("LibTorch's own text: %1").arg(fromStd(info.detail)) + QLatin1Char('\n');
    printErr(text);
    return kExitInvalid;
}

}  // namespace ob::cli
