// SPDX-License-Identifier: MIT
// optibench-cli run: the benchmark with the seed-shaped table, JSON, CSV, report and chart outputs.

#include <QCoreApplication>
#include <QEventLoop>

#include <csignal>

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
#include "report/csvreport.h"
#include "report/reportfiles.h"
#include "report/runjson.h"
#include "report/seed_comparison.h"
#include "report/statstext.h"
#include "report/steps_text.h"
#include "report/texttable.h"

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

}  // namespace

int runCommand(const QStringList& args)
{
    // Options that map one to one onto configuration keys.
    const QStringList configOptions{QStringLiteral("model"), QStringLiteral("model-file"), QStringLiteral("hidden"),
                                    QStringLiteral("layers"), QStringLiteral("inputs"), QStringLiteral("outputs"),
                                    QStringLiteral("batch"), QStringLiteral("methods"), QStringLiteral("warmup"), QStringLiteral("iterations"),
                                    QStringLiteral("threads"), QStringLiteral("blas-threads"), QStringLiteral("qengine"),
                                    QStringLiteral("seed"), QStringLiteral("eval-samples"), QStringLiteral("target-ci"),
                                    QStringLiteral("min-calls"), QStringLiteral("max-calls"),
                                    QStringLiteral("time-budget")};
    const QStringList otherOptions{QStringLiteral("preset"), QStringLiteral("config"), QStringLiteral("json"), QStringLiteral("csv"),
                                   QStringLiteral("samples-csv"), QStringLiteral("option"), QStringLiteral("compare"),
                                   QStringLiteral("save-model"), QStringLiteral("journal"), QStringLiteral("report"),
                                   QStringLiteral("charts")};
    QString error;
    const auto parsed = parseArgs(args, configOptions + otherOptions,
                                  {QStringLiteral("quiet"), QStringLiteral("help"), QStringLiteral("exclude-outliers"),
                                   QStringLiteral("verbose")},
                                  &error);
    if (!parsed)
        return fail(error, kExitInvalid);
    if (parsed->has(QStringLiteral("help"))) {
        printOut(usage());
        return kExitOk;
    }
    if (!parsed->positional.isEmpty())
        return fail(tr("unexpected argument \"%1\"").arg(parsed->positional.front()), kExitInvalid);

    RunConfig config;
    if (const QString preset = parsed->value(QStringLiteral("preset")); !preset.isNull()) {
        const auto p = presetConfig(preset);
        if (!p) {
            QStringList ids;
            for (const auto& known : presets())
                ids << known.id;
            return fail(tr("--preset: \"%1\" is not a preset; allowed: %2").arg(preset, ids.join(QStringLiteral(", "))),
                        kExitInvalid);
        }
        config = *p;
    }
    if (const QString file = parsed->value(QStringLiteral("config")); !file.isEmpty())
        if (auto e = loadConfigFile(file, config))
            return fail(e->message(), kExitInvalid);
    for (const auto& [key, value] : parsed->values) {
        if (configOptions.contains(key)) {
            if (auto e = applyText(config, key, value))
                return fail(QStringLiteral("--") + e->message(), kExitInvalid);
        } else if (key == QLatin1String("option")) {
            if (auto e = applyText(config, QStringLiteral("options"), value))
                return fail(QStringLiteral("--") + e->message(), kExitInvalid);
        }
    }
    if (!parsed->value(QStringLiteral("model-file")).isNull())  // --model-file implies --model torchscript
        config.model = QStringLiteral("torchscript");
    if (config.model == QLatin1String("torchscript") && config.modelFile.isEmpty())
        return fail(tr("--model torchscript needs --model-file FILE.pt (a TorchScript file)"), kExitInvalid);
    if (parsed->has(QStringLiteral("exclude-outliers")))
        if (auto e = applyText(config, QStringLiteral("exclude-outliers"), QStringLiteral("true")))
            return fail(QStringLiteral("--") + e->message(), kExitInvalid);
    if (const QString save = parsed->value(QStringLiteral("save-model")); !save.isNull())
        config.options.insert(kSaveModelOption, save);
    if (auto e = validate(config))
        return fail(e->message(), kExitInvalid);
    if (auto e = checkSaveModel(config))
        return fail(e->message(), kExitInvalid);
    if (auto e = checkModelFile(config))  // loads and probes the file: not TorchScript is invalid input
        return fail(e->message(), kExitInvalid);
    // --compare a,b: two methods of the run, compared after the table.
    QStringList compare;
    if (const QString pairText = parsed->value(QStringLiteral("compare")); !pairText.isNull()) {
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
    }
    const QString jsonPath = parsed->value(QStringLiteral("json"));
    const QString csvPath = parsed->value(QStringLiteral("csv"));
    const QString samplesCsvPath = parsed->value(QStringLiteral("samples-csv"));
    const QString journalPath = parsed->value(QStringLiteral("journal"));
    for (const auto& [field, path] : {std::pair{QStringLiteral("--json"), jsonPath},
                                      {QStringLiteral("--csv"), csvPath},
                                      {QStringLiteral("--samples-csv"), samplesCsvPath},
                                      {QStringLiteral("--journal"), journalPath}})
        if (!path.isNull())
            if (auto e = checkOutputPath(path, field))
                return fail(e->message(), kExitInvalid);
    const QString reportPath = parsed->value(QStringLiteral("report"));
    const QString chartsDir = parsed->value(QStringLiteral("charts"));
    if (!reportPath.isNull())
        if (auto e = report::checkReportPath(reportPath, QStringLiteral("--report")))
            return fail(e->message(), kExitInvalid);
    if (!chartsDir.isNull())
        if (auto e = report::checkChartsDirectory(chartsDir, QStringLiteral("--charts")))
            return fail(e->message(), kExitInvalid);
    if (auto e = checkResources(config))  // before any allocation: a run that cannot fit is refused, not killed
        return fail(e->message(), kExitInvalid);
    if (parsed->has(QStringLiteral("verbose"))) {
        logging::Options options;
        options.toStderr = true;
        logging::init(options);
    }

    const bool showProgress = !parsed->has(QStringLiteral("quiet")) && stderrIsTerminal();
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

    printOut(runToText(result));
    if (!compare.isEmpty())
        printOut(QLatin1Char('\n') + comparisonText(result, compare[0], compare[1]));
    if (parsed->value(QStringLiteral("preset")) == QLatin1String("seed"))
        printOut(seedComparisonText(result));
    printOut(stepsToText(result));
    const bool saved = reportSavedModel(result);
    if (!jsonPath.isNull())
        if (auto e = writeFileAtomically(jsonPath, runToJsonBytes(result), QStringLiteral("--json")))
            return fail(e->message(), kExitInternal);
    if (!csvPath.isNull())
        if (auto e = writeFileAtomically(csvPath, runToCsv(result), QStringLiteral("--csv")))
            return fail(e->message(), kExitInternal);
    if (!samplesCsvPath.isNull())
        if (auto e = writeFileAtomically(samplesCsvPath, samplesToCsv(result), QStringLiteral("--samples-csv")))
            return fail(e->message(), kExitInternal);
    if (const int code = writeReportOutputs(result, reportPath, QStringLiteral("--report"), chartsDir); code != kExitOk)
        return code;
    if (!result.error.isEmpty() || !saved)
        return kExitInternal;
    return kExitOk;
}

}  // namespace ob::cli
