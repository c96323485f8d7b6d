// SPDX-License-Identifier: MIT
// optibench-cli run: the benchmark with the seed-shaped table, JSON, CSV, report and chart outputs.

#include <QCoreApplication>
#include <QEventLoop>

#include <csignal>
#include <optional>
#include <utility>

#include "bench/model_export.h"
#include "bench/runworker.h"
#include "cliargs.h"
#include "commands.h"
#include "config/files.h"
#include "config/modelfile.h"
#include "config/presets.h"
#include "config/resources.h"
#include "config/validation.h"
#include "logging/logging.h"
#include "output.h"
#include "format/csvreport.h"
#include "format/processtext.h"
#include "format/profilecsv.h"
#include "report/reportfiles.h"
#include "format/runjson.h"
#include "format/seed_comparison.h"
#include "format/statstext.h"
#include "format/steps_text.h"
#include "format/texttable.h"

namespace ob::cli {
namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("ob::cli", s);
}

RunWorker* g_worker = nullptr;

void onInterrupt(int)
{
    if (g_worker)
        g_worker->cancel();  // atomics only
}

QString formatEta(double seconds)
{
    if (seconds < 0)
        return QStringLiteral("?");
    if (seconds < 90)
        return QStringLiteral("%1 s").arg(qRound(seconds));
    return QStringLiteral("%1 min").arg(seconds / 60.0, 0, 'f', 1);
}

/// --save-model FILE.pt or METHOD=FILE.pt (see bench/model_export.h): the method must be run, the file writable.
MaybeError checkSaveModel(const RunConfig& config)
{
    const QStringList methods = expandMethods(config.methods);
    const auto request = saveModelRequest(config, methods);
    if (!request)
        return std::nullopt;
    const QString value = config.options.value(kSaveModelOption);
    const auto eq = value.indexOf(QLatin1Char('='));
    if (request->method.isEmpty() && eq > 0 && !checkMethod(value.left(eq)))
        return ValidationError{QStringLiteral("--save-model"), value,
                               tr("names method \"%1\", which this run does not run").arg(value.left(eq)),
                               tr("FILE.pt, or METHOD=FILE.pt with one of: %1").arg(methods.join(QStringLiteral(", ")))};
    return checkOutputPath(request->path, QStringLiteral("--save-model"));
}

/// Prints what --save-model did; false when a model was asked for and none was saved.
bool reportSavedModel(const RunResult& result)
{
    const auto request = saveModelRequest(result.config, result.methods);
    if (!request)
        return true;
    for (const auto& r : result.results)
        for (const auto& step : r.steps)
            if (step.strategy == kSaveModelStep) {
                if (step.status == QLatin1String("ok")) {
                    printOut(QLatin1Char('\n') + tr("--save-model: %1: %2").arg(r.method, step.message)
                             + QLatin1Char('\n'));
                    return true;
                }
                const QString why = request->method.isEmpty()
                    ? tr("no method of this run has a TorchScript form (add a JIT or Compile step, e.g. jit_script)")
                    : step.error;
                printErr(tr("optibench-cli: --save-model: nothing saved: %1").arg(why) + QLatin1Char('\n'));
                return false;
            }
    printErr(tr("optibench-cli: --save-model: nothing saved: the method to save did not prepare or the run was "
                "cancelled")
             + QLatin1Char('\n'));
    return false;
}

/// Options that map one to one onto configuration keys.
const QStringList& configOptions()
{
    static const QStringList options{
        QStringLiteral("model"),          QStringLiteral("model-file"),     QStringLiteral("input"),
        QStringLiteral("example-inputs"), QStringLiteral("primary-output"), QStringLiteral("hidden"),
        QStringLiteral("layers"),         QStringLiteral("inputs"),         QStringLiteral("outputs"),
        QStringLiteral("batch"),          QStringLiteral("methods"),        QStringLiteral("warmup"),
        QStringLiteral("iterations"),     QStringLiteral("threads"),        QStringLiteral("blas-threads"),
        QStringLiteral("qengine"),        QStringLiteral("seed"),           QStringLiteral("eval-samples"),
        QStringLiteral("target-ci"),      QStringLiteral("min-calls"),      QStringLiteral("max-calls"),
        QStringLiteral("time-budget"),    QStringLiteral("drift-cosine"),   QStringLiteral("drift-top1"),
        QStringLiteral("isolation"),      QStringLiteral("call-timeout"),   QStringLiteral("worker-memory-limit"),
        QStringLiteral("worker-cpu-limit"), QStringLiteral("forks"),          QStringLiteral("max-forks")};
    return options;
}

/// The keys that only a model file uses.
const QStringList& modelFileOptions()
{
    static const QStringList options{QStringLiteral("input"), QStringLiteral("example-inputs"),
                                     QStringLiteral("primary-output")};
    return options;
}

/// Where the run's outputs go (null: not asked for) and what else is printed.
struct RunOutputs {
    QString json;
    QString csv;
    QString samplesCsv;
    QString journal;
    QString report;
    QString charts;
    QStringList compare;  // --compare a,b: two methods of the run, compared after the table
    bool seedPreset = false;
};

/// A step that can refuse the run returns the exit code; std::nullopt lets the run go on.
using Refusal = std::optional<int>;

std::optional<ParsedArgs> parseRunArgs(const QStringList& args, QString* error)
{
    const QStringList otherOptions{QStringLiteral("preset"),  QStringLiteral("config"),      QStringLiteral("json"),
                                   QStringLiteral("csv"),     QStringLiteral("samples-csv"), QStringLiteral("option"),
                                   QStringLiteral("compare"), QStringLiteral("save-model"),  QStringLiteral("journal"),
                                   QStringLiteral("report"),  QStringLiteral("charts"),      QStringLiteral("history-db")};
    return parseArgs(args, configOptions() + otherOptions,
                     {QStringLiteral("quiet"), QStringLiteral("help"), QStringLiteral("exclude-outliers"),
                      QStringLiteral("verbose"), QStringLiteral("no-history"), QStringLiteral("profile")},
                     error);
}

/// --preset and --config: the configuration the other options override.
Refusal applyPresetAndConfigFile(const ParsedArgs& parsed, RunConfig& config)
{
    if (const QString preset = parsed.value(QStringLiteral("preset")); !preset.isNull()) {
        const auto p = presetConfig(preset);
        if (!p) {
            QStringList ids;
            for (const auto& known : presets())
                ids << known.id;
            return fail(
                tr("--preset: \"%1\" is not a preset; allowed: %2").arg(preset, ids.join(QStringLiteral(", "))),
                kExitInvalid);
        }
        config = *p;
    }
    if (const QString file = parsed.value(QStringLiteral("config")); !file.isEmpty())
        if (auto e = loadConfigFile(file, config))
            return fail(e->message(), kExitInvalid);
    return std::nullopt;
}

/// The options that are configuration keys, in the order given. --input is repeatable: the first one replaces the
/// inputs of a preset or config file, the others are appended in order.
Refusal applyConfigOptions(const ParsedArgs& parsed, RunConfig& config)
{
    bool inputsGiven = false;
    for (const auto& [key, value] : parsed.values) {
        if (key == QLatin1String("input") && !std::exchange(inputsGiven, true))
            config.inputSpecs.clear();
        if (configOptions().contains(key)) {
            if (auto e = applyText(config, key, value))
                return fail(QStringLiteral("--") + e->message(), kExitInvalid);
        } else if (key == QLatin1String("option")) {
            if (auto e = applyText(config, QStringLiteral("options"), value))
                return fail(QStringLiteral("--") + e->message(), kExitInvalid);
        }
    }
    if (!parsed.value(QStringLiteral("model-file")).isNull())  // --model-file implies --model torchscript
        config.model = QStringLiteral("torchscript");
    if (config.model == QLatin1String("torchscript") && config.modelFile.isEmpty())
        return fail(tr("--model torchscript needs --model-file FILE.pt (a TorchScript file)"), kExitInvalid);
    if (config.model != QLatin1String("torchscript"))
        for (const auto& key : modelFileOptions())
            if (!parsed.value(key).isNull())
                return fail(tr("--%1 applies to a model file only: add --model-file FILE.pt (the model %2 makes its "
                               "own inputs)")
                                .arg(key, config.model),
                            kExitInvalid);
    if (parsed.has(QStringLiteral("exclude-outliers")))
        if (auto e = applyText(config, QStringLiteral("exclude-outliers"), QStringLiteral("true")))
            return fail(QStringLiteral("--") + e->message(), kExitInvalid);
    if (parsed.has(QStringLiteral("profile")))
        config.profile = true;
    if (const QString save = parsed.value(QStringLiteral("save-model")); !save.isNull())
        config.options.insert(kSaveModelOption, save);
    return std::nullopt;
}

/// The whole configuration, --save-model, and the model file (loaded and probed: not TorchScript is invalid input).
Refusal checkRunConfig(const RunConfig& config)
{
    if (auto e = validate(config))
        return fail(e->message(), kExitInvalid);
    if (auto e = checkSaveModel(config))
        return fail(e->message(), kExitInvalid);
    if (auto e = checkModelFile(config))
        return fail(e->message(), kExitInvalid);
    return std::nullopt;
}

Refusal parseCompare(const ParsedArgs& parsed, const RunConfig& config, QStringList& compare)
{
    const QString pairText = parsed.value(QStringLiteral("compare"));
    if (pairText.isNull())
        return std::nullopt;
    compare = pairText.split(QLatin1Char(','));
    for (auto& m : compare)
        m = m.trimmed();
    const QStringList methods = expandMethods(config.methods);
    const bool ok = compare.size() == 2 && compare[0] != compare[1] && methods.contains(compare[0])
        && methods.contains(compare[1]);
    if (!ok)
        return fail(tr("--compare: \"%1\" is not two different methods of the run; allowed: two of %2, e.g. %3")
                        .arg(pairText, methods.join(QStringLiteral(", ")),
                             methods.size() >= 2 ? methods[0] + QLatin1Char(',') + methods[1]
                                                 : QStringLiteral("eager,<method>")),
                    kExitInvalid);
    return std::nullopt;
}

/// The output files, checked before the run so that a long run never ends in an unwritable path.
Refusal checkOutputs(const ParsedArgs& parsed, RunOutputs& out)
{
    out.json = parsed.value(QStringLiteral("json"));
    out.csv = parsed.value(QStringLiteral("csv"));
    out.samplesCsv = parsed.value(QStringLiteral("samples-csv"));
    out.journal = parsed.value(QStringLiteral("journal"));
    for (const auto& [field, path] : {std::pair{QStringLiteral("--json"), out.json},
                                      {QStringLiteral("--csv"), out.csv},
                                      {QStringLiteral("--samples-csv"), out.samplesCsv},
                                      {QStringLiteral("--journal"), out.journal}})
        if (!path.isNull())
            if (auto e = checkOutputPath(path, field))
                return fail(e->message(), kExitInvalid);
    out.report = parsed.value(QStringLiteral("report"));
    out.charts = parsed.value(QStringLiteral("charts"));
    if (!out.report.isNull())
        if (auto e = report::checkReportPath(out.report, QStringLiteral("--report")))
            return fail(e->message(), kExitInvalid);
    if (!out.charts.isNull())
        if (auto e = report::checkChartsDirectory(out.charts, QStringLiteral("--charts")))
            return fail(e->message(), kExitInvalid);
    return std::nullopt;
}

/// Runs the benchmark on a RunWorker with progress on stderr; Ctrl+C cancels it (finished results are kept).
RunResult runBenchmark(const RunConfig& config, const QString& journalPath, bool showProgress)
{
    RunWorker worker;
    worker.setJournalDirectory(QString());  // the CLI journals only when asked (--journal)
    if (!journalPath.isNull())
        worker.setJournalFile(journalPath);
    g_worker = &worker;
    std::signal(SIGINT, onInterrupt);
    QEventLoop loop;
    RunResult result;
    QObject::connect(&worker, &RunWorker::progress, &loop, [&](int, const RunProgress& p) {
        if (!showProgress)
            return;
        const QString where = p.batch > 0 ? tr("%1, batch %2").arg(p.method).arg(p.batch) : p.method;
        printErr(QStringLiteral("\r\033[K[%1%] %2 %3  %4/%5 %6  %7 %8")
                     .arg(qRound(p.fraction * 100), 3)
                     .arg(p.stage, where)
                     .arg(p.callsDone)
                     .arg((p.totalEstimated ? QStringLiteral("~") : QString()) + QString::number(p.callsTotal))
                     .arg(tr("calls"), tr("ETA"), formatEta(p.etaSeconds)));
    });
    QObject::connect(&worker, &RunWorker::journalFailed, &loop, [&](int, const QString& message) {
        printErr(tr("optibench-cli: warning: the journal was not fully written: %1\n").arg(message));
    });
    QObject::connect(&worker, &RunWorker::runFinished, &loop, [&](int, const RunResult& r) {
        result = r;
        loop.quit();
    });
    worker.start(config);
    loop.exec();
    std::signal(SIGINT, SIG_DFL);
    g_worker = nullptr;
    if (showProgress)
        printErr(QStringLiteral("\r\033[K"));
    return result;
}

/// The table and the texts after it on stdout (or what `printText` makes of the run), then the files asked for.
int writeRunOutputs(const RunResult& result, const RunOutputs& out, const RunPrinter& printText)
{
    if (printText) {
        printOut(printText(result, out.compare));
    } else {
        printOut(runToText(result));
        if (const QString processes = processesText(result); !processes.isEmpty())
            printOut(QLatin1Char('\n') + processes);
        if (!out.compare.isEmpty())
            printOut(QLatin1Char('\n') + comparisonText(result, out.compare[0], out.compare[1]));
    }
    if (out.seedPreset)
        printOut(seedComparisonText(result));
    printOut(stepsToText(result));
    const bool saved = reportSavedModel(result);
    if (!out.json.isNull())
        if (auto e = writeFileAtomically(out.json, runToJsonBytes(result), QStringLiteral("--json")))
            return fail(e->message(), kExitInternal);
    if (!out.csv.isNull())
        if (auto e = writeFileAtomically(out.csv, runToCsv(result), QStringLiteral("--csv")))
            return fail(e->message(), kExitInternal);
    if (!out.csv.isNull() && result.config.profile)  // the profile table beside it: run.csv -> run.profile.csv
        if (auto e = writeFileAtomically(profileCsvPath(out.csv), profileToCsv(result), QStringLiteral("--csv")))
            return fail(e->message(), kExitInternal);
    if (!out.samplesCsv.isNull())
        if (auto e = writeFileAtomically(out.samplesCsv, samplesToCsv(result), QStringLiteral("--samples-csv")))
            return fail(e->message(), kExitInternal);
    if (const int code = writeReportOutputs(result, out.report, QStringLiteral("--report"), out.charts);
        code != kExitOk)
        return code;
    if (!result.error.isEmpty() || !saved)
        return kExitInternal;
    return kExitOk;
}

}  // namespace

int runCommand(const QStringList& args)
{
    return runCommand(args, {});
}

int runCommand(const QStringList& args, const RunPrinter& printText)
{
    QString error;
    const auto parsed = parseRunArgs(args, &error);
    if (!parsed)
        return fail(error, kExitInvalid);
    if (parsed->has(QStringLiteral("help"))) {
        printOut(usage());
        return kExitOk;
    }
    if (!parsed->positional.isEmpty())
        return fail(tr("unexpected argument \"%1\"").arg(parsed->positional.front()), kExitInvalid);

    RunConfig config;
    RunOutputs outputs;
    if (auto refused = applyPresetAndConfigFile(*parsed, config))
        return *refused;
    if (auto refused = applyConfigOptions(*parsed, config))
        return *refused;
    if (auto refused = checkRunConfig(config))
        return *refused;
    if (auto refused = parseCompare(*parsed, config, outputs.compare))
        return *refused;
    if (auto refused = checkOutputs(*parsed, outputs))
        return *refused;
    if (!parsed->value(QStringLiteral("history-db")).isNull() && parsed->has(QStringLiteral("no-history")))
        return fail(tr("--history-db and --no-history contradict each other; give one"), kExitInvalid);
    if (auto e = checkResources(config))  // before any allocation: a run that cannot fit is refused, not killed
        return fail(e->message(), kExitInvalid);
    if (parsed->has(QStringLiteral("verbose"))) {
        logging::Options options;
        options.toStderr = true;
        logging::init(options);
    }
    outputs.seedPreset = parsed->value(QStringLiteral("preset")) == QLatin1String("seed");
    const bool showProgress = !parsed->has(QStringLiteral("quiet")) && stderrIsTerminal();
    const RunResult result = runBenchmark(config, outputs.journal, showProgress);
    const int code = writeRunOutputs(result, outputs, printText);
    recordRun(result, parsed->value(QStringLiteral("history-db")), parsed->has(QStringLiteral("no-history")),
              parsed->has(QStringLiteral("quiet")));
    return code;
}

}  // namespace ob::cli
