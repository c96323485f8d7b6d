// SPDX-License-Identifier: MIT
#include "format/configtext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include "config/validation.h"
#include "i18n/tr.h"

namespace ob {
namespace {

QString number(double v)
{
    return QString::number(v, 'g', 10);
}

QString plain(const QJsonValue& v)
{
    if (v.isBool())
        return v.toBool() ? tr("yes") : tr("no");
    if (v.isDouble())
        return number(v.toDouble());
    if (v.isNull())
        return tr("auto");
    if (v.isArray()) {
        QStringList items;
        for (const auto& item : v.toArray())
            items << plain(item);
        return items.join(QStringLiteral(", "));
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        QStringList items;
        for (auto it = o.begin(); it != o.end(); ++it)
            items << it.key() + QStringLiteral(" = ") + plain(it.value());
        return items.isEmpty() ? tr("none") : items.join(QStringLiteral("; "));
    }
    return v.toString();
}

QString valueText(const QString& key, const QJsonValue& v)
{
    if (key == QLatin1String("model") && v.toString() == QLatin1String("torchscript"))
        return tr("a TorchScript file");
    if (key == QLatin1String("iterations") && v.isNull())
        return tr("adaptive (until the target CI, within the limits below)");
    if (key == QLatin1String("target-ci"))
        return QString(QChar(0x00b1)) + number(v.toDouble()) + QLatin1Char('%');
    if (key == QLatin1String("time-budget") || key == QLatin1String("call-timeout"))
        return tr("%1 s").arg(number(v.toDouble()));
    if (key == QLatin1String("drift-top1"))
        return number(v.toDouble()) + QLatin1Char('%');
    if (key == QLatin1String("isolation"))
        return v.toString() == QLatin1String("thread") ? tr("in the benchmark thread of the application")
                                                         : tr("in worker processes");
    if (key == QLatin1String("worker-memory-limit") || key == QLatin1String("worker-cpu-limit")) {
        if (v.isString())
            return tr("none");
        return key == QLatin1String("worker-memory-limit") ? tr("%1 MiB").arg(number(v.toDouble()))
                                                           : tr("%1 s").arg(number(v.toDouble()));
    }
    return plain(v);
}

}  // namespace

QString settingLabel(const QString& key)
{
    static const struct {
        const char* key;
        const char* text;
    } labels[] = {
        {"model", QT_TRANSLATE_NOOP("ob", "Model")},
        {"model-file", QT_TRANSLATE_NOOP("ob", "Model file")},
        {"input", QT_TRANSLATE_NOOP("ob", "Model inputs")},
        {"example-inputs", QT_TRANSLATE_NOOP("ob", "Example inputs file")},
        {"primary-output", QT_TRANSLATE_NOOP("ob", "Output for top-1 agreement")},
        {"hidden", QT_TRANSLATE_NOOP("ob", "Hidden size")},
        {"layers", QT_TRANSLATE_NOOP("ob", "Layers")},
        {"inputs", QT_TRANSLATE_NOOP("ob", "Input features")},
        {"outputs", QT_TRANSLATE_NOOP("ob", "Output features")},
        {"batch", QT_TRANSLATE_NOOP("ob", "Batch sizes")},
        {"methods", QT_TRANSLATE_NOOP("ob", "Methods")},
        {"warmup", QT_TRANSLATE_NOOP("ob", "Warm-up calls")},
        {"iterations", QT_TRANSLATE_NOOP("ob", "Measured calls")},
        {"target-ci", QT_TRANSLATE_NOOP("ob", "Target CI of the median")},
        {"min-calls", QT_TRANSLATE_NOOP("ob", "Minimum calls")},
        {"max-calls", QT_TRANSLATE_NOOP("ob", "Maximum calls")},
        {"time-budget", QT_TRANSLATE_NOOP("ob", "Time budget per method and batch size")},
        {"exclude-outliers", QT_TRANSLATE_NOOP("ob", "Outliers excluded from the summaries")},
        {"threads", QT_TRANSLATE_NOOP("ob", "LibTorch threads")},
        {"blas-threads", QT_TRANSLATE_NOOP("ob", "BLAS threads")},
        {"qengine", QT_TRANSLATE_NOOP("ob", "Quantized engine")},
        {"seed", QT_TRANSLATE_NOOP("ob", "Random seed")},
        {"eval-samples", QT_TRANSLATE_NOOP("ob", "Evaluation samples")},
        {"drift-cosine", QT_TRANSLATE_NOOP("ob", "Faithful: cosine at least")},
        {"drift-top1", QT_TRANSLATE_NOOP("ob", "Faithful: top-1 agreement at least")},
        {"options", QT_TRANSLATE_NOOP("ob", "Strategy options")},
        {"isolation", QT_TRANSLATE_NOOP("ob", "Models run")},
        {"call-timeout", QT_TRANSLATE_NOOP("ob", "Call timeout")},
        {"worker-memory-limit", QT_TRANSLATE_NOOP("ob", "Worker memory limit")},
        {"worker-cpu-limit", QT_TRANSLATE_NOOP("ob", "Worker CPU-time limit")},
    };
    for (const auto& l : labels)
        if (key == QLatin1String(l.key))
            return QCoreApplication::translate("ob", l.text);
    QString words = key;
    words.replace(QLatin1Char('-'), QLatin1Char(' ')).replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!words.isEmpty())
        words[0] = words[0].toUpper();
    return words;
}

QList<SettingText> configurationTexts(const RunConfig& config)
{
    const QJsonObject json = toJson(config);
    QList<SettingText> out;
    // In the order a person looks for them: the model, what was run, how it was measured, the machine settings.
    QStringList keys;
    for (const char* key : {"model", "model-file", "input", "example-inputs", "primary-output", "hidden", "layers",
                            "inputs", "outputs", "batch", "methods", "warmup", "iterations", "target-ci", "min-calls",
                            "max-calls", "time-budget", "exclude-outliers", "eval-samples", "drift-cosine",
                            "drift-top1", "threads", "blas-threads", "qengine", "seed", "options", "isolation",
                            "call-timeout", "worker-memory-limit", "worker-cpu-limit"})
        keys << QLatin1String(key);
    for (const auto& key : json.keys())
        if (!keys.contains(key))
            keys << key;
    for (const auto& key : keys)
        if (json.contains(key))
            out << SettingText{settingLabel(key), valueText(key, json.value(key))};
    return out;
}

}  // namespace ob
