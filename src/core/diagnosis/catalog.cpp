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
        all << quantizationDiagnoses();
        all << nativeDiagnoses();
        all << jitDiagnoses();
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
        DiagnosisRef ref = diagnoseError(lines[i]);
        // A pattern may span a line break; it belongs to this line only if the next line does not match alone.
        if (ref.isEmpty() && i + 1 < lines.size() && diagnoseError(lines[i + 1]).isEmpty())
            ref = diagnoseError(lines[i] + QLatin1Char('\n') + lines[i + 1]);
        if (ref.isEmpty())
            continue;
        // The continuation of the message found on the previous line (Python's ":Could not infer type of list
        // element" follows "Tracer cannot infer type of {...}").
        if (!out.isEmpty() && out.back().line == i && out.back().diagnosis.id == ref.id)
            continue;
        out << LogFinding{i + 1, lines[i].trimmed(), ref};
    }
    return out;
}

namespace {

/// A model file's outputs compared leaf by leaf (results/output_compare.cpp); a bare tensor's leaf has no name.
QString withLeaf(QString text, const QMap<QString, QString>& args)
{
    if (args.value(QStringLiteral("leaf")).isEmpty())
        text.replace(QStringLiteral("{leaf}"), tr("(the output)", "the name of a model's only output tensor"));
    return text;
}

QList<DiagnosisEntry> outputDiagnoses()
{
    QList<DiagnosisEntry> list;
    list << DiagnosisEntry{
        QStringLiteral("output_drift"),
        {},
        [](const auto& a) -> QString {  // a QString, not a QStringBuilder of temporaries
            const QString drift = a.value(QStringLiteral("top1")).isEmpty()
                ? tr("The outputs of this method drift from eager's: leaf {leaf} has cosine {cosine} and a largest "
                     "difference of {max_abs}. The speed-up is not a like-for-like win.")
                : tr("The outputs of this method drift from eager's: leaf {leaf} has cosine {cosine} and top-1 "
                     "agreement {top1}%. The speed-up is not a like-for-like win.");
            return withLeaf(drift, a) + QLatin1Char(' ')
                + tr("Lower precision, fused or reordered arithmetic, or a traced path that differs from the "
                     "model's code changed the answers by more than rounding does.");
        },
        [](const auto&) {
            return tr("Check this method's answers on your own data before you rely on its speed; keep eager, or "
                      "choose a method that stays faithful (a wider data type, or no output simplification).");
        },
        {}};
    list << DiagnosisEntry{
        QStringLiteral("output_mismatch"),
        {},
        [](const auto& a) -> QString {  // a QString, not a QStringBuilder of temporaries
            QString text;
            if (a.value(QStringLiteral("got")).isEmpty())
                text = tr("The outputs of this method do not have eager's structure: leaf {leaf} is missing.");
            else if (a.value(QStringLiteral("expected")).isEmpty())
                text = tr("The outputs of this method do not have eager's structure: leaf {leaf} is not among "
                          "eager's outputs.");
            else
                text = tr("The outputs of this method do not have eager's structure: leaf {leaf} has shape {got} "
                          "here and {expected} in eager.");
            return withLeaf(text, a) + QLatin1Char(' ')
                + tr("Its answers cannot be compared with eager's, so its speed-up is not a like-for-like win.");
        },
        [](const auto&) {
            return tr("Use a method that returns the same outputs as eager: a strategy that rewrites the model "
                      "(tracing, output simplification) can drop, reorder or reshape outputs.");
        },
        {}};
    list << DiagnosisEntry{
        QStringLiteral("not_applicable"),
        {},
        [](const auto&) { return tr("This method does not apply to this model: {reason}"); },
        [](const auto&) {
            return tr("Nothing to fix: the method is left out of this run, the other methods are measured as "
                      "usual.");
        },
        {}};
    return list;
}

}  // namespace

/// Failures that the supervisor of the worker processes reports (bench/supervisor.cpp, docs/worker.md).
QList<DiagnosisEntry> workerDiagnoses()
{
    QList<DiagnosisEntry> list;
    list << DiagnosisEntry{
        QStringLiteral("worker_timeout"),
        {QStringLiteral("did not (?:return|finish) within (?<seconds>[0-9.]+) s")},
        [](const auto&) {
            return tr("The method hung: it did not return within {seconds} s, so its worker process was stopped. "
                      "The other methods were measured in a new worker.");
        },
        [](const auto&) {
            return tr("If the method is only slow, raise the call timeout in the run's settings; otherwise leave the "
                      "method out or fix the model: a loop that never ends, or a wait that is never satisfied.");
        },
        {}};
    list << DiagnosisEntry{
        QStringLiteral("out_of_memory"),
        {QStringLiteral("can't allocate memory|std::bad_alloc|Cannot allocate memory|out-of-memory killer")},
        [](const auto&) {
            return tr("The method ran out of memory: it asked for more than its worker process may use (the worker "
                      "memory limit) or than the machine has.");
        },
        [](const auto&) {
            return tr("Use smaller batch sizes or a smaller model, or raise the worker memory limit if the machine "
                      "has the memory.");
        },
        {}};
    list << DiagnosisEntry{
        QStringLiteral("worker_cpu_limit"),
        {QStringLiteral("CPU-time limit of (?<seconds>[0-9]+) s")},
        [](const auto&) {
            return tr("The worker process used up its CPU-time limit of {seconds} s and was stopped.");
        },
        [](const auto&) { return tr("Raise the worker CPU-time limit, or measure fewer calls."); },
        {}};
    list << DiagnosisEntry{
        QStringLiteral("worker_crashed"),
        {QStringLiteral("worker process (?:crashed with|was killed by) signal (?<signal>[0-9]+)")},
        [](const auto&) {
            return tr("The method crashed its worker process (signal {signal}): a bug in LibTorch, in a strategy or "
                      "in the model. The other methods were measured in a new worker.");
        },
        [](const auto&) {
            return tr("Leave this method out, or run it alone to reproduce the crash (with the isolation set to "
                      "thread it runs inside OptiBench itself, where a debugger can catch it).");
        },
        {}};
    return list;
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
        QStringLiteral("non_finite_model"),
        {},
        [](const auto&) {
            return tr("Eager, the model as written, produced NaN or Inf values: the model itself or its inputs cause "
                      "them, not an optimization. Fidelity against eager means nothing while eager's outputs are "
                      "not numbers.");
        },
        [](const auto&) {
            return tr("Check the model's inputs (their ranges and data types) and its weights; run the model on the "
                      "same inputs outside OptiBench.");
        },
        {}};
    list << workerDiagnoses();
    list << DiagnosisEntry{
        QStringLiteral("numerically_wrong"),
        {},
        [](const auto&) {
            return tr("The method ran, but its outputs do not follow eager's: logit cosine {cosine} is below "
                      "{threshold}. Its latency is not a fair comparison.");
        },
        [](const auto&) { return tr("Check the quantization scales or the engine; compare with another engine."); },
        {}};
    list << outputDiagnoses();
    return list;
}

}  // namespace ob
