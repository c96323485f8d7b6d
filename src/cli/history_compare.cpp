// SPDX-License-Identifier: MIT
// optibench-cli history compare A B [C ...]: runs from the history or from files against a reference, with the
// regression gate (--fail-if-slower) and the comparison report.

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>

#include "cliargs.h"
#include "commands.h"
#include "format/comparetext.h"
#include "history/historypath.h"
#include "history/historystore.h"
#include "history/runsource.h"
#include "output.h"
#include "report/comparereport.h"
#include "report/reportfiles.h"

namespace ob::cli {
namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("ob::cli", s);
}

/// A run as the JSON of a comparison names it.
QJsonObject describe(const NamedRun& n)
{
    QJsonObject o{{QStringLiteral("label"), n.label},
        {QStringLiteral("started"), n.run.started.toString(Qt::ISODateWithMs)},
        {QStringLiteral("host"), n.run.environment.value(QStringLiteral("hostname"))},
        {QStringLiteral("cpu_model"), n.run.environment.value(QStringLiteral("cpu_model"))},
        {QStringLiteral("tool_version"), n.run.toolVersion}};
    if (n.id > 0)
        o.insert(QStringLiteral("id"), n.id);
    else
        o.insert(QStringLiteral("file"), n.file);
    return o;
}

/// --fail-if-slower, --noise-floor and --level, checked.
std::optional<CompareOptions> compareOptions(const ParsedArgs& parsed, int* code)
{
    CompareOptions options;
    const QString gate = parsed.value(QStringLiteral("fail-if-slower"));
    if (!gate.isNull()) {
        const auto v = parsePercent(gate);
        if (!v) {
            *code = fail(tr("--fail-if-slower: \"%1\" is not a percentage; allowed: 0% to 1000%, e.g. 5%").arg(gate),
                kExitInvalid);
            return std::nullopt;
        }
        options.failIfSlower = *v;
    }
    const QString floor = parsed.value(QStringLiteral("noise-floor"));
    if (!floor.isNull()) {
        const auto v = parsePercent(floor);
        if (!v || *v > 1) {
            *code = fail(tr("--noise-floor: \"%1\" is not a percentage; allowed: 0% to 100%, e.g. 30%").arg(floor),
                kExitInvalid);
            return std::nullopt;
        }
        options.noiseFloor = *v;
    }
    const QString level = parsed.value(QStringLiteral("level"));
    if (!level.isNull()) {
        bool ok = false;
        options.level = level.toDouble(&ok);
        if (!ok || options.level < 0.5 || options.level >= 1) {
            *code = fail(tr("--level: \"%1\" is not a confidence level; allowed: 0.5 to 0.999, e.g. 0.95").arg(level),
                kExitInvalid);
            return std::nullopt;
        }
    }
    return options;
}

} // namespace

int historyCompare(const ParsedArgs& parsed, HistoryStore& store)
{
    if (parsed.positional.size() < 2)
        return fail(tr("history compare: give the reference and at least one run to compare with it; each a history "
                       "id, latest, latest~N or a run JSON file"),
            kExitInvalid);
    int code = kExitOk;
    const auto options = compareOptions(parsed, &code);
    if (!options)
        return code;
    const QString reportPath = parsed.value(QStringLiteral("report"));
    if (!reportPath.isNull())
        if (auto e = report::checkReportPath(reportPath, QStringLiteral("--report")))
            return fail(e->message(), kExitInvalid);
    // The history is needed for ids only: two files compare without it.
    const HistoryLocation where = resolveHistoryLocation(parsed.value(QStringLiteral("history-db")));
    QString historyError;
    if (where.enabled() && !store.open(where.path))
        historyError = store.error();
    std::vector<NamedRun> runs;
    for (int i = 0; i < parsed.positional.size(); ++i) {
        const QString field = i == 0 ? QStringLiteral("A") : QStringLiteral("B");
        QString error;
        auto named = loadNamedRun(parsed.positional[i], store.isOpen() ? &store : nullptr, field, &error);
        if (!named)
            return fail(historyError.isEmpty() ? error : error + QStringLiteral(" (") + historyError + QLatin1Char(')'),
                kExitInvalid);
        runs.push_back(std::move(*named));
    }
    std::vector<std::pair<QString, RunResult>> others;
    QList<QJsonObject> described;
    for (std::size_t i = 1; i < runs.size(); ++i) {
        others.emplace_back(runs[i].label, runs[i].run);
        described << describe(runs[i]);
    }
    const CompareSet set = compareRunSet(runs.front().run, runs.front().label, others, *options);
    if (parsed.has(QStringLiteral("json"))) {
        printOut(QString::fromUtf8(
            QJsonDocument(compareSetToJson(set, describe(runs.front()), described)).toJson(QJsonDocument::Indented)));
    } else {
        for (std::size_t i = 0; i < set.comparisons.size(); ++i)
            printOut((i > 0 ? QStringLiteral("\n") : QString())
                + comparisonToText(set.comparisons[i], set.referenceLabel, set.labels[static_cast<qsizetype>(i)]));
    }
    if (!reportPath.isNull()) {
        if (auto e = report::writeCompareReport(set, reportPath, QStringLiteral("--report")))
            return fail(e->message(), kExitInternal);
        printErr(tr("optibench-cli: wrote the report %1\n").arg(QDir::toNativeSeparators(reportPath)));
    }
    return set.gateFailed() ? kExitRegression : kExitOk;
}

} // namespace ob::cli
