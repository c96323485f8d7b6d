// SPDX-License-Identifier: MIT
#include "format/comparetext.h"

#include <QJsonArray>
#include <QStringList>

#include <algorithm>
#include <cmath>

#include "format/celltext.h"
#include "format/columns.h"
#include "i18n/tr.h"

namespace ob {
namespace {

QString percentOf(double fraction, int decimals = 1)
{
    return QString::number(fraction * 100, 'f', decimals) + QLatin1Char('%');
}

QJsonValue num(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QString kindId(ChangeKind k)
{
    switch (k) {
    case ChangeKind::Slower:
        return QStringLiteral("slower");
    case ChangeKind::Faster:
        return QStringLiteral("faster");
    case ChangeKind::Same:
        break;
    }
    return QStringLiteral("same");
}

QString scoreId(stats::ScoreChange s)
{
    switch (s) {
    case stats::ScoreChange::NoChange:
        return QStringLiteral("no_change");
    case stats::ScoreChange::Higher:
        return QStringLiteral("higher");
    case stats::ScoreChange::Lower:
        return QStringLiteral("lower");
    case stats::ScoreChange::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString pValueText(double p)
{
    return p < 0.001 ? QStringLiteral("<0.001") : QString::number(p, 'f', 3);
}

} // namespace

QString changeText(double ratio)
{
    if (!std::isfinite(ratio))
        return QStringLiteral("?");
    const double change = ratio - 1;
    if (std::abs(change) < 0.0005)
        return QStringLiteral("±0.0%");
    return (change > 0 ? QStringLiteral("+") : QStringLiteral("−")) + percentOf(std::abs(change));
}

QString changeIntervalText(const stats::Interval& ci)
{
    // An interval from very few processes can reach absurd ends; beyond ten times is "> +900%".
    const QString high = ci.high > kShownRatioLimit ? QStringLiteral("> ") + changeText(kShownRatioLimit)
                                                     : changeText(ci.high);
    const QString low = ci.low < 1 / kShownRatioLimit ? QStringLiteral("< ") + changeText(1 / kShownRatioLimit)
                                                       : changeText(ci.low);
    return QStringLiteral("%1 … %2").arg(low, high);
}

QString verdictText(const BatchChange& c)
{
    if (c.inconclusive)
        return tr("not judged (busy machine)");
    if (c.regression)
        return tr("slower: regression");
    if (c.improvement)
        return tr("faster: improvement");
    switch (c.kind) {
    case ChangeKind::Slower:
        return tr("slower");
    case ChangeKind::Faster:
        return tr("faster");
    case ChangeKind::Same:
        break;
    }
    return tr("≈ same");
}

QString variationText(const RunComparison& c)
{
    const QString level = percentOf(c.level, 0);
    if (c.batches.empty())
        return tr("No method was measured at the same batch size in both runs.");
    if (c.betweenProcesses())
        return tr("Intervals: %1 for all %n pair(s) together, from the variation between worker processes.", nullptr,
            static_cast<int>(c.batches.size()))
            .arg(level);
    return tr("Intervals: %1 for all %n pair(s) together. Where a run has one worker process, only the variation "
              "within it is known: those intervals are widened by ±%2, the variation measured between processes of "
              "one build (--noise-floor). Measure with several processes (--forks) for a test between processes.",
        nullptr, static_cast<int>(c.batches.size()))
        .arg(level, percentOf(c.noiseFloor, 0));
}

QString busyText(const RunComparison& c)
{
    if (c.inconclusive == 0)
        return {};
    const QString which = c.referenceBusy && c.otherBusy ? tr("both runs were")
        : c.referenceBusy                                ? tr("the reference was")
                                                         : tr("this run was");
    return tr("%n pair(s) not judged: %1 measured on a busy machine (load average above its CPUs, or busy by its "
              "own measurement), and with one worker process a busy machine can shift a median by more than any "
              "floor. Measure on a quiet machine, or with several processes (--forks).",
        nullptr, c.inconclusive)
        .arg(which);
}

QString countsText(const RunComparison& c)
{
    return tr("%1, %2", "regressions, improvements")
        .arg(tr("%n regression(s)", nullptr, c.regressions), tr("%n improvement(s)", nullptr, c.improvements));
}

QString gateText(const RunComparison& c)
{
    if (!c.gate)
        return {};
    if (c.gateFailed())
        return tr("Gate --fail-if-slower %1: FAILED, %n regression(s).", nullptr, c.regressions)
            .arg(percentOf(c.threshold));
    return tr("Gate --fail-if-slower %1: passed (no method × batch significantly slower by more than that).")
        .arg(percentOf(c.threshold));
}

QString methodChangeText(const MethodChange& m)
{
    QStringList parts;
    const auto status = [](const QString& s) { return s.isEmpty() ? tr("not in the run") : s; };
    if (m.referenceStatus != m.otherStatus)
        parts << tr("status %1 → %2").arg(status(m.referenceStatus), status(m.otherStatus));
    if (m.score == stats::ScoreChange::Higher || m.score == stats::ScoreChange::Lower)
        parts << tr("score %1 → %2 (%3 than the reference's interval)")
                     .arg(QString::number(m.referenceScore.value_or(std::nan("")), 'g', 6),
                         QString::number(m.otherScore.value_or(std::nan("")), 'g', 6),
                         m.score == stats::ScoreChange::Higher ? tr("higher") : tr("lower"));
    if (m.referenceDrifted != m.otherDrifted)
        parts << (m.otherDrifted ? tr("its answers now differ from eager's") : tr("its answers match eager's again"));
    return parts.join(QStringLiteral("; "));
}

QString comparisonToText(const RunComparison& c, const QString& referenceLabel, const QString& otherLabel)
{
    QString text = tr("%1 against %2 (the reference): change of the median latency, + is slower\n\n")
                       .arg(otherLabel, referenceLabel);
    QList<QStringList> rows;
    for (const auto& b : c.batches)
        rows << QStringList{b.method, QString::number(b.batch), msText(b.referenceMs), msText(b.otherMs),
            changeText(b.ratio), changeIntervalText(b.ci), pValueText(b.pValue),
            QStringLiteral("%1/%2").arg(b.referenceProcesses).arg(b.otherProcesses), verdictText(b)};
    text += alignColumns({tr("method"), tr("batch"), tr("reference (ms)"), tr("this (ms)"), tr("change"),
                             tr("interval"), tr("p"), tr("processes"), tr("verdict")},
        rows, {false, true, true, true, true, true, true, true, false});
    if (!c.methods.empty()) {
        text += QLatin1Char('\n') + tr("Methods that changed:") + QLatin1Char('\n');
        for (const auto& m : c.methods)
            text += QStringLiteral("  %1: %2\n").arg(m.method, methodChangeText(m));
    }
    if (!c.notCompared.isEmpty())
        text += QLatin1Char('\n')
            + tr("Measured in one run only (not compared): %1").arg(c.notCompared.join(QStringLiteral(", ")))
            + QLatin1Char('\n');
    QList<QStringList> env;
    for (const auto& e : c.environment)
        env << QStringList{changeLabel(e.key), e.reference.isEmpty() ? QStringLiteral("-") : e.reference,
            e.other.isEmpty() ? QStringLiteral("-") : e.other};
    for (const auto& e : c.config)
        env << QStringList{tr("configuration: %1").arg(e.key), e.reference, e.other};
    if (!env.isEmpty())
        text += QLatin1Char('\n') + tr("Conditions:") + QLatin1Char('\n')
            + alignColumns({tr("what"), tr("reference"), tr("this run")}, env, {false, false, false});
    text += QLatin1Char('\n') + variationText(c) + QLatin1Char('\n');
    if (const QString busy = busyText(c); !busy.isEmpty())
        text += busy + QLatin1Char('\n');
    text += countsText(c)
        + (c.threshold > 0 ? QStringLiteral(" ") + tr("(beyond %1)").arg(percentOf(c.threshold)) : QString())
        + QLatin1Char('\n');
    if (const QString gate = gateText(c); !gate.isEmpty())
        text += gate + QLatin1Char('\n');
    return text;
}

QJsonObject comparisonToJson(const RunComparison& c)
{
    QJsonArray batches;
    for (const auto& b : c.batches)
        batches.append(QJsonObject{{QStringLiteral("method"), b.method}, {QStringLiteral("batch"), b.batch},
            {QStringLiteral("reference_ms"), num(b.referenceMs)}, {QStringLiteral("other_ms"), num(b.otherMs)},
            {QStringLiteral("ratio"), num(b.ratio)}, {QStringLiteral("ci"), QJsonArray{num(b.ci.low), num(b.ci.high)}},
            {QStringLiteral("p_value"), num(b.pValue)}, {QStringLiteral("significant"), b.significant},
            {QStringLiteral("between_processes"), b.betweenProcesses},
            {QStringLiteral("reference_processes"), b.referenceProcesses},
            {QStringLiteral("other_processes"), b.otherProcesses}, {QStringLiteral("change"), kindId(b.kind)},
            {QStringLiteral("regression"), b.regression}, {QStringLiteral("improvement"), b.improvement},
            {QStringLiteral("inconclusive"), b.inconclusive}});
    QJsonArray methods;
    const auto optional = [](const std::optional<double>& v) { return v ? num(*v) : QJsonValue(); };
    const auto status = [](const QString& s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    for (const auto& m : c.methods)
        methods.append(QJsonObject{{QStringLiteral("method"), m.method},
            {QStringLiteral("reference_status"), status(m.referenceStatus)},
            {QStringLiteral("other_status"), status(m.otherStatus)},
            {QStringLiteral("reference_score"), optional(m.referenceScore)},
            {QStringLiteral("other_score"), optional(m.otherScore)}, {QStringLiteral("score_change"), scoreId(m.score)},
            {QStringLiteral("reference_drifted"), m.referenceDrifted},
            {QStringLiteral("other_drifted"), m.otherDrifted}});
    const auto changes = [](const std::vector<EnvironmentChange>& list) {
        QJsonArray out;
        for (const auto& e : list)
            out.append(QJsonObject{{QStringLiteral("key"), e.key}, {QStringLiteral("label"), changeLabel(e.key)},
                {QStringLiteral("reference"), e.reference}, {QStringLiteral("other"), e.other},
                {QStringLiteral("load"), e.load}});
        return out;
    };
    return QJsonObject{
        {QStringLiteral("batches"), batches},
        {QStringLiteral("methods"), methods},
        {QStringLiteral("not_compared"), QJsonArray::fromStringList(c.notCompared)},
        {QStringLiteral("environment"), changes(c.environment)},
        {QStringLiteral("config"), changes(c.config)},
        {QStringLiteral("level"), c.level},
        {QStringLiteral("pair_level"), c.pairLevel},
        {QStringLiteral("noise_floor"), c.noiseFloor},
        {QStringLiteral("between_processes"), c.betweenProcesses()},
        {QStringLiteral("threshold"), c.threshold},
        {QStringLiteral("regressions"), c.regressions},
        {QStringLiteral("improvements"), c.improvements},
        {QStringLiteral("inconclusive"), c.inconclusive},
        {QStringLiteral("reference_busy"), c.referenceBusy},
        {QStringLiteral("other_busy"), c.otherBusy},
        {QStringLiteral("gate"),
            c.gate ? QJsonValue(
                QJsonObject{{QStringLiteral("threshold"), c.threshold}, {QStringLiteral("failed"), c.gateFailed()}})
                   : QJsonValue()},
    };
}

QJsonObject compareSetToJson(const CompareSet& set, const QJsonObject& reference, const QList<QJsonObject>& others)
{
    QJsonArray comparisons;
    for (std::size_t i = 0; i < set.comparisons.size(); ++i) {
        QJsonObject o = comparisonToJson(set.comparisons[i]);
        o.insert(QStringLiteral("other"), others.value(static_cast<qsizetype>(i)));
        comparisons.append(o);
    }
    return QJsonObject{{QStringLiteral("schema"), QLatin1String(kCompareSchema)},
        {QStringLiteral("reference"), reference}, {QStringLiteral("comparisons"), comparisons},
        {QStringLiteral("gate_failed"), set.gateFailed()}};
}

} // namespace ob
