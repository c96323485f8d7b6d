// SPDX-License-Identifier: MIT
#include "config/validation.h"
#include "i18n/tr.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>
#include <limits>

#include "config/inputspec.h"
#include "config/modelfile.h"
#include "optibench/engine/engine.h"

namespace ob {
namespace {

QString fromStd(const std::string& s)
{
    return QString::fromStdString(s);
}

// OptionalInt: an integer, or "auto" (JSON: null) for "not given". Double and Int ranges are inclusive.
// OptionalDouble: a number, or "auto" (JSON: null). Limit: an integer, "auto" (JSON: null) or "none" (stored as 0).
enum class Kind {
    Int, OptionalInt, UInt64, Double, Bool, String, Choice, IntList, StringList, Options, InputSpecs, OptionalDouble,
    Limit
};

struct Field {
    const char* key;
    Kind kind;
    double min;
    double max;
};

using E = ob::engine::Limits;
constexpr qlonglong kMaxCount = 10'000'000;
constexpr int kMaxForks = 64;

const Field kFields[] = {
    {"model", Kind::Choice, 0, 0},
    {"model-file", Kind::String, 0, 0},
    {"input", Kind::InputSpecs, 0, 0},
    {"example-inputs", Kind::String, 0, 0},
    {"primary-output", Kind::String, 0, 0},
    {"hidden", Kind::Int, E::kMinHidden, E::kMaxHidden},
    {"layers", Kind::Int, E::kMinLayers, E::kMaxLayers},
    {"inputs", Kind::Int, E::kMinWidth, E::kMaxWidth},
    {"outputs", Kind::Int, E::kMinWidth, E::kMaxWidth},
    {"batch", Kind::IntList, 1, 65536},
    {"methods", Kind::StringList, 0, 0},
    {"warmup", Kind::Int, 0, kMaxCount},
    {"iterations", Kind::OptionalInt, 1, kMaxCount},
    {"target-ci", Kind::Double, 0.1, 50},
    {"min-calls", Kind::Int, 1, kMaxCount},
    {"max-calls", Kind::Int, 1, kMaxCount},
    {"time-budget", Kind::Double, 0.001, 3600},
    {"exclude-outliers", Kind::Bool, 0, 0},
    {"profile", Kind::Bool, 0, 0},
    {"threads", Kind::Int, 1, 1024},
    {"blas-threads", Kind::Int, 1, 1024},
    {"qengine", Kind::Choice, 0, 0},
    {"seed", Kind::UInt64, 0, 0},
    {"eval-samples", Kind::Int, 1, 1'000'000},
    {"drift-cosine", Kind::Double, 0, 1},
    {"drift-top1", Kind::Double, 0, 100},
    {"options", Kind::Options, 0, 0},
    {"isolation", Kind::Choice, 0, 0},
    {"call-timeout", Kind::OptionalDouble, 0.01, 86400},
    {"worker-memory-limit", Kind::Limit, 64, 1LL << 30},  // MiB
    {"worker-cpu-limit", Kind::Limit, 1, 1e9},            // seconds
    {"forks", Kind::Int, 1, kMaxForks},
    {"max-forks", Kind::OptionalInt, 1, kMaxForks},
};

const Field* findField(const QString& key)
{
    for (const auto& f : kFields)
        if (key == QLatin1String(f.key))
            return &f;
    return nullptr;
}

QStringList choicesOf(const QString& key)
{
    QStringList out;
    if (key == QLatin1String("model")) {
        for (const auto& m : engine::models())
            out << fromStd(m.id);
    } else if (key == QLatin1String("qengine")) {
        out << QStringLiteral("auto") << QStringLiteral("qnnpack") << QStringLiteral("onednn")
            << QStringLiteral("fbgemm") << QStringLiteral("x86") << QStringLiteral("none");
    } else if (key == QLatin1String("isolation")) {
        out << QStringLiteral("process") << QStringLiteral("thread");
    }
    return out;
}

QString rangeText(const Field& f)
{
    if (f.kind == Kind::Double)
        return QStringLiteral("%1..%2").arg(f.min).arg(f.max);
    const QString range =
        QStringLiteral("%1..%2").arg(static_cast<qlonglong>(f.min)).arg(static_cast<qlonglong>(f.max));
    if (f.kind == Kind::OptionalDouble)
        return tr("%1, or auto").arg(QStringLiteral("%1..%2").arg(f.min).arg(f.max));
    if (f.kind == Kind::Limit)
        return tr("%1, auto or none").arg(range);
    return f.kind == Kind::OptionalInt ? tr("%1, or auto").arg(range) : range;
}

ValidationError error(const QString& field, const QString& value, const QString& problem, const QString& allowed)
{
    return ValidationError{field, value, problem, allowed};
}

MaybeError parseInt(const Field& f, const QString& text, qlonglong& out)
{
    bool ok = false;
    out = text.trimmed().toLongLong(&ok);
    static const QRegularExpression digits(QStringLiteral("^[+-]?[0-9]+$"));
    if (!ok && digits.match(text.trimmed()).hasMatch())  // an integer too large for 64 bits
        return error(QLatin1String(f.key), text, tr("is out of range"), rangeText(f));
    if (!ok)
        return error(QLatin1String(f.key), text, tr("is not an integer"), rangeText(f));
    if (out < f.min || out > f.max)
        return error(QLatin1String(f.key), text, tr("is out of range"), rangeText(f));
    return std::nullopt;
}

int* intMember(RunConfig& c, const QString& key)
{
    if (key == QLatin1String("hidden")) return &c.hidden;
    if (key == QLatin1String("layers")) return &c.layers;
    if (key == QLatin1String("inputs")) return &c.inputs;
    if (key == QLatin1String("outputs")) return &c.outputs;
    if (key == QLatin1String("warmup")) return &c.warmup;
    if (key == QLatin1String("min-calls")) return &c.minCalls;
    if (key == QLatin1String("max-calls")) return &c.maxCalls;
    if (key == QLatin1String("threads")) return &c.threads;
    if (key == QLatin1String("blas-threads")) return &c.blasThreads;
    if (key == QLatin1String("eval-samples")) return &c.evalSamples;
    if (key == QLatin1String("forks")) return &c.forks;
    return nullptr;
}

/// The optional integers: "iterations" and "max-forks" (empty: auto).
std::optional<int>& optionalIntMember(RunConfig& c, const QString& key)
{
    return key == QLatin1String("max-forks") ? c.maxForks : c.iterations;
}

double* doubleMember(RunConfig& c, const QString& key)
{
    if (key == QLatin1String("target-ci")) return &c.targetCi;
    if (key == QLatin1String("time-budget")) return &c.timeBudget;
    if (key == QLatin1String("drift-cosine")) return &c.driftCosine;
    if (key == QLatin1String("drift-top1")) return &c.driftTop1;
    return nullptr;
}

QString* stringMember(RunConfig& c, const QString& key)
{
    if (key == QLatin1String("model-file")) return &c.modelFile;
    if (key == QLatin1String("example-inputs")) return &c.exampleInputs;
    if (key == QLatin1String("primary-output")) return &c.primaryOutput;
    return nullptr;
}

QString allowedString(const QString& key)
{
    return key == QLatin1String("primary-output") ? tr("an output path as optibench-cli inspect lists it, e.g. logits")
                                                  : tr("a file path");
}

bool isAuto(const QString& text)
{
    return text.trimmed().compare(QLatin1String("auto"), Qt::CaseInsensitive) == 0;
}

/// call-timeout: seconds, or auto.
MaybeError applyOptionalDouble(RunConfig& c, const Field& f, const QString& text)
{
    if (isAuto(text)) {
        c.callTimeout.reset();
        return std::nullopt;
    }
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return error(QLatin1String(f.key), text, tr("is not a number"), rangeText(f));
    if (v < f.min || v > f.max)
        return error(QLatin1String(f.key), text, tr("is out of range"), rangeText(f));
    c.callTimeout = v;
    return std::nullopt;
}

/// worker-memory-limit (MiB) and worker-cpu-limit (seconds): an integer, auto or none.
MaybeError applyLimit(RunConfig& c, const Field& f, const QString& text)
{
    std::optional<qint64>& member
        = QLatin1String(f.key) == QLatin1String("worker-memory-limit") ? c.workerMemoryMiB : c.workerCpuSeconds;
    if (isAuto(text)) {
        member.reset();
        return std::nullopt;
    }
    if (text.trimmed().compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
        member = 0;
        return std::nullopt;
    }
    qlonglong v = 0;
    if (auto e = parseInt(f, text, v))
        return e;
    member = v;
    return std::nullopt;
}

QStringList splitList(const QString& text)
{
    QStringList parts = text.split(QLatin1Char(','));
    for (auto& p : parts)
        p = p.trimmed();
    return parts;
}

MaybeError applyIntList(RunConfig& c, const Field& f, const QStringList& items, const QString& asGiven)
{
    const QString allowed = tr("a comma-separated list of integers %1, e.g. 1,4,8,16").arg(rangeText(f));
    if (items.isEmpty() || (items.size() == 1 && items.front().isEmpty()))
        return error(QLatin1String(f.key), asGiven, tr("is empty"), allowed);
    QList<int> values;
    for (const auto& item : items) {
        bool ok = false;
        const qlonglong v = item.toLongLong(&ok);
        if (!ok)
            return error(QLatin1String(f.key), asGiven, tr("contains \"%1\", which is not an integer").arg(item), allowed);
        if (v < f.min || v > f.max)
            return error(QLatin1String(f.key), asGiven, tr("contains %1, which is out of range").arg(item), allowed);
        if (!values.contains(static_cast<int>(v)))
            values << static_cast<int>(v);
    }
    c.batches = values;
    return std::nullopt;
}

MaybeError applyMethods(RunConfig& c, const QStringList& items, const QString& asGiven)
{
    if (items.isEmpty() || (items.size() == 1 && items.front().isEmpty()))
        return error(QStringLiteral("methods"), asGiven, tr("is empty"),
                     tr("\"all\" or a comma-separated list of: %1").arg(strategyIds().join(QStringLiteral(", "))));
    for (const auto& m : items)
        if (m != QLatin1String("all"))
            if (auto e = checkMethod(m))
                return e;
    c.methods = items;
    return std::nullopt;
}

/// One spec appended to the list (the CLI's --input is repeatable, in forward-argument order).
MaybeError applyInputSpec(RunConfig& c, const QString& text)
{
    engine::InputSpec spec;
    if (auto e = parseInputSpec(text, spec))
        return e;
    c.inputSpecs << text.trimmed();
    return std::nullopt;
}

MaybeError applyOption(RunConfig& c, const QString& assignment)
{
    const auto eq = assignment.indexOf(QLatin1Char('='));
    if (eq <= 0)
        return error(QStringLiteral("option"), assignment, tr("is not of the form key=value"),
                     tr("key=value with a strategy option key"));
    c.options.insert(assignment.left(eq).trimmed(), assignment.mid(eq + 1).trimmed());
    return std::nullopt;
}

QString jsonTypeName(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    default: return QStringLiteral("undefined");
    }
}

QString jsonText(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isArray() || v.isObject()) {  // shown as written, shortened
        const QByteArray json = v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                            : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
        const QString text = QString::fromUtf8(json);
        return text.size() > 40 ? text.left(37) + QStringLiteral("...") : text;
    }
    return jsonTypeName(v);
}

}  // namespace

namespace {

// A free function, so that lupdate files the sentence under the context "ob" like the other texts here.
QString formatMessage(const ValidationError& e)
{
    return tr("%1: %2 %3; allowed: %4")
        .arg(e.field, e.value.isEmpty() ? QStringLiteral("\"\"") : e.value, e.problem, e.allowed);
}

}  // namespace

QString ValidationError::message() const
{
    return formatMessage(*this);
}

QStringList configKeys()
{
    QStringList keys;
    for (const auto& f : kFields)
        keys << QLatin1String(f.key);
    return keys;
}

IntRange rangeOf(const QString& key)
{
    const Field* f = findField(key);
    if (!f || (f->kind != Kind::Int && f->kind != Kind::OptionalInt && f->kind != Kind::IntList))
        return {};
    return {static_cast<qlonglong>(f->min), static_cast<qlonglong>(f->max)};
}

DoubleRange doubleRangeOf(const QString& key)
{
    const Field* f = findField(key);
    if (!f || f->kind != Kind::Double)
        return {};
    return {f->min, f->max};
}

MaybeError applyText(RunConfig& c, const QString& key, const QString& text)
{
    const Field* f = findField(key);
    if (!f)
        return error(key, text, tr("is not a configuration key"), configKeys().join(QStringLiteral(", ")));
    switch (f->kind) {
    case Kind::Int: {
        qlonglong v = 0;
        if (auto e = parseInt(*f, text, v))
            return e;
        *intMember(c, key) = static_cast<int>(v);
        return std::nullopt;
    }
    case Kind::OptionalInt: {  // "iterations", "max-forks"
        if (isAuto(text)) {
            optionalIntMember(c, key).reset();
            return std::nullopt;
        }
        qlonglong v = 0;
        if (auto e = parseInt(*f, text, v))
            return e;
        optionalIntMember(c, key) = static_cast<int>(v);
        return std::nullopt;
    }
    case Kind::Double: {
        bool ok = false;
        const double v = text.trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(v))
            return error(key, text, tr("is not a number"), rangeText(*f));
        if (v < f->min || v > f->max)
            return error(key, text, tr("is out of range"), rangeText(*f));
        *doubleMember(c, key) = v;
        return std::nullopt;
    }
    case Kind::Bool: {  // "exclude-outliers", "profile"
        bool& member = key == QLatin1String("profile") ? c.profile : c.excludeOutliers;
        const QString v = text.trimmed().toLower();
        if (v == QLatin1String("true") || v == QLatin1String("1") || v == QLatin1String("yes")
            || v == QLatin1String("on"))
            member = true;
        else if (v == QLatin1String("false") || v == QLatin1String("0") || v == QLatin1String("no")
                 || v == QLatin1String("off"))
            member = false;
        else
            return error(key, text, tr("is not a boolean"), QStringLiteral("true, false"));
        return std::nullopt;
    }
    case Kind::UInt64: {
        bool ok = false;
        const qulonglong v = text.trimmed().toULongLong(&ok);
        if (!ok || text.trimmed().startsWith(QLatin1Char('-')))
            return error(key, text, tr("is not a non-negative integer"),
                         QStringLiteral("0..%1").arg(std::numeric_limits<qulonglong>::max()));
        c.seed = v;
        return std::nullopt;
    }
    case Kind::Choice: {
        const QStringList choices = choicesOf(key);
        const QString v = text.trimmed();
        if (!choices.contains(v))
            return error(key, text, tr("is not a valid choice"), choices.join(QStringLiteral(", ")));
        (key == QLatin1String("model") ? c.model : key == QLatin1String("isolation") ? c.isolation : c.qengine) = v;
        return std::nullopt;
    }
    case Kind::OptionalDouble: return applyOptionalDouble(c, *f, text);
    case Kind::Limit: return applyLimit(c, *f, text);
    case Kind::IntList: return applyIntList(c, *f, splitList(text), text);
    case Kind::StringList: return applyMethods(c, splitList(text), text);
    case Kind::Options: return applyOption(c, text);
    case Kind::InputSpecs: return applyInputSpec(c, text);
    case Kind::String:  // files are checked by validate()
        *stringMember(c, key) = text.trimmed();
        return std::nullopt;
    }
    return std::nullopt;
}

namespace {

// applyJson() in steps, one per kind of value; each converts the JSON value to its text form and calls applyText().

MaybeError applyJsonInteger(RunConfig& c, const Field& f, const QString& key, const QJsonValue& v)
{
    if (f.kind == Kind::OptionalInt && (v.isNull() || (v.isString() && isAuto(v.toString())))) {
        optionalIntMember(c, key).reset();
        return std::nullopt;
    }
    const QString allowed = f.kind == Kind::UInt64
        ? QStringLiteral("0..%1").arg(std::numeric_limits<qulonglong>::max())
        : rangeText(f);
    if (!v.isDouble() && !v.isString())
        return error(key, jsonText(v), tr("is %1, not an integer").arg(jsonTypeName(v)), allowed);
    // Beyond ±2^63 a cast to qlonglong is undefined (found by fuzz_config under UBSan).
    if (v.isDouble() && !(std::abs(v.toDouble()) < 9.2e18))
        return error(key, jsonText(v), tr("is out of range"), allowed);
    if (v.isDouble() && v.toDouble() != std::trunc(v.toDouble()))
        return error(key, jsonText(v), tr("is not an integer"), allowed);
    const QString text = v.isString() ? v.toString() : QString::number(static_cast<qlonglong>(v.toDouble()));
    return applyText(c, key, text);
}

MaybeError applyJsonScalar(RunConfig& c, const Field& f, const QString& key, const QJsonValue& v)
{
    switch (f.kind) {
    case Kind::Double:
        if (!v.isDouble() && !v.isString())
            return error(key, jsonText(v), tr("is %1, not a number").arg(jsonTypeName(v)), rangeText(f));
        return applyText(c, key, v.isString() ? v.toString() : QString::number(v.toDouble(), 'g', 17));
    case Kind::Bool:
        if (!v.isBool() && !v.isString())
            return error(key, jsonText(v), tr("is %1, not a boolean").arg(jsonTypeName(v)),
                         QStringLiteral("true, false"));
        return applyText(c, key, v.isBool() ? jsonText(v) : v.toString());
    default:  // Choice, String
        if (!v.isString())
            return error(key, jsonText(v), tr("is %1, not a string").arg(jsonTypeName(v)),
                         f.kind == Kind::String ? allowedString(key) : choicesOf(key).join(QStringLiteral(", ")));
        return applyText(c, key, v.toString());
    }
}

MaybeError applyJsonList(RunConfig& c, const Field& f, const QString& key, const QJsonValue& v)
{
    QStringList items;
    if (v.isString()) {
        items = splitList(v.toString());
    } else if (v.isArray()) {
        for (const auto& item : v.toArray()) {
            if (f.kind == Kind::IntList && !item.isDouble())
                return error(key, jsonText(item), tr("is %1, not an integer").arg(jsonTypeName(item)), rangeText(f));
            if (f.kind == Kind::StringList && !item.isString())
                return error(key, jsonText(item), tr("is %1, not a method id").arg(jsonTypeName(item)),
                             strategyIds().join(QStringLiteral(", ")));
            items << (item.isString() ? item.toString() : jsonText(item));
        }
    } else {
        return error(key, jsonText(v), tr("is %1, not a list").arg(jsonTypeName(v)),
                     tr("a JSON array or a comma-separated string"));
    }
    const QString asGiven = items.join(QLatin1Char(','));
    return f.kind == Kind::IntList ? applyIntList(c, f, items, asGiven) : applyMethods(c, items, asGiven);
}

/// A JSON list of spec strings (or one string) replaces the list.
MaybeError applyInputSpecsJson(RunConfig& c, const QString& key, const QJsonValue& v)
{
    QStringList items;
    if (v.isString()) {
        items << v.toString();
    } else if (v.isArray()) {
        for (const auto& item : v.toArray()) {
            if (!item.isString())
                return error(key, jsonText(item), tr("is %1, not an input spec").arg(jsonTypeName(item)),
                             inputSpecSyntax());
            items << item.toString();
        }
    } else {
        return error(key, jsonText(v), tr("is %1, not a list of input specs").arg(jsonTypeName(v)),
                     tr("a JSON array of input specs: %1").arg(inputSpecSyntax()));
    }
    RunConfig scratch;
    for (const auto& item : items)
        if (auto e = applyInputSpec(scratch, item))
            return e;
    c.inputSpecs = scratch.inputSpecs;
    return std::nullopt;
}

MaybeError applyJsonOptions(RunConfig& c, const QString& key, const QJsonValue& v)
{
    if (!v.isObject())
        return error(key, jsonText(v), tr("is %1, not an object").arg(jsonTypeName(v)),
                     tr("an object of strategy option keys and values"));
    const QJsonObject o = v.toObject();
    for (auto oi = o.begin(); oi != o.end(); ++oi)
        c.options.insert(oi.key(), jsonText(oi.value()));
    return std::nullopt;
}

/// call-timeout and the worker limits: a number, a string ("auto", "none", a number), or null for auto.
MaybeError applyJsonAutoNumber(RunConfig& c, const Field& f, const QString& key, const QJsonValue& v)
{
    if (v.isNull())
        return applyText(c, key, QStringLiteral("auto"));
    if (!v.isDouble() && !v.isString())
        return error(key, jsonText(v), tr("is %1, not a number").arg(jsonTypeName(v)), rangeText(f));
    if (f.kind == Kind::Limit && v.isDouble() && v.toDouble() != std::trunc(v.toDouble()))
        return error(key, jsonText(v), tr("is not an integer"), rangeText(f));
    if (v.isDouble() && !(std::abs(v.toDouble()) < 9.2e18))
        return error(key, jsonText(v), tr("is out of range"), rangeText(f));
    return applyText(c, key,
                     v.isString()                ? v.toString()
                         : f.kind == Kind::Limit ? QString::number(static_cast<qlonglong>(v.toDouble()))
                                                 : QString::number(v.toDouble(), 'g', 17));
}

MaybeError applyJsonValue(RunConfig& c, const Field& f, const QString& key, const QJsonValue& v)
{
    switch (f.kind) {
    case Kind::OptionalDouble:
    case Kind::Limit: return applyJsonAutoNumber(c, f, key, v);
    case Kind::OptionalInt:
    case Kind::Int:
    case Kind::UInt64: return applyJsonInteger(c, f, key, v);
    case Kind::Double:
    case Kind::Bool:
    case Kind::Choice:
    case Kind::String: return applyJsonScalar(c, f, key, v);
    case Kind::IntList:
    case Kind::StringList: return applyJsonList(c, f, key, v);
    case Kind::Options: return applyJsonOptions(c, key, v);
    case Kind::InputSpecs: return applyInputSpecsJson(c, key, v);
    }
    return std::nullopt;
}

}  // namespace

MaybeError applyJson(RunConfig& c, const QJsonObject& object)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const Field* f = findField(it.key());
        if (!f)
            return error(QStringLiteral("config"), it.key(), tr("is not a configuration key"),
                         configKeys().join(QStringLiteral(", ")));
        if (auto e = applyJsonValue(c, *f, it.key(), it.value()))
            return e;
    }
    return std::nullopt;
}

MaybeError validate(const RunConfig& c)
{
    auto checkInt = [](const char* key, qlonglong v) -> MaybeError {
        const Field* f = findField(QLatin1String(key));
        if (v < f->min || v > f->max)
            return error(QLatin1String(key), QString::number(v), tr("is out of range"), rangeText(*f));
        return std::nullopt;
    };
    if (!choicesOf(QStringLiteral("model")).contains(c.model))
        return error(QStringLiteral("model"), c.model, tr("is not a valid choice"),
                     choicesOf(QStringLiteral("model")).join(QStringLiteral(", ")));
    if (auto e = checkModelFilePath(c))
        return e;
    if (auto e = checkExampleInputsPath(c))
        return e;
    std::vector<engine::InputSpec> specs;
    if (auto e = parseInputSpecs(c.inputSpecs, specs))
        return e;
    if (!choicesOf(QStringLiteral("qengine")).contains(c.qengine))
        return error(QStringLiteral("qengine"), c.qengine, tr("is not a valid choice"),
                     choicesOf(QStringLiteral("qengine")).join(QStringLiteral(", ")));
    if (!choicesOf(QStringLiteral("isolation")).contains(c.isolation))
        return error(QStringLiteral("isolation"), c.isolation, tr("is not a valid choice"),
                     choicesOf(QStringLiteral("isolation")).join(QStringLiteral(", ")));
    if (c.callTimeout) {
        const Field* f = findField(QStringLiteral("call-timeout"));
        if (!(*c.callTimeout >= f->min && *c.callTimeout <= f->max))
            return error(QStringLiteral("call-timeout"), QString::number(*c.callTimeout), tr("is out of range"),
                         rangeText(*f));
    }
    for (const auto& [key, value] : {std::pair{"worker-memory-limit", c.workerMemoryMiB},
                                     {"worker-cpu-limit", c.workerCpuSeconds}})
        if (value && *value != 0)
            if (auto e = checkInt(key, *value))
                return e;
    for (const auto& [key, value] : {std::pair{"hidden", c.hidden}, {"layers", c.layers}, {"inputs", c.inputs},
                                     {"outputs", c.outputs}, {"warmup", c.warmup}, {"min-calls", c.minCalls},
                                     {"max-calls", c.maxCalls}, {"threads", c.threads},
                                     {"blas-threads", c.blasThreads}, {"eval-samples", c.evalSamples},
                                     {"forks", c.forks}})
        if (auto e = checkInt(key, value))
            return e;
    if (c.iterations)
        if (auto e = checkInt("iterations", *c.iterations))
            return e;
    if (c.maxForks)
        if (auto e = checkInt("max-forks", *c.maxForks))
            return e;
    for (const auto& [key, value] : {std::pair{"target-ci", c.targetCi}, {"time-budget", c.timeBudget},
                                     {"drift-cosine", c.driftCosine}, {"drift-top1", c.driftTop1}}) {
        const Field* f = findField(QLatin1String(key));
        if (!(value >= f->min && value <= f->max))
            return error(QLatin1String(key), QString::number(value), tr("is out of range"), rangeText(*f));
    }
    // min-calls above max-calls is no error: the limits (max-calls, time-budget) win over the minimum, so that each
    // key is valid on its own whatever the others hold.
    QStringList batchText;
    for (int b : c.batches)
        batchText << QString::number(b);
    RunConfig scratch;
    if (auto e = applyIntList(scratch, *findField(QStringLiteral("batch")), batchText, batchText.join(QLatin1Char(','))))
        return e;
    if (auto e = applyMethods(scratch, c.methods, c.methods.join(QLatin1Char(','))))
        return e;
    return std::nullopt;
}

QJsonObject toJson(const RunConfig& c)
{
    QJsonArray batches;
    for (int b : c.batches)
        batches.append(b);
    QJsonObject options;
    for (auto it = c.options.begin(); it != c.options.end(); ++it)
        options.insert(it.key(), it.value());
    QJsonObject o{
        {QStringLiteral("model"), c.model},
        {QStringLiteral("hidden"), c.hidden},
        {QStringLiteral("layers"), c.layers},
        {QStringLiteral("inputs"), c.inputs},
        {QStringLiteral("outputs"), c.outputs},
        {QStringLiteral("batch"), batches},
        {QStringLiteral("methods"), QJsonArray::fromStringList(c.methods)},
        {QStringLiteral("warmup"), c.warmup},
        {QStringLiteral("iterations"), c.iterations ? QJsonValue(*c.iterations) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("target-ci"), c.targetCi},
        {QStringLiteral("min-calls"), c.minCalls},
        {QStringLiteral("max-calls"), c.maxCalls},
        {QStringLiteral("time-budget"), c.timeBudget},
        {QStringLiteral("exclude-outliers"), c.excludeOutliers},
        {QStringLiteral("threads"), c.threads},
        {QStringLiteral("blas-threads"), c.blasThreads},
        {QStringLiteral("qengine"), c.qengine},
        {QStringLiteral("seed"), QString::number(c.seed)},
        {QStringLiteral("eval-samples"), c.evalSamples},
        {QStringLiteral("options"), options},
    };
    if (!c.modelFile.isEmpty())  // only then: configs of built-in models keep their keys
        o.insert(QStringLiteral("model-file"), c.modelFile);
    if (!c.inputSpecs.isEmpty())
        o.insert(QStringLiteral("input"), QJsonArray::fromStringList(c.inputSpecs));
    if (!c.exampleInputs.isEmpty())
        o.insert(QStringLiteral("example-inputs"), c.exampleInputs);
    if (!c.primaryOutput.isEmpty())
        o.insert(QStringLiteral("primary-output"), c.primaryOutput);
    const RunConfig defaults;
    const bool modelFile = c.model == QLatin1String("torchscript");
    if (modelFile || c.driftCosine != defaults.driftCosine)
        o.insert(QStringLiteral("drift-cosine"), c.driftCosine);
    if (modelFile || c.driftTop1 != defaults.driftTop1)
        o.insert(QStringLiteral("drift-top1"), c.driftTop1);
    if (c.profile)  // only when set, like the worker keys below
        o.insert(QStringLiteral("profile"), true);
    // The worker keys only when set: configurations that leave them at their defaults keep their keys.
    if (c.isolation != defaults.isolation)
        o.insert(QStringLiteral("isolation"), c.isolation);
    if (c.callTimeout)
        o.insert(QStringLiteral("call-timeout"), *c.callTimeout);
    for (const auto& [key, value] : {std::pair{"worker-memory-limit", c.workerMemoryMiB},
                                     {"worker-cpu-limit", c.workerCpuSeconds}})
        if (value)
            o.insert(QLatin1String(key), *value == 0 ? QJsonValue(QStringLiteral("none"))
                                                     : QJsonValue(static_cast<double>(*value)));
    if (c.forks != defaults.forks)
        o.insert(QStringLiteral("forks"), c.forks);
    if (c.maxForks)
        o.insert(QStringLiteral("max-forks"), *c.maxForks);
    return o;
}

QStringList strategyIds()
{
    QStringList ids;
    for (const auto& s : engine::strategies())
        ids << fromStd(s.id);
    return ids;
}

QStringList allMethods()
{
    QStringList ids;
    for (const auto& s : engine::strategies())
        if (s.inAll)
            ids << fromStd(s.id);
    return ids;
}

QStringList expandMethods(const QStringList& methods)
{
    QStringList out;
    for (const auto& m : methods) {
        const QStringList items = m == QLatin1String("all") ? allMethods() : QStringList{m};
        for (const auto& item : items)
            if (!out.contains(item))
                out << item;
    }
    if (out.removeAll(QStringLiteral("eager")) > 0)
        out.prepend(QStringLiteral("eager"));
    return out;
}

MaybeError checkMethod(const QString& method)
{
    const QStringList known = strategyIds();
    const QString allowed = tr("\"all\" or pipelines a+b+c of: %1").arg(known.join(QStringLiteral(", ")));
    if (method.trimmed().isEmpty())
        return error(QStringLiteral("methods"), method, tr("is empty"), allowed);
    for (const auto& step : method.split(QLatin1Char('+'))) {
        // No special case for int16: dynamic_qint16 is a registered strategy that fails with a diagnosis.
        if (!known.contains(step))
            return error(QStringLiteral("methods"), method,
                         step == method ? tr("is not a method") : tr("contains \"%1\", which is not a strategy").arg(step),
                         allowed);
    }
    return std::nullopt;
}

}  // namespace ob
