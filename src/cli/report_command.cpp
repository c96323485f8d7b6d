// SPDX-License-Identifier: MIT
// optibench-cli report RUN.json --out FILE.html|FILE.pdf [--charts DIR]: a report from a saved run.

#include <QCoreApplication>
#include <QDir>

#include "cliargs.h"
#include "commands.h"
#include "config/files.h"
#include "output.h"
#include "report/reportfiles.h"
#include "format/runjson.h"

namespace ob::cli {
namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("ob::cli", s);
}

}  // namespace

int writeReportOutputs(const RunResult& run, const QString& reportPath, const QString& reportField,
                       const QString& chartsDir)
{
    if (!reportPath.isNull()) {
        if (auto e = report::writeReport(run, reportPath, reportField))
            return fail(e->message(), kExitInternal);
        printErr(tr("optibench-cli: wrote the report %1\n").arg(QDir::toNativeSeparators(reportPath)));
    }
    if (!chartsDir.isNull()) {
        QStringList written;
        if (auto e = report::writeChartFiles(run, chartsDir, QStringLiteral("--charts"), &written))
            return fail(e->message(), kExitInternal);
        printErr(tr("optibench-cli: wrote %1 chart files to %2\n")
                     .arg(written.size())
                     .arg(QDir::toNativeSeparators(chartsDir)));
    }
    return kExitOk;
}

int reportCommand(const QStringList& args)
{
    QString error;
    const auto parsed =
        parseArgs(args, {QStringLiteral("out"), QStringLiteral("charts")}, {QStringLiteral("help")}, &error);
    if (!parsed)
        return fail(error, kExitInvalid);
    if (parsed->has(QStringLiteral("help"))) {
        printOut(usage());
        return kExitOk;
    }
    if (parsed->positional.size() != 1)
        return fail(tr("report: give exactly one run file (optibench.run/1 JSON, as written by run --json or saved by "
                       "the workbench); got %1")
                        .arg(parsed->positional.size()),
                    kExitInvalid);
    const QString outPath = parsed->value(QStringLiteral("out"));
    const QString chartsDir = parsed->value(QStringLiteral("charts"));
    if (outPath.isNull() && chartsDir.isNull())
        return fail(tr("report: nothing to write; allowed: --out FILE.html|FILE.pdf and/or --charts DIR"),
                    kExitInvalid);
    if (!outPath.isNull())
        if (auto e = report::checkReportPath(outPath, QStringLiteral("--out")))
            return fail(e->message(), kExitInvalid);
    if (!chartsDir.isNull())
        if (auto e = report::checkChartsDirectory(chartsDir, QStringLiteral("--charts")))
            return fail(e->message(), kExitInvalid);
    const QString runPath = parsed->positional.front();
    QByteArray bytes;
    if (auto e = readTextFile(runPath, QStringLiteral("RUN.json"), bytes))
        return fail(e->message(), kExitInvalid);
    const auto run = runFromJson(bytes, &error);
    if (!run)
        return fail(tr("RUN.json: \"%1\" is not a run: %2").arg(runPath, error), kExitInvalid);
    return writeReportOutputs(*run, outPath, QStringLiteral("--out"), chartsDir);
}

}  // namespace ob::cli
