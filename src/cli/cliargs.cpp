// SPDX-License-Identifier: MIT
#include "cliargs.h"

#include <QCoreApplication>

namespace ob::cli {

QString ParsedArgs::value(const QString& name) const
{
    QString v;
    for (const auto& [k, val] : values)
        if (k == name)
            v = val;
    return v;
}

QStringList ParsedArgs::all(const QString& name) const
{
    QStringList out;
    for (const auto& [k, val] : values)
        if (k == name)
            out << val;
    return out;
}

std::optional<ParsedArgs> parseArgs(const QStringList& args, const QStringList& valueOptions,
                                    const QStringList& flagOptions, QString* error)
{
    auto tr = [](const char* s) { return QCoreApplication::translate("ob::cli", s); };
    ParsedArgs parsed;
    for (int i = 0; i < args.size(); ++i) {
        const QString& arg = args[i];
        if (!arg.startsWith(QLatin1String("--")) || arg == QLatin1String("--")) {
            parsed.positional << arg;
            continue;
        }
        QString name = arg.mid(2);
        std::optional<QString> inlineValue;
        const auto eq = name.indexOf(QLatin1Char('='));
        if (eq >= 0) {
            inlineValue = name.mid(eq + 1);
            name = name.left(eq);
        }
        if (flagOptions.contains(name)) {
            if (inlineValue) {
                *error = tr("--%1 takes no value (got \"%2\")").arg(name, *inlineValue);
                return std::nullopt;
            }
            parsed.flags << name;
        } else if (valueOptions.contains(name)) {
            if (!inlineValue) {
                if (i + 1 >= args.size()) {
                    *error = tr("--%1 needs a value").arg(name);
                    return std::nullopt;
                }
                inlineValue = args[++i];
            }
            parsed.values.append({name, *inlineValue});
        } else {
            QStringList allowed;
            for (const auto& o : valueOptions + flagOptions)
                allowed << QStringLiteral("--") + o;
            *error = tr("unknown option \"%1\"; allowed: %2").arg(arg, allowed.join(QStringLiteral(", ")));
            return std::nullopt;
        }
    }
    return parsed;
}

}  // namespace ob::cli
