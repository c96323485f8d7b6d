// SPDX-License-Identifier: MIT
#pragma once
// The roofline of a run: what each method x batch costs (FLOPs and bytes per forward), the least time the
// machine's roofs allow for it, and how close the measurement came (efficiency). Pure functions.
//
// Model of the machine: a forward takes at least max(flops / peak, bytes / bandwidth), where peak is the fp32 or
// the int8 peak (by the method's bytes per weight) and bandwidth that of the smallest memory level holding the
// weights and activations with some headroom (called repeatedly, the weights stay there).
// The roofs are one core's: a run with more intra-op threads is still compared with one core (it may pass 100%).

#include <QList>
#include <QString>

#include <optional>

#include "results/runresult.h"

namespace ob::roofline {

/// Share of a cache that a working set may fill and still count as resident (the rest holds code, stacks, inputs).
inline constexpr double kCacheHeadroom = 0.8;

enum class Arithmetic { Fp32, Int8, Bf16 };
enum class Level { L1, L2, L3, Dram };

QString levelId(Level level);  // "L1", "L2", "L3", "DRAM"

/// What one forward of a batch costs.
struct Workload {
    double flops = 0;
    double weightBytes = 0;
    double activationBytes = 0;
    double bytes() const { return weightBytes + activationBytes; }
    double intensity() const { return bytes() > 0 ? flops / bytes() : 0; }
};

Workload workloadOf(double flopsPerSample, double activationBytesPerSample, double weightBytes, int batch);
/// int8 when the method stores fewer than 1.5 bytes per weight; otherwise fp32 arithmetic (bf16 and fp16
/// weights are widened to fp32 on CPUs without native support, so their compute roof is the fp32 one).
Arithmetic arithmeticOf(double weightBytes, double parameters);
/// "fp32", "int8", "bf16" (a strategy's or a per-batch choice's arithmetic); nullopt for anything else.
std::optional<Arithmetic> arithmeticNamed(const QString& id);
/// The smallest level whose size (times kCacheHeadroom) holds `bytes`.
Level residentLevel(double bytes, const MachineRoofs& roofs);
double bandwidthOf(Level level, const MachineRoofs& roofs);
double peakGflopsOf(Arithmetic arithmetic, const MachineRoofs& roofs);

/// The point of a measurement: bound, limit and efficiency; `medianMs` is the measured latency.
RooflinePoint pointOf(const Workload& w, Arithmetic arithmetic, const MachineRoofs& roofs, double medianMs);

/// A one-thread measurement faster than this multiple of its roof's bound means the roofs are too low for this
/// machine (most often measured while it was busy).
inline constexpr double kRoofExceeded = 1.15;

/// Fills BatchResult::roofline for every measured batch of every method (weights: MethodResult::weightBytes, or
/// the fp32 size when unknown), and RunResult::machine. With one thread, a method with a batch above
/// kRoofExceeded of its bound is flagged "roof_exceeded" (diagnosis of the same id, fix: re-measure the machine);
/// the flag is recomputed on every call, so annotating again with new roofs clears it.
void annotateRoofline(RunResult& run, const MachineRoofs& roofs);

/// The chart's view (log-log: arithmetic intensity in FLOP/byte against GFLOP/s).
struct Roof {
    QString id;            // "fp32", "int8", "bf16" (compute roofs) or "L1", "L2", "L3", "DRAM" (memory roofs)
    bool compute = false;  // a horizontal line at `gflops`; otherwise the line gflops = bandwidth * intensity
    double gflops = 0;
    double bandwidthGBs = 0;
    /// The roof's height at `intensity` (memory roofs are capped by nothing: callers take the min with a peak).
    double at(double intensity) const { return compute ? gflops : bandwidthGBs * intensity; }
};
struct ChartPoint {
    QString method;
    int batch = 0;
    RooflinePoint point;
};

QList<Roof> roofsOf(const MachineRoofs& roofs);
/// One point per method x batch that has a roofline (in result order).
QList<ChartPoint> chartPoints(const RunResult& run);

}  // namespace ob::roofline
