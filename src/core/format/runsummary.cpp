// SPDX-License-Identifier: MIT
#include "format/runsummary.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

#include "diagnosis/titles.h"
#include "format/celltext.h"
#include "i18n/tr.h"
#include "i18n/language.h"

namespace ob {
namespace {

const QString kEager = QStringLiteral("eager");
const QString kTimes = QString(QChar(0x00d7));  // ×
const QString kDash = QString(QChar(0x2013));   // –
const QString kApprox = QString(QChar(0x2248)); // ≈

/// Whether a method's outputs follow eager's: eager always; others by the run's drift thresholds and their flags.
/// Without a fidelity (not compared) a method is neither faithful nor drifting: the summary leaves it out.
std::optional<bool> faithful(const MethodResult& r)
{
    if (r.method == kEager)
        return true;
    for (const auto& flag : unfaithfulFlags())
        if (r.flags.contains(flag))
            return false;
    if (!r.fidelity)
        return std::nullopt;
    if (!r.fidelity->finite)
        return false;
    return r.fidelity->faithful.value_or(true);
}

/// The batch of `r` at `size` when it counts: measured to the end.
const BatchResult* measured(const MethodResult& r, int size)
{
    if (r.status != MethodStatus::Ok && r.status != MethodStatus::Cancelled)
        return nullptr;
    const BatchResult* b = r.batch(size);
    return b && b->complete && !b->samplesMs.empty() && b->medianMs > 0 ? b : nullptr;
}

SummaryEntry entryOf(const MethodResult& r, const BatchResult& b)
{
    SummaryEntry e;
    e.method = r.method;
    e.medianMs = b.medianMs;
    if (const SpeedupEntry* s = r.speedup(b.batch))
        e.speedup = *s;
    if (r.fidelity) {
        e.finite = r.fidelity->finite;
        if (std::isfinite(r.fidelity->cosine))
            e.cosine = r.fidelity->cosine;
        if (std::isfinite(r.fidelity->argmaxAgreement))
            e.top1 = r.fidelity->argmaxAgreement;
        e.worstLeaf = r.fidelity->worstLeaf;
    }
    for (const auto& flag : unfaithfulFlags())
        if (r.flags.contains(flag))
            e.driftFlags << flag;
    e.setupMs = r.setupMs;
    return e;
}

/// Clauses of one sentence: "a; b" (Chinese: "a；b").
QString clauses(const QStringList& parts)
{
    return parts.join(i18n::clauseSeparator());
}

QString firstLine(const QString& text)
{
    return text.section(QLatin1Char('\n'), 0, 0).trimmed();
}

}  // namespace

RunSummary summarizeRun(const RunResult& run)
{
    RunSummary s;
    s.cancelled = run.cancelled;
    s.runError = run.error;
    const MethodResult* eager = run.result(kEager);
    QList<int> sizes = run.config.batches;
    for (const auto& r : run.results)  // a session may hold batch sizes its configuration no longer lists
        for (const auto& b : r.batches)
            if (!sizes.contains(b.batch))
                sizes << b.batch;
    for (int size : sizes) {
        BatchSummary bs;
        bs.batch = size;
        const BatchResult* eb = eager ? measured(*eager, size) : nullptr;
        if (eb) {
            bs.eagerMedianMs = eb->medianMs;
            s.hasEager = true;
        }
        const MethodResult* bestFaithful = nullptr;
        const MethodResult* bestOverall = nullptr;
        for (const auto& r : run.results) {
            const BatchResult* b = measured(r, size);
            const auto ok = b ? faithful(r) : std::nullopt;
            if (!ok)
                continue;
            const double median = b->medianMs;
            if (*ok && (!bestFaithful || median < bestFaithful->batch(size)->medianMs))
                bestFaithful = &r;
            if (!bestOverall || median < bestOverall->batch(size)->medianMs)
                bestOverall = &r;
        }
        if (!bestOverall)
            continue;
        if (bestFaithful)
            bs.fastestFaithful = entryOf(*bestFaithful, *bestFaithful->batch(size));
        if (bestOverall != bestFaithful)
            bs.fastestDrifted = entryOf(*bestOverall, *bestOverall->batch(size));
        s.batches.push_back(bs);
    }
    for (const auto& r : run.results) {
        const bool cancelledUnmeasured = r.status == MethodStatus::Cancelled
            && std::none_of(r.batches.begin(), r.batches.end(), [](const BatchResult& b) { return b.complete; });
        if (r.status != MethodStatus::Failed && r.status != MethodStatus::NotApplicable && !cancelledUnmeasured)
            continue;
        const QString id = r.diagnosis.id == QLatin1String("not_applicable") ? QString() : r.diagnosis.id;
        s.problems.push_back(SummaryProblem{r.method, r.status, id, firstLine(r.error)});
    }
    return s;
}

namespace {

QString ratio(double v)
{
    return QString::number(v, 'f', 2) + kTimes;
}

QString range(const stats::Interval& ci)
{
    return QString::number(ci.low, 'f', 2) + kDash + QString::number(ci.high, 'f', 2);
}

/// "3.10× faster than eager (95% CI 2.95–3.22)"; "≈ eager (1.02×, 95% CI 0.98–1.05)" when not significant;
/// "1.41× slower than eager (1.37–1.45)".
QString speedupPhrase(const SpeedupEntry& s)
{
    if (!std::isfinite(s.ratio) || s.ratio <= 0)
        return tr("no speed-up against eager");
    const bool ci = std::isfinite(s.ci.low) && std::isfinite(s.ci.high) && s.ci.high > 0;
    if (!s.significant)
        return ci ? tr("%1 eager (%2, 95% CI %3)").arg(kApprox, ratio(s.ratio), range(s.ci))
                  : tr("%1 eager (%2)").arg(kApprox, ratio(s.ratio));
    if (s.ratio >= 1)
        return ci ? tr("%1 faster than eager (95% CI %2)").arg(ratio(s.ratio), range(s.ci))
                  : tr("%1 faster than eager").arg(ratio(s.ratio));
    const stats::Interval inverted{1 / s.ci.high, 1 / s.ci.low};
    return ci ? tr("%1 slower than eager (95% CI %2)").arg(ratio(1 / s.ratio), range(inverted))
              : tr("%1 slower than eager").arg(ratio(1 / s.ratio));
}

QString seconds(double ms)
{
    return ms >= 1000 ? tr("%1 s").arg(QString::number(ms / 1000, 'f', 1)) : tr("%1 ms").arg(QString::number(ms, 'f', 0));
}

}  // namespace

QString costDescription(const SummaryEntry& e)
{
    QStringList parts;
    if (e.method != kEager && e.cosine)
        parts << tr("cosine %1 with eager").arg(QString::number(*e.cosine, 'f', 6));
    if (e.setupMs >= 1000)
        parts << tr("%1 to prepare").arg(seconds(e.setupMs));
    return clauses(parts);
}

QString driftDescription(const SummaryEntry& e)
{
    QStringList parts;
    if (!e.finite || e.driftFlags.contains(QStringLiteral("non_finite"))) {
        parts << tr("NaN or Inf in its outputs");
    } else {
        QString numbers;
        if (e.cosine)
            numbers = tr("cosine %1").arg(QString::number(*e.cosine, 'f', 4));
        if (e.top1 && *e.top1 < 100)
            numbers += (numbers.isEmpty() ? QString() : QStringLiteral(", "))
                + tr("top-1 agreement %1%").arg(QString::number(*e.top1, 'f', 1));
        if (!numbers.isEmpty())
            parts << (e.worstLeaf.isEmpty() ? numbers : tr("output %1: %2").arg(e.worstLeaf, numbers));
    }
    QStringList why;
    for (const auto& flag : e.driftFlags)
        if (flag != QLatin1String("drifted") && flag != QLatin1String("non_finite"))
            why << flagText(flag);
    if (!why.isEmpty())
        parts << why.join(QStringLiteral(", "));
    return clauses(parts);
}

namespace {

QString withCost(QString line, const SummaryEntry& e)
{
    const QString cost = costDescription(e);
    return cost.isEmpty() ? line : clauses({line, cost});
}

SummaryLine fastestLine(const BatchSummary& b, const SummaryEntry& e)
{
    using Kind = SummaryLine::Kind;
    if (e.method == kEager)
        return {Kind::NoneFaster, e.method, b.batch,
                tr("Batch %1: nothing beats eager (%2 ms): it is the fastest faithful method.")
                    .arg(b.batch)
                    .arg(msText(e.medianMs))};
    if (!e.speedup)
        return {Kind::Fastest, e.method, b.batch,
                withCost(tr("Batch %1: fastest faithful: %2, %3 ms (eager was not measured: no speed-up)")
                             .arg(b.batch)
                             .arg(e.method, msText(e.medianMs)),
                         e)};
    if (!e.speedup->significant || e.speedup->ratio < 1)
        return {Kind::NoneFaster, e.method, b.batch,
                tr("Batch %1: no method is significantly faster than eager; the fastest faithful, %2, is %3.")
                    .arg(b.batch)
                    .arg(e.method, speedupPhrase(*e.speedup))};
    return {Kind::Fastest, e.method, b.batch,
            withCost(tr("Batch %1: fastest faithful: %2, %3, %4 ms")
                         .arg(b.batch)
                         .arg(e.method, speedupPhrase(*e.speedup), msText(e.medianMs)),
                     e)};
}

SummaryLine driftedLine(const BatchSummary& b, const SummaryEntry& e)
{
    const QString speed = e.speedup ? speedupPhrase(*e.speedup) : tr("%1 ms").arg(msText(e.medianMs));
    const QString how = driftDescription(e);
    return {SummaryLine::Kind::Drifted, e.method, b.batch,
            how.isEmpty() ? tr("Batch %1: faster still but not faithful: %2, %3; its outputs drift from eager's.")
                                .arg(b.batch)
                                .arg(e.method, speed)
                          : tr("Batch %1: faster still but not faithful: %2, %3; its outputs drift from eager's: %4.")
                                .arg(b.batch)
                                .arg(e.method, speed, how)};
}

SummaryLine problemLine(const SummaryProblem& p)
{
    using Kind = SummaryLine::Kind;
    const QString reason = problemReason(p);
    switch (p.status) {
    case MethodStatus::NotApplicable:
        return {Kind::NotApplicable, p.method, 0, tr("Does not apply: %1 (%2)").arg(p.method, reason)};
    case MethodStatus::Cancelled:
        return {Kind::Cancelled, p.method, 0, tr("Cancelled before it was measured: %1").arg(p.method)};
    default:
        return {Kind::Failed, p.method, 0, tr("Failed: %1 (%2)").arg(p.method, reason)};
    }
}

}  // namespace

QString problemReason(const SummaryProblem& p)
{
    QString title = diagnosisTitle(p.diagnosisId);
    if (!title.isEmpty())
        return title;
    QString e = p.error;
    if (e.isEmpty())
        return tr("no error text");
    if (e.size() > 80)
        e = e.left(77).trimmed() + QStringLiteral("...");
    return e;
}

QList<SummaryLine> summaryItems(const RunSummary& s)
{
    using Kind = SummaryLine::Kind;
    QList<SummaryLine> lines;
    if (!s.runError.isEmpty())
        lines << SummaryLine{Kind::Note, {}, 0, tr("The run could not start: %1").arg(firstLine(s.runError))};
    for (const auto& b : s.batches) {
        if (b.fastestFaithful)
            lines << fastestLine(b, *b.fastestFaithful);
        else
            lines << SummaryLine{Kind::Note, {}, b.batch,
                                 tr("Batch %1: no method with outputs faithful to eager's was measured.").arg(b.batch)};
        if (b.fastestDrifted)
            lines << driftedLine(b, *b.fastestDrifted);
    }
    if (!s.batches.empty() && !s.hasEager)
        lines << SummaryLine{Kind::Note, {}, 0,
                             tr("Eager was not measured, so there are no speed-ups: add eager to the methods to "
                                "compare against it.")};
    for (const auto& p : s.problems)
        lines << problemLine(p);
    if (s.cancelled)
        lines << SummaryLine{Kind::Note, {}, 0,
                             tr("The run was cancelled: this summary covers the measurements that finished.")};
    return lines;
}

QStringList summaryLines(const RunSummary& s)
{
    QStringList out;
    for (const auto& line : summaryItems(s))
        out << line.text;
    return out;
}

QString summaryText(const RunSummary& s)
{
    const QStringList lines = summaryLines(s);
    if (lines.isEmpty())
        return {};
    QString text = tr("Summary") + QLatin1Char('\n');
    for (const auto& line : lines)
        text += QStringLiteral("  ") + line + QLatin1Char('\n');
    return text;
}

namespace {

QJsonValue num(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QJsonValue entryToJson(const std::optional<SummaryEntry>& e)
{
    if (!e)
        return QJsonValue::Null;
    QJsonObject o{{QStringLiteral("method"), e->method}, {QStringLiteral("median_ms"), num(e->medianMs)}};
    if (e->speedup)
        o.insert(QStringLiteral("speedup"),
                 QJsonObject{{QStringLiteral("ratio"), num(e->speedup->ratio)},
                             {QStringLiteral("ci"), QJsonArray{num(e->speedup->ci.low), num(e->speedup->ci.high)}},
                             {QStringLiteral("p_value"), num(e->speedup->pValue)},
                             {QStringLiteral("significant"), e->speedup->significant}});
    else
        o.insert(QStringLiteral("speedup"), QJsonValue::Null);
    o.insert(QStringLiteral("cosine"), e->cosine ? num(*e->cosine) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("top1_agreement"), e->top1 ? num(*e->top1) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("finite"), e->finite);
    if (!e->worstLeaf.isEmpty())
        o.insert(QStringLiteral("worst_leaf"), e->worstLeaf);
    o.insert(QStringLiteral("drift_flags"), QJsonArray::fromStringList(e->driftFlags));
    o.insert(QStringLiteral("setup_ms"), num(e->setupMs));
    return o;
}

}  // namespace

QJsonObject summaryToJson(const RunSummary& s)
{
    QJsonArray batches;
    for (const auto& b : s.batches)
        batches.append(QJsonObject{
            {QStringLiteral("batch"), b.batch},
            {QStringLiteral("fastest_faithful"), entryToJson(b.fastestFaithful)},
            {QStringLiteral("fastest_drifted"), entryToJson(b.fastestDrifted)},
            {QStringLiteral("eager_median_ms"), b.eagerMedianMs ? num(*b.eagerMedianMs) : QJsonValue(QJsonValue::Null)}});
    QJsonArray problems;
    for (const auto& p : s.problems)
        problems.append(QJsonObject{{QStringLiteral("method"), p.method},
                                    {QStringLiteral("status"), statusId(p.status)},
                                    {QStringLiteral("diagnosis"), p.diagnosisId},
                                    {QStringLiteral("error"), p.error}});
    return QJsonObject{{QStringLiteral("batches"), batches},
                       {QStringLiteral("problems"), problems},
                       {QStringLiteral("has_eager"), s.hasEager},
                       {QStringLiteral("cancelled"), s.cancelled}};
}

}  // namespace ob
