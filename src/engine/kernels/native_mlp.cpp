// SPDX-License-Identifier: MIT
#include "kernels/native_mlp.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <stdexcept>
#include <type_traits>

#include "env/cpu_features.h"
#include "profile/kernel_scope.h"

namespace ob::engine::kernels {

std::string isaName(Isa isa)
{
    return isa == Isa::Avx2 ? "avx2" : "scalar";
}

bool parseIsa(const std::string& text, Isa& isa)
{
    if (text == "scalar")
        isa = Isa::Scalar;
    else if (text == "avx2")
        isa = Isa::Avx2;
    else
        return false;
    return true;
}

std::vector<Isa> availableIsas(const CpuFeatures& f)
{
    std::vector<Isa> out{Isa::Scalar};
    if (avx2Ops() && f.avx2 && f.fma)
        out.push_back(Isa::Avx2);
    return out;
}

std::vector<Isa> availableIsas()
{
    return availableIsas(cpuFeatures());
}

Isa defaultIsa()
{
    const auto available = availableIsas();
    Isa wanted;
    if (const char* env = std::getenv("OPTIBENCH_NATIVE_ISA"); env && parseIsa(env, wanted))
        if (std::find(available.begin(), available.end(), wanted) != available.end())
            return wanted;
    return available.back();
}

const KernelOps& opsFor(Isa isa)
{
    if (isa == Isa::Avx2) {
        const auto available = availableIsas();
        if (std::find(available.begin(), available.end(), Isa::Avx2) == available.end())
            throw std::runtime_error("the AVX2 kernels cannot run here: the CPU or this build lacks AVX2 and FMA");
        return *avx2Ops();
    }
    return scalarOps();
}

std::string precisionName(Precision p)
{
    switch (p) {
    case Precision::Fp32: return "fp32";
    case Precision::Bf16: return "bf16";
    case Precision::Int8: return "int8";
    }
    return "?";
}

NativeMlp::NativeMlp(const MlpWeights& w, Precision precision, Isa isa)
    : m_precision(precision), m_isa(isa), m_ops(&opsFor(isa)), m_inputs(w.inputs), m_hidden(w.hidden),
      m_outputs(w.outputs), m_ld(roundUp(w.hidden, kPanel))
{
    m_input = packFp32(w.input.weight, w.input.bias, w.inputs, w.hidden);
    m_weightBytes = static_cast<std::int64_t>(m_input.w.size() + m_input.bias.size()) * 4;
    std::vector<std::pair<MlpWeights::Layer, int>> layers;  // (layer, out)
    for (const auto& b : w.blocks) {
        layers.emplace_back(b.fc1, w.hidden);
        layers.emplace_back(b.fc2, w.hidden);
    }
    layers.emplace_back(w.output, w.outputs);
    for (const auto& [layer, out] : layers) {
        switch (precision) {
        case Precision::Fp32:
            m_fp32.push_back(packFp32(layer.weight, layer.bias, w.hidden, out));
            m_weightBytes += static_cast<std::int64_t>(m_fp32.back().w.size() + m_fp32.back().bias.size()) * 4;
            break;
        case Precision::Bf16:
            m_bf16.push_back(packBf16(layer.weight, layer.bias, w.hidden, out));
            m_weightBytes += static_cast<std::int64_t>(m_bf16.back().w.size()) * 2
                + static_cast<std::int64_t>(m_bf16.back().bias.size()) * 4;
            break;
        case Precision::Int8: {
            m_int8.push_back(packInt8(layer.weight, layer.bias, w.hidden, out));
            const auto& p = m_int8.back();
            m_weightBytes += static_cast<std::int64_t>(p.w.size())
                + static_cast<std::int64_t>(p.scale.size() + p.colSum.size() + p.bias.size()) * 4;
            break;
        }
        }
    }
    gatherWeights();
}

void NativeMlp::gatherWeights()
{
    std::size_t bytes = 0;
    auto size = [&](const auto&... arrays) {
        ((bytes += WeightArena::footprint(arrays.size() * sizeof(*arrays.data()))), ...);
    };
    auto move = [&](auto&... arrays) { (arrays.moveInto(*m_arena), ...); };
    size(m_input.w, m_input.bias);
    for (const auto& p : m_fp32)
        size(p.w, p.bias);
    for (const auto& p : m_bf16)
        size(p.w, p.bias);
    for (const auto& p : m_int8)
        size(p.w, p.scale, p.colSum, p.bias);
    m_arena = std::make_unique<WeightArena>(bytes);
    move(m_input.w, m_input.bias);
    for (auto& p : m_fp32)
        move(p.w, p.bias);
    for (auto& p : m_bf16)
        move(p.w, p.bias);
    for (auto& p : m_int8)
        move(p.w, p.scale, p.colSum, p.bias);
}

template <typename Packed>
void NativeMlp::runLayer(const Packed& layer, const float* a, int lda, int rows, float* c, int ldc, Epilogue epi,
                         const char* module, int index)
{
    const char* op = epi == Epilogue::BiasRelu ? "native::linear+relu"
        : epi == Epilogue::BiasResidual        ? "native::linear+residual"
                                               : "native::linear";
    if constexpr (std::is_same_v<Packed, PackedFp32>) {
        const profile::KernelScope scope({op, module, index, rows, layer.in, layer.out, ""});
        m_ops->fp32(layer, a, lda, rows, c, ldc, epi);
    } else if constexpr (std::is_same_v<Packed, PackedBf16>) {
        const profile::KernelScope scope({op, module, index, rows, layer.in, layer.out, "bf16"});
        m_ops->bf16(layer, a, lda, rows, c, ldc, epi);
    } else {
        const int ldq = roundUp(std::max(layer.in, 1), kQuad);
        {
            const profile::KernelScope scope({"native::quantize", module, index, rows, 0, layer.in, "u8"});
            m_ops->quantize(a, lda, rows, layer.in, ldq, m_q.data(), ldq, m_qScale.data(), m_qZero.data());
        }
        const profile::KernelScope scope({op, module, index, rows, layer.in, layer.out, "int8"});
        m_ops->int8(layer, QuantizedRows{m_q.data(), ldq, m_qScale.data(), m_qZero.data()}, rows, c, ldc, epi);
    }
}

void NativeMlp::logits(const float* input, int batch, float* out)
{
    if (batch <= 0)
        return;
    const auto rows = static_cast<std::size_t>(batch);
    const int outPad = roundUp(m_outputs, kPanel);
    m_x.ensure(rows * m_ld);
    m_t.ensure(rows * m_ld);
    m_logits.ensure(rows * outPad);
    if (m_precision == Precision::Int8) {
        m_q.ensure(rows * roundUp(std::max(m_hidden, 1), kQuad));
        m_qScale.ensure(rows);
        m_qZero.ensure(rows);
    }
    runLayer(m_input, input, m_inputs, batch, m_x.data(), m_ld, Epilogue::Bias, "input", -1);
    auto run = [&](const auto& layers) {
        const std::size_t blocks = (layers.size() - 1) / 2;
        for (std::size_t i = 0; i < blocks; ++i) {
            const int n = static_cast<int>(i);
            runLayer(layers[2 * i], m_x.data(), m_ld, batch, m_t.data(), m_ld, Epilogue::BiasRelu, "fc1", n);
            runLayer(layers[2 * i + 1], m_t.data(), m_ld, batch, m_x.data(), m_ld, Epilogue::BiasResidual, "fc2", n);
        }
        runLayer(layers.back(), m_x.data(), m_ld, batch, m_logits.data(), outPad, Epilogue::Bias, "output", -1);
    };
    switch (m_precision) {
    case Precision::Fp32: run(m_fp32); break;
    case Precision::Bf16: run(m_bf16); break;
    case Precision::Int8: run(m_int8); break;
    }
    for (int m = 0; m < batch; ++m)
        std::copy(m_logits.data() + static_cast<std::size_t>(m) * outPad,
                  m_logits.data() + static_cast<std::size_t>(m) * outPad + m_outputs,
                  out + static_cast<std::size_t>(m) * m_outputs);
}

void finishScores(float* logits, int batch, int outputs, float* confidence)
{
    const profile::KernelScope scope({confidence ? "native::sigmoid+softmax" : "native::sigmoid", "", -1, batch, 0,
                                      outputs, ""});
    for (int m = 0; m < batch; ++m) {
        float* row = logits + static_cast<std::size_t>(m) * outputs;
        if (confidence) {
            // max softmax = 1 / sum(exp(l - max)).
            const float top = *std::max_element(row, row + outputs);
            float sum = 0;
            for (int j = 0; j < outputs; ++j)
                sum += std::exp(row[j] - top);
            confidence[m] = 1.0f / sum;
        }
        for (int j = 0; j < outputs; ++j)
            row[j] = 1.0f / (1.0f + std::exp(-row[j]));
    }
}

void NativeMlp::forward(const float* input, int batch, float* scores, float* confidence)
{
    logits(input, batch, scores);
    finishScores(scores, batch, m_outputs, confidence);
}

std::vector<float> NativeMlp::activationRanges(const float* input, int batch)
{
    if (m_precision != Precision::Fp32)
        throw std::logic_error("activation ranges come from the fp32 kernels");
    std::vector<float> ranges;
    if (batch <= 0)
        return ranges;
    const auto rows = static_cast<std::size_t>(batch);
    m_x.ensure(rows * m_ld);
    m_t.ensure(rows * m_ld);
    const int outPad = roundUp(m_outputs, kPanel);
    m_logits.ensure(rows * outPad);
    auto maxAbs = [&](const AlignedArray<float>& a) {
        float v = 0;
        for (std::size_t m = 0; m < rows; ++m)
            for (int j = 0; j < m_hidden; ++j)
                v = std::max(v, std::fabs(a[m * m_ld + j]));
        return v;
    };
    m_ops->fp32(m_input, input, m_inputs, batch, m_x.data(), m_ld, Epilogue::Bias);
    const std::size_t blocks = (m_fp32.size() - 1) / 2;
    for (std::size_t i = 0; i < blocks; ++i) {
        ranges.push_back(maxAbs(m_x));
        runLayer(m_fp32[2 * i], m_x.data(), m_ld, batch, m_t.data(), m_ld, Epilogue::BiasRelu);
        ranges.push_back(maxAbs(m_t));
        runLayer(m_fp32[2 * i + 1], m_t.data(), m_ld, batch, m_x.data(), m_ld, Epilogue::BiasResidual);
    }
    ranges.push_back(maxAbs(m_x));
    return ranges;
}

}  // namespace ob::engine::kernels
