// SPDX-License-Identifier: MIT
// Soak: many consecutive runs (the default model, all methods) in one process, as the GUI does them (RunWorker on its thread, queued signals,
// a journal per run). Prints the resident memory every 20 runs; fails (exit 1) when the resident memory after
// the last run exceeds that after run 20 by more than 10 %. Not a test: it runs a few minutes; CI calls it from
// scripts/reliability-check.sh.
//   bench_soak [--runs N] [--methods LIST] [--json FILE]

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <cstdio>

#include "bench/runworker.h"
#include "config/memoryinfo.h"
#include "config/validation.h"
#include "results/journal.h"

using namespace ob;

namespace {

double mib(qint64 bytes)
{
    return static_cast<double>(bytes) / (1024.0 * 1024.0);
}

}  // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int runs = 200;
    QString methods = QStringLiteral("all");
    QString jsonPath;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--runs"))
            runs = std::max(20, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--methods"))
            methods = args[i + 1];
        else if (args[i] == QLatin1String("--json"))
            jsonPath = args[i + 1];
    }

    RunConfig config;  // the default model, batch sizes and evaluation set; fewer calls per batch
    config.warmup = 5;
    config.iterations = 50;
    if (auto e = applyText(config, QStringLiteral("methods"), methods)) {
        std::fprintf(stderr, "%s\n", qPrintable(e->message()));
        return 2;
    }

    QTemporaryDir journals;
    RunWorker worker;
    worker.setJournalDirectory(journals.path(), 5);
    QSignalSpy finished(&worker, &RunWorker::runFinished);
    QJsonArray points;
    qint64 rssAt20 = -1;
    qint64 rssLast = -1;
    QElapsedTimer total;
    total.start();
    std::printf("soak: %d runs of %s (hidden %d, layers %d, batches %s, %d iterations), journals in %s\n", runs,
                qPrintable(expandMethods(config.methods).join(QLatin1Char(','))), config.hidden, config.layers,
                qPrintable(toJson(config).value(QStringLiteral("batch")).toVariant().toStringList().join(
                    QLatin1Char(','))),
                *config.iterations, qPrintable(journals.path()));
    for (int run = 1; run <= runs; ++run) {
        worker.start(config);
        if (!finished.wait(600000)) {
            std::fprintf(stderr, "run %d did not finish\n", run);
            return 1;
        }
        const auto result = finished.takeFirst().at(1).value<RunResult>();
        if (!result.error.isEmpty()) {
            std::fprintf(stderr, "run %d failed: %s\n", run, qPrintable(result.error));
            return 1;
        }
        QCoreApplication::processEvents();  // deliver the queued signals so that nothing piles up
        if (run == 1)
            std::printf("after run   1: resident %.1f MiB\n", mib(residentMemoryBytes()));
        if (run % 20 == 0) {
            const qint64 rss = residentMemoryBytes();
            if (run == 20)
                rssAt20 = rss;
            rssLast = rss;
            std::printf("after run %3d: resident %.1f MiB (%.1f s)\n", run, mib(rss), total.elapsed() / 1000.0);
            std::fflush(stdout);
            points.append(QJsonObject{{QStringLiteral("run"), run}, {QStringLiteral("rss_bytes"), double(rss)}});
        }
    }
    const double growth = rssAt20 > 0 ? static_cast<double>(rssLast - rssAt20) / static_cast<double>(rssAt20) : 0.0;
    const bool ok = rssAt20 > 0 && growth <= 0.10;
    std::printf("soak: resident after run 20 %.1f MiB, after run %d %.1f MiB: %+.1f %% (limit +10 %%) %s; "
                "%d journal file(s) kept\n",
                mib(rssAt20), runs, mib(rssLast), 100.0 * growth, ok ? "OK" : "FAILED",
                int(QDir(journals.path()).entryList({QStringLiteral("run-*.jsonl")}, QDir::Files).size()));
    if (!jsonPath.isEmpty()) {
        QFile f(jsonPath);
        if (f.open(QIODevice::WriteOnly))
            f.write(QJsonDocument(QJsonObject{{QStringLiteral("runs"), runs},
                                              {QStringLiteral("methods"), methods},
                                              {QStringLiteral("rss_after_20"), double(rssAt20)},
                                              {QStringLiteral("rss_after_last"), double(rssLast)},
                                              {QStringLiteral("growth"), growth},
                                              {QStringLiteral("points"), points}})
                        .toJson());
    }
    return ok ? 0 : 1;
}
