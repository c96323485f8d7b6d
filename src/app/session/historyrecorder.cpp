// SPDX-License-Identifier: MIT
#include "session/historyrecorder.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

#include "history/historystore.h"
#include "logging/logging.h"

#include <spdlog/logger.h>

namespace ob::app {

HistoryRecorder::HistoryRecorder(QObject* parent)
    : QObject(parent)
{
}

void HistoryRecorder::setLocation(const HistoryLocation& location)
{
    m_location = location;
}

void HistoryRecorder::record(const RunResult& run)
{
    if (!m_location.enabled())
        return;
    ++m_pending;
    QPointer<HistoryRecorder> self(this);
    const QString path = m_location.path;
    QThreadPool::globalInstance()->start([self, path, run] {
        HistoryStore store;
        const qint64 id = store.open(path) ? store.store(run, QStringLiteral("workbench")) : 0;
        const QString error = store.error();
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, id, error, path] {
                if (!self)
                    return;
                --self->m_pending;
                if (id > 0) {
                    logging::get("app")->info("run stored in the history {} as #{}", path.toStdString(), id);
                    Q_EMIT self->stored(id);
                } else {
                    Q_EMIT self->storeFailed(error);
                }
            },
            Qt::QueuedConnection);
    });
}

} // namespace ob::app
