// SPDX-License-Identifier: MIT
#include "diagnosis/fixrules.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

#include "config/validation.h"
#include "i18n/tr.h"
#include "optibench/engine/engine.h"

namespace ob {
namespace {

QString ratioText(double v)
{
    return QString::number(v, 'f', 1) + QChar(0x00d7);
}

QStringList cpuFlagsOf(const RunResult& run)
{
    QStringList flags;
    for (const auto& f : run.environment.value(QStringLiteral("cpu_flags")).toArray())
        flags << f.toString();
    return flags;
}

/// Why replacing `method` by `target` would not help, from what this run and this machine say.
QString methodFixUnhelpful(const RunResult& run, const QString& target)
{
    if (const MethodResult* r = run.result(target)) {
        if (r->status == MethodStatus::Failed)
            return tr("%1 failed in this run too.").arg(target);
        // Slower than eager everywhere it was measured, and significantly so: a replacement that loses.
        const bool measured = !r->speedupVsEager.empty();
        const bool slower = std::all_of(r->speedupVsEager.begin(), r->speedupVsEager.end(),
                                        [](const SpeedupEntry& s) { return s.significant && s.ratio < 1; });
        if (r->status == MethodStatus::Ok && measured && slower) {
            double best = 0;
            for (const auto& s : r->speedupVsEager)
                best = std::max(best, s.ratio);
            return tr("%1 ran at least %2 slower than eager at every batch size of this run.")
                .arg(target, ratioText(1 / best));
        }
    }
    if (computesInBf16(target) && hasNativeBf16(cpuFlagsOf(run)) == false)
        return tr("This CPU has no bf16 instructions (neither AVX512_BF16 nor AMX): bf16 is emulated and slower than "
                  "fp32 here.");
    return {};
}

/// The fuser without LLVM runs its fused groups in NNC's IR interpreter: measured 15x (batch 1) to 100x (batch 16)
/// slower than eager on the default MLP, and not done after 15 minutes on mobilenet_v3_small (docs/jit-and-compile.md).
/// Worth a try only where even 100x eager's slowest median keeps a call short.
QString interpretedFuserUnhelpful(const RunResult& run)
{
    constexpr double kSlowdown = 100;     // the largest factor measured
    constexpr double kMaxCallMs = 100;    // a re-run of ~100 calls then stays within seconds
    const MethodResult* eager = run.result(QStringLiteral("eager"));
    if (!eager || eager->status != MethodStatus::Ok)
        return {};
    double slowest = 0;
    for (const auto& b : eager->batches)
        slowest = std::max(slowest, b.medianMs);
    if (slowest * kSlowdown <= kMaxCallMs)
        return {};
    return tr("Without LLVM the fuser runs in an interpreter that was 15 to 100 times slower than eager; at eager's "
              "%1 ms per call here, a call could take %2 s.")
        .arg(QString::number(slowest, 'g', 3), QString::number(slowest * kSlowdown / 1000, 'g', 2));
}

QString settingFixUnhelpful(const RunResult& run, const FixAction& fix)
{
    if (fix.key == QLatin1String("fuser.llvm_required") && fix.value == QLatin1String("false"))
        if (QString why = interpretedFuserUnhelpful(run); !why.isEmpty())
            return why;
    RunConfig changed = run.config;
    if (configKeys().contains(fix.key)) {
        if (applyText(changed, fix.key, fix.value))
            return {};  // not a value of this key: validation says so when the fix is applied
    } else {
        changed.options.insert(fix.key, fix.value);
    }
    return changed == run.config ? tr("This run already used that setting.") : QString();
}

}  // namespace

bool computesInBf16(const QString& method)
{
    const auto strategies = engine::strategies();
    for (const auto& step : method.split(QLatin1Char('+'))) {
        const std::string id = step.trimmed().toStdString();
        for (const auto& s : strategies)
            if (s.id == id && s.arithmetic == "bf16")
                return true;
    }
    return false;
}

std::optional<bool> hasNativeBf16(const QStringList& flags)
{
    if (flags.isEmpty())
        return std::nullopt;
    return flags.contains(QStringLiteral("avx512_bf16")) || flags.contains(QStringLiteral("amx_bf16"));
}

QString fixUnhelpfulReason(const RunResult& run, const QString& method, const FixAction& fix)
{
    if (fix.kind == QLatin1String("method") && fix.value != method)
        return methodFixUnhelpful(run, fix.value);
    if (fix.kind == QLatin1String("setting"))
        return settingFixUnhelpful(run, fix);
    return {};
}

QList<FixAction> helpfulFixes(const RunResult& run, const QString& method, const DiagnosisRef& diagnosis)
{
    QList<FixAction> out;
    for (const auto& fix : diagnosis.fixes)
        if (fixUnhelpfulReason(run, method, fix).isEmpty())
            out << fix;
    return out;
}

QString fixActionText(const FixAction& fix)
{
    if (fix.kind == QLatin1String("machine"))
        return tr("Re-measure the machine");
    if (fix.kind == QLatin1String("method"))
        return tr("Use %1 and re-run").arg(fix.value);
    if (fix.key == QLatin1String("qengine"))
        return tr("Use the %1 quantized engine and re-run").arg(fix.value.toUpper());
    if (fix.key == QLatin1String("threads"))
        return tr("Use %n LibTorch thread(s) and re-run", nullptr, fix.value.toInt());
    if (fix.key == QLatin1String("blas-threads"))
        return tr("Use %n OpenBLAS thread(s) and re-run", nullptr, fix.value.toInt());
    if (fix.key == QLatin1String("fuser.llvm_required") && fix.value == QLatin1String("false"))
        return tr("Let the fuser run without LLVM and re-run");
    return tr("Change %1 to %2 and re-run").arg(fix.key, fix.value);
}

}  // namespace ob
