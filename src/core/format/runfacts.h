// SPDX-License-Identifier: MIT
#pragma once
// The facts a reader needs first about a run, in words: which model and which machine. The title page of the
// reports shows them; the environment and configuration tables hold the details.

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "results/runresult.h"

namespace ob {

/// "simplified (built in): hidden size 256, 7 layers, 4 input features, 13 output features; weights 1.8 MiB" or
/// "net.pt (TorchScript file): inputs x: float32[B,16]; weights 0.4 MiB".
QString modelFacts(const RunResult& run);
/// "AMD EPYC 7B13, 2 logical cores, x86_64; AVX2, FMA; 1 LibTorch thread, 1 BLAS thread; Debian GNU/Linux 12".
QString machineFacts(const RunResult& run);
/// The vector instruction sets of the CPU that the methods can use, by their usual names ("AVX2", "FMA",
/// "AVX-512", "AVX-512 VNNI", "AVX-512 BF16", "AMX", "NEON"), from the environment's cpu_flags.
QStringList vectorExtensions(const QJsonObject& environment);

}  // namespace ob
