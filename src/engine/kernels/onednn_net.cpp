// SPDX-License-Identifier: MIT
#include "kernels/onednn_net.h"

#include <stdexcept>

#if defined(OB_HAVE_ONEDNN)

#include <oneapi/dnnl/dnnl.hpp>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <iterator>

#include "profile/kernel_scope.h"

namespace ob::engine::kernels {

using namespace dnnl;
using tag = memory::format_tag;
using dt = memory::data_type;

namespace {

const char* isaText(cpu_isa isa)
{
    switch (isa) {
    case cpu_isa::sse41: return "sse41";
    case cpu_isa::avx: return "avx";
    case cpu_isa::avx2: return "avx2";
    case cpu_isa::avx2_vnni: return "avx2_vnni";
    case cpu_isa::avx512_core: return "avx512_core";
    case cpu_isa::avx512_core_vnni: return "avx512_core_vnni";
    case cpu_isa::avx512_core_bf16: return "avx512_core_bf16";
    case cpu_isa::avx512_core_amx: return "avx512_core_amx";
    default: return "other";
    }
}

dnnl::engine& cpuEngine()
{
    static dnnl::engine eng(dnnl::engine::kind::cpu, 0);
    return eng;
}

/// Symmetric per-channel s8 weights of one layer ([out][in] fp32 in), with their scales.
void quantizeWeights(const MlpWeights::Layer& l, int in, int out, std::vector<std::int8_t>& q, std::vector<float>& s)
{
    q.assign(static_cast<std::size_t>(in) * out, 0);
    s.assign(static_cast<std::size_t>(out), 1.0f);
    for (int n = 0; n < out; ++n) {
        const float* row = l.weight + static_cast<std::size_t>(n) * in;
        float m = 0;
        for (int k = 0; k < in; ++k)
            m = std::max(m, std::fabs(row[k]));
        const float scale = m > 0 ? m / 127.0f : 1.0f;
        s[static_cast<std::size_t>(n)] = scale;
        for (int k = 0; k < in; ++k)
            q[static_cast<std::size_t>(n) * in + k] =
                static_cast<std::int8_t>(std::clamp(static_cast<int>(std::lround(row[k] / scale)), -127, 127));
    }
}

}  // namespace

struct OnednnWeightCache {
    struct Entry {
        std::size_t layer;
        memory::desc desc;
        memory weights;
        memory bias;
    };
    std::vector<Entry> entries;
};

std::shared_ptr<OnednnWeightCache> makeOnednnWeightCache()
{
    return std::make_shared<OnednnWeightCache>();
}

bool onednnInBuild()
{
    return true;
}

std::string onednnDescription()
{
    const auto* v = dnnl::version();
    return "oneDNN " + std::to_string(v->major) + "." + std::to_string(v->minor) + "." + std::to_string(v->patch)
        + ", ISA " + isaText(get_effective_cpu_isa());
}

CpuFeatures onednnFeatures(const CpuFeatures& cpu)
{
    const auto isa = static_cast<unsigned>(get_effective_cpu_isa());
    auto has = [isa](dnnl_cpu_isa_t level) {
        const auto bits = static_cast<unsigned>(level);
        return (isa & bits) == bits;
    };
    CpuFeatures f = cpu;
    f.avx2 = cpu.avx2 && has(dnnl_cpu_isa_avx2);
    f.fma = f.avx2 && cpu.fma;
    f.avx512f = cpu.avx512f && has(dnnl_cpu_isa_avx512_core);
    f.avx512bw = cpu.avx512bw && f.avx512f;
    f.avx512vnni = cpu.avx512vnni && has(dnnl_cpu_isa_avx512_core_vnni);
    f.avx512bf16 = cpu.avx512bf16 && has(dnnl_cpu_isa_avx512_core_bf16);
    f.avxvnni = cpu.avxvnni && has(dnnl_cpu_isa_avx2_vnni);
    const bool amx = has(dnnl_cpu_isa_avx512_core_amx);
    f.amxTile = cpu.amxTile && amx;
    f.amxInt8 = cpu.amxInt8 && amx;
    f.amxBf16 = cpu.amxBf16 && amx;
    return f;
}

struct OnednnNet::Impl {
    std::shared_ptr<OnednnWeightCache> cache;
    std::size_t layers = 0;  // layers added so far (the cache's key, with the layout)
    stream strm{cpuEngine()};
    int batch = 0;
    int outputs = 0;
    std::int64_t weightBytes = 0;
    memory in, x, xLow, t, logits;  // xLow: x in the layers' input type (bf16, s8); t: fc1's output
    struct Step {
        primitive prim;
        std::vector<memory> keep;  // weights, bias: alive as long as the step
        std::vector<dnnl_exec_arg_t> args;
        profile::KernelInfo info;  // what the profiler calls it
    };
    std::vector<Step> steps;
    profile::KernelInfo next;  // the info of the step add() adds next

    memory::desc md(int rows, int cols, dt type) const { return memory::desc({rows, cols}, type, tag::ab); }

    void add(primitive p, std::vector<std::pair<int, memory>> args, std::vector<memory> keep = {})
    {
        Step s;
        s.prim = std::move(p);
        s.info = next;
        s.keep = std::move(keep);
        for (auto& [arg, mem] : args) {
            s.keep.push_back(mem);
            s.args.push_back({arg, mem.get()});
        }
        steps.push_back(std::move(s));
    }

    /// x (f32) -> xLow (bf16, or s8 with 1 / scale) before a layer that reads the residual stream.
    void convertX(float scale, const char* module, int block)
    {
        next = {"onednn::reorder", module, block, batch, 0, static_cast<int>(x.get_desc().dims()[1]),
                xLow.get_desc().data_type() == dt::s8 ? "int8" : "bf16"};
        primitive_attr attr;
        if (xLow.get_desc().data_type() == dt::s8)
            attr.set_output_scales(0, {1.0f / scale});
        reorder::primitive_desc pd(cpuEngine(), x.get_desc(), cpuEngine(), xLow.get_desc(), attr);
        add(reorder(pd), {{DNNL_ARG_FROM, x}, {DNNL_ARG_TO, xLow}});
    }

    /// One matmul layer: post 0 none, 1 relu, 2 sum (dst += result).
    /// f32 / bf16: weights in `wt`'s type. int8: sIn is the input's scale, sOut the output's (0: f32 output).
    void layer(const char* module, int block, const MlpWeights::Layer& l, int inW, int outW, const memory& src,
               const memory& dst, int post, dt wt, float sIn = 1.0f, float sOut = 0.0f)
    {
        next = {post == 1 ? "onednn::matmul+relu" : post == 2 ? "onednn::matmul+sum" : "onednn::matmul", module, block,
                batch, inW, outW, wt == dt::s8 ? "int8" : wt == dt::bf16 ? "bf16" : ""};
        post_ops po;
        if (post == 1)
            po.append_eltwise(1.0f, algorithm::eltwise_relu, 0.0f, 0.0f);
        else if (post == 2)
            po.append_sum(1.0f);
        primitive_attr attr;
        attr.set_post_ops(po);
        std::vector<float> bias(static_cast<std::size_t>(outW), 0.0f);
        if (l.bias)
            std::copy(l.bias, l.bias + outW, bias.begin());
        memory::desc weightsAny({inW, outW}, wt, tag::any);
        const memory::desc biasDesc = md(1, outW, dt::f32);
        std::vector<float> plainF32;
        std::vector<std::uint16_t> plainBf16;
        std::vector<std::int8_t> plainS8;
        void* plain = const_cast<float*>(l.weight);
        if (wt == dt::s8) {
            std::vector<float> sw;
            quantizeWeights(l, inW, outW, plainS8, sw);
            std::vector<float> scales(static_cast<std::size_t>(outW));
            for (int n = 0; n < outW; ++n) {
                const float acc = sIn * sw[static_cast<std::size_t>(n)];  // value of one unit of the s32 sum
                scales[static_cast<std::size_t>(n)] = sOut > 0 ? acc / sOut : acc;
                bias[static_cast<std::size_t>(n)] /= acc;  // oneDNN 2.x adds the bias before the output scales
            }
            attr.set_output_scales(1 << 1, scales);  // kept in the primitive
            plain = plainS8.data();
        } else if (wt == dt::bf16) {
            plainBf16.resize(static_cast<std::size_t>(inW) * outW);
            for (std::size_t i = 0; i < plainBf16.size(); ++i)
                plainBf16[i] = floatToBf16(l.weight[i]);
            plain = plainBf16.data();
        }
        matmul::primitive_desc pd(matmul::desc(src.get_desc(), weightsAny, biasDesc, dst.get_desc()), attr,
                                  cpuEngine());
        const std::size_t index = layers++;
        const memory::desc wanted = pd.weights_desc();
        const auto& entries = cache->entries;
        auto it = std::find_if(entries.begin(), entries.end(),
                               [&](const auto& e) { return e.layer == index && e.desc == wanted; });
        if (it == entries.end()) {
            // The weights as given are [out][in] row-major, i.e. the {in, out} matrix in layout "ba".
            memory given({{inW, outW}, wt, tag::ba}, cpuEngine(), plain);
            memory weights(wanted, cpuEngine());
            reorder(given, weights).execute(strm, given, weights);
            memory b(biasDesc, cpuEngine());
            std::memcpy(b.get_data_handle(), bias.data(), bias.size() * sizeof(float));
            strm.wait();
            weightBytes += static_cast<std::int64_t>(wanted.get_size() + biasDesc.get_size());
            cache->entries.push_back({index, wanted, weights, b});
            it = std::prev(cache->entries.end());
        }
        add(matmul(pd),
            {{DNNL_ARG_SRC, src}, {DNNL_ARG_WEIGHTS, it->weights}, {DNNL_ARG_BIAS, it->bias}, {DNNL_ARG_DST, dst}});
    }
};

OnednnNet::OnednnNet(const MlpWeights& w, Precision precision, int batch, const ActivationRanges* ranges,
                     std::shared_ptr<OnednnWeightCache> cache)
    : d(std::make_unique<Impl>())
{
    d->cache = cache ? std::move(cache) : makeOnednnWeightCache();
    if (batch <= 0)
        throw std::invalid_argument("oneDNN net: batch must be positive");
    const std::size_t quantized = 2 * w.blocks.size() + 1;
    if (precision == Precision::Int8 && (!ranges || ranges->size() != quantized))
        throw std::invalid_argument("oneDNN int8 net: needs the activation range of every quantized layer");
    d->batch = batch;
    d->outputs = w.outputs;
    auto& eng = cpuEngine();
    const int h = w.hidden;
    try {
        d->in = memory(d->md(batch, w.inputs, dt::f32), eng, DNNL_MEMORY_NONE);
        d->x = memory(d->md(batch, h, dt::f32), eng);
        d->logits = memory(d->md(batch, w.outputs, dt::f32), eng);
        d->layer("input", -1, w.input, w.inputs, h, d->in, d->x, 0, dt::f32);  // tiny and sees raw inputs: fp32 always
        if (precision == Precision::Fp32) {
            d->t = memory(d->md(batch, h, dt::f32), eng);
            for (std::size_t i = 0; i < w.blocks.size(); ++i) {
                const int n = static_cast<int>(i);
                d->layer("fc1", n, w.blocks[i].fc1, h, h, d->x, d->t, 1, dt::f32);
                d->layer("fc2", n, w.blocks[i].fc2, h, h, d->t, d->x, 2, dt::f32);
            }
            d->layer("output", -1, w.output, h, w.outputs, d->x, d->logits, 0, dt::f32);
        } else if (precision == Precision::Bf16) {
            d->xLow = memory(d->md(batch, h, dt::bf16), eng);
            d->t = memory(d->md(batch, h, dt::bf16), eng);
            for (std::size_t i = 0; i < w.blocks.size(); ++i) {
                const int n = static_cast<int>(i);
                d->convertX(1.0f, "fc1", n);
                d->layer("fc1", n, w.blocks[i].fc1, h, h, d->xLow, d->t, 1, dt::bf16);
                d->layer("fc2", n, w.blocks[i].fc2, h, h, d->t, d->x, 2, dt::bf16);
            }
            d->convertX(1.0f, "output", -1);
            d->layer("output", -1, w.output, h, w.outputs, d->xLow, d->logits, 0, dt::bf16);
        } else {
            d->xLow = memory(d->md(batch, h, dt::s8), eng);
            d->t = memory(d->md(batch, h, dt::u8), eng);
            auto scaleOf = [&](std::size_t i, float levels) {
                const float r = (*ranges)[i];
                return (r > 0 && std::isfinite(r) ? r : 1.0f) / levels;
            };
            for (std::size_t i = 0; i < w.blocks.size(); ++i) {
                const float sx = scaleOf(2 * i, 127.0f), st = scaleOf(2 * i + 1, 255.0f);
                const int n = static_cast<int>(i);
                d->convertX(sx, "fc1", n);
                d->layer("fc1", n, w.blocks[i].fc1, h, h, d->xLow, d->t, 1, dt::s8, sx, st);
                d->layer("fc2", n, w.blocks[i].fc2, h, h, d->t, d->x, 2, dt::s8, st);
            }
            // The output layer in fp32: its input's quantization error would go straight into the logits (logit
            // cosine 0.99943 -> 0.99955 on the default model), it is 5% of the MACs, and it saves a reorder.
            d->layer("output", -1, w.output, h, w.outputs, d->x, d->logits, 0, dt::f32);
        }
    } catch (const dnnl::error& e) {
        throw std::runtime_error(std::string("oneDNN ") + precisionName(precision) + " net for batch "
                                 + std::to_string(batch) + ": " + e.what());
    }
}

OnednnNet::~OnednnNet() = default;

int OnednnNet::batch() const
{
    return d->batch;
}

std::int64_t OnednnNet::weightBytes() const
{
    return d->weightBytes;
}

void OnednnNet::logits(const float* input, float* out)
{
    d->in.set_data_handle(const_cast<float*>(input));
    for (auto& s : d->steps) {
        const profile::KernelScope scope(s.info);
        const auto status = dnnl_primitive_execute(s.prim.get(), d->strm.get(), static_cast<int>(s.args.size()),
                                                   s.args.data());
        if (status != dnnl_success)
            throw std::runtime_error("oneDNN: a primitive failed to execute (status " + std::to_string(status) + ")");
    }
    d->strm.wait();
    std::memcpy(out, d->logits.get_data_handle(), sizeof(float) * static_cast<std::size_t>(d->batch) * d->outputs);
}

}  // namespace ob::engine::kernels

#else  // no oneDNN in this build

namespace ob::engine::kernels {

bool onednnInBuild()
{
    return false;
}

std::string onednnDescription()
{
    return "no oneDNN in this build";
}

CpuFeatures onednnFeatures(const CpuFeatures&)
{
    return {};
}

struct OnednnWeightCache {};

std::shared_ptr<OnednnWeightCache> makeOnednnWeightCache()
{
    return std::make_shared<OnednnWeightCache>();
}

struct OnednnNet::Impl {};

OnednnNet::OnednnNet(const MlpWeights&, Precision, int, const ActivationRanges*, std::shared_ptr<OnednnWeightCache>)
{
    throw std::runtime_error("this build has no oneDNN");
}

OnednnNet::~OnednnNet() = default;

int OnednnNet::batch() const
{
    return 0;
}

std::int64_t OnednnNet::weightBytes() const
{
    return 0;
}

void OnednnNet::logits(const float*, float*) {}

}  // namespace ob::engine::kernels

#endif
