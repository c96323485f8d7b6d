// SPDX-License-Identifier: MIT
// optibench-cli: the headless benchmark on the same engine and core as the workbench.

#include <QCoreApplication>

#include <exception>

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
        "  env        print the environment (--json for JSON)\n"
        "  methods    list the strategies and their options\n"
        "  --version  print the version\n"
        "  --lang en|zh_CN  language of the output (any command)\n"
        "\n"
        "run options:\n"
        "  --model simplified          model architecture\n"
        "  --hidden N                  hidden size, 1..8192 (default 256)\n"
        "  --layers N                  residual layers, 0..256 (default 7)\n"
        "  --inputs N, --outputs N     input and output widths (default 4 and 13)\n"
        "  --batch 1,4,8,16            batch sizes\n"
        "  --methods eager,...|all     methods; a method is a pipeline a+b+c of strategies\n"
        "  --warmup N                  warm-up calls per method and batch (default 50)\n"
        "  --iterations N              measured calls per method and batch (default 200)\n"
        "  --threads N                 LibTorch intra-op threads (default 1)\n"
        "  --blas-threads N            OpenBLAS threads (default 1)\n"
        "  --qengine auto|qnnpack|onednn|fbgemm|x86|none   quantized engine (default auto)\n"
        "  --seed N                    seed of weights and inputs (default 42)\n"
        "  --eval-samples N            size of the evaluation set (default 1024)\n"
        "  --option key=value          a strategy option (see: optibench-cli methods)\n"
        "  --preset default|seed|quick a named configuration (applied first)\n"
        "  --config FILE.json          a JSON object with the keys above; options given here override it\n"
        "  --json FILE                 write the run as JSON (schema optibench.run/1)\n"
        "  --csv FILE                  write one CSV row per method and batch\n"
        "  --samples-csv FILE          write one CSV row per measured call\n"
        "  --quiet                     no progress on stderr\n"
        "\n"
        "Exit status: 0 the run completed (some methods may have failed), 2 invalid input, 1 internal error.\n");
}

}  // namespace ob::cli

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("optibench"));
    QCoreApplication::setOrganizationName(QStringLiteral("OptiBench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OPTIBENCH_VERSION));
    ob::logging::init({});
    using namespace ob::cli;
    QStringList args = QCoreApplication::arguments().mid(1);
    // --lang applies to every command: it is taken out before the command parses its options.
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
        return fail(QCoreApplication::translate("ob::cli", "unknown command \"%1\"; allowed: run, env, methods, --version")
                        .arg(command),
                    kExitInvalid);
    } catch (const std::exception& e) {
        return fail(QCoreApplication::translate("ob::cli", "internal error: %1").arg(QString::fromUtf8(e.what())),
                    kExitInternal);
    }
}
