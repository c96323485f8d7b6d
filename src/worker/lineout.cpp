// SPDX-License-Identifier: MIT
#include "lineout.h"

#include <cerrno>

#ifdef _WIN32
#include <io.h>
#else
#include <unistd.h>
#endif

#include "bench/workerprotocol.h"

namespace ob::worker {

void LineOut::write(const QJsonObject& event)
{
    const QByteArray bytes = line(event);
    std::lock_guard lock(m_mutex);
    put(bytes);
}

bool LineOut::tryWrite(const QJsonObject& event)
{
    const QByteArray bytes = line(event);
    std::unique_lock lock(m_mutex, std::chrono::milliseconds(200));
    if (!lock.owns_lock())
        return false;
    put(bytes);
    return true;
}

std::chrono::steady_clock::time_point LineOut::lastWrite() const
{
    return std::chrono::steady_clock::time_point(std::chrono::steady_clock::duration(m_lastWrite.load()));
}

void LineOut::put(const QByteArray& bytes)
{
    const char* p = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
#ifdef _WIN32
        const auto n = ::_write(m_fd, p, static_cast<unsigned>(left));
#else
        const auto n = ::write(m_fd, p, static_cast<size_t>(left));
#endif
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;  // the supervisor is gone: nothing to tell anyone
        p += n;
        left -= n;
    }
    m_lastWrite = std::chrono::steady_clock::now().time_since_epoch().count();
}

}  // namespace ob::worker
