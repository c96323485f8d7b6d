// SPDX-License-Identifier: MIT
// optibench-cli run: the benchmark with the seed-shaped table, JSON and CSV outputs.

#include <QCoreApplication>
#include <QEventLoop>

#include <csignal>

#include "bench/runworker.h"
#include "cliargs.h"
#include "commands.h"
#include "config/files.h"
#include "config/presets.h"
#include "config/validation.h"
#include "output.h"
#include "report/csvreport.h"
#include "report/runjson.h"
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

}  // namespace

int runCommand(const QStringList& args)
{
    // Options that map one to one onto configuration keys.
    const QStringList configOptions{QStringLiteral("model"), QStringLiteral("hidden"), QStringLiteral("layers"),
                                    QStringLiteral("inputs"), QStringLiteral("outputs"), QStringLiteral("batch"),
                                    QStringLiteral("methods"), QStringLiteral("warmup"), QStringLiteral("iterations"),
                                    QStringLiteral("threads"), QStringLiteral("blas-threads"), QStringLiteral("qengine"),
                                    QStringLiteral("seed"), QStringLiteral("eval-samples")};
    const QStringList otherOptions{QStringLiteral("preset"), QStringLiteral("config"), QStringLiteral("json"), QStringLiteral("csv"),
                                   QStringLiteral("samples-csv"), QStringLiteral("option")};
    QString error;
    const auto parsed = parseArgs(args, configOptions + otherOptions, {QStringLiteral("quiet"), QStringLiteral("help")},
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
    if (auto e = validate(config))
        return fail(e->message(), kExitInvalid);
    const QString jsonPath = parsed->value(QStringLiteral("json"));
    const QString csvPath = parsed->value(QStringLiteral("csv"));
    const QString samplesCsvPath = parsed->value(QStringLiteral("samples-csv"));
    for (const auto& [field, path] : {std::pair{QStringLiteral("--json"), jsonPath},
                                      {QStringLiteral("--csv"), csvPath},
                                      {QStringLiteral("--samples-csv"), samplesCsvPath}})
        if (!path.isNull())
            if (auto e = checkOutputPath(path, field))
                return fail(e->message(), kExitInvalid);

    const bool showProgress = !parsed->has(QStringLiteral("quiet")) && stderrIsTerminal();
    RunWorker worker;
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
                     .arg(p.callsTotal)
                     .arg(tr("calls"), tr("ETA"), formatEta(p.etaSeconds)));
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
    if (!jsonPath.isNull())
        if (auto e = writeFileAtomically(jsonPath, runToJsonBytes(result), QStringLiteral("--json")))
            return fail(e->message(), kExitInternal);
    if (!csvPath.isNull())
        if (auto e = writeFileAtomically(csvPath, runToCsv(result), QStringLiteral("--csv")))
            return fail(e->message(), kExitInternal);
    if (!samplesCsvPath.isNull())
        if (auto e = writeFileAtomically(samplesCsvPath, samplesToCsv(result), QStringLiteral("--samples-csv")))
            return fail(e->message(), kExitInternal);
    if (!result.error.isEmpty())
        return kExitInternal;
    return kExitOk;
}

}  // namespace ob::cli
