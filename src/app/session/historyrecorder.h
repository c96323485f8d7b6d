// SPDX-License-Identifier: MIT
#pragma once
// Keeps every run the workbench measures in the run history, off the GUI thread (a store compresses and writes a
// few megabytes). Each store opens its own connection, so the History page can read meanwhile.

#include <QObject>
#include <QString>

#include "history/historypath.h"
#include "results/runresult.h"

namespace ob::app {

class HistoryRecorder : public QObject {
    Q_OBJECT
public:
    explicit HistoryRecorder(QObject* parent = nullptr);

    /// Where runs go; a location that is not enabled keeps nothing.
    const HistoryLocation& location() const { return m_location; }
    void setLocation(const HistoryLocation& location);
    /// Stores `run` in the background; stored() or storeFailed() follows. Nothing happens when the history is off.
    void record(const ob::RunResult& run);
    /// Stores still in progress.
    int pending() const { return m_pending; }

Q_SIGNALS:
    void stored(qint64 id);
    /// The run was not kept (translated message naming the file); the run itself is unaffected.
    void storeFailed(const QString& message);

private:
    HistoryLocation m_location;
    int m_pending = 0;
};

} // namespace ob::app
