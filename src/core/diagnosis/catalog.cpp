// SPDX-License-Identifier: MIT
#include "diagnosis/catalog.h"
#include "i18n/tr.h"

#include <QCoreApplication>

namespace ob {
namespace {

QString fill(QString text, const QMap<QString, QString>& args)
{
    for (auto it = args.begin(); it != args.end(); ++it)
        text.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value());
    return text;
}

QList<QRegularExpression> compiled(const DiagnosisEntry& e)
{
    QList<QRegularExpression> out;
    for (const auto& p : e.patterns)
        out << QRegularExpression(p, QRegularExpression::DotMatchesEverythingOption);
    return out;
}

}  // namespace

const QList<DiagnosisEntry>& diagnosisCatalog()
{
    static const QList<DiagnosisEntry> catalog = [] {
        QList<DiagnosisEntry> all;
        all << generalDiagnoses();
        return all;
    }();
    return catalog;
}

DiagnosisText renderDiagnosis(const DiagnosisRef& ref)
{
    for (const auto& e : diagnosisCatalog())
        if (e.id == ref.id)
            return {fill(e.cause(ref.args), ref.args), e.fix ? fill(e.fix(ref.args), ref.args) : QString()};
    return {ref.id, QString()};
}

DiagnosisRef diagnoseError(const QString& errorText)
{
    for (const auto& e : diagnosisCatalog()) {
        for (const auto& re : compiled(e)) {
            const auto m = re.match(errorText);
            if (m.hasMatch()) {
                DiagnosisRef ref{e.id, {}, e.fixes};
                for (const auto& name : re.namedCaptureGroups())
                    if (!name.isEmpty() && m.hasCaptured(name))
                        ref.args.insert(name, m.captured(name));
                return ref;
            }
        }
    }
    return {};
}

QList<LogFinding> scanLog(const QString& text)
{
    QList<LogFinding> out;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        // A message may continue on the next line (Python's ":List inputs..." follows "Tracer cannot infer...").
        const QString window = i + 1 < lines.size() ? lines[i] + QLatin1Char('\n') + lines[i + 1] : lines[i];
        const DiagnosisRef ref = diagnoseError(lines[i]);
        const DiagnosisRef wide = ref.isEmpty() ? diagnoseError(window) : ref;
        if (wide.isEmpty())
            continue;
        if (!out.isEmpty() && out.back().line == i && out.back().diagnosis.id == wide.id)
            continue;  // the same message seen through the two-line window
        out << LogFinding{i + 1, lines[i].trimmed(), wide};
    }
    return out;
}

QList<DiagnosisEntry> generalDiagnoses()
{
    QList<DiagnosisEntry> list;
    list << DiagnosisEntry{
        QStringLiteral("cancelled"),
        {QStringLiteral("^cancelled by the user$")},
        [](const auto&) { return tr("The run was cancelled before this step finished."); },
        [](const auto&) { return tr("Run the method again."); },
        {}};
    list << DiagnosisEntry{
        QStringLiteral("unknown_strategy"),
        {QStringLiteral("unknown strategy '(?<strategy>[^']+)'")},
        [](const auto&) { return tr("The pipeline names a strategy \"{strategy}\" that this build does not have."); },
        [](const auto&) { return tr("Choose a method from the list of strategies."); },
        {}};
    list << DiagnosisEntry{
        QStringLiteral("non_finite_output"),
        {QStringLiteral("produced NaN or Inf")},
        [](const auto&) {
            return tr("The method produced NaN or Inf values; its score and fidelity are not meaningful.");
        },
        [](const auto&) { return tr("Check the quantization scales or use a wider data type."); },
        {}};
    list << DiagnosisEntry{
        QStringLiteral("numerically_wrong"),
        {},
        [](const auto&) {
            return tr("The method ran, but its outputs do not follow eager's: logit cosine {cosine} is below "
                      "{threshold}. Its latency is not a fair comparison.");
        },
        [](const auto&) { return tr("Check the quantization scales or the engine; compare with another engine."); },
        {}};
    return list;
}

}  // namespace ob
