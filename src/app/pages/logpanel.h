// SPDX-License-Identifier: MIT
#pragma once
// The log panel: what spdlog wrote (engine, core, app, Qt messages), filterable, following the newest line.

#include <QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
class QSortFilterProxyModel;
namespace Ui {
class LogPanel;
}
QT_END_NAMESPACE

namespace ob::app {

class LogModel;

class LogPanel : public QWidget {
    Q_OBJECT
public:
    /// `logFile`: where the log is also written (shown to the user).
    explicit LogPanel(LogModel* model, const QString& logFile, QWidget* parent = nullptr);
    ~LogPanel() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::LogPanel> m_ui;
    LogModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QString m_logFile;
};

}  // namespace ob::app
