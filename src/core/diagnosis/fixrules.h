// SPDX-License-Identifier: MIT
#pragma once
// Which one-click fixes are worth offering, and what their buttons say. A fix is offered only when nothing known
// says it will not help: a replacement method that failed or ran slower than eager in this run, a bf16 method on a
// CPU without bf16 instructions, a setting the run already has, an interpreter on a model too big for it.

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

#include "results/runresult.h"

namespace ob {

/// Why `fix` would not help `method` of `run`, in a sentence of the current language; empty when it may help.
/// Rules: a "method" fix is refused when its method failed in this run, when it ran significantly slower than eager
/// at every batch size this run measured it, or when it computes in bf16 and the CPU (the run's environment: its
/// cpu_flags) has neither AVX512_BF16 nor AMX, where bf16 is emulated and slower than fp32. A "setting" fix is
/// refused when the run already has that value, and letting the fuser run without LLVM (its interpreter) when
/// 100x eager's slowest median in this run exceeds 100 ms per call.
QString fixUnhelpfulReason(const RunResult& run, const QString& method, const FixAction& fix);
/// The fixes of `diagnosis` worth offering for `method` of `run`, in the catalog's order.
QList<FixAction> helpfulFixes(const RunResult& run, const QString& method, const DiagnosisRef& diagnosis);
/// Whether the method id (a pipeline "a+b") computes in bf16: one of its strategies has bf16 arithmetic.
bool computesInBf16(const QString& method);
/// Whether the CPU flags name native bf16 arithmetic (avx512_bf16, or an AMX bf16 unit); nullopt when the flags
/// are unknown (empty).
std::optional<bool> hasNativeBf16(const QStringList& cpuFlags);
/// The label of a fix's button, for a person ("Use the QNNPACK quantized engine and re-run").
QString fixActionText(const FixAction& fix);

}  // namespace ob
