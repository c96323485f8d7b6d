// SPDX-License-Identifier: MIT
#include "bench/pinning.h"

#include <QStringList>

#include <algorithm>
#include <numeric>

namespace ob {

QList<int> chooseCores(const CpuLoad& load, int count, int fork)
{
    const int n = static_cast<int>(load.cpus.size());
    if (!canPin() || count < 1 || count >= n || load.busy.size() != load.cpus.size())
        return {};
    // Rotate first, then a stable sort by load: among equally busy cores, fork k starts at core k mod n.
    std::vector<int> order(static_cast<std::size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    std::rotate(order.begin(), order.begin() + (fork % n), order.end());
    // Loads within a few percent are the same: the counters tick in hundredths of a second.
    const auto bucket = [&](int i) { return static_cast<int>(load.busy[static_cast<std::size_t>(i)] * 20); };
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return bucket(a) < bucket(b); });
    QList<int> cores;
    for (int k = 0; k < count; ++k)
        cores << load.cpus[static_cast<std::size_t>(order[static_cast<std::size_t>(k)])];
    std::sort(cores.begin(), cores.end());
    return cores;
}

QString coresText(const QList<int>& cores)
{
    QStringList parts;
    for (int c : cores)
        parts << QString::number(c);
    return parts.join(QLatin1Char(','));
}

}  // namespace ob
