// SPDX-License-Identifier: MIT
#include "config/memoryinfo.h"

#include <QByteArray>
#include <QFile>

#include <algorithm>
#include <limits>

#if defined(Q_OS_WIN)
#define NOMINMAX
#include <windows.h>
#include <psapi.h>
#elif defined(Q_OS_MACOS)
#include <mach/mach.h>
#include <sys/sysctl.h>
#include <unistd.h>
#else
#include <unistd.h>
#endif

namespace ob {
namespace {

#if defined(Q_OS_LINUX)
QByteArray readSmallFile(const char* path)
{
    QFile f(QString::fromLatin1(path));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.read(64 * 1024);  // /proc files report size 0: read a bounded amount
}

// The "MemAvailable:   123456 kB" line of /proc/meminfo.
qint64 memAvailable()
{
    const QByteArray text = readSmallFile("/proc/meminfo");
    for (const QByteArray& line : text.split('\n')) {
        if (!line.startsWith("MemAvailable:"))
            continue;
        const QList<QByteArray> parts = line.mid(13).simplified().split(' ');
        bool ok = false;
        const qint64 kb = parts.value(0).toLongLong(&ok);
        return ok ? kb * 1024 : -1;
    }
    return -1;
}

qint64 readNumber(const char* path)
{
    bool ok = false;
    const qint64 v = readSmallFile(path).trimmed().toLongLong(&ok);
    return ok ? v : -1;
}

// A container's memory limit minus what it uses (cgroup v2, then v1); -1 when there is no limit.
qint64 cgroupHeadroom()
{
    qint64 limit = readNumber("/sys/fs/cgroup/memory.max");  // "max" (no limit) does not parse
    qint64 used = readNumber("/sys/fs/cgroup/memory.current");
    if (limit <= 0) {
        limit = readNumber("/sys/fs/cgroup/memory/memory.limit_in_bytes");
        used = readNumber("/sys/fs/cgroup/memory/memory.usage_in_bytes");
    }
    constexpr qint64 kNoLimit = qint64(1) << 60;  // v1 reports about 2^63 when unlimited
    if (limit <= 0 || limit >= kNoLimit)
        return -1;
    return std::max<qint64>(0, limit - std::max<qint64>(0, used));
}
#endif

}  // namespace

qint64 availableMemoryBytes()
{
#if defined(Q_OS_WIN)
    MEMORYSTATUSEX status;
    status.dwLength = sizeof(status);
    if (!GlobalMemoryStatusEx(&status))
        return -1;
    return static_cast<qint64>(status.ullAvailPhys);
#elif defined(Q_OS_MACOS)
    vm_statistics64_data_t vm;
    mach_msg_type_number_t count = HOST_VM_INFO64_COUNT;
    if (host_statistics64(mach_host_self(), HOST_VM_INFO64, reinterpret_cast<host_info64_t>(&vm), &count)
        != KERN_SUCCESS)
        return -1;
    const qint64 page = static_cast<qint64>(sysconf(_SC_PAGESIZE));
    return page * (static_cast<qint64>(vm.free_count) + vm.inactive_count + vm.purgeable_count);
#elif defined(Q_OS_LINUX)
    const qint64 system = memAvailable();
    const qint64 container = cgroupHeadroom();
    if (system < 0)
        return container;
    return container < 0 ? system : std::min(system, container);
#else
    return -1;
#endif
}

qint64 residentMemoryBytes()
{
#if defined(Q_OS_WIN)
    PROCESS_MEMORY_COUNTERS counters;
    if (!GetProcessMemoryInfo(GetCurrentProcess(), &counters, sizeof(counters)))
        return -1;
    return static_cast<qint64>(counters.WorkingSetSize);
#elif defined(Q_OS_MACOS)
    mach_task_basic_info_data_t info;
    mach_msg_type_number_t count = MACH_TASK_BASIC_INFO_COUNT;
    if (task_info(mach_task_self(), MACH_TASK_BASIC_INFO, reinterpret_cast<task_info_t>(&info), &count)
        != KERN_SUCCESS)
        return -1;
    return static_cast<qint64>(info.resident_size);
#elif defined(Q_OS_LINUX)
    const QList<QByteArray> fields = readSmallFile("/proc/self/statm").simplified().split(' ');
    bool ok = false;
    const qint64 pages = fields.value(1).toLongLong(&ok);
    return ok ? pages * static_cast<qint64>(sysconf(_SC_PAGESIZE)) : -1;
#else
    return -1;
#endif
}

qint64 peakResidentMemoryBytes()
{
#if defined(Q_OS_WIN)
    PROCESS_MEMORY_COUNTERS counters;
    if (!GetProcessMemoryInfo(GetCurrentProcess(), &counters, sizeof(counters)))
        return -1;
    return static_cast<qint64>(counters.PeakWorkingSetSize);
#elif defined(Q_OS_MACOS)
    mach_task_basic_info_data_t info;
    mach_msg_type_number_t count = MACH_TASK_BASIC_INFO_COUNT;
    if (task_info(mach_task_self(), MACH_TASK_BASIC_INFO, reinterpret_cast<task_info_t>(&info), &count)
        != KERN_SUCCESS)
        return -1;
    return static_cast<qint64>(info.resident_size_max);
#elif defined(Q_OS_LINUX)
    // The "VmHWM:    123456 kB" line of /proc/self/status.
    for (const QByteArray& line : readSmallFile("/proc/self/status").split('\n')) {
        if (!line.startsWith("VmHWM:"))
            continue;
        bool ok = false;
        const qint64 kb = line.mid(6).simplified().split(' ').value(0).toLongLong(&ok);
        return ok ? kb * 1024 : -1;
    }
    return -1;
#else
    return -1;
#endif
}

bool resetPeakResidentMemory()
{
#if defined(Q_OS_LINUX)
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
#else
    return false;
#endif
}

}  // namespace ob
