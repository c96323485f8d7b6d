// SPDX-License-Identifier: MIT
// optibench-cli env and methods: what the machine and the engine offer.

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "cliargs.h"
#include "commands.h"
#include "config/validation.h"
#include "i18n/engine_texts.h"
#include "optibench/engine/engine.h"
#include "output.h"
#include "format/texttable.h"
#include "results/environment.h"

namespace ob::cli {
namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("ob::cli", s);
}

QString valueText(const QJsonValue& v)
{
    if (v.isArray()) {
        QStringList items;
        for (const auto& i : v.toArray())
            items << valueText(i);
        return items.join(QStringLiteral(", "));
    }
    if (v.isObject()) {
        QStringList items;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            items << it.key() + QLatin1Char('=') + valueText(it.value());
        return items.join(QStringLiteral(", "));
    }
    if (v.isDouble())
        return QString::number(v.toDouble());
    return v.toString();
}

}  // namespace

int envCommand(const QStringList& args)
{
    QString error;
    const auto parsed = parseArgs(args, {QStringLiteral("threads"), QStringLiteral("blas-threads")},
                                  {QStringLiteral("json")}, &error);
    if (!parsed)
        return fail(error, kExitInvalid);
    RunConfig config;
    for (const auto& [key, value] : parsed->values)
        if (auto e = applyText(config, key, value))
            return fail(QStringLiteral("--") + e->message(), kExitInvalid);
    engine::applyThreadSettings(config.threads, config.blasThreads);
    const QJsonObject env = captureEnvironment();
    if (parsed->has(QStringLiteral("json"))) {
        printOut(QString::fromUtf8(QJsonDocument(env).toJson(QJsonDocument::Indented)));
        return kExitOk;
    }
    int width = 0;
    for (auto it = env.begin(); it != env.end(); ++it)
        width = std::max(width, displayWidth(environmentLabel(it.key())));
    QString text;  // labels in the --lang language; --json keeps the keys
    for (auto it = env.begin(); it != env.end(); ++it) {
        const QString label = environmentLabel(it.key());
        text += label + QString(width + 2 - displayWidth(label), QLatin1Char(' ')) + valueText(it.value())
            + QLatin1Char('\n');
    }
    printOut(text);
    return kExitOk;
}

int methodsCommand(const QStringList& args)
{
    QString error;
    const auto parsed = parseArgs(args, {}, {}, &error);
    if (!parsed)
        return fail(error, kExitInvalid);
    QString text;
    for (const auto& s : engine::strategies()) {
        text += QStringLiteral("%1  [%2]%3\n    %4\n")
                    .arg(QString::fromStdString(s.id).leftJustified(22), i18n::engineText(s.group),
                         s.inAll ? QString() : tr(" (not in \"all\")"), i18n::engineText(s.summary));
        for (const auto& o : s.options)
            text += QStringLiteral("    --option %1=<%2> ").arg(QString::fromStdString(o.key), QString::fromStdString(o.type))
                + tr("(default %1)").arg(QString::fromStdString(o.defaultValue)) + QStringLiteral(": ")
                + i18n::engineText(o.summary) + QLatin1Char('\n');
    }
    printOut(text);
    return kExitOk;
}

}  // namespace ob::cli
