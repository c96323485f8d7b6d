// SPDX-License-Identifier: MIT
#pragma once
// Calibration of static int8: the ranges of every activation of a residual MLP, observed on a seeded data set.

#include <ATen/Tensor.h>

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "runtime/runnable.h"

namespace ob::engine {
struct StepInput;
}

namespace ob::engine::quant {

struct Range {
    double lo = std::numeric_limits<double>::infinity();
    double hi = -std::numeric_limits<double>::infinity();
};

/// Scale and zero point of a quint8 activation (asymmetric, the range always includes 0).
struct QParams {
    double scale = 1;
    std::int64_t zeroPoint = 0;
};
/// quint8 parameters for `range`: 0..255, or 0..127 with `reduceRange`. A range starting at 0 (after a ReLU)
/// gives zero point 0, which ONEDNN's linear_relu needs to be correct.
QParams qparamsOf(const Range& range, bool reduceRange);

enum class ObserverKind { MinMax, Percentile };

/// Observes one activation over the calibration batches.
/// MinMax: the extreme values. Percentile: the p-th and (100-p)-th percentiles of each batch, averaged over batches
/// (memory stays bounded by one batch; outliers beyond the percentile are clipped).
class Observer {
public:
    Observer(ObserverKind kind = ObserverKind::MinMax, double percentile = 99.99) : m_kind(kind), m_percentile(percentile) {}
    void observe(const at::Tensor& t);
    Range range() const;

private:
    ObserverKind m_kind;
    double m_percentile;
    Range m_extreme;
    double m_loSum = 0;
    double m_hiSum = 0;
    int m_batches = 0;
};

/// Ranges of every activation: the input, the residual stream before each block and after the last (hidden,
/// layers + 1 entries), each block's ReLU output and fc2 output, and the logits.
struct ActivationRanges {
    Range input;
    std::vector<Range> hidden;
    std::vector<Range> relu;
    std::vector<Range> blockOut;
    Range logits;
};

struct CalibrationOptions {
    int batches = 32;
    int batchSize = 64;
    ObserverKind observer = ObserverKind::MinMax;
    double percentile = 99.99;
    std::uint64_t seed = 42;
};

/// Runs the fp32 view on `batches` seeded N(0, 1) batches and records the ranges. Reports progress through `in`
/// (stage "calibrate") and throws StepCancelled when `in` is cancelled; `in` may be null.
ActivationRanges calibrate(const ResidualMlp& mlp, int inputs, const CalibrationOptions& options, const StepInput* in);

}  // namespace ob::engine::quant
