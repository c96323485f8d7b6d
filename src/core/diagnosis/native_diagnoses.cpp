// SPDX-License-Identifier: MIT
// Diagnoses of the native strategies and of the environment traps that keep a method from the machine's limit.

#include <QCoreApplication>

#include "diagnosis/catalog.h"
#include "i18n/tr.h"

namespace ob {

QList<DiagnosisEntry> nativeDiagnoses()
{
    QList<DiagnosisEntry> list;
    list << DiagnosisEntry{
        QStringLiteral("oversubscribed"),
        {},
        [](const auto&) {
            return tr("Calls stalled for whole multiples of the {tick} ms scheduler tick at batch {batches}: "
                      "{threads} LibTorch threads and {blas_threads} OpenBLAS threads compete for {cores} logical "
                      "cores, and a thread that loses its core waits for the next tick. These latencies measure the "
                      "scheduler, not the method.");
        },
        [](const auto&) {
            return tr("Run with one LibTorch thread and one OpenBLAS thread, or with fewer threads than free "
                      "cores.");
        },
        {FixAction{QStringLiteral("setting"), QStringLiteral("threads"), QStringLiteral("1")},
         FixAction{QStringLiteral("setting"), QStringLiteral("blas-threads"), QStringLiteral("1")}}};
    list << DiagnosisEntry{
        QStringLiteral("blas_kernel_forced"),
        {},
        [](const auto&) {
            return tr("OPENBLAS_CORETYPE={forced} makes OpenBLAS use its {core} ({kernel_isa}) kernels although this "
                      "CPU supports {cpu_isa}. Every LibTorch linear layer goes through these older kernels; in this "
                      "run eager took {ratio} times as long as native_fp32, which does not use OpenBLAS.");
        },
        [](const auto&) {
            return tr("Unset OPENBLAS_CORETYPE (and OPENBLAS_L2_SIZE) before starting OptiBench: OpenBLAS reads them "
                      "once, when it loads.");
        },
        {}};
    list << DiagnosisEntry{
        QStringLiteral("roof_exceeded"),
        {},
        [](const auto&) {
            return tr("{method} ran at {efficiency}% of its {limit} bound at batch {batches}: faster than the "
                      "machine's roofs allow, so the roofs are too low. They were measured at {measured} with a load "
                      "average of {load}; other work on the machine takes bandwidth and cores from the measurement. "
                      "The efficiencies and the roofline chart of this run are not trustworthy.");
        },
        [](const auto&) {
            return tr("Re-measure the machine while it is idle (Run > Re-measure the machine).");
        },
        {FixAction{QStringLiteral("machine"), QStringLiteral("remeasure"), QString()}}};
    list << DiagnosisEntry{
        QStringLiteral("native_isa_unavailable"),
        {QStringLiteral("option native\\.isa: '(?<isa>[^']+)' is not available on this CPU or build; available: "
                        "(?<available>.+)$")},
        [](const auto&) {
            return tr("The native kernels were asked for the {isa} instruction set, which this CPU or this build "
                      "does not have (available: {available}).");
        },
        [](const auto&) {
            return tr("Set the native kernels' instruction set to auto, or to one of the available ones.");
        },
        {}};
    list << DiagnosisEntry{
        QStringLiteral("native_not_lowerable"),
        {QStringLiteral("cannot lower (layer (?<layer>\\S+)|the model)")},
        [](const auto&) {
            return tr("The native kernels run Linear/ReLU/residual chains only, and this model's layers do not "
                      "have the shapes of one.");
        },
        [](const auto&) {
            return tr("Use a LibTorch method (eager, a JIT or quantization strategy) for this model.");
        },
        {}};
    return list;
}

}  // namespace ob
