// SPDX-License-Identifier: MIT
// optibench-cli: the headless benchmark on the same engine and core as the workbench.

#include <QApplication>
#include <QCoreApplication>

#include <exception>
#include <memory>

#include "cliargs.h"
#include "i18n/language.h"
#include "commands.h"
#include "logging/logging.h"
#include "optibench/version.h"
#include "output.h"

namespace ob::cli {

QString usage()
{
    return QCoreApplication::translate(
        "ob::cli",
        "Usage: optibench-cli <command> [options]\n"
        "\n"
        "Commands:\n"
        "  run        benchmark methods and print the results table\n"
        "  inspect FILE.pt [--input SPEC ...] [--example-inputs FILE] [--json] [--verbose]\n"
        "             what a TorchScript file is: forward's schema, the inputs it runs on and where each came from,\n"
        "             its outputs, parameters and FLOPs, and the run command for it; exit 2 when it cannot be\n"
        "             benchmarked (--verbose adds LibTorch's own text)\n"
        "  env        print the environment (--json for JSON)\n"
        "  methods    list the strategies and their options\n"
        "  roofline   the machine's roofs: peak GFLOP/s and read bandwidths of one core\n"
        "             (measured once per CPU model and cached; --remeasure, --json)\n"
        "  diagnose FILE|-  find known failures in a log (C++ and Python wordings): line, cause, fix\n"
        "  report RUN.json --out FILE.html|FILE.pdf [--charts DIR]\n"
        "             a report of a saved run (optibench.run/1 JSON); --charts writes PNG, SVG and PDF of each chart\n"
        "  --version  print the version\n"
        "  --lang en|zh_CN  language of the output (any command)\n"
        "\n"
        "run options:\n"
        "  --model simplified|original|torchscript  model architecture (torchscript needs --model-file)\n"
        "  --model-file FILE.pt        benchmark a TorchScript file (torch::jit::save archive, e.g. from --save-model;\n"
        "                              implies --model torchscript; the file defines the sizes)\n"
        "  --input [NAME:]DIMS[:DTYPE[RANGE]]  a model file: one tensor argument of forward, repeatable, in\n"
        "                              argument order or by NAME; DIMS positive integers or B (the batch), DTYPE\n"
        "                              float32 (default), float64, bfloat16, int64, int32, bool, RANGE [LO,HI) for\n"
        "                              integers, [LO,HI] for floats; e.g. --input x:B,3,224,224\n"
        "                              --input 'ids:B,24:int64[0,1000)' (without --input: --example-inputs, else a\n"
        "                              suggestion; see inspect)\n"
        "  --example-inputs FILE       a model file: forward's inputs, saved with torch.save\n"
        "  --primary-output PATH       a model file: the output leaf top-1 agreement is measured on (see inspect)\n"
        "  --drift-cosine X            an output whose cosine to eager is below X has drifted, 0..1 (default 0.999)\n"
        "  --drift-top1 PCT            top-1 agreement with eager below PCT percent has drifted, 0..100 (default 99)\n"
        "  --hidden N                  hidden size, 1..8192 (default 256)\n"
        "  --layers N                  residual layers, 0..256 (default 7)\n"
        "  --inputs N, --outputs N     input and output widths (default 4 and 13)\n"
        "  --batch 1,4,8,16            batch sizes\n"
        "  --methods eager,...|all     methods; a method is a pipeline a+b+c of strategies\n"
        "  --warmup N                  warm-up calls per method and batch (default 50)\n"
        "  --iterations N|auto         exactly N measured calls per method and batch; auto (default): adaptive\n"
        "  --target-ci P               adaptive: until the 95% CI of each median is within +-P% (default 2)\n"
        "  --min-calls N, --max-calls N  adaptive: calls per method and batch (default 100 and 10000; the maximum\n"
        "                              and the time budget win over the minimum)\n"
        "  --time-budget S             adaptive: seconds per method and batch at most (default 1)\n"
        "  --exclude-outliers          leave samples beyond median +- 3.5 MAD out of the summaries (kept in the data)\n"
        "  --threads N                 LibTorch intra-op threads (default 1)\n"
        "  --blas-threads N            OpenBLAS threads (default 1)\n"
        "  --qengine auto|qnnpack|onednn|fbgemm|x86|none   quantized engine (default auto)\n"
        "  --seed N                    seed of weights and inputs (default 42)\n"
        "  --eval-samples N            size of the evaluation set (default 1024)\n"
        "  --isolation process|thread  run the models in supervised worker processes (default) or in this one\n"
        "  --call-timeout S|auto       a forward call that takes longer fails its method (default auto: 100x the\n"
        "                              slowest warm-up call, at least 10 s); the run goes on in a new worker\n"
        "  --worker-memory-limit MIB|auto|none  address space of a worker (default auto: 75% of the memory)\n"
        "  --worker-cpu-limit S|auto|none       CPU time of a worker (default auto: at least an hour)\n"
        "  --forks N                   measure every method in N worker processes, each with 1/N of the\n"
        "                              measurement (default 3; one process with --isolation thread)\n"
        "  --max-forks N|auto          add processes, up to N in all, while they disagree (default auto: none)\n"
        "  --option key=value          a strategy option (see: optibench-cli methods);\n"
        "                              roofline=off|remeasure skips or renews the machine's roofs\n"
        "  --preset default|seed|quick a named configuration (applied first)\n"
        "  --config FILE.json          a JSON object with the keys above; options given here override it\n"
        "  --json FILE                 write the run as JSON (schema optibench.run/1)\n"
        "  --csv FILE                  write one CSV row per method and batch\n"
        "  --samples-csv FILE          write one CSV row per measured call (per timed block when blocks are used)\n"
        "  --compare A,B               compare two methods of the run (ratio of medians, CI, p-value)\n"
        "  --save-model [METHOD=]FILE.pt  save a method's model as TorchScript (without METHOD: the last method\n"
        "                              of the run that has a TorchScript form)\n"
        "  --journal FILE              append every finished result to FILE as it comes (JSON Lines)\n"
        "  --report FILE.html|FILE.pdf write the full report (charts, tables, diagnoses) in the --lang language\n"
        "  --charts DIR                write every chart as PNG (2x), SVG and PDF into DIR\n"
        "  --quiet                     no progress on stderr\n"
        "  --verbose                   log lines on stderr (one per prepared method and finished batch)\n"
        "\n"
        "Exit status: 0 the run completed (some methods may have failed), 2 invalid input, 1 internal error.\n")
        + historyUsageSummary() + profileUsage();
}

/// Reports draw charts, which need QApplication; the other commands stay on QCoreApplication.
bool needsWidgets(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "report" || arg.startsWith("--report") || arg.startsWith("--charts"))
            return true;
    }
    return false;
}

}  // namespace ob::cli

int main(int argc, char** argv)
{
    std::unique_ptr<QCoreApplication> application;
    if (ob::cli::needsWidgets(argc, argv)) {
        // The CLI never opens a window: render offscreen unless the user chose a platform.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("optibench"));
    QCoreApplication::setOrganizationName(QStringLiteral("OptiBench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OPTIBENCH_VERSION));
    ob::logging::init({});
    using namespace ob::cli;
    QStringList args = QCoreApplication::arguments().mid(1);
    // --lang applies to every command: it is taken out before the command parses its options. Without it, English
    // with its plural forms ("2 methods", not "2 method(s)").
    ob::i18n::setLanguage(QStringLiteral("en"));
    for (int i = 0; i < args.size(); ++i) {
        QString lang;
        if (args[i] == QLatin1String("--lang") && i + 1 < args.size()) {
            lang = args[i + 1];
            args.remove(i, 2);
        } else if (args[i].startsWith(QLatin1String("--lang="))) {
            lang = args[i].mid(7);
            args.remove(i);
        } else if (args[i] == QLatin1String("--lang")) {
            return fail(QCoreApplication::translate("ob::cli", "--lang needs a value"), kExitInvalid);
        } else {
            continue;
        }
        if (!ob::i18n::setLanguage(lang))
            return fail(QCoreApplication::translate("ob::cli", "--lang: \"%1\" is not a language; allowed: %2")
                            .arg(lang, ob::i18n::availableLanguages().join(QStringLiteral(", "))),
                        kExitInvalid);
        --i;
    }
    try {
        if (args.isEmpty() || args.front() == QLatin1String("--help") || args.front() == QLatin1String("-h")
            || args.front() == QLatin1String("help")) {
            printOut(usage());
            return args.isEmpty() ? kExitInvalid : kExitOk;
        }
        const QString command = args.takeFirst();
        if (command == QLatin1String("--version") || command == QLatin1String("version")) {
            printOut(QStringLiteral("optibench-cli %1 (commit %2)\n")
                         .arg(QLatin1String(OPTIBENCH_VERSION), QLatin1String(OPTIBENCH_GIT_COMMIT)));
            return kExitOk;
        }
        if (command == QLatin1String("run"))
            return runCommand(args);
        if (command == QLatin1String("env"))
            return envCommand(args);
        if (command == QLatin1String("methods"))
            return methodsCommand(args);
        if (command == QLatin1String("roofline"))
            return rooflineCommand(args);
        if (command == QLatin1String("diagnose"))
            return diagnoseCommand(args);
        if (command == QLatin1String("report"))
            return reportCommand(args);
        if (command == QLatin1String("inspect"))
            return inspectCommand(args);
        if (command == QLatin1String("history"))
            return historyCommand(args);
        if (command == QLatin1String("profile"))
            return profileCommand(args);
        return fail(QCoreApplication::translate("ob::cli", "unknown command \"%1\"; allowed: run, inspect, profile, "
                                                         "env, methods, roofline, diagnose, report, history, "
                                                         "--version")
                        .arg(command),
                    kExitInvalid);
    } catch (const std::exception& e) {
        return fail(QCoreApplication::translate("ob::cli", "internal error: %1").arg(QString::fromUtf8(e.what())),
                    kExitInternal);
    }
}
