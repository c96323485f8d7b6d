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
    // Each compute roof with the instructions it was measured with (roofs cached before they were kept: the loops').
    const auto isa = [&r](const QString& v) { return v.isEmpty() ? r.kernels : v; };
    printOut(tr("%1 (one core, measured %2 in %3 s; cache: %4)\n")
                 .arg(r.cpuModel, r.measured.toString(Qt::ISODate))
                 .arg(r.seconds, 0, 'f', 2)
                 .arg(roofline::cacheFilePath()));
    printOut(tr("  peak fp32   %1 GFLOP/s  (%2)\n").arg(r.peakGflopsFp32, 0, 'f', 1).arg(isa(r.isaFp32)));
    printOut(tr("  peak int8   %1 GOP/s  (%2)\n").arg(r.peakGopsInt8, 0, 'f', 1).arg(isa(r.isaInt8)));
    if (r.peakGflopsBf16 > 0)
        printOut(tr("  peak bf16   %1 GFLOP/s  (%2)\n").arg(r.peakGflopsBf16, 0, 'f', 1).arg(r.isaBf16));
    else
        printOut(tr("  peak bf16   none: no AVX512_BF16 here, bf16 methods are measured against the fp32 roof\n"));
    printOut(tr("  read L1     %1 GB/s  (%2 KiB)\n"
                "  read L2     %3 GB/s  (%4 KiB)\n"
                "  read L3     %5 GB/s  (%6 MiB)\n"
                "  read DRAM   %7 GB/s  (%8 loads)\n")
                 .arg(r.bandwidthL1, 0, 'f', 0)
                 .arg(r.cacheL1 >> 10)
                 .arg(r.bandwidthL2, 0, 'f', 0)
                 .arg(r.cacheL2 >> 10)
                 .arg(r.bandwidthL3, 0, 'f', 0)
                 .arg(r.cacheL3 >> 20)
                 .arg(r.bandwidthDram, 0, 'f', 1)
                 .arg(r.kernels));
    if (r.loadAverage >= 0)
        printOut(tr("  load average when measured: %1%2\n")
                     .arg(r.loadAverage, 0, 'f', 2)
                     .arg(r.loadAverage >= 1.0 ? tr(" (busy: the roofs may be too low; re-measure when idle)")
                                               : QString()));
    return kExitOk;
}

}  // namespace ob::cli
