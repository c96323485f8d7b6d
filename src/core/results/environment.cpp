// SPDX-License-Identifier: MIT
#include "results/environment.h"

#include <QJsonArray>
#include <QSysInfo>
#include <QtGlobal>

#include "optibench/engine/engine.h"
#include "optibench/version.h"

namespace ob {
namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

QJsonArray list(const std::vector<std::string>& items)
{
    QJsonArray a;
    for (const auto& i : items)
        a.append(q(i));
    return a;
}

}  // namespace

QString versionString()
{
    return QStringLiteral("%1 (commit %2, %3)")
        .arg(QLatin1String(OPTIBENCH_VERSION), QLatin1String(OPTIBENCH_GIT_COMMIT), QLatin1String(OPTIBENCH_BUILD_TYPE));
}

QJsonObject captureEnvironment()
{
    const auto e = engine::captureEnvironment();
    QJsonObject extra;
    for (const auto& [k, v] : e.extra)
        extra.insert(q(k), q(v));
    return QJsonObject{
        {QStringLiteral("optibench_version"), QLatin1String(OPTIBENCH_VERSION)},
        {QStringLiteral("git_commit"), QLatin1String(OPTIBENCH_GIT_COMMIT)},
        {QStringLiteral("build_type"), QLatin1String(OPTIBENCH_BUILD_TYPE)},
        {QStringLiteral("compiler"), q(e.compiler)},
        {QStringLiteral("qt_version"), QLatin1String(qVersion())},
        {QStringLiteral("os"), QSysInfo::prettyProductName()},
        {QStringLiteral("kernel"), QString(QSysInfo::kernelType() + QLatin1Char(' ') + QSysInfo::kernelVersion())},
        {QStringLiteral("arch"), QSysInfo::currentCpuArchitecture()},
        {QStringLiteral("torch_version"), q(e.torchVersion)},
        {QStringLiteral("parallel_backend"), q(e.parallelBackend)},
        {QStringLiteral("intra_op_threads"), e.intraOpThreads},
        {QStringLiteral("inter_op_threads"), e.interOpThreads},
        {QStringLiteral("qengines_supported"), list(e.supportedQEngines)},
        {QStringLiteral("qengine_selected"), q(e.selectedQEngine)},
        {QStringLiteral("blas_library"), q(e.blasLibrary)},
        {QStringLiteral("blas_core_type"), q(e.blasCoreType)},
        {QStringLiteral("blas_config"), q(e.blasConfig)},
        {QStringLiteral("blas_threads"), e.blasThreads},
        {QStringLiteral("openblas_coretype_env"), q(e.blasCoreTypeEnv)},
        {QStringLiteral("cpu_model"), q(e.cpuModel)},
        {QStringLiteral("cpu_flags"), list(e.cpuFlags)},
        {QStringLiteral("logical_cores"), e.logicalCores},
        {QStringLiteral("extra"), extra},
    };
}

}  // namespace ob
