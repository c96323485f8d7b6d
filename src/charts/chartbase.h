// SPDX-License-Identifier: MIT
#pragma once
// The base of every chart: a QChartView in a frame (with room for a small tool row), following the palette's
// light or dark mode and retranslating on QEvent::LanguageChange. Only code in src/app/charts includes QtCharts,
// so that the charting library can be swapped (Qt Charts is deprecated from Qt 6.10).

#include <QColor>
#include <QString>
#include <QWidget>

#include "results/runresult.h"

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QHBoxLayout;
class QAbstractAxis;
class QAbstractSeries;
QT_END_NAMESPACE

namespace ob::app {

class ChartBase : public QWidget {
    Q_OBJECT
public:
    /// `id`: a stable name ("latency", "trace", ...) for exports and tests.
    ChartBase(const QString& id, QWidget* parent = nullptr);
    ~ChartBase() override;

    QString id() const { return m_id; }
    QChart* chart() const { return m_chart; }
    QChartView* view() const { return m_view; }
    /// The translated title.
    virtual QString title() const = 0;
    /// Redraws from the session's results (not called more often than the panel's throttle allows).
    virtual void setRun(const RunResult& run) = 0;
    /// Every series of the chart (for tests and exports).
    QList<QAbstractSeries*> series() const;
    /// Exports use the light theme on a white background, whatever the application's palette (a chart pasted into
    /// a document or printed should not be dark).
    void setExportStyle();
    bool exportStyle() const { return m_exportStyle; }
    /// True for a method whose outputs drifted from eager's (flag "drifted"): it ran, but its answers changed.
    static bool drifted(const MethodResult& result);
    /// The mark of a drifted method: "⚠ drifted".
    static QString driftMark();
    /// A method's name as legends show it: "⚠ drifted" after a drifted one.
    static QString methodLabel(const MethodResult& result);
    /// A method's name as a category axis shows it (`name`, or its id): the drift mark on a second line.
    static QString categoryLabel(const MethodResult& result, const QString& name = {});
    /// For a drifted method: its name and why it is marked (the diagnosis), for a tooltip; empty for the others.
    static QString driftText(const MethodResult& result);

Q_SIGNALS:
    /// The chart's context menu asked for an export: `format` is "png", "svg" or "pdf".
    void exportRequested(const QString& format);

protected:
    /// Sets translated titles, axis titles and series names.
    virtual void retranslate();
    void changeEvent(QEvent* event) override;
    /// A row above the chart for small controls (created on first use).
    QHBoxLayout* toolRow();
    /// Attaches `series` to the chart and to `x` and `y`.
    void addSeries(QAbstractSeries* series, QAbstractAxis* x, QAbstractAxis* y);
    /// Detaches and deletes every series (the axes stay).
    void clearSeries();
    /// The outline of a drifted method's boxes and lines (amber, readable on light and dark backgrounds).
    static inline const QColor kDriftColour{0xd9, 0x8a, 0x00};
    /// Entries that fit in one legend row under the chart; categories that fit upright labels and bar values.
    static constexpr int kLegendRowEntries = 6;
    /// Slants the category labels of `axis` when `categories` of them would not fit upright.
    static void fitCategoryLabels(QAbstractAxis* axis, int categories);
    /// The methods of `run` that have at least one measured batch, in run order.
    static QStringList measuredMethods(const RunResult& run);
    /// The batch sizes measured in `run`, ascending.
    static QList<int> measuredBatches(const RunResult& run);
    /// Shows `text` as a tooltip at the cursor, or hides the tooltip when `text` is empty.
    static void showToolTip(const QString& text);

private:
    void applyTheme();
    void fitLegend();
    void showContextMenu(const QPoint& pos);

    QString m_id;
    QChart* m_chart = nullptr;
    QChartView* m_view = nullptr;
    bool m_legendMoved = false;  // fitLegend() moved the legend beside the chart
    QHBoxLayout* m_toolRow = nullptr;
    bool m_exportStyle = false;
};

}  // namespace ob::app
