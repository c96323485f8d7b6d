// SPDX-License-Identifier: MIT
#include "roofline/machinecache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>

#include <spdlog/spdlog.h>

#include "bench/noise.h"
#include "config/files.h"
#include "logging/logging.h"
#include "optibench/engine/engine.h"

namespace ob::roofline {
namespace {

// 2: the ISA-aware roofs (AVX-512, VNNI and BF16 peaks, the ISA of each); older caches are measured again.
constexpr int kCacheVersion = 2;

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

struct CpuIdentity {
    QString model;
    QString flags;
};

CpuIdentity cpuIdentity()
{
    const auto env = engine::captureEnvironment();
    QStringList flags;
    for (const auto& f : env.cpuFlags)
        flags << q(f);
    return {q(env.cpuModel), flags.join(QLatin1Char(','))};
}

}  // namespace

QJsonObject roofsToJson(const MachineRoofs& r)
{
    return QJsonObject{
        {QStringLiteral("cpu_model"), r.cpuModel},
        {QStringLiteral("kernels"), r.kernels},
        {QStringLiteral("peak_gflops_fp32"), r.peakGflopsFp32},
        {QStringLiteral("peak_gops_int8"), r.peakGopsInt8},
        {QStringLiteral("peak_gflops_bf16"), r.peakGflopsBf16},
        {QStringLiteral("isa_fp32"), r.isaFp32},
        {QStringLiteral("isa_int8"), r.isaInt8},
        {QStringLiteral("isa_bf16"), r.isaBf16},
        {QStringLiteral("bandwidth_gbs"),
         QJsonObject{{QStringLiteral("L1"), r.bandwidthL1}, {QStringLiteral("L2"), r.bandwidthL2},
                     {QStringLiteral("L3"), r.bandwidthL3}, {QStringLiteral("DRAM"), r.bandwidthDram}}},
        {QStringLiteral("cache_bytes"),
         QJsonObject{{QStringLiteral("L1"), static_cast<double>(r.cacheL1)},
                     {QStringLiteral("L2"), static_cast<double>(r.cacheL2)},
                     {QStringLiteral("L3"), static_cast<double>(r.cacheL3)}}},
        {QStringLiteral("seconds"), r.seconds},
        {QStringLiteral("measured"), r.measured.toString(Qt::ISODate)},
        {QStringLiteral("load_average"), r.loadAverage},
    };
}

std::optional<MachineRoofs> roofsFromJson(const QJsonObject& o)
{
    MachineRoofs r;
    r.cpuModel = o.value(QStringLiteral("cpu_model")).toString();
    r.kernels = o.value(QStringLiteral("kernels")).toString();
    r.peakGflopsFp32 = o.value(QStringLiteral("peak_gflops_fp32")).toDouble();
    r.peakGopsInt8 = o.value(QStringLiteral("peak_gops_int8")).toDouble();
    r.peakGflopsBf16 = o.value(QStringLiteral("peak_gflops_bf16")).toDouble();  // absent before: 0, no bf16 roof
    r.isaFp32 = o.value(QStringLiteral("isa_fp32")).toString();
    r.isaInt8 = o.value(QStringLiteral("isa_int8")).toString();
    r.isaBf16 = o.value(QStringLiteral("isa_bf16")).toString();
    const QJsonObject bw = o.value(QStringLiteral("bandwidth_gbs")).toObject();
    r.bandwidthL1 = bw.value(QStringLiteral("L1")).toDouble();
    r.bandwidthL2 = bw.value(QStringLiteral("L2")).toDouble();
    r.bandwidthL3 = bw.value(QStringLiteral("L3")).toDouble();
    r.bandwidthDram = bw.value(QStringLiteral("DRAM")).toDouble();
    const QJsonObject cache = o.value(QStringLiteral("cache_bytes")).toObject();
    r.cacheL1 = cache.value(QStringLiteral("L1")).toInteger();
    r.cacheL2 = cache.value(QStringLiteral("L2")).toInteger();
    r.cacheL3 = cache.value(QStringLiteral("L3")).toInteger();
    r.seconds = o.value(QStringLiteral("seconds")).toDouble();
    r.measured = QDateTime::fromString(o.value(QStringLiteral("measured")).toString(), Qt::ISODate);
    r.loadAverage = o.value(QStringLiteral("load_average")).toDouble(-1);  // absent in older caches
    if (!r.isValid() || r.bandwidthL1 <= 0 || r.bandwidthL2 <= 0 || r.bandwidthL3 <= 0 || r.cacheL1 <= 0
        || r.cacheL2 <= 0 || r.cacheL3 <= 0)
        return std::nullopt;
    return r;
}

QString cacheFilePath()
{
    const CpuIdentity cpu = cpuIdentity();
    QString name = cpu.model;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")), QStringLiteral("-"));
    const QByteArray hash = QCryptographicHash::hash((cpu.model + QLatin1Char('|') + cpu.flags).toUtf8(),
                                                     QCryptographicHash::Sha1)
                                .toHex()
                                .left(10);
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/roofline/") + name
        + QLatin1Char('-') + QString::fromLatin1(hash) + QStringLiteral(".json");
}

std::optional<MachineRoofs> cachedRoofs()
{
    QFile file(cacheFilePath());
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    if (o.value(QStringLiteral("version")).toInt() != kCacheVersion)
        return std::nullopt;
    return roofsFromJson(o.value(QStringLiteral("roofs")).toObject());
}

MachineRoofs measureRoofs(const ProgressFn& progress, const std::atomic<bool>* cancel)
{
    // Other work on the machine takes bandwidth and cores from the probe, so its roofs come out too low; the load
    // is kept with them, and a run faster than its roof points here (flag "roof_exceeded").
    const double load = readNoise().loadAverage.value_or(-1);
    if (load >= 1.0)
        logging::get("core")->warn("measuring the machine while it is busy (load average {:.2f}): the roofs may come "
                                   "out too low",
                                   load);
    const auto e = engine::measureMachine(
        [&](const std::string& stage, double f) {
            if (progress)
                progress(q(stage), f);
        },
        cancel);
    MachineRoofs r;
    r.cpuModel = q(e.cpuModel);
    r.kernels = q(e.kernels);
    r.peakGflopsFp32 = e.peakGflopsFp32;
    r.peakGopsInt8 = e.peakGopsInt8;
    r.peakGflopsBf16 = e.peakGflopsBf16;
    r.isaFp32 = q(e.isaFp32);
    r.isaInt8 = q(e.isaInt8);
    r.isaBf16 = q(e.isaBf16);
    r.bandwidthL1 = e.bandwidthL1;
    r.bandwidthL2 = e.bandwidthL2;
    r.bandwidthL3 = e.bandwidthL3;
    r.bandwidthDram = e.bandwidthDram;
    r.cacheL1 = e.cacheL1;
    r.cacheL2 = e.cacheL2;
    r.cacheL3 = e.cacheL3;
    r.seconds = e.seconds;
    r.measured = QDateTime::currentDateTimeUtc();
    r.loadAverage = load;
    const QString path = cacheFilePath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QJsonObject doc{{QStringLiteral("version"), kCacheVersion}, {QStringLiteral("roofs"), roofsToJson(r)}};
    const QByteArray bytes = QJsonDocument(doc).toJson(QJsonDocument::Indented);
    if (auto err = writeFileAtomically(path, bytes, QStringLiteral("roofline cache")))
        logging::get("core")->warn("the machine's roofs were measured but not cached: {}",
                                   err->message().toStdString());
    return r;
}

MachineRoofs machineRoofs(bool remeasure, const ProgressFn& progress, const std::atomic<bool>* cancel)
{
    if (!remeasure)
        if (auto cached = cachedRoofs())
            return *cached;
    return measureRoofs(progress, cancel);
}

}  // namespace ob::roofline
