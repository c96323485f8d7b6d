// SPDX-License-Identifier: MIT
#pragma once
// The Log panel's model: the most recent log lines, fed by a listener on the spdlog sinks.
// Lines logged on any thread are queued and appended in batches by a timer on the GUI thread.

#include <QAbstractListModel>
#include <QList>
#include <QMutex>
#include <QTimer>

namespace ob::app {

class LogModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { LevelRole = Qt::UserRole + 1 };

    /// `capacity`: lines kept; the oldest are dropped beyond it.
    explicit LogModel(int capacity = 5000, QObject* parent = nullptr);
    ~LogModel() override;

    /// Starts receiving the log (with the lines already in the ring buffer). Only one model should listen.
    void attachToLogging();
    /// Appends a line now (GUI thread); used by the log feed and by tests.
    void append(int level, const QString& line);
    /// Moves queued lines into the model (called by the timer; tests may call it directly).
    void flushPending();
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    struct Line {
        int level = 2;
        QString text;
    };
    void appendLines(const QList<Line>& lines);

    int m_capacity;
    QList<Line> m_lines;
    QMutex m_mutex;
    QList<Line> m_pending;  // guarded by m_mutex
    QTimer m_timer;
    bool m_attached = false;
};

}  // namespace ob::app
