// SPDX-License-Identifier: MIT
#pragma once
// spdlog setup: one named logger per part (optibench.engine, .core, .app, .cli), all writing to the same
// sinks: stderr (optional), a rotating file in the app-data location, and a ring buffer for the Log panel.

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace spdlog {
class logger;
}

namespace ob::logging {

struct Options {
    bool toStderr = false;
    QString filePath;        // empty: no file
    int ringCapacity = 2000;  // lines kept for the Log panel
};

/// Sets up the sinks and the loggers; safe to call more than once (the last call wins).
void init(const Options& options);
/// A logger named "optibench.<part>"; created on first use.
std::shared_ptr<spdlog::logger> get(const char* part);
/// The most recent formatted lines (oldest first).
QStringList recentLines();
/// Receives every formatted line (level is spdlog's level number, 0 trace .. 5 critical). Called on the thread
/// that logged, under a lock: keep it short (append to a queue). The GUI's Log panel is fed this way.
using LineListener = std::function<void(int level, const QString& line)>;
/// Sets the listener (an empty function removes it). Works before and after init().
void setLineListener(LineListener listener);
/// Installs a Qt message handler that forwards qDebug/qWarning/... into the "qt" logger.
void installQtMessageHandler();
/// The default log file in the platform's app-data location.
QString defaultLogFile();

}  // namespace ob::logging
