// SPDX-License-Identifier: MIT
#include "results/profile.h"

namespace ob {

bool ProfileRow::operator==(const ProfileRow& o) const
{
    return op == o.op && module == o.module && scope == o.scope && calls == o.calls && totalMs == o.totalMs
        && selfMs == o.selfMs && share == o.share && flops == o.flops && shapes == o.shapes;
}

bool MethodProfile::operator==(const MethodProfile& o) const
{
    return batch == o.batch && forwards == o.forwards && excludedForwards == o.excludedForwards
        && profiledMs == o.profiledMs && wallMs == o.wallMs
        && timedMs == o.timedMs && coverage == o.coverage && unmatched == o.unmatched && error == o.error
        && rows == o.rows;
}

void finishProfile(MethodProfile& profile, double timedMedianMs)
{
    profile.profiledMs = 0;
    for (const auto& r : profile.rows)
        profile.profiledMs += r.selfMs;
    for (auto& r : profile.rows)
        r.share = profile.profiledMs > 0 ? r.selfMs / profile.profiledMs : 0;
    profile.timedMs = timedMedianMs;
    profile.coverage = timedMedianMs > 0 ? profile.profiledMs / timedMedianMs : 0;
}

}  // namespace ob
