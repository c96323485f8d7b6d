// SPDX-License-Identifier: MIT
#pragma once
// The worker's stdout: whole protocol lines (bench/workerprotocol.h) written by the benchmark thread and the
// watchdog thread, never interleaved. Anything else the process prints goes to stderr (see main.cpp).

#include <QByteArray>
#include <QJsonObject>

#include <atomic>
#include <chrono>
#include <mutex>

namespace ob::worker {

class LineOut {
public:
    explicit LineOut(int fd) : m_fd(fd) {}
    /// Writes one line (an event object) with write(2), under a lock.
    void write(const QJsonObject& event);
    /// Like write(), from the watchdog: gives up (false) when the benchmark thread holds the lock for long.
    bool tryWrite(const QJsonObject& event);
    /// When the last line went out (steady clock).
    std::chrono::steady_clock::time_point lastWrite() const;

private:
    void put(const QByteArray& bytes);

    int m_fd;
    std::timed_mutex m_mutex;
    std::atomic<std::chrono::steady_clock::rep> m_lastWrite{0};
};

}  // namespace ob::worker
