// SPDX-License-Identifier: MIT
#include "format/profiletext.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <tuple>

#include "format/texttable.h"
#include "i18n/tr.h"

namespace ob {
namespace {

const QString kArrow = QString(QChar(0x2192));  // →
const QString kDash = QStringLiteral("-");

QString percent(double share)
{
    return QString::number(100.0 * share, 'f', share < 0.1 ? 1 : 0) + QLatin1Char('%');
}

/// Columns padded to their widest cell (CJK-aware); `right` marks right-aligned columns.
QString table(const QList<QStringList>& rows, const QList<bool>& right, const QString& indent)
{
    QList<int> widths;
    for (const auto& row : rows)
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths << 0;
            widths[i] = std::max(widths[i], displayWidth(row[i]));
        }
    QString out;
    for (const auto& row : rows) {
        QString line = indent;
        for (qsizetype i = 0; i < row.size(); ++i) {
            const int fill = std::max(0, widths[i] - displayWidth(row[i]));
            const bool r = i < right.size() && right[i];
            const QString padding(fill, QLatin1Char(' '));
            const QString cell = r ? padding + row[i] : row[i] + padding;
            line += (i ? QStringLiteral("  ") : QString()) + cell;
        }
        out += line.trimmed().isEmpty() ? QString() : line.remove(QRegularExpression(QStringLiteral("\\s+$")));
        out += QLatin1Char('\n');
    }
    return out;
}

QString gflopsText(const ProfileRow& r)
{
    return r.flops > 0 ? QString::number(r.gflops(), 'f', r.gflops() < 10 ? 2 : 1) : kDash;
}

QString elide(const QString& text, int width)
{
    return text.size() > width ? text.left(width - 3) + QStringLiteral("...") : text;
}

QString methodHeading(const MethodResult& r)
{
    const MethodProfile& p = *r.profile;
    QString text = tr("%1, batch %2 (%n profiled forward(s))", nullptr, p.forwards).arg(r.method).arg(p.batch);
    if (p.excludedForwards > 0)
        text += QLatin1Char(' ')
            + tr("(%n more left out: their wall time was an outlier)", nullptr, p.excludedForwards);
    return text;
}

QString rowsTable(const std::vector<ProfileRow>& rows, int top, bool withModule)
{
    QList<QStringList> cells;
    QStringList header{tr("operator")};
    if (withModule)
        header << tr("module");
    header << tr("calls") << tr("self (ms)") << tr("total (ms)") << tr("share") << tr("GFLOP/s");
    if (withModule)
        header << tr("input shapes");
    cells << header;
    int shown = 0;
    for (const auto& r : rows) {
        if (shown++ >= top)
            break;
        QStringList line{r.op};
        if (withModule)
            line << profileModuleText(r);
        line << QString::number(r.calls, 'g', 4) << profileMsText(r.selfMs) << profileMsText(r.totalMs)
             << percent(r.share) << gflopsText(r);
        if (withModule)
            line << elide(r.shapes, 48);
        cells << line;
    }
    QList<bool> right{false};
    if (withModule)
        right << false;
    right << true << true << true << true << true << false;
    QString out = table(cells, right, QStringLiteral("    "));
    if (static_cast<int>(rows.size()) > top)
        out += QStringLiteral("    ") + tr("... and %n more row(s)", nullptr, static_cast<int>(rows.size()) - top)
            + QLatin1Char('\n');
    return out;
}

}  // namespace

QString profileMsText(double ms)
{
    if (!std::isfinite(ms))
        return kDash;
    return QString::number(ms, 'f', ms < 0.1 ? 4 : ms < 10 ? 3 : 2);
}

QString profileModuleText(const ProfileRow& row)
{
    return row.module.isEmpty() ? tr("(top)", "profile: an operator outside any named module") : row.module;
}

QString profileChangeText(ProfileDelta::Change change)
{
    switch (change) {
    case ProfileDelta::Change::Appeared: return tr("appeared");
    case ProfileDelta::Change::Vanished: return tr("vanished (fused or folded)");
    case ProfileDelta::Change::Faster: return tr("faster");
    case ProfileDelta::Change::Slower: return tr("slower");
    case ProfileDelta::Change::Same: return tr("same");
    }
    return {};
}

QString profileCoverageText(const MethodProfile& p)
{
    if (!p.ok())
        return tr("the profile failed: %1").arg(p.error);
    QString text;
    if (p.timedMs > 0)
        text = tr("profiled %1 ms = %2 of the timed median %3 ms")
                   .arg(profileMsText(p.profiledMs), percent(p.coverage), profileMsText(p.timedMs));
    else
        text = tr("profiled %1 ms (no timed median to check it against)").arg(profileMsText(p.profiledMs));
    if (p.wallMs > 0 && p.timedMs > 0) {
        const QString overhead = (p.overhead() >= 0 ? QStringLiteral("+") : QString()) + percent(p.overhead());
        text = tr("%1; %2", "two clauses of the profile's coverage line")
                   .arg(text, tr("a forward under the profiler took %1 ms (%2 profiler overhead)")
                                  .arg(profileMsText(p.wallMs), overhead));
    } else if (p.wallMs > 0) {
        text = tr("%1; %2", "two clauses of the profile's coverage line")
                   .arg(text, tr("a forward under the profiler took %1 ms").arg(profileMsText(p.wallMs)));
    }
    if (p.missesTime())
        text += QLatin1Char('\n')
            + tr("warning: the profile misses %1 of the timed median: time spent where no operator is recorded "
                 "(the framework between operators, operators LibTorch does not record)")
                  .arg(percent(1 - p.coverage));
    else if (p.inflated())
        text += QLatin1Char('\n')
            + tr("warning: the operators add up to %1 of the timed median: the profiler's overhead inflates them; "
                 "compare shares, not milliseconds")
                  .arg(percent(p.coverage));
    if (p.unmatched > 0)
        text += QLatin1Char('\n')
            + tr("note: %n operator(s) per forward did not follow the described forward (a data-dependent path); "
                 "they are shown without module and shapes",
                 nullptr, p.unmatched);
    return text;
}

QString profileComparisonText(const RunResult& run, const QString& base, const QString& other, int top)
{
    const MethodResult* a = run.result(base);
    const MethodResult* b = run.result(other);
    if (!a || !b || !a->profile || !b->profile || !a->profile->ok() || !b->profile->ok())
        return tr("Cannot compare the profiles of %1 and %2: not both were profiled.").arg(base, other)
            + QLatin1Char('\n');
    QString out = tr("%1 %2 %3: self time per forward, by operator").arg(base, kArrow, other) + QLatin1Char('\n');
    QList<QStringList> cells;
    cells << QStringList{tr("operator"), base + QStringLiteral(" (ms)"), other + QStringLiteral(" (ms)"),
                         tr("change")};
    int shown = 0;
    const auto deltas = compareProfiles(*a->profile, *b->profile);
    for (const auto& d : deltas) {
        if (shown++ >= top)
            break;
        QString change = profileChangeText(d.change);
        if ((d.change == ProfileDelta::Change::Faster || d.change == ProfileDelta::Change::Slower) && d.baseMs > 0)
            change += QStringLiteral(" (%1%2)")
                          .arg(d.otherMs >= d.baseMs ? QStringLiteral("+") : QString())
                          .arg(percent((d.otherMs - d.baseMs) / d.baseMs));
        cells << QStringList{d.op, d.baseCalls > 0 ? profileMsText(d.baseMs) : kDash,
                             d.otherCalls > 0 ? profileMsText(d.otherMs) : kDash, change};
    }
    out += table(cells, {false, true, true, false}, QStringLiteral("  "));
    if (static_cast<int>(deltas.size()) > top)
        out += QStringLiteral("  ") + tr("... and %n more operator(s)", nullptr, static_cast<int>(deltas.size()) - top)
            + QLatin1Char('\n');
    out += QStringLiteral("  ")
        + tr("total: %1 ms %2 %3 ms (timed medians %4 ms %2 %5 ms)")
              .arg(profileMsText(a->profile->profiledMs), kArrow, profileMsText(b->profile->profiledMs),
                   profileMsText(a->profile->timedMs), profileMsText(b->profile->timedMs))
        + QLatin1Char('\n');
    return out;
}

QString profileText(const RunResult& run, int top, QString base, QString other)
{
    QString out;
    bool any = false;
    for (const auto& r : run.results) {
        if (!r.profile)
            continue;
        any = true;
        out += QLatin1Char('\n') + methodHeading(r) + QLatin1Char('\n');
        for (const auto& line : profileCoverageText(*r.profile).split(QLatin1Char('\n')))
            out += QStringLiteral("  ") + line + QLatin1Char('\n');
        if (!r.profile->ok() || r.profile->rows.empty())
            continue;
        out += QStringLiteral("  ") + tr("top operators by self time:") + QLatin1Char('\n');
        out += rowsTable(r.profile->rows, top, true);
        out += QStringLiteral("  ") + tr("by operator:") + QLatin1Char('\n');
        out += rowsTable(operatorTotals(*r.profile), top, false);
    }
    if (!any)
        return {};
    if (base.isEmpty() || other.isEmpty())
        std::tie(base, other) = defaultProfilePair(run);
    if (!base.isEmpty() && !other.isEmpty())
        out += QLatin1Char('\n') + profileComparisonText(run, base, other, top);
    return out;
}

}  // namespace ob
