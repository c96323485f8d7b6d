// SPDX-License-Identifier: MIT
#pragma once
// Two charts of one tab (latency and throughput against batch size; score and fidelity): side by side when the tab
// is wide enough for two charts of many methods, else one at a time with a small switch at the top left.

#include <QWidget>

QT_BEGIN_NAMESPACE
class QTabBar;
QT_END_NAMESPACE

namespace ob::app {

class ChartBase;

class ChartPair : public QWidget {
    Q_OBJECT
public:
    /// Narrower than this, the charts take turns.
    static constexpr int kSideBySideWidth = 1100;

    ChartPair(ChartBase* first, ChartBase* second, QWidget* parent = nullptr);
    /// The switch's names of the two charts (short: the charts' titles say the rest).
    void setNames(const QString& first, const QString& second);
    bool sideBySide() const;
    /// Shows `chart` (one of the pair) when they take turns.
    void showChart(ChartBase* chart);

Q_SIGNALS:
    /// The chart shown changed (it may need its redraw).
    void switched();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void update();

    ChartBase* m_first;
    ChartBase* m_second;
    QTabBar* m_switch;
};

}  // namespace ob::app
