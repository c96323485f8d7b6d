// SPDX-License-Identifier: MIT
#include "models/logmodel.h"

#include <QBrush>
#include <QGuiApplication>
#include <QMutexLocker>
#include <QRegularExpression>

#include "logging/logging.h"
#include "widgets/uistyle.h"

namespace ob::app {
namespace {

constexpr int kMaxPending = 20000;  // a flood of lines between two flushes is cut here
constexpr int kWarn = 3;            // spdlog::level::warn

int levelOf(const QString& line)
{
    static const QRegularExpression re(QStringLiteral("\\[(trace|debug|info|warning|error|critical)\\]"));
    const QString name = re.match(line).captured(1);
    const QStringList names{QStringLiteral("trace"), QStringLiteral("debug"), QStringLiteral("info"),
                            QStringLiteral("warning"), QStringLiteral("error"), QStringLiteral("critical")};
    const auto i = names.indexOf(name);
    return i < 0 ? 2 : static_cast<int>(i);
}

}  // namespace

LogModel::LogModel(int capacity, QObject* parent) : QAbstractListModel(parent), m_capacity(std::max(1, capacity))
{
    m_timer.setObjectName(QStringLiteral("logFlushTimer"));
    m_timer.setInterval(100);
    connect(&m_timer, &QTimer::timeout, this, &LogModel::flushPending);
}

LogModel::~LogModel()
{
    if (m_attached)
        logging::setLineListener({});
}

void LogModel::attachToLogging()
{
    QList<Line> initial;
    for (const auto& line : logging::recentLines())
        initial << Line{levelOf(line), line};
    appendLines(initial);
    logging::setLineListener([this](int level, const QString& line) {
        QMutexLocker lock(&m_mutex);
        if (m_pending.size() < kMaxPending)
            m_pending << Line{level, line};
    });
    m_attached = true;
    m_timer.start();
}

void LogModel::append(int level, const QString& line)
{
    appendLines({Line{level, line}});
}

void LogModel::flushPending()
{
    QList<Line> lines;
    {
        QMutexLocker lock(&m_mutex);
        lines.swap(m_pending);
    }
    appendLines(lines);
}

void LogModel::clear()
{
    beginResetModel();
    m_lines.clear();
    endResetModel();
}

void LogModel::appendLines(const QList<Line>& incoming)
{
    if (incoming.isEmpty())
        return;
    QList<Line> lines = incoming.size() > m_capacity ? incoming.mid(incoming.size() - m_capacity) : incoming;
    const int overflow = static_cast<int>(m_lines.size() + lines.size()) - m_capacity;
    if (overflow > 0) {
        beginRemoveRows({}, 0, overflow - 1);
        m_lines.remove(0, overflow);
        endRemoveRows();
    }
    const int first = static_cast<int>(m_lines.size());
    beginInsertRows({}, first, first + static_cast<int>(lines.size()) - 1);
    m_lines << lines;
    endInsertRows();
}

int LogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

QVariant LogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line& line = m_lines[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: return line.text;
    case LevelRole: return line.level;
    case Qt::ForegroundRole:
        if (line.level > kWarn)
            return QBrush(errorColor(QGuiApplication::palette()));
        if (line.level == kWarn)
            return QBrush(warningColor(QGuiApplication::palette()));
        return {};
    default: return {};
    }
}

}  // namespace ob::app
