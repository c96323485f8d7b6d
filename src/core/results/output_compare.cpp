// SPDX-License-Identifier: MIT
#include "results/output_compare.h"

#include <QStringList>

#include <cmath>
#include <limits>

#include "diagnosis/hints.h"

namespace ob {
namespace {

const QString kEager = QStringLiteral("eager");

stats::LeafResult described(const engine::OutputLeafInfo& info, const stats::LeafFidelity& numbers)
{
    stats::LeafResult leaf;
    static_cast<stats::LeafFidelity&>(leaf) = numbers;
    leaf.path = QString::fromStdString(info.path);
    leaf.dtype = QString::fromStdString(info.dtype);
    leaf.shape = info.shape;
    leaf.floating = info.floating;
    return leaf;
}

const engine::OutputLeaf* find(const std::vector<engine::OutputLeaf>& leaves, const std::string& path)
{
    for (const auto& l : leaves)
        if (l.info.path == path)
            return &l;
    return nullptr;
}

/// Every leaf of either side, matched by path: eager's order, then the method's leaves eager does not have.
std::vector<stats::LeafResult> compareLeaves(const std::vector<engine::OutputLeaf>& reference,
                                             const std::vector<engine::OutputLeaf>& outputs)
{
    std::vector<stats::LeafResult> out;
    for (const auto& ref : reference) {
        const engine::OutputLeaf* got = find(outputs, ref.info.path);
        if (!got) {
            out.push_back(described(ref.info, stats::mismatchedLeaf()));
            continue;
        }
        engine::OutputLeafInfo info = got->info;  // its dtype and shape as this method returns them
        info.floating = ref.info.floating;        // judged as eager's leaf is
        out.push_back(described(info, stats::compareLeaf(ref.values, got->values, ref.info.shape, got->info.shape,
                                                         ref.info.floating)));
    }
    for (const auto& got : outputs)
        if (!find(reference, got.info.path))
            out.push_back(described(got.info, stats::mismatchedLeaf()));
    return out;
}

bool drifts(const stats::LeafResult& l, const RunConfig& c)
{
    if (l.mismatch || !l.finite)
        return true;
    if (!l.floating)
        return !l.exactMatch;
    return !(l.cosine >= c.driftCosine) || (l.top1Agreement && *l.top1Agreement < c.driftTop1);
}

int severity(const stats::LeafResult& l, const RunConfig& c)
{
    if (l.mismatch)
        return 0;
    if (!l.finite)
        return 1;
    return drifts(l, c) ? 2 : 3;
}

/// Whether `a` is further from eager than `b`.
bool worse(const stats::LeafResult& a, const stats::LeafResult& b, const RunConfig& c)
{
    const int sa = severity(a, c), sb = severity(b, c);
    if (sa != sb)
        return sa < sb;
    const auto lowest = -std::numeric_limits<double>::infinity();
    const double ca = std::isnan(a.cosine) ? lowest : a.cosine, cb = std::isnan(b.cosine) ? lowest : b.cosine;
    if (ca != cb)
        return ca < cb;
    const double ta = a.top1Agreement.value_or(100), tb = b.top1Agreement.value_or(100);
    if (ta != tb)
        return ta < tb;
    return a.relL2Error > b.relL2Error;
}

/// The leaf the score is measured on: the one named `primary`, else the first floating leaf, else the first.
const stats::LeafResult* primaryLeaf(const std::vector<stats::LeafResult>& leaves, const QString& primary)
{
    for (const auto& l : leaves)
        if (l.path == primary)
            return &l;
    for (const auto& l : leaves)
        if (l.floating)
            return &l;
    return leaves.empty() ? nullptr : &leaves.front();
}

QString number(double v, char format, int precision)
{
    if (std::isnan(v))
        return QStringLiteral("NaN");
    if (std::isinf(v))
        return QStringLiteral("Inf");
    return QString::number(v, format, precision);
}

DiagnosisRef diagnosisOf(const stats::LeafResult& worst, const std::vector<engine::OutputLeaf>& reference,
                         const std::vector<engine::OutputLeaf>& outputs)
{
    const std::string path = worst.path.toStdString();
    if (worst.mismatch) {
        const engine::OutputLeaf* ref = find(reference, path);
        const engine::OutputLeaf* got = find(outputs, path);
        return DiagnosisRef{QStringLiteral("output_mismatch"),
                            {{QStringLiteral("leaf"), worst.path},
                             {QStringLiteral("expected"), ref ? shapeText(ref->info.shape) : QString()},
                             {QStringLiteral("got"), got ? shapeText(got->info.shape) : QString()}},
                            {}};
    }
    return DiagnosisRef{QStringLiteral("output_drift"),
                        {{QStringLiteral("leaf"), worst.path},
                         {QStringLiteral("cosine"), number(worst.cosine, 'f', 6)},
                         {QStringLiteral("top1"),
                          worst.top1Agreement ? number(*worst.top1Agreement, 'f', 1) : QString()},
                         {QStringLiteral("max_abs"), number(worst.maxAbsError, 'g', 3)}},
                        {}};
}

}  // namespace

QString shapeText(const std::vector<std::int64_t>& shape)
{
    QStringList dims;
    for (auto d : shape)
        dims << QString::number(d);
    return QLatin1Char('[') + dims.join(QStringLiteral(", ")) + QLatin1Char(']');
}

void applyOutputFidelity(MethodResult& r, const std::vector<engine::OutputLeaf>& reference,
                         const std::vector<engine::OutputLeaf>& outputs, const QString& primaryOutput,
                         const RunConfig& config)
{
    stats::Fidelity f;
    f.leaves = compareLeaves(reference, outputs);
    const stats::LeafResult* worst = nullptr;
    bool drifted = false;
    for (const auto& l : f.leaves) {
        f.finite = f.finite && l.finite;
        drifted = drifted || drifts(l, config);
        if (!worst || worse(l, *worst, config))
            worst = &l;
    }
    if (worst) {
        f.worstLeaf = worst->path;
        f.cosine = worst->cosine;
        f.maxAbsError = worst->maxAbsError;
        f.relL2Error = worst->relL2Error;
    }
    const stats::LeafResult* primary = primaryLeaf(f.leaves, primaryOutput);
    f.primaryOutput = primary ? primary->path : primaryOutput;
    f.argmaxAgreement = primary && primary->top1Agreement ? *primary->top1Agreement
                                                          : std::numeric_limits<double>::quiet_NaN();
    r.score.reset();
    r.scoreCi.reset();
    if (primary && primary->finite && primary->top1Agreement)
        r.score = *primary->top1Agreement;
    else if (primary && std::isfinite(primary->cosine))
        r.score = 100.0 * primary->cosine;
    const bool isReference = r.method == kEager || &reference == &outputs;
    f.faithful = isReference || !drifted;
    r.fidelity = f;
    if (!*f.faithful && worst)
        setHint(r, QStringLiteral("drifted"), diagnosisOf(*worst, reference, outputs));
}

}  // namespace ob
