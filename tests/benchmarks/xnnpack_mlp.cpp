// SPDX-License-Identifier: MIT
#include "xnnpack_mlp.h"

#include <xnnpack.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <stdexcept>
#include <string>

namespace ob::bench {

namespace k = engine::kernels;

namespace {

void check(xnn_status s, const char* what)
{
    if (s != xnn_status_success)
        throw std::runtime_error(std::string("XNNPACK: ") + what + " failed (status " + std::to_string(s) + ")");
}

bool initialise()
{
    static const bool ok = xnn_initialize(nullptr) == xnn_status_success;
    return ok;
}

struct Ranges {
    std::vector<float> x, t, y;  // per block: max |x| into fc1, max t into fc2, max |fc2 output|
};

/// A naive fp32 forward of the calibration rows that records the ranges of every quantized tensor.
Ranges calibrate(const k::MlpWeights& w, const std::vector<float>& calib)
{
    const int rows = static_cast<int>(calib.size()) / w.inputs, h = w.hidden;
    auto linear = [&](const k::MlpWeights::Layer& l, const std::vector<float>& in, int inW, int outW) {
        std::vector<float> out(static_cast<size_t>(rows) * outW);
        for (int m = 0; m < rows; ++m)
            for (int n = 0; n < outW; ++n) {
                float s = l.bias ? l.bias[n] : 0.0f;
                for (int i = 0; i < inW; ++i)
                    s += in[static_cast<size_t>(m) * inW + i] * l.weight[static_cast<size_t>(n) * inW + i];
                out[static_cast<size_t>(m) * outW + n] = s;
            }
        return out;
    };
    auto maxAbs = [](const std::vector<float>& v) {
        float m = 0;
        for (float x : v)
            m = std::max(m, std::fabs(x));
        return m > 0 ? m : 1.0f;
    };
    Ranges r;
    auto x = linear(w.input, calib, w.inputs, h);
    for (const auto& b : w.blocks) {
        r.x.push_back(maxAbs(x));
        auto t = linear(b.fc1, x, h, h);
        for (auto& v : t)
            v = std::max(v, 0.0f);
        r.t.push_back(maxAbs(t));
        const auto y = linear(b.fc2, t, h, h);
        r.y.push_back(maxAbs(y));
        for (size_t i = 0; i < x.size(); ++i)
            x[i] += y[i];
    }
    return r;
}

}  // namespace

struct XnnpackMlp::Impl {
    int batch = 0, inputs = 0, hidden = 0, outputs = 0;
    std::vector<float> in, x, y, logits;
    std::vector<std::int8_t> xq, tq, yq;
    std::vector<std::vector<std::int8_t>> weights;  // kept alive for the operators (XNNPACK packs them anyway)
    std::vector<std::vector<std::int32_t>> biases;
    xnn_operator_t input = nullptr, output = nullptr;
    struct Block {
        xnn_operator_t toQ = nullptr, fc1 = nullptr, fc2 = nullptr, toF = nullptr;
    };
    std::vector<Block> blocks;

    ~Impl()
    {
        for (auto* op : {input, output})
            if (op)
                xnn_delete_operator(op);
        for (auto& b : blocks)
            for (auto* op : {b.toQ, b.fc1, b.fc2, b.toF})
                if (op)
                    xnn_delete_operator(op);
    }

    /// A qs8 FC layer: input (scale sIn, zero point zIn) -> output (sOut, zOut), clamped to [lo, 127].
    xnn_operator_t fc(const k::MlpWeights::Layer& l, float sIn, int zIn, float sOut, int zOut, int lo)
    {
        const int n = hidden;
        float m = 0;
        for (int i = 0; i < n * n; ++i)
            m = std::max(m, std::fabs(l.weight[i]));
        const float sW = m > 0 ? m / 127.0f : 1.0f;  // one scale per tensor: what this operator takes
        std::vector<std::int8_t> q(static_cast<size_t>(n) * n);
        for (int i = 0; i < n * n; ++i)
            q[static_cast<size_t>(i)] =
                static_cast<std::int8_t>(std::clamp(static_cast<int>(std::lround(l.weight[i] / sW)), -127, 127));
        std::vector<std::int32_t> b(static_cast<size_t>(n), 0);
        for (int j = 0; j < n; ++j)
            b[static_cast<size_t>(j)] = l.bias ? static_cast<std::int32_t>(std::lround(l.bias[j] / (sIn * sW))) : 0;
        xnn_operator_t op = nullptr;
        check(xnn_create_fully_connected_nc_qs8(n, n, n, n, static_cast<std::int8_t>(zIn), sIn, sW, q.data(), b.data(),
                                                static_cast<std::int8_t>(zOut), sOut, static_cast<std::int8_t>(lo),
                                                127, 0, &op),
              "create fully_connected_nc_qs8");
        weights.push_back(std::move(q));
        biases.push_back(std::move(b));
        return op;
    }
};

XnnpackMlp::XnnpackMlp(const k::MlpWeights& w, int batch, const std::vector<float>& calibration)
    : d(std::make_unique<Impl>())
{
    if (!initialise())
        throw std::runtime_error("XNNPACK: xnn_initialize failed (no supported CPU?)");
    const int h = w.hidden;
    d->batch = batch;
    d->inputs = w.inputs;
    d->hidden = h;
    d->outputs = w.outputs;
    const auto rows = static_cast<size_t>(batch);
    d->in.resize(rows * w.inputs);
    d->x.resize(rows * h);
    d->y.resize(rows * h);
    d->logits.resize(rows * w.outputs);
    d->xq.resize(rows * h);
    d->tq.resize(rows * h);
    d->yq.resize(rows * h);
    const float inf = std::numeric_limits<float>::infinity();
    check(xnn_create_fully_connected_nc_f32(w.inputs, h, w.inputs, h, w.input.weight, w.input.bias, -inf, inf, 0,
                                            &d->input),
          "create fully_connected_nc_f32 (input)");
    check(xnn_setup_fully_connected_nc_f32(d->input, rows, d->in.data(), d->x.data(), nullptr), "setup input");
    const Ranges r = calibrate(w, calibration);
    for (size_t i = 0; i < w.blocks.size(); ++i) {
        // x: symmetric s8; t >= 0: the full s8 range with zero point -128; y: symmetric.
        const float sx = r.x[i] / 127.0f, st = r.t[i] / 255.0f, sy = r.y[i] / 127.0f;
        Impl::Block b;
        check(xnn_create_convert_nc_f32_qs8(h, h, h, sx, 0, -127, 127, 0, &b.toQ), "create convert f32->qs8");
        b.fc1 = d->fc(w.blocks[i].fc1, sx, 0, st, -128, -128);  // the clamp at the zero point is the ReLU
        b.fc2 = d->fc(w.blocks[i].fc2, st, -128, sy, 0, -127);
        check(xnn_create_convert_nc_qs8_f32(h, h, h, sy, 0, 0, &b.toF), "create convert qs8->f32");
        check(xnn_setup_convert_nc_f32_qs8(b.toQ, rows, d->x.data(), d->xq.data(), nullptr), "setup convert");
        check(xnn_setup_fully_connected_nc_qs8(b.fc1, rows, d->xq.data(), d->tq.data(), nullptr), "setup fc1");
        check(xnn_setup_fully_connected_nc_qs8(b.fc2, rows, d->tq.data(), d->yq.data(), nullptr), "setup fc2");
        check(xnn_setup_convert_nc_qs8_f32(b.toF, rows, d->yq.data(), d->y.data(), nullptr), "setup convert back");
        d->blocks.push_back(b);
    }
    check(xnn_create_fully_connected_nc_f32(h, w.outputs, h, w.outputs, w.output.weight, w.output.bias, -inf, inf, 0,
                                            &d->output),
          "create fully_connected_nc_f32 (output)");
    check(xnn_setup_fully_connected_nc_f32(d->output, rows, d->x.data(), d->logits.data(), nullptr), "setup output");
}

XnnpackMlp::~XnnpackMlp() = default;

void XnnpackMlp::logits(const float* input, float* out)
{
    std::memcpy(d->in.data(), input, d->in.size() * sizeof(float));
    xnn_run_operator(d->input, nullptr);
    float* x = d->x.data();
    const float* y = d->y.data();
    const size_t n = d->x.size();
    for (const auto& b : d->blocks) {
        xnn_run_operator(b.toQ, nullptr);
        xnn_run_operator(b.fc1, nullptr);
        xnn_run_operator(b.fc2, nullptr);
        xnn_run_operator(b.toF, nullptr);
        for (size_t i = 0; i < n; ++i)  // the residual add in fp32 (XNNPACK has no fused one)
            x[i] += y[i];
    }
    xnn_run_operator(d->output, nullptr);
    std::memcpy(out, d->logits.data(), d->logits.size() * sizeof(float));
}

const char* xnnpackVersion()
{
    return initialise() ? "XNNPACK (Debian snapshot 2022-02-16), qs8 operators, 1 thread (no threadpool)"
                        : "XNNPACK did not initialise";
}

}  // namespace ob::bench
