// SPDX-License-Identifier: MIT
#pragma once
// Command-line parsing for optibench-cli: long options with a value (--key value or --key=value) and flags.

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace ob::cli {

/// Exit codes of the contract.
enum ExitCode { kExitOk = 0, kExitInternal = 1, kExitInvalid = 2 };

struct ParsedArgs {
    QList<QPair<QString, QString>> values;  // option name (without --) and value, in order
    QStringList flags;                      // flags given (without --)
    QStringList positional;
    bool has(const QString& flag) const { return flags.contains(flag); }
    QString value(const QString& name) const;  // the last value given, or empty
    QStringList all(const QString& name) const;
};

/// Parses `args` (without the program and command). `valueOptions` take a value, `flagOptions` do not.
/// On error returns nullopt and sets `error` to one line naming the option and what is allowed.
std::optional<ParsedArgs> parseArgs(const QStringList& args, const QStringList& valueOptions,
                                    const QStringList& flagOptions, QString* error);

}  // namespace ob::cli
