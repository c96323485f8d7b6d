// SPDX-License-Identifier: MIT
#pragma once
// A method's per-operator profile (issue "Where the time goes"): taken in a separate, untimed pass after the method's
// measurement at one batch size, and checked against the timed median. JSON: "profile" (docs/reports.md).

#include <QString>

#include <vector>

namespace ob {

/// A profile whose operators add up to less than this share of the timed median says that it misses time.
inline constexpr double kProfileMinCoverage = 0.85;
/// ... more than this: the profiler's overhead inflates the operators' times.
inline constexpr double kProfileMaxCoverage = 1.15;

/// One operator in one module, per forward (JSON "profile.rows").
struct ProfileRow {
    QString op;       // as LibTorch spells it ("aten::linear"), a TorchScript function ("forward"), a native kernel
    QString module;   // module path ("layer3.1.conv2"); empty: not inside a known module
    QString scope;    // "op", "function", "kernel", "user" (engine/profile.h)
    double calls = 0;
    double totalMs = 0;  // including the operators it calls
    double selfMs = 0;   // without them
    double share = 0;    // selfMs / the profiled total: the shares of a profile add up to 1
    double flops = 0;    // 0: not counted
    QString shapes;      // input shapes, distinct ones joined by " | "
    /// Achieved GFLOP/s over the total time; 0 when the FLOPs are not counted.
    double gflops() const { return flops > 0 && totalMs > 0 ? flops / totalMs * 1e-6 : 0; }
    bool operator==(const ProfileRow& o) const;
};

struct MethodProfile {
    int batch = 0;
    int forwards = 0;       // forwards timed under the profiler whose rows are averaged
    int excludedForwards = 0;  // timed forwards left out: their wall time was an outlier (descheduled, interrupted)
    double profiledMs = 0;  // the rows' self times added up: the profiled total of one forward
    double wallMs = 0;      // median wall time of one forward under the profiler (its overhead included)
    double timedMs = 0;     // the timed median at this batch size (without the profiler)
    double coverage = 0;    // profiledMs / timedMs (0: no timed median)
    int unmatched = 0;      // operators per forward that did not follow the described forward
    QString error;          // the profile failed (no rows): the engine's text
    std::vector<ProfileRow> rows;  // by self time, longest first

    bool ok() const { return error.isEmpty(); }
    /// The operators add up to less than kProfileMinCoverage of the timed median.
    bool missesTime() const { return ok() && timedMs > 0 && coverage < kProfileMinCoverage; }
    /// ... to more than kProfileMaxCoverage of it.
    bool inflated() const { return ok() && timedMs > 0 && coverage > kProfileMaxCoverage; }
    /// How much longer a forward took under the profiler than the timed median (0.3 = 30%); 0 when unknown.
    double overhead() const { return timedMs > 0 && wallMs > 0 ? wallMs / timedMs - 1 : 0; }
    bool operator==(const MethodProfile& o) const;
};

/// Sets the shares, the profiled total and the coverage from the rows and the timed median.
void finishProfile(MethodProfile& profile, double timedMedianMs);

}  // namespace ob
