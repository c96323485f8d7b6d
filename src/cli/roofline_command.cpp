// SPDX-License-Identifier: MIT
// optibench-cli roofline: the machine's roofs (cached per CPU model; --remeasure measures again).

#include <QCoreApplication>
#include <QJsonDocument>

#include "cliargs.h"
#include "commands.h"
#include "output.h"
#include "roofline/machinecache.h"

namespace ob::cli {

int rooflineCommand(const QStringList& args)
{
    auto tr = [](const char* s) { return QCoreApplication::translate("ob::cli", s); };
    QString error;
    const auto parsed = parseArgs(args, {}, {QStringLiteral("remeasure"), QStringLiteral("json")}, &error);
    if (!parsed)
        return fail(error, kExitInvalid);
    const bool progress = stderrIsTerminal() && !parsed->has(QStringLiteral("json"));
    const auto show = [&](const QString& stage, double fraction) {
        if (progress)
            printErr(QStringLiteral("\r\033[K[%1%] %2").arg(qRound(fraction * 100), 3).arg(stage));
    };
    const MachineRoofs r = roofline::machineRoofs(parsed->has(QStringLiteral("remeasure")), show);
    if (progress)
        printErr(QStringLiteral("\r\033[K"));
    if (parsed->has(QStringLiteral("json"))) {
        printOut(QString::fromUtf8(QJsonDocument(roofline::roofsToJson(r)).toJson(QJsonDocument::Indented)));
        return kExitOk;
    }
    printOut(tr("%1 (one core, %2 loops, measured %3 in %4 s; cache: %5)\n"
                "  peak fp32   %6 GFLOP/s\n"
                "  peak int8   %7 GOP/s\n"
                "  read L1     %8 GB/s  (%9 KiB)\n"
                "  read L2     %10 GB/s  (%11 KiB)\n"
                "  read L3     %12 GB/s  (%13 MiB)\n"
                "  read DRAM   %14 GB/s\n")
                 .arg(r.cpuModel, r.kernels, r.measured.toString(Qt::ISODate))
                 .arg(r.seconds, 0, 'f', 2)
                 .arg(roofline::cacheFilePath())
                 .arg(r.peakGflopsFp32, 0, 'f', 1)
                 .arg(r.peakGopsInt8, 0, 'f', 1)
                 .arg(r.bandwidthL1, 0, 'f', 0)
                 .arg(r.cacheL1 >> 10)
                 .arg(r.bandwidthL2, 0, 'f', 0)
                 .arg(r.cacheL2 >> 10)
                 .arg(r.bandwidthL3, 0, 'f', 0)
                 .arg(r.cacheL3 >> 20)
                 .arg(r.bandwidthDram, 0, 'f', 1));
    if (r.loadAverage >= 0)
        printOut(tr("  load average when measured: %1%2\n")
                     .arg(r.loadAverage, 0, 'f', 2)
                     .arg(r.loadAverage >= 1.0 ? tr(" (busy: the roofs may be too low; re-measure when idle)")
                                               : QString()));
    return kExitOk;
}

}  // namespace ob::cli
