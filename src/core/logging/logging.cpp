// SPDX-License-Identifier: MIT
#include "logging/logging.h"

#include <QDir>
#include <QStandardPaths>

#include <spdlog/sinks/base_sink.h>
#include <spdlog/sinks/ringbuffer_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <mutex>

namespace ob::logging {
namespace {

/// Forwards formatted lines to a listener (the GUI's Log panel); base_sink's mutex guards the listener.
class ListenerSink : public spdlog::sinks::base_sink<std::mutex> {
public:
    void setListener(LineListener listener)
    {
        std::lock_guard lock(mutex_);
        m_listener = std::move(listener);
    }

protected:
    void sink_it_(const spdlog::details::log_msg& msg) override
    {
        if (!m_listener)
            return;
        spdlog::memory_buf_t formatted;
        formatter_->format(msg, formatted);
        m_listener(static_cast<int>(msg.level),
                   QString::fromUtf8(formatted.data(), static_cast<qsizetype>(formatted.size())).trimmed());
    }
    void flush_() override {}

private:
    LineListener m_listener;
};

struct State {
    std::mutex mutex;
    std::vector<spdlog::sink_ptr> sinks;
    std::shared_ptr<spdlog::sinks::ringbuffer_sink_mt> ring;
    std::shared_ptr<ListenerSink> listener = std::make_shared<ListenerSink>();
};

State& state()
{
    static State s;
    return s;
}

void qtHandler(QtMsgType type, const QMessageLogContext&, const QString& msg)
{
    auto log = get("qt");
    const std::string text = msg.toStdString();
    switch (type) {
    case QtDebugMsg: log->debug(text); break;
    case QtInfoMsg: log->info(text); break;
    case QtWarningMsg: log->warn(text); break;
    case QtCriticalMsg: log->error(text); break;
    case QtFatalMsg: log->critical(text); break;
    }
}

}  // namespace

void init(const Options& options)
{
    auto& s = state();
    std::lock_guard lock(s.mutex);
    s.sinks.clear();
    s.ring = std::make_shared<spdlog::sinks::ringbuffer_sink_mt>(static_cast<size_t>(options.ringCapacity));
    s.sinks.push_back(s.ring);
    s.sinks.push_back(s.listener);
    if (options.toStderr)
        s.sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    if (!options.filePath.isEmpty()) {
        QDir().mkpath(QFileInfo(options.filePath).absolutePath());
        try {
            s.sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                options.filePath.toStdString(), 2 * 1024 * 1024, 3));
        } catch (const spdlog::spdlog_ex&) {
            // An unwritable log location must not stop the program; the ring buffer still works.
        }
    }
    spdlog::apply_all([&](const std::shared_ptr<spdlog::logger>& l) { l->sinks() = s.sinks; });
}

std::shared_ptr<spdlog::logger> get(const char* part)
{
    const std::string name = std::string("optibench.") + part;
    if (auto existing = spdlog::get(name))
        return existing;
    auto& s = state();
    std::lock_guard lock(s.mutex);
    if (auto existing = spdlog::get(name))
        return existing;
    auto logger = std::make_shared<spdlog::logger>(name, s.sinks.begin(), s.sinks.end());
    logger->set_level(spdlog::level::info);
    spdlog::register_logger(logger);
    return logger;
}

QStringList recentLines()
{
    auto& s = state();
    std::lock_guard lock(s.mutex);
    QStringList out;
    if (s.ring)
        for (const auto& line : s.ring->last_formatted())
            out << QString::fromStdString(line).trimmed();
    return out;
}

void setLineListener(LineListener listener)
{
    state().listener->setListener(std::move(listener));
}

void installQtMessageHandler()
{
    qInstallMessageHandler(qtHandler);
}

QString defaultLogFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/optibench.log");
}

}  // namespace ob::logging
