// SPDX-License-Identifier: MIT
#include "onednn_mlp.h"

#include <oneapi/dnnl/dnnl.hpp>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>

namespace ob::bench {

using namespace dnnl;
using tag = memory::format_tag;
using dt = memory::data_type;
namespace k = engine::kernels;

namespace {

/// A naive fp32 forward that records max |input| of every layer after the first (the int8 calibration).
std::vector<float> inputRanges(const k::MlpWeights& w, const std::vector<float>& calib)
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
    std::vector<float> ranges;
    auto x = linear(w.input, calib, w.inputs, h);
    for (const auto& b : w.blocks) {
        ranges.push_back(maxAbs(x));
        auto t = linear(b.fc1, x, h, h);
        for (auto& v : t)
            v = std::max(v, 0.0f);
        ranges.push_back(maxAbs(t));
        const auto y = linear(b.fc2, t, h, h);
        for (size_t i = 0; i < x.size(); ++i)
            x[i] += y[i];
    }
    ranges.push_back(maxAbs(x));
    return ranges;
}

}  // namespace

struct OnednnMlp::Impl {
    dnnl::engine eng{dnnl::engine::kind::cpu, 0};
    stream strm{eng};
    int batch, inputs, hidden, outputs;
    struct Layer {
        primitive quantize;  // int8 and bf16: f32 -> s8 or bf16 reorder of the input
        memory qsrc;
        matmul mm;
        memory weights, bias;
        memory* src = nullptr;
        memory* dst = nullptr;
    };
    memory in, x, t, logits;
    std::vector<Layer> layers;

    memory::desc md(int rows, int cols, dt type) const { return memory::desc({rows, cols}, type, tag::ab); }

    /// One fp32 or int8 matmul layer reading `src` into `dst`; `post`: 0 none, 1 relu, 2 sum (residual).
    void add(const k::MlpWeights::Layer& l, int inW, int outW, memory* src, memory* dst, int post, bool int8,
             float srcRange, bool bf16 = false)
    {
        Layer layer;
        layer.src = src;
        layer.dst = dst;
        post_ops po;
        if (post == 1)
            po.append_eltwise(1.0f, algorithm::eltwise_relu, 0.0f, 0.0f);
        else if (post == 2)
            po.append_sum(1.0f);
        primitive_attr attr;
        attr.set_post_ops(po);
        std::vector<float> bias(l.bias ? l.bias : nullptr, l.bias ? l.bias + outW : nullptr);
        bias.resize(static_cast<size_t>(outW), 0.0f);
        memory::desc weightsAny({inW, outW}, int8 ? dt::s8 : bf16 ? dt::bf16 : dt::f32, tag::any);
        if (bf16) {
            std::vector<std::uint16_t> wb(static_cast<size_t>(inW) * outW);
            for (size_t i = 0; i < wb.size(); ++i)
                wb[i] = k::floatToBf16(l.weight[i]);
            matmul::primitive_desc pd(matmul::desc(md(batch, inW, dt::bf16), weightsAny, md(1, outW, dt::f32),
                                                   md(batch, outW, dt::f32)),
                                      attr, eng);
            memory plain({{inW, outW}, dt::bf16, tag::ba}, eng, wb.data());
            layer.weights = memory(pd.weights_desc(), eng);
            reorder(plain, layer.weights).execute(strm, plain, layer.weights);
            strm.wait();
            layer.mm = matmul(pd);
            layer.qsrc = memory(md(batch, inW, dt::bf16), eng);
            layer.quantize = reorder(reorder::primitive_desc(eng, md(batch, inW, dt::f32), eng, md(batch, inW, dt::bf16)));
        } else if (!int8) {
            matmul::primitive_desc pd(matmul::desc(md(batch, inW, dt::f32), weightsAny, md(1, outW, dt::f32),
                                                   md(batch, outW, dt::f32)),
                                       attr, eng);
            memory plain({{inW, outW}, dt::f32, tag::ba}, eng, const_cast<float*>(l.weight));
            layer.weights = memory(pd.weights_desc(), eng);
            reorder(plain, layer.weights).execute(strm, plain, layer.weights);
            layer.mm = matmul(pd);
        } else {
            const float sSrc = srcRange / 127.0f;
            std::vector<std::int8_t> wq(static_cast<size_t>(inW) * outW);
            std::vector<float> scales(static_cast<size_t>(outW));
            for (int n = 0; n < outW; ++n) {
                float m = 0;
                for (int i = 0; i < inW; ++i)
                    m = std::max(m, std::fabs(l.weight[static_cast<size_t>(n) * inW + i]));
                const float sW = m > 0 ? m / 127.0f : 1.0f;
                for (int i = 0; i < inW; ++i)
                    wq[static_cast<size_t>(n) * inW + i] = static_cast<std::int8_t>(
                        std::lround(std::clamp(l.weight[static_cast<size_t>(n) * inW + i] / sW, -127.0f, 127.0f)));
                scales[static_cast<size_t>(n)] = sSrc * sW;
                bias[static_cast<size_t>(n)] /= scales[static_cast<size_t>(n)];  // 2.x adds the bias before scaling
            }
            attr.set_output_scales(1 << 1, scales);
            matmul::primitive_desc pd(matmul::desc(md(batch, inW, dt::s8), weightsAny, md(1, outW, dt::f32),
                                                   md(batch, outW, dt::f32)),
                                      attr, eng);
            memory plain({{inW, outW}, dt::s8, tag::ba}, eng, wq.data());
            layer.weights = memory(pd.weights_desc(), eng);
            reorder(plain, layer.weights).execute(strm, plain, layer.weights);
            layer.mm = matmul(pd);
            layer.qsrc = memory(md(batch, inW, dt::s8), eng);
            primitive_attr qattr;
            qattr.set_output_scales(0, {1.0f / sSrc});
            layer.quantize = reorder(reorder::primitive_desc(eng, md(batch, inW, dt::f32), eng,
                                                             md(batch, inW, dt::s8), qattr));
        }
        layer.bias = memory(md(1, outW, dt::f32), eng);
        std::memcpy(layer.bias.get_data_handle(), bias.data(), bias.size() * sizeof(float));
        strm.wait();
        layers.push_back(std::move(layer));
    }
};

OnednnMlp::OnednnMlp(const k::MlpWeights& w, int batch, Kind kind, const std::vector<float>& calibration)
    : d(std::make_unique<Impl>())
{
    d->batch = batch;
    d->inputs = w.inputs;
    d->hidden = w.hidden;
    d->outputs = w.outputs;
    d->in = memory(d->md(batch, w.inputs, dt::f32), d->eng, DNNL_MEMORY_NONE);
    d->x = memory(d->md(batch, w.hidden, dt::f32), d->eng);
    d->t = memory(d->md(batch, w.hidden, dt::f32), d->eng);
    d->logits = memory(d->md(batch, w.outputs, dt::f32), d->eng);
    const bool int8 = kind == Kind::Int8, bf16 = kind == Kind::Bf16;
    const auto ranges = int8 ? inputRanges(w, calibration) : std::vector<float>(2 * w.blocks.size() + 1, 1.0f);
    d->layers.reserve(2 * w.blocks.size() + 2);
    d->add(w.input, w.inputs, w.hidden, &d->in, &d->x, 0, false, 1.0f);
    for (size_t i = 0; i < w.blocks.size(); ++i) {
        d->add(w.blocks[i].fc1, w.hidden, w.hidden, &d->x, &d->t, 1, int8, ranges[2 * i], bf16);
        d->add(w.blocks[i].fc2, w.hidden, w.hidden, &d->t, &d->x, 2, int8, ranges[2 * i + 1], bf16);
    }
    d->add(w.output, w.hidden, w.outputs, &d->x, &d->logits, 0, int8, ranges.back(), bf16);
}

OnednnMlp::~OnednnMlp() = default;

void OnednnMlp::logits(const float* input, float* out)
{
    d->in.set_data_handle(const_cast<float*>(input));
    for (auto& l : d->layers) {
        memory& src = l.quantize ? l.qsrc : *l.src;
        if (l.quantize)
            l.quantize.execute(d->strm, {{DNNL_ARG_FROM, *l.src}, {DNNL_ARG_TO, l.qsrc}});
        l.mm.execute(d->strm, {{DNNL_ARG_SRC, src}, {DNNL_ARG_WEIGHTS, l.weights}, {DNNL_ARG_BIAS, l.bias},
                               {DNNL_ARG_DST, *l.dst}});
    }
    d->strm.wait();
    std::memcpy(out, d->logits.get_data_handle(), sizeof(float) * d->batch * d->outputs);
}

const char* onednnVersion()
{
    static std::string text = [] {
        const auto* v = dnnl::version();
        return "oneDNN " + std::to_string(v->major) + "." + std::to_string(v->minor) + "." + std::to_string(v->patch) + ", "
            + (v->cpu_runtime == DNNL_RUNTIME_OMP ? "OpenMP" : "other") + " runtime, ISA " + 
            [] {
                switch (dnnl::get_effective_cpu_isa()) {
                case dnnl::cpu_isa::avx2: return "avx2";
                case dnnl::cpu_isa::avx2_vnni: return "avx2_vnni";
                case dnnl::cpu_isa::avx512_core: return "avx512_core";
                case dnnl::cpu_isa::avx512_core_vnni: return "avx512_core_vnni";
                case dnnl::cpu_isa::avx512_core_bf16: return "avx512_core_bf16";
                default: return "other";
                }
            }();
    }();
    return text.c_str();
}

}  // namespace ob::bench
