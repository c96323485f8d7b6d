// SPDX-License-Identifier: MIT
#include "format/processtext.h"

#include <QJsonObject>
#include <QStringList>

#include <algorithm>
#include <cmath>

#include "bench/forks.h"
#include "format/celltext.h"
#include "i18n/tr.h"

namespace ob {
namespace {

const QString kTimes = QString(QChar(0x00d7));  // ×
const QString kArrow = QString(QChar(0x2192));  // →

QString percent(double share)
{
    return QString::number(100.0 * share, 'f', share < 0.1 ? 1 : 0) + QLatin1Char('%');
}

QString optionalPercent(const std::optional<double>& share)
{
    return share ? percent(*share) : QStringLiteral("?");
}

/// The processes of the run, one per fork, as the first batch that has them recorded them.
std::vector<ProcessBatch> forksOf(const RunResult& run)
{
    std::vector<ProcessBatch> best;
    for (const auto& r : run.results)
        for (const auto& b : r.batches)
            if (b.processes.size() > best.size())
                best = b.processes;
    return best;
}

QString speedText(double ratio)
{
    if (ratio >= 1)
        return tr("%1 faster").arg(QString::number(ratio, 'f', 2) + kTimes);
    return tr("%1 slower").arg(QString::number(1 / ratio, 'f', 2) + kTimes);
}

QString stateText(const QString& label, double ms, const std::optional<double>& speedup)
{
    QString text = label + QLatin1Char(' ') + msText(ms) + QStringLiteral(" ms");
    if (speedup && std::isfinite(*speedup) && *speedup > 0)
        text += QStringLiteral(", ") + speedText(*speedup);
    return text;
}

}  // namespace

QString processesText(const RunResult& run)
{
    const std::vector<ProcessBatch> forks = forksOf(run);
    const QJsonObject worker = run.environment.value(QStringLiteral("worker")).toObject();
    QString out;
    if (worker.value(QStringLiteral("isolation")).toString() == QLatin1String("thread")) {
        if (run.config.forks > 1)
            out += tr("Processes: one: with isolation thread everything runs in this process, so forks (%1) does "
                      "not apply.")
                       .arg(run.config.forks)
                + QLatin1Char('\n');
        return out;
    }
    if (forks.empty())
        return out;
    const int n = static_cast<int>(forks.size());
    QStringList cores;
    QStringList loads;
    for (const auto& p : forks) {
        cores << (p.cpus.isEmpty() ? QStringLiteral("-") : p.cpus);
        loads << optionalPercent(p.loadBefore) + QLatin1Char(' ') + kArrow + QLatin1Char(' ')
                + optionalPercent(p.loadAfter);
    }
    const bool pinned = std::any_of(forks.begin(), forks.end(), [](const ProcessBatch& p) { return !p.cpus.isEmpty(); });
    out += tr("Worker processes per method: %1").arg(n);
    if (const int planned = run.config.forks; n > planned && planned >= 1)
        out += QLatin1Char(' ') + tr("(%1 of them added while they disagreed)").arg(n - planned);
    out += pinned ? QStringLiteral(", ") + tr("pinned to cores %1 (the least busy just before each process)")
                                               .arg(cores.join(QStringLiteral(" / ")))
                  : QStringLiteral(", ") + tr("not pinned to cores");
    out += QStringLiteral(".\n");
    out += tr("Other load on the machine before and after each process: %1.").arg(loads.join(QStringLiteral(", ")))
        + QLatin1Char('\n');
    const ProcessSummary s = summarizeProcesses(run);
    if (s.processes < 2)
        return out;
    if (s.shifted)
        out += tr("This machine changes speed between processes by %1 (more than the %2 noise within a process): "
                  "each interval holds what another run would report, and is wider for it.")
                   .arg(percent(s.shift), percent(s.within))
            + QLatin1Char('\n');
    else
        out += tr("The processes agree within their noise (they differ by %1; a process's own noise is %2).")
                   .arg(percent(s.shift), percent(s.within))
            + QLatin1Char('\n');
    if (!s.states.split)
        return out;
    QStringList busy;
    for (std::size_t i = 0; i < s.states.busy.size(); ++i)
        if (s.states.busy[i])
            busy << QString::number(i + 1);
    out += tr("The processes fall into two states, quiet and busy: %1 of %2 busy (process %3). Each state's "
              "median instead of one blended number:")
               .arg(s.states.busyCount)
               .arg(n)
               .arg(busy.join(QStringLiteral(", ")))
        + QLatin1Char('\n');
    for (const auto& r : run.results)
        for (const auto& b : r.batches)
            if (b.states)
                out += QStringLiteral("  ") + tr("%1, batch %2").arg(r.method).arg(b.batch) + QStringLiteral(": ")
                    + stateText(tr("quiet"), b.states->quietMs, b.states->quietSpeedup) + QStringLiteral("; ")
                    + stateText(tr("busy"), b.states->busyMs, b.states->busySpeedup) + QLatin1Char('\n');
    return out;
}

}  // namespace ob
