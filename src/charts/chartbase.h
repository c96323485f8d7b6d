// SPDX-License-Identifier: MIT
#pragma once
// The base of every chart: a QChartView in a frame (with room for a small tool row), following the palette's
// light or dark mode and retranslating on QEvent::LanguageChange. Only code in src/charts includes QtCharts,
// so that the charting library can be swapped (Qt Charts is deprecated from Qt 6.10).
//
// Methods (issue 18): every chart draws a method in the colour and marker of MethodPalette, has a legend that wraps
// (ChartLegend: click an entry to hide or show that method in this chart, greyed while hidden), skips the methods
// hidden there or by the charts panel's shared filter (methodShown()), and shows a read-out on hover (showHover()).
// A chart of methods, in setRun():
//   beginRun(run); clearSeries(); for each method with methodShown(): addMethodSeries(series, method, x, y) (or
//   colour boxes and bars with methodStyle()); then either setLegendEntries(methodEntries(run, drawable)) or, for
//   methods on a category axis, setCategoryLabels(axis, labels, hoverTexts, methods) (the names are the legend:
//   wrapped to fit, full name on hover, click to hide); hovered signals: showHover(text).
// A chart that never calls setLegendEntries() gets a legend of its named series (a click hides a series).

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

#include "charts/chartlegend.h"
#include "charts/methodpalette.h"
#include "results/runresult.h"

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QHBoxLayout;
class QAbstractAxis;
class QAbstractSeries;
class QBarCategoryAxis;
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

    /// Call first in setRun(): the palette follows the run's methods (the panel also calls it for the live trace).
    void beginRun(const RunResult& run);
    /// The colours and markers of the methods of the last run drawn.
    const MethodPalette& methodPalette() const { return m_palette; }
    MethodStyle methodStyle(const QString& method) const { return m_palette.style(method); }
    /// Methods hidden in every chart by the charts panel's filter; they leave the legend too.
    void setFilteredMethods(const QStringList& methods);
    QStringList filteredMethods() const { return m_filtered; }
    /// Hides or shows a method in this chart, as a click on its legend entry does; kept across redraws.
    void setMethodHidden(const QString& method, bool hidden);
    bool methodHidden(const QString& method) const { return m_hidden.contains(method); }
    QStringList hiddenMethods() const { return m_hidden; }
    /// True when `method` is drawn: neither filtered nor hidden in the legend.
    bool methodShown(const QString& method) const;
    /// Charts with a latency axis can show it on a log scale (the panel's toggle).
    virtual bool hasLogScale() const { return false; }
    void setLogScale(bool on);
    bool logScale() const { return m_logScale; }
    /// Takes over the filter, hidden methods and scale of `other` (an export looks like the chart on screen).
    virtual void copyViewOf(const ChartBase& other);
    /// The legend in the chart's scene.
    ChartLegend* methodLegend() const { return m_legend; }
    /// The last hover read-out shown (a point, a bar, a category label, a legend entry); empty after leaving.
    QString hoverText() const { return m_hoverText; }
    /// The full names (with their hover texts) of the category labels set by setCategoryLabels().
    QStringList categoryToolTips() const { return m_categoryToolTips; }
    /// The methods whose names the chart lists, in its legend or next to their data (category labels, trace cells):
    /// what a click can hide or show.
    virtual QStringList legendMethods() const;

Q_SIGNALS:
    /// The chart's context menu asked for an export: `format` is "png", "svg" or "pdf".
    void exportRequested(const QString& format);
    /// The methods shown or the scale changed: the owner draws the run again (ChartsPanel calls setRun()).
    void redrawRequested();
    /// A click in the legend hid or showed `method`.
    void methodToggled(const QString& method, bool hidden);

protected:
    /// Sets translated titles, axis titles and series names.
    virtual void retranslate();
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    /// A row for small controls (created on first use): beside the chart's title when there is room, else above
    /// the chart.
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

    /// addSeries() for a series of one method, drawn in the method's colour and marker; hidden while the method is
    /// hidden in the legend (a chart that skips hidden methods never sees that).
    void addMethodSeries(QAbstractSeries* series, const QString& method, QAbstractAxis* x, QAbstractAxis* y);
    /// The legend entry of a method: its name (and drift mark), marker, hover text; greyed when hidden.
    LegendEntry methodEntry(const MethodResult& result) const;
    LegendEntry methodEntry(const QString& method) const;
    /// The legend's entries (from then on, the chart's own; before, a legend of the named series).
    void setLegendEntries(const QList<LegendEntry>& entries);
    /// The legend entries of the methods of `run` that appear in the chart (`drawn`), filtered ones left out.
    QList<LegendEntry> methodEntries(const RunResult& run, const QStringList& drawn) const;
    /// Category labels of methods: `labels` (HTML, "<br>" between lines) wrapped at '_' and '+' to fit their
    /// category, or vertical when a part of a name is wider than that; never elided; `hoverTexts` (full names)
    /// show on hover. With `methods` (the method of each category), the labels are the methods' legend: a click
    /// hides or shows the method, a hidden one's label is greyed (its category stays, empty).
    void setCategoryLabels(QBarCategoryAxis* axis, const QStringList& labels, const QStringList& hoverTexts,
                           const QStringList& methods = {});
    /// `html` greyed and struck through: the name of a hidden method.
    static QString greyedHtml(const QString& html);
    /// What the chart shows at `pos` (chart coordinates) by way of a method's name: the method (clickable) and
    /// the hover text. The default: the category labels.
    struct LabelHit {
        QString method;
        QString text;
    };
    virtual LabelHit labelAt(const QPointF& pos) const;
    /// Shows `text` as the hover read-out (a tooltip at the cursor); empty hides it.
    void showHover(const QString& text);
    /// The methods shown or the scale changed; the default asks the owner to draw again (redrawRequested()).
    virtual void visibilityChanged();
    /// Attaches `shown` to the chart at `alignment` in place of `other` (switching linear and log axes).
    void swapAxis(QAbstractAxis* shown, QAbstractAxis* other, Qt::Alignment alignment);

private:
    void applyTheme();
    void placeToolBar();
    void fitLegend();
    void autoLegend();
    void layOutLegend();
    void fitCategories();
    void fitAxisTitles();
    void onLegendClicked(const QString& key);
    void showContextMenu(const QPoint& pos);
    bool eventFilter(QObject* watched, QEvent* event) override;

    QString m_id;
    QChart* m_chart = nullptr;
    QChartView* m_view = nullptr;
    ChartLegend* m_legend = nullptr;
    bool m_explicitLegend = false;  // the chart sets its legend entries (else: one per named series)
    bool m_autoLegendQueued = false;
    QHBoxLayout* m_toolRow = nullptr;
    QWidget* m_toolBar = nullptr;  // holds m_toolRow
    int m_topMargin = 4;
    bool m_exportStyle = false;
    MethodPalette m_palette;
    QStringList m_filtered;
    QStringList m_hidden;
    bool m_logScale = true;
    QString m_hoverText;
    QBarCategoryAxis* m_categoryAxis = nullptr;
    QStringList m_categoryLabels;      // full labels, before wrapping
    QStringList m_categoryToolTips;
    QStringList m_categoryMethods;
    bool m_fittingCategories = false;
    bool m_overLabel = false;  // the hover read-out shows a name the chart draws
    qreal m_plotReserve = 0;      // the chart's width minus its plot's, at the last layout
};

}  // namespace ob::app
