// SPDX-License-Identifier: MIT
// optibench-cli diagnose FILE|-: finds the known failures (C++ and Python wordings) in a log, with cause and fix.

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

#include "cliargs.h"
#include "commands.h"
#include "config/files.h"
#include "diagnosis/catalog.h"
#include "output.h"

namespace ob::cli {
namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("ob::cli", s);
}

/// The file's text, or an error message naming the file and the problem.
std::optional<QString> readLog(const QString& path, QString* error)
{
    QFile file;
    if (path == QLatin1String("-")) {
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            *error = tr("diagnose: standard input cannot be read (%1)").arg(file.errorString());
            return std::nullopt;
        }
    } else {
        const QFileInfo info(path);
        QString problem;
        if (!info.exists())
            problem = tr("does not exist");
        else if (info.isDir())
            problem = tr("is a directory");
        else if (info.size() > kMaxInputFileBytes)
            problem = tr("is too large (%1 bytes; allowed up to %2)").arg(info.size()).arg(kMaxInputFileBytes);
        file.setFileName(path);
        if (problem.isEmpty() && !file.open(QIODevice::ReadOnly))
            problem = tr("cannot be read (%1)").arg(file.errorString());
        if (!problem.isEmpty()) {
            *error = tr("diagnose: \"%1\" %2; allowed: a readable log file, or - for standard input").arg(path, problem);
            return std::nullopt;
        }
    }
    const QByteArray bytes = file.read(kMaxInputFileBytes + 1);
    if (bytes.size() > kMaxInputFileBytes) {
        *error = tr("diagnose: the input is larger than %1 bytes").arg(kMaxInputFileBytes);
        return std::nullopt;
    }
    return QString::fromUtf8(bytes);  // logs are not always valid UTF-8: invalid bytes become U+FFFD
}

/// A fix action as OptiBench command-line options.
QString asOptions(const FixAction& a)
{
    if (a.kind == QLatin1String("method"))
        return QStringLiteral("--methods ") + a.value;
    if (a.kind == QLatin1String("machine"))
        return QStringLiteral("optibench-cli roofline --remeasure");
    if (a.key == QLatin1String("qengine"))
        return QStringLiteral("--qengine ") + a.value;
    return QStringLiteral("--option ") + a.key + QLatin1Char('=') + a.value;
}

QString clip(const QString& line)
{
    constexpr int kMax = 200;
    return line.size() > kMax ? line.left(kMax - 3) + QStringLiteral("...") : line;
}

}  // namespace

int diagnoseCommand(const QStringList& args)
{
    QString error;
    const auto parsed = parseArgs(args, {}, {QStringLiteral("help")}, &error);
    if (!parsed)
        return fail(error, kExitInvalid);
    if (parsed->has(QStringLiteral("help"))) {
        printOut(tr("Usage: optibench-cli diagnose FILE|-\n"
                    "Finds known failures of quantization, tracing, scripting and compiling in a log (LibTorch C++ "
                    "and Python wordings) and prints, for each, the line, the cause and the fix.\n"));
        return kExitOk;
    }
    if (parsed->positional.size() != 1)
        return fail(tr("diagnose: expected one log file (or - for standard input), got %1 arguments")
                        .arg(parsed->positional.size()),
                    kExitInvalid);
    const auto text = readLog(parsed->positional.front(), &error);
    if (!text)
        return fail(error, kExitInvalid);

    const QList<LogFinding> findings = scanLog(*text);
    if (findings.isEmpty()) {
        printOut(tr("no known failure found") + QLatin1Char('\n'));
        return kExitOk;
    }
    QString out;
    for (const auto& f : findings) {
        const DiagnosisText d = renderDiagnosis(f.diagnosis);
        out += tr("line %1: %2").arg(f.line).arg(clip(f.text)) + QLatin1Char('\n');
        out += QStringLiteral("  ") + tr("cause: %1").arg(d.cause) + QLatin1Char('\n');
        if (!d.fix.isEmpty())
            out += QStringLiteral("  ") + tr("fix: %1").arg(d.fix) + QLatin1Char('\n');
        QStringList options;
        for (const auto& a : f.diagnosis.fixes)
            options << asOptions(a);
        if (!options.isEmpty())
            out += QStringLiteral("  ") + tr("in OptiBench: %1").arg(options.join(QStringLiteral("  |  ")))
                + QLatin1Char('\n');
        out += QLatin1Char('\n');
    }
    const int found = static_cast<int>(findings.size());  // lupdate 6.4 drops a translate() whose n is a static_cast<>
    out += QCoreApplication::translate("ob::cli", "%n known failure(s) found.", nullptr, found) + QLatin1Char('\n');
    printOut(out);
    return kExitOk;
}

}  // namespace ob::cli
