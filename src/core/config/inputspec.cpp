// SPDX-License-Identifier: MIT
#include "config/inputspec.h"

#include "optibench/engine/engine.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>

#include "i18n/tr.h"

namespace ob {
namespace {

using engine::InputSpec;

constexpr qlonglong kMaxDim = std::numeric_limits<int>::max();
constexpr double kMaxElements = 2147483648.0;  // per batch-1 sample: beyond it no benchmark fits in memory
constexpr double kMaxExactInteger = 9007199254740992.0;  // 2^53: the engine holds range bounds as doubles

struct Parts {
    bool hasName = false;
    QString name;
    QString dims;
    bool hasDtype = false;
    QString dtype;  // with its range
};

bool isIdentifier(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return re.match(s).hasMatch();
}

bool looksLikeDims(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9B,\\s]*$"));
    return re.match(s).hasMatch();
}

bool isIntegerDtype(const QString& d)
{
    return d == QLatin1String("int64") || d == QLatin1String("int32");
}

ValidationError specError(const QString& field, const QString& text, const QString& what)
{
    return ValidationError{field, text, tr("is not a valid input spec: %1").arg(what), inputSpecSyntax()};
}

/// NAME:DIMS:DTYPE, NAME:DIMS, DIMS:DTYPE or DIMS. With two parts the first is a name when it is an identifier
/// other than B, or B followed by dimensions ("B:B,3" is the argument B).
MaybeError splitParts(const QString& field, const QString& text, Parts& parts)
{
    const QStringList p = text.split(QLatin1Char(':'));
    if (p.size() > 3)
        return specError(field, text,
                         tr("it has %1 parts separated by ':'; a spec has at most three (name, dimensions, dtype)")
                             .arg(p.size()));
    if (p.size() == 3) {
        parts = Parts{true, p[0].trimmed(), p[1].trimmed(), true, p[2].trimmed()};
    } else if (p.size() == 2) {
        const QString first = p[0].trimmed();
        const bool named = (isIdentifier(first) && first != QLatin1String("B"))
            || (first == QLatin1String("B") && looksLikeDims(p[1]));
        parts = named ? Parts{true, first, p[1].trimmed(), false, {}} : Parts{false, {}, first, true, p[1].trimmed()};
    } else {
        parts = Parts{false, {}, p[0].trimmed(), false, {}};
    }
    return std::nullopt;
}

MaybeError parseName(const QString& field, const QString& text, const Parts& parts, InputSpec& spec)
{
    if (!parts.hasName)
        return std::nullopt;
    if (parts.name.isEmpty())
        return specError(field, text, tr("the name before ':' is empty (leave NAME: out to go by position)"));
    if (!isIdentifier(parts.name))
        return specError(field, text,
                         tr("name '%1' is not an identifier (names must be identifiers: letters, digits and _, not "
                            "starting with a digit)")
                             .arg(parts.name));
    spec.name = parts.name.toStdString();
    return std::nullopt;
}

MaybeError parseDims(const QString& field, const QString& text, const QString& dimsText, InputSpec& spec)
{
    if (dimsText.contains(QLatin1Char('[')))
        return specError(field, text, tr("a range follows the dtype, as in ids:B,24:int64[0,1000)"));
    if (dimsText.isEmpty())
        return specError(field, text, tr("the dimensions are missing"));
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    const QStringList items = dimsText.split(QLatin1Char(','));
    double elements = 1;
    for (int i = 0; i < items.size(); ++i) {
        const QString item = items[i].trimmed();
        const QString position = QString::number(i + 1);
        if (item == QLatin1String("B")) {
            if (std::find(spec.dims.begin(), spec.dims.end(), InputSpec::kBatch) != spec.dims.end())
                return specError(field, text,
                                 tr("dimension %1 is a second B: at most one dimension is the batch").arg(position));
            spec.dims.push_back(InputSpec::kBatch);
            continue;
        }
        bool ok = false;
        const qlonglong v = item.toLongLong(&ok);
        if (!digits.match(item).hasMatch() || (ok && v <= 0))
            return specError(field, text,
                             tr("dimension %1 '%2' is not a positive integer or B").arg(position, item));
        if (!ok || v > kMaxDim)
            return specError(field, text,
                             tr("dimension %1 '%2' is larger than %3").arg(position, item, QString::number(kMaxDim)));
        spec.dims.push_back(v);
        elements *= static_cast<double>(v);
    }
    if (elements > kMaxElements)
        return specError(field, text,
                         tr("the tensor has %1 elements at batch 1, more than %2")
                             .arg(QString::number(elements, 'g', 4), QString::number(kMaxElements, 'g', 4)));
    return std::nullopt;
}

MaybeError parseIntegerBound(const QString& field, const QString& text, const QString& dtype, const QString& bound,
                             double& out)
{
    static const QRegularExpression integer(QStringLiteral("^[+-]?[0-9]+$"));
    bool ok = false;
    const qlonglong v = bound.toLongLong(&ok);
    if (!integer.match(bound).hasMatch())
        return specError(field, text, tr("range bound '%1' is not an integer").arg(bound));
    const bool int32 = dtype == QLatin1String("int32");
    const double lo = int32 ? -2147483648.0 : -kMaxExactInteger;
    const double hi = int32 ? 2147483648.0 : kMaxExactInteger;
    if (!ok || static_cast<double>(v) < lo || static_cast<double>(v) > hi)
        return specError(field, text,
                         tr("range bound '%1' is outside %2..%3 for %4")
                             .arg(bound, QString::number(lo, 'f', 0), QString::number(hi, 'f', 0), dtype));
    out = static_cast<double>(v);
    return std::nullopt;
}

MaybeError parseRange(const QString& field, const QString& text, const QString& dtype, const QString& range,
                      InputSpec& spec)
{
    if (dtype == QLatin1String("bool"))
        return specError(field, text, tr("bool takes no range (its values are 0 and 1)"));
    const bool integer = isIntegerDtype(dtype);
    const QChar close = range.size() >= 2 ? range.back() : QChar();
    const QString inner = range.mid(1, range.size() - 2);
    if ((close != QLatin1Char(')') && close != QLatin1Char(']')) || inner.count(QLatin1Char(',')) != 1
        || inner.contains(QLatin1Char('[')))
        return specError(field, text, tr("range '%1' is not written [LO,HI) or [LO,HI]").arg(range));
    if (integer && close != QLatin1Char(')'))
        return specError(field, text, tr("an integer range is written [LO,HI) (HI is excluded), e.g. [0,1000)"));
    if (!integer && close != QLatin1Char(']'))
        return specError(field, text, tr("a float range is written [LO,HI] (HI is included), e.g. [-1,1]"));
    const QStringList bounds = inner.split(QLatin1Char(','));
    double values[2] = {0, 0};
    for (int i = 0; i < 2; ++i) {
        const QString bound = bounds[i].trimmed();
        if (integer) {
            if (auto e = parseIntegerBound(field, text, dtype, bound, values[i]))
                return e;
            continue;
        }
        bool ok = false;
        values[i] = bound.toDouble(&ok);
        if (!ok || !std::isfinite(values[i]))
            return specError(field, text, tr("range bound '%1' is not a number").arg(bound));
    }
    if (integer && !(values[0] < values[1]))
        return specError(field, text, tr("an integer range needs LO < HI, e.g. [0,1000)"));
    if (!integer && !(values[0] <= values[1]))
        return specError(field, text, tr("a float range needs LO <= HI, e.g. [-1,1]"));
    spec.hasRange = true;
    spec.lo = values[0];
    spec.hi = values[1];
    return std::nullopt;
}

MaybeError parseDtype(const QString& field, const QString& text, const Parts& parts, InputSpec& spec)
{
    if (!parts.hasDtype)
        return std::nullopt;
    const auto bracket = parts.dtype.indexOf(QLatin1Char('['));
    const QString word = (bracket < 0 ? parts.dtype : parts.dtype.left(bracket)).trimmed();
    if (word.isEmpty())
        return specError(field, text, tr("the dtype after the last ':' is missing"));
    if (!inputDtypes().contains(word))
        return specError(field, text,
                         tr("dtype '%1' is not one of %2").arg(word, inputDtypes().join(QStringLiteral(", "))));
    spec.dtype = word.toStdString();
    if (bracket >= 0)
        return parseRange(field, text, word, parts.dtype.mid(bracket).trimmed(), spec);
    return std::nullopt;
}

}  // namespace

QStringList inputDtypes()
{
    return {QStringLiteral("float32"), QStringLiteral("float64"), QStringLiteral("bfloat16"),
            QStringLiteral("int64"),   QStringLiteral("int32"),   QStringLiteral("bool")};
}

QString inputSpecSyntax()
{
    return tr("[NAME:]DIMS[:DTYPE[RANGE]], one per tensor argument of forward, in order or by NAME: DIMS "
              "comma-separated positive integers or B (the batch, at most one); DTYPE float32 (default), float64, "
              "bfloat16, int64, int32 or bool; RANGE [LO,HI) for integers, [LO,HI] for floats (none for bool); e.g. "
              "x:B,3,224,224 or ids:B,24:int64[0,1000)");
}

MaybeError parseInputSpec(const QString& text, engine::InputSpec& out, const QString& field)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return ValidationError{field, text, tr("is empty"), inputSpecSyntax()};
    Parts parts;
    if (auto e = splitParts(field, text, parts))
        return e;
    InputSpec spec;
    if (auto e = parseName(field, text, parts, spec))
        return e;
    if (auto e = parseDims(field, text, parts.dims, spec))
        return e;
    if (auto e = parseDtype(field, text, parts, spec))
        return e;
    spec.source = "user";
    out = spec;
    return std::nullopt;
}

MaybeError parseInputSpecs(const QStringList& texts, std::vector<engine::InputSpec>& specs, const QString& field)
{
    std::vector<engine::InputSpec> parsed;
    for (const QString& text : texts) {
        engine::InputSpec spec;
        if (auto e = parseInputSpec(text, spec, field))
            return e;
        parsed.push_back(spec);
    }
    specs = parsed;
    return std::nullopt;
}

QString formatInputSpec(const engine::InputSpec& spec)
{
    return QString::fromStdString(engine::inputSpecText(spec));
}

bool sameInputSpec(const engine::InputSpec& a, const engine::InputSpec& b)
{
    return a.name == b.name && a.dims == b.dims && a.dtype == b.dtype && a.hasRange == b.hasRange
        && (!a.hasRange || (a.lo == b.lo && a.hi == b.hi));
}

QString shellQuoted(const QString& text)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (safe.match(text).hasMatch())
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString inputSpecArguments(const std::vector<engine::InputSpec>& specs)
{
    QStringList args;
    for (const auto& spec : specs)
        args << QStringLiteral("--input ") + shellQuoted(formatInputSpec(spec));
    return args.join(QLatin1Char(' '));
}

std::vector<std::optional<engine::InputSpec>> specsByArgument(const engine::ModelFileInfo& info)
{
    std::vector<std::optional<engine::InputSpec>> out(info.arguments.size());
    std::size_t position = 0;
    for (std::size_t i = 0; i < info.arguments.size(); ++i) {
        const engine::ArgumentInfo& a = info.arguments[i];
        if (!a.tensor)
            continue;
        for (const auto& s : info.inputSpecs)
            if (s.name == a.name)
                out[i] = s;
        if (!out[i] && position < info.inputSpecs.size() && info.inputSpecs[position].name.empty()) {
            out[i] = info.inputSpecs[position];
            out[i]->name = a.name;
        }
        ++position;
    }
    return out;
}

}  // namespace ob
