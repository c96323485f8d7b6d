// SPDX-License-Identifier: MIT
// optibench-cli profile: a run with --profile that prints, per method, where a forward's time goes and two methods
// side by side (docs/profile.md).

#include <QCoreApplication>

#include "cliargs.h"
#include "commands.h"
#include "format/profiletext.h"
#include "format/texttable.h"
#include "output.h"
#include "results/runresult.h"

namespace ob::cli {
namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("ob::cli", s);
}

constexpr int kDefaultTop = 15;
constexpr int kMaxTop = 1000;

bool given(const QStringList& args, const QString& option)
{
    for (const auto& a : args)
        if (a == option || a.startsWith(option + QLatin1Char('=')))
            return true;
    return false;
}

}  // namespace

QString profileUsage()
{
    return tr("\n"
              "profile [FILE.pt] [run options] [--top N] [--compare A,B]\n"
              "  a run with --profile (default --methods eager,freeze_optimize --batch 1) that prints each method's\n"
              "  top N operators (default 15) by self time, with module, calls, total time, share, GFLOP/s and input\n"
              "  shapes, then two methods side by side (--compare A,B; default eager and the fastest): which\n"
              "  operators appeared, vanished (fused, folded) or changed time. FILE.pt is --model-file; without it\n"
              "  the built-in model. run --profile adds the same profile to the run's JSON, CSV (FILE.profile.csv)\n"
              "  and report.\n");
}

int profileCommand(const QStringList& args)
{
    QStringList runArgs;
    int top = kDefaultTop;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            printOut(profileUsage());
            return kExitOk;
        }
        if (a != QLatin1String("--top") && !a.startsWith(QLatin1String("--top="))) {
            runArgs << a;
            continue;
        }
        QString value;
        if (a == QLatin1String("--top")) {
            if (i + 1 >= args.size())
                return fail(tr("--top needs a value: a number of rows, 1..%1").arg(kMaxTop), kExitInvalid);
            value = args[++i];
        } else {
            value = a.mid(6);
        }
        bool ok = false;
        top = value.trimmed().toInt(&ok);
        if (!ok || top < 1 || top > kMaxTop)
            return fail(tr("--top: \"%1\" is not a number of rows; allowed: 1..%2").arg(value).arg(kMaxTop),
                        kExitInvalid);
    }
    if (!runArgs.isEmpty() && !runArgs.front().startsWith(QLatin1Char('-')))
        runArgs.insert(0, QStringLiteral("--model-file"));
    const bool configured = given(runArgs, QStringLiteral("--config")) || given(runArgs, QStringLiteral("--preset"));
    if (!configured && !given(runArgs, QStringLiteral("--methods")))
        runArgs << QStringLiteral("--methods") << QStringLiteral("eager,freeze_optimize");
    if (!configured && !given(runArgs, QStringLiteral("--batch")))
        runArgs << QStringLiteral("--batch") << QStringLiteral("1");
    runArgs << QStringLiteral("--profile");
    return runCommand(runArgs, [top](const RunResult& run, const QStringList& compare) -> QString {
        const QString profile = compare.size() == 2 ? profileText(run, top, compare[0], compare[1])
                                                    : profileText(run, top);
        if (profile.isEmpty())
            return runToText(run) + QLatin1Char('\n') + tr("No method was profiled.") + QLatin1Char('\n');
        return runToText(run) + profile;
    });
}

}  // namespace ob::cli
