// SPDX-License-Identifier: MIT
#include "strategies/quantization/calibration.h"

#include <torch/torch.h>

#include <algorithm>
#include <cmath>

#include "models/init.h"
#include "runtime/strategy.h"

namespace ob::engine::quant {
namespace {

constexpr std::uint64_t kCalibrationStream = 0xCA11B8A7E5ULL;  // keeps the data apart from the model's weights

// The value below which `fraction` of the elements lie (nearest rank), without the size limit of at::quantile.
double quantileOf(const at::Tensor& flat, double fraction)
{
    const auto n = flat.numel();
    const auto k = std::clamp<std::int64_t>(static_cast<std::int64_t>(std::ceil(fraction * static_cast<double>(n))), 1, n);
    return std::get<0>(flat.kthvalue(k)).item<double>();
}

}  // namespace

QParams qparamsOf(const Range& range, bool reduceRange)
{
    const double qmax = reduceRange ? 127.0 : 255.0;
    const double lo = std::min(range.lo, 0.0);
    const double hi = std::max(range.hi, 0.0);
    QParams q;
    q.scale = std::max((hi - lo) / qmax, 1e-8);
    q.zeroPoint = static_cast<std::int64_t>(std::clamp(std::nearbyint(-lo / q.scale), 0.0, qmax));
    return q;
}

void Observer::observe(const at::Tensor& t)
{
    const auto flat = t.detach().reshape({-1}).to(at::kFloat);
    if (flat.numel() == 0)
        return;
    m_extreme.lo = std::min(m_extreme.lo, flat.min().item<double>());
    m_extreme.hi = std::max(m_extreme.hi, flat.max().item<double>());
    if (m_kind == ObserverKind::Percentile) {
        m_loSum += quantileOf(flat, 1.0 - m_percentile / 100.0);
        m_hiSum += quantileOf(flat, m_percentile / 100.0);
    }
    ++m_batches;
}

Range Observer::range() const
{
    if (m_kind == ObserverKind::MinMax || m_batches == 0)
        return m_extreme;
    return {m_loSum / m_batches, m_hiSum / m_batches};
}

ActivationRanges calibrate(const ResidualMlp& mlp, int inputs, const CalibrationOptions& options, const StepInput* in)
{
    const std::size_t blocks = mlp.blocks.size();
    Observer input(options.observer, options.percentile);
    Observer logits(options.observer, options.percentile);
    std::vector<Observer> hidden(blocks + 1, Observer(options.observer, options.percentile));
    std::vector<Observer> relu(blocks, Observer(options.observer, options.percentile));
    std::vector<Observer> blockOut(blocks, Observer(options.observer, options.percentile));

    c10::InferenceMode guard;
    auto gen = makeGenerator(options.seed ^ kCalibrationStream);
    auto linear = [](const at::Tensor& x, const ResidualMlp::Linear& l) { return at::linear(x, l.weight, l.bias); };
    for (int b = 0; b < options.batches; ++b) {
        if (in && in->cancelled())
            throw StepCancelled();
        const auto x = at::randn({options.batchSize, inputs}, gen);
        input.observe(x);
        auto h = linear(x, mlp.input);
        for (std::size_t i = 0; i < blocks; ++i) {
            hidden[i].observe(h);
            const auto r = at::relu(linear(h, mlp.blocks[i].fc1));
            relu[i].observe(r);
            const auto y = linear(r, mlp.blocks[i].fc2);
            blockOut[i].observe(y);
            h = h + y;
        }
        hidden[blocks].observe(h);
        logits.observe(linear(h, mlp.output));
        if (in)
            in->report("calibrate", static_cast<double>(b + 1) / options.batches);
    }

    ActivationRanges out;
    out.input = input.range();
    out.logits = logits.range();
    for (const auto& o : hidden)
        out.hidden.push_back(o.range());
    for (std::size_t i = 0; i < blocks; ++i) {
        out.relu.push_back(relu[i].range());
        out.relu.back().lo = 0;  // exact: a ReLU output never goes below 0 (and zero point 0 is what ONEDNN needs)
        out.blockOut.push_back(blockOut[i].range());
    }
    return out;
}

}  // namespace ob::engine::quant
