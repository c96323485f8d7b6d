// SPDX-License-Identifier: MIT
#include "results/environment.h"

#include <QCoreApplication>
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
        {QStringLiteral("hostname"), QSysInfo::machineHostName()},
        {QStringLiteral("extra"), extra},
    };
}

QString environmentLabel(const QString& key)
{
    static const struct {
        const char* key;
        const char* text;
    } labels[] = {
        {"optibench_version", QT_TRANSLATE_NOOP("ob", "OptiBench version")},
        {"git_commit", QT_TRANSLATE_NOOP("ob", "Git commit")},
        {"build_type", QT_TRANSLATE_NOOP("ob", "Build type")},
        {"compiler", QT_TRANSLATE_NOOP("ob", "Compiler")},
        {"qt_version", QT_TRANSLATE_NOOP("ob", "Qt version")},
        {"os", QT_TRANSLATE_NOOP("ob", "Operating system")},
        {"kernel", QT_TRANSLATE_NOOP("ob", "Kernel")},
        {"arch", QT_TRANSLATE_NOOP("ob", "Architecture")},
        {"torch_version", QT_TRANSLATE_NOOP("ob", "LibTorch version")},
        {"parallel_backend", QT_TRANSLATE_NOOP("ob", "Parallel backend")},
        {"intra_op_threads", QT_TRANSLATE_NOOP("ob", "Intra-op threads")},
        {"inter_op_threads", QT_TRANSLATE_NOOP("ob", "Inter-op threads")},
        {"qengines_supported", QT_TRANSLATE_NOOP("ob", "Quantized engines supported")},
        {"qengine_selected", QT_TRANSLATE_NOOP("ob", "Quantized engine selected")},
        {"blas_library", QT_TRANSLATE_NOOP("ob", "BLAS library")},
        {"blas_core_type", QT_TRANSLATE_NOOP("ob", "BLAS core type")},
        {"blas_config", QT_TRANSLATE_NOOP("ob", "BLAS configuration")},
        {"blas_threads", QT_TRANSLATE_NOOP("ob", "BLAS threads")},
        {"openblas_coretype_env", QT_TRANSLATE_NOOP("ob", "OPENBLAS_CORETYPE (environment)")},
        {"cpu_model", QT_TRANSLATE_NOOP("ob", "CPU model")},
        {"cpu_flags", QT_TRANSLATE_NOOP("ob", "CPU features")},
        {"logical_cores", QT_TRANSLATE_NOOP("ob", "Logical cores")},
        {"hostname", QT_TRANSLATE_NOOP("ob", "Host name")},
        {"extra", QT_TRANSLATE_NOOP("ob", "Other build features")},
        {"worker", QT_TRANSLATE_NOOP("ob", "Worker process")},
        // Inner keys, "outer.inner" (the worker's limits, the build's extras).
        {"worker.call_timeout_s", QT_TRANSLATE_NOOP("ob", "call timeout (s)")},
        {"worker.cpu_limit", QT_TRANSLATE_NOOP("ob", "CPU-time limit (as set)")},
        {"worker.cpu_limit_s", QT_TRANSLATE_NOOP("ob", "CPU-time limit (s)")},
        {"worker.executable", QT_TRANSLATE_NOOP("ob", "executable")},
        {"worker.isolation", QT_TRANSLATE_NOOP("ob", "isolation")},
        {"worker.memory_limit", QT_TRANSLATE_NOOP("ob", "memory limit (as set)")},
        {"worker.memory_limit_mib", QT_TRANSLATE_NOOP("ob", "memory limit (MiB)")},
        {"worker.processes", QT_TRANSLATE_NOOP("ob", "processes started")},
        {"worker.restarts", QT_TRANSLATE_NOOP("ob", "restarts")},
        {"worker.setup_limit_s", QT_TRANSLATE_NOOP("ob", "preparation time limit (s)")},
        {"extra.mkl", QT_TRANSLATE_NOOP("ob", "MKL")},
        {"extra.mkldnn", QT_TRANSLATE_NOOP("ob", "oneDNN (MKL-DNN)")},
    };
    const auto dot = key.indexOf(QLatin1Char('.'));
    for (const auto& l : labels)
        if (key == QLatin1String(l.key))
            return dot > 0 ? environmentLabel(key.left(dot)) + QStringLiteral(" · ")
                               + QCoreApplication::translate("ob", l.text)
                           : QCoreApplication::translate("ob", l.text);
    // An inner key without a label: the outer label and the inner key in words.
    if (dot > 0)
        return environmentLabel(key.left(dot)) + QStringLiteral(" · ")
            + QString(key.mid(dot + 1)).replace(QLatin1Char('_'), QLatin1Char(' '));
    return key;
}

}  // namespace ob
