// SPDX-License-Identifier: MIT
// Charts with many methods (issue 18): one colour per method in every chart, legends that wrap and toggle, a method
// filter shared by every chart, the log scale of the latency axes, category labels that fit with the full name on
// hover, no cut text, hover read-outs on every chart kind, and the memory chart (issue 16). A 17-method run made by
// hand (manymethods.h); with OPTIBENCH_SCREENSHOT_DIR set, screenshots of the workbench's chart tabs (of that run, or
// of the run file OPTIBENCH_SCREENSHOT_SESSION).

#include <QAbstractBarSeries>
#include <QAction>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QChartView>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QMenu>
#include <QScatterSeries>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QValueAxis>

#include <cmath>

#include "charts/batchchart.h"
#include "charts/chartbase.h"
#include "charts/chartspanel.h"
#include "charts/latencychart.h"
#include "charts/memorychart.h"
#include "charts/methodpalette.h"
#include "charts/tracechart.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "manymethods.h"
#include "pages/resultspage.h"
#include "report/reportcharts.h"
#include "session/runcontroller.h"
#include "settings/appsettings.h"

using namespace ob;
using namespace ob::app;

namespace {

const QString kMethod = QStringLiteral("native_int8");

/// CIE L*a*b* of an sRGB colour (D65).
std::array<double, 3> lab(const QColor& c)
{
    const auto lin = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    const double r = lin(c.redF()), g = lin(c.greenF()), b = lin(c.blueF());
    const double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    const double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    const double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    const auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116.0; };
    return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

double distance(const QColor& a, const QColor& b)
{
    const auto p = lab(a), q = lab(b);
    return std::hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

/// The colour a chart draws `method` in, read from its series (nothing found: invalid).
QColor drawnColour(ChartBase* chart, const QString& method)
{
    for (auto* s : chart->series()) {
        if (s->property("ob_method").toString() != method || !s->isVisible())
            continue;
        if (auto* scatter = qobject_cast<QScatterSeries*>(s))
            return scatter->color();
        if (auto* line = qobject_cast<QLineSeries*>(s))
            return line->pen().color();
        if (auto* area = qobject_cast<QAreaSeries*>(s))
            return area->brush().style() == Qt::NoBrush ? area->pen().color() : area->brush().color();
    }
    for (auto* s : chart->series())
        if (auto* box = qobject_cast<QBoxPlotSeries*>(s))
            for (auto* set : box->boxSets())
                if (set->label() == method)
                    return set->brush().color();
    return {};
}

/// The methods a chart draws (visible series of a method, boxes).
QStringList drawnMethods(ChartBase* chart)
{
    QStringList methods;
    for (auto* s : chart->series()) {
        const QString m = s->property("ob_method").toString();
        if (!m.isEmpty() && s->isVisible() && !methods.contains(m))
            methods << m;
        if (auto* box = qobject_cast<QBoxPlotSeries*>(s))
            for (auto* set : box->boxSets())
                if (!methods.contains(set->label()))
                    methods << set->label();
    }
    return methods;
}

int legendIndex(ChartBase* chart, const QString& key)
{
    const auto& entries = chart->methodLegend()->entries();
    for (int i = 0; i < entries.size(); ++i)
        if (entries[i].key == key)
            return i;
    return -1;
}

/// Clicks the legend entry of `key` as a user would (scrolling the legend to it first).
void clickLegend(ChartBase* chart, const QString& key)
{
    ChartLegend* legend = chart->methodLegend();
    const int index = legendIndex(chart, key);
    QVERIFY2(index >= 0, qPrintable(key));
    legend->scrollTo(index);
    const QPointF scene = legend->mapToScene(legend->entryRect(index).center());
    const QPoint at = chart->view()->mapFromScene(scene);
    QTest::mouseClick(chart->view()->viewport(), Qt::LeftButton, {}, at);
}

/// Clicks where the chart names `method` next to its data: its category label, or its trace cell's name.
void clickName(ChartBase* chart, const QString& method)
{
    QPointF inChart;
    if (auto* axis = qobject_cast<QBarCategoryAxis*>(chart->chart()->axes(Qt::Horizontal).value(0))) {
        const QRectF area = chart->chart()->plotArea();
        const int index = int(chart->legendMethods().indexOf(method));
        QVERIFY2(index >= 0, qPrintable(method));
        inChart = QPointF(area.left() + (index + 0.5) * area.width() / axis->count(), area.bottom() + 8);
    } else {
        for (auto* item : chart->view()->scene()->items())
            if (auto* text = dynamic_cast<QGraphicsSimpleTextItem*>(item); text && text->text() == method)
                inChart = text->pos() + text->boundingRect().center();
        QVERIFY2(!inChart.isNull(), qPrintable(method));
    }
    const QPoint at = chart->view()->mapFromScene(chart->chart()->mapToScene(inChart));
    QTest::mouseClick(chart->view()->viewport(), Qt::LeftButton, {}, at);
}

/// Every text the chart's scene shows (axis labels and titles, the chart's title, the trace's cell names).
QStringList sceneTexts(ChartBase* chart)
{
    QStringList texts;
    for (auto* item : chart->view()->scene()->items())
        if (auto* text = dynamic_cast<QGraphicsTextItem*>(item); text && text->isVisible())
            texts << text->toPlainText();
        else if (auto* simple = dynamic_cast<QGraphicsSimpleTextItem*>(item); simple && simple->isVisible())
            texts << simple->text();
    return texts;
}

/// A chart that knows nothing of methods, as a new chart kind starts: two named lines through addSeries().
class PlainChart : public ChartBase {
public:
    PlainChart() : ChartBase(QStringLiteral("plain"))
    {
        m_x = new QValueAxis;
        m_y = new QValueAxis;
        chart()->addAxis(m_x, Qt::AlignBottom);
        chart()->addAxis(m_y, Qt::AlignLeft);
    }
    QString title() const override { return QStringLiteral("plain"); }
    void setRun(const RunResult&) override
    {
        clearSeries();
        for (const auto& name : {QStringLiteral("first"), QStringLiteral("second")}) {
            auto* line = new QLineSeries;
            line->setName(name);
            line->append(0, 1);
            line->append(1, 2);
            addSeries(line, m_x, m_y);
        }
    }

private:
    QValueAxis* m_x;
    QValueAxis* m_y;
};

void showPanel(ChartsPanel& panel, const RunResult& run, QSize size)
{
    panel.resize(size);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setSession(&run);
    panel.runFinished();
    panel.flushAll();
}

}  // namespace

class TestChartsMethods : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(i18n::setLanguage(QStringLiteral("en")));
    }

    void cleanup() { i18n::setLanguage(QStringLiteral("en")); }

    void paletteHasDistinctColours()
    {
        // 20 colours apart on white (CIE76 ≥ 20), none too light to read on white nor too dark to tell apart.
        QList<QColor> colours;
        for (int slot = 0; slot < MethodPalette::kColours; ++slot)
            colours << MethodPalette::styleOfSlot(slot).colour;
        for (int i = 0; i < colours.size(); ++i) {
            const double lightness = lab(colours[i])[0];
            QVERIFY2(lightness >= 30 && lightness <= 72, qPrintable(colours[i].name()));
            for (int j = i + 1; j < colours.size(); ++j)
                QVERIFY2(distance(colours[i], colours[j]) >= 20,
                         qPrintable(colours[i].name() + QLatin1Char(' ') + colours[j].name()));
        }
        // Past the colours, the marker tells slots apart.
        QCOMPARE(MethodPalette::styleOfSlot(MethodPalette::kColours).colour, colours[0]);
        QVERIFY(MethodPalette::styleOfSlot(MethodPalette::kColours).marker != MethodPalette::styleOfSlot(0).marker);

        // The methods of a 17-method run: 17 different colours.
        const RunResult run = test::manyMethodsRun();
        const MethodPalette palette(run);
        QSet<QRgb> seen;
        for (const auto& m : run.methods)
            seen.insert(palette.colour(m).rgb());
        QCOMPARE(seen.size(), run.methods.size());
        QVERIFY(run.methods.size() >= 16);

        // A method keeps its colour whatever else the run holds: eager is always the first colour.
        RunResult small;
        small.methods = {QStringLiteral("eager"), kMethod};
        QCOMPARE(MethodPalette(small).colour(kMethod), palette.colour(kMethod));
        QCOMPARE(MethodPalette(small).style(QStringLiteral("eager")).slot, 0);
    }

    void sameColourInEveryChart()
    {
        const RunResult run = test::manyMethodsRun();
        ChartsPanel panel;
        showPanel(panel, run, QSize(1200, 600));
        const QColor expected = MethodPalette(run).colour(kMethod);
        for (ChartBase* chart : panel.charts()) {
            QCOMPARE(drawnColour(chart, kMethod), expected);
            QVERIFY2(chart->legendMethods().contains(kMethod), qPrintable(chart->id()));
            if (const int at = legendIndex(chart, kMethod); at >= 0)
                QCOMPARE(chart->methodLegend()->entries()[at].style.colour, expected);
        }
        // The report's charts too.
        for (const auto& chart : report::createReportCharts(run))
            QVERIFY2(drawnColour(chart.get(), kMethod) == expected, qPrintable(chart->id()));
    }

    void legendWrapsAndTogglesThroughLiveUpdates()
    {
        const RunResult run = test::manyMethodsRun();
        ChartsPanel panel;
        showPanel(panel, run, QSize(1280, 520));
        panel.showChart(QStringLiteral("latencyByBatch"));
        panel.flushAll();
        ChartBase* chart = panel.chart(QStringLiteral("latencyByBatch"));
        ChartLegend* legend = chart->methodLegend();
        // Every method has its entry, whole (no entry elided), in rows that fit the chart's width.
        QCOMPARE(legend->entries().size(), int(run.results.size()) - 1);  // bf16 does not apply
        for (int i = 0; i < legend->entries().size(); ++i) {
            QCOMPARE(legend->shownText(i), legend->entries()[i].text);
            QVERIFY(legend->entryRect(i).right() <= chart->chart()->size().width());
        }
        QVERIFY(legend->contentHeight() > legend->rowHeight());  // wrapped

        QVERIFY(drawnMethods(chart).contains(kMethod));
        clickLegend(chart, kMethod);
        QVERIFY(chart->methodHidden(kMethod));
        QVERIFY(legend->entries()[legendIndex(chart, kMethod)].hidden);  // greyed, still listed
        QVERIFY(!drawnMethods(chart).contains(kMethod));
        // A live update redraws the chart: the method stays hidden.
        panel.resultsChanged();
        panel.flushAll();
        QVERIFY(!drawnMethods(chart).contains(kMethod));
        QVERIFY(legend->entries()[legendIndex(chart, kMethod)].hidden);
        QVERIFY(drawnMethods(chart).contains(QStringLiteral("eager")));
        // Only in this chart.
        QVERIFY(drawnMethods(panel.chart(QStringLiteral("throughputByBatch"))).contains(kMethod));
        clickLegend(chart, kMethod);
        panel.flushAll();
        QVERIFY(!chart->methodHidden(kMethod));
        QVERIFY(drawnMethods(chart).contains(kMethod));

        // The live trace keeps a hidden method hidden while its calls arrive (its name in its cell is its legend).
        panel.showChart(QStringLiteral("trace"));
        auto* trace = static_cast<TraceChart*>(panel.chart(QStringLiteral("trace")));
        panel.sessionReset();
        panel.addSamples(kMethod, 16, {0.3, 0.31, 0.29});
        panel.addSamples(QStringLiteral("eager"), 16, {0.4, 0.41});
        panel.flushAll();
        QCoreApplication::processEvents();
        clickName(trace, kMethod);
        QVERIFY(trace->methodHidden(kMethod));
        panel.addSamples(kMethod, 16, {0.3, 0.32});
        panel.flushAll();
        QVERIFY(!drawnMethods(trace).contains(kMethod));
        QVERIFY(drawnMethods(trace).contains(QStringLiteral("eager")));
        QVERIFY(trace->legendMethods().contains(kMethod));  // its cell stays, its name greyed
    }

    void namesUnderBarsAreTheirLegend()
    {
        const RunResult run = test::manyMethodsRun();
        ChartsPanel panel;
        showPanel(panel, run, QSize(1280, 520));
        panel.showChart(QStringLiteral("jitter"));
        panel.flushAll();
        QCoreApplication::processEvents();
        ChartBase* chart = panel.chart(QStringLiteral("jitter"));
        auto* axis = qobject_cast<QBarCategoryAxis*>(chart->chart()->axes(Qt::Horizontal).value(0));
        const int index = int(chart->legendMethods().indexOf(kMethod));
        QVERIFY(index >= 0);
        clickName(chart, kMethod);
        QVERIFY(chart->methodHidden(kMethod));
        panel.flushAll();
        QVERIFY(!drawnMethods(chart).contains(kMethod));
        QCOMPARE(chart->legendMethods().indexOf(kMethod), index);  // its category stays
        QVERIFY(axis->categories().value(index).contains(QStringLiteral("<s>")));  // greyed and struck through
        panel.resultsChanged();  // a live update keeps it hidden
        panel.flushAll();
        QVERIFY(!drawnMethods(chart).contains(kMethod));
        clickName(chart, kMethod);
        panel.flushAll();
        QVERIFY(drawnMethods(chart).contains(kMethod));
        QVERIFY(!axis->categories().value(index).contains(QStringLiteral("<s>")));
    }

    void filterHidesAMethodInEveryChart()
    {
        const RunResult run = test::manyMethodsRun();
        ChartsPanel panel;
        showPanel(panel, run, QSize(1200, 600));
        auto* menu = panel.findChild<QMenu*>(QStringLiteral("chartsMethodsMenu"));
        QVERIFY(menu);
        Q_EMIT menu->aboutToShow();
        auto* action = menu->findChild<QAction*>(QStringLiteral("methodFilter_") + kMethod);
        QVERIFY(action);
        QVERIFY(action->isChecked());
        action->trigger();
        QCOMPARE(panel.filteredMethods(), QStringList{kMethod});
        panel.flushAll();
        for (ChartBase* chart : panel.charts()) {
            QVERIFY2(!drawnMethods(chart).contains(kMethod), qPrintable(chart->id()));
            QVERIFY2(!chart->legendMethods().contains(kMethod), qPrintable(chart->id()));
            for (const auto& label : chart->categoryToolTips())
                QVERIFY2(label.section(QLatin1Char('\n'), 0, 0) != kMethod, qPrintable(chart->id()));
            QVERIFY2(drawnMethods(chart).contains(QStringLiteral("eager")), qPrintable(chart->id()));
        }
        auto* button = panel.findChild<QToolButton*>(QStringLiteral("chartsMethodsButton"));
        QVERIFY(button->text().contains(QString::number(run.methods.size() - 1)));
        // An export draws what the screen shows.
        auto copy = report::exportCopy(*panel.chart(QStringLiteral("score")), run);
        QVERIFY(!drawnMethods(copy.get()).contains(kMethod));

        Q_EMIT menu->aboutToShow();
        menu->findChild<QAction*>(QStringLiteral("methodFilterShowAll"))->trigger();
        panel.flushAll();
        for (ChartBase* chart : panel.charts())
            QVERIFY2(drawnMethods(chart).contains(kMethod), qPrintable(chart->id()));
    }

    void logScaleToggle()
    {
        const RunResult run = test::manyMethodsRun();
        ChartsPanel panel;
        showPanel(panel, run, QSize(1200, 600));
        auto* trace = static_cast<TraceChart*>(panel.chart(QStringLiteral("trace")));
        trace->setCells(false);
        const auto yAxis = [](ChartBase* chart) { return chart->chart()->axes(Qt::Vertical).value(0); };
        const QStringList latencyCharts{QStringLiteral("latency"), QStringLiteral("latencyByBatch"),
                                        QStringLiteral("trace")};
        for (const auto& id : latencyCharts)
            QVERIFY2(qobject_cast<QLogValueAxis*>(yAxis(panel.chart(id))), qPrintable(id));
        auto* button = panel.findChild<QToolButton*>(QStringLiteral("chartsLogScaleButton"));
        QVERIFY(button && button->isChecked());
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(!panel.logScale());
        panel.flushAll();
        for (const auto& id : latencyCharts) {
            QVERIFY2(qobject_cast<QValueAxis*>(yAxis(panel.chart(id))), qPrintable(id));
            QCOMPARE(panel.chart(id)->chart()->axes(Qt::Vertical).size(), 1);
        }
        QVERIFY(qobject_cast<QValueAxis*>(yAxis(panel.chart(QStringLiteral("throughputByBatch")))));
        QTest::mouseClick(button, Qt::LeftButton);
        panel.flushAll();
        for (const auto& id : latencyCharts)
            QVERIFY2(qobject_cast<QLogValueAxis*>(yAxis(panel.chart(id))), qPrintable(id));
    }

    void categoryLabelsFitWithFullNameOnHover()
    {
        const RunResult run = test::manyMethodsRun();
        ChartsPanel panel;
        showPanel(panel, run, QSize(900, 420));  // narrow: 16 categories in about 50 px each
        panel.showChart(QStringLiteral("memory"));
        panel.flushAll();
        QCoreApplication::processEvents();
        ChartBase* chart = panel.chart(QStringLiteral("memory"));
        auto* axis = qobject_cast<QBarCategoryAxis*>(chart->chart()->axes(Qt::Horizontal).value(0));
        QVERIFY(axis);
        const QStringList categories = axis->categories();
        QCOMPARE(categories.size(), int(run.results.size()) - 1);
        // Wrapped after '_' or '+', or vertical; never elided.
        QVERIFY(axis->labelsAngle() != 0 || std::any_of(categories.begin(), categories.end(), [](const QString& c) {
                    return c.contains(QStringLiteral("<br>"));
                }));
        for (const auto& text : sceneTexts(chart))
            QVERIFY2(!text.contains(QStringLiteral("...")) && !text.contains(QChar(0x2026)), qPrintable(text));
        // Hovering a label shows the method's full name.
        const QRectF area = chart->chart()->plotArea();
        const int index = int(categories.size()) - 1;
        const QPointF inChart(area.left() + (index + 0.5) * area.width() / categories.size(), area.bottom() + 8);
        const QPoint at = chart->view()->mapFromScene(chart->chart()->mapToScene(inChart));
        QMouseEvent move(QEvent::MouseMove, at, chart->view()->viewport()->mapToGlobal(at), Qt::NoButton,
                         Qt::NoButton, Qt::NoModifier);
        QCoreApplication::sendEvent(chart->view()->viewport(), &move);
        QVERIFY2(chart->hoverText().startsWith(run.methods.back() + QLatin1Char(':')), qPrintable(chart->hoverText()));
    }

    void noTextIsCut_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        // The charts panel's size in the window at 1280 × 800 and 1600 × 1000.
        QTest::addRow("en 1280") << QStringLiteral("en") << QSize(800, 380);
        QTest::addRow("zh_CN 1280") << QStringLiteral("zh_CN") << QSize(800, 380);
        QTest::addRow("zh_CN 1600") << QStringLiteral("zh_CN") << QSize(1100, 500);
    }

    void noTextIsCut()
    {
        // Titles, axis titles (the Chinese y-axis title showed as "⋮") and labels: never "...".
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QVERIFY(i18n::setLanguage(language));
        const RunResult run = test::manyMethodsRun();
        ChartsPanel panel;
        showPanel(panel, run, size);
        for (ChartBase* chart : panel.charts()) {
            panel.showChart(chart->id());
            panel.flushAll();
            QCoreApplication::processEvents();
            for (const auto& text : sceneTexts(chart))
                QVERIFY2(!text.contains(QStringLiteral("...")) && !text.contains(QChar(0x2026)),
                         qPrintable(chart->id() + QStringLiteral(": ") + sceneTexts(chart).join(QLatin1Char('|'))));
        }
    }

    void hoverReadOutsOnEveryChartKind()
    {
        const RunResult run = test::manyMethodsRun();
        ChartsPanel panel;
        showPanel(panel, run, QSize(1200, 600));
        panel.showChart(QStringLiteral("trace"));
        panel.flushAll();
        const auto methodSeries = [&](const QString& id) -> QAbstractSeries* {
            for (auto* s : panel.chart(id)->series())
                if (s->property("ob_method").toString() == kMethod)
                    return s;
            return nullptr;
        };
        const auto hover = [&](const QString& id) { return panel.chart(id)->hoverText(); };

        auto* box = qobject_cast<QBoxPlotSeries*>(panel.chart(QStringLiteral("latency"))->series().value(1));
        QVERIFY(box);
        QBoxSet* set = box->boxSets().value(1);
        Q_EMIT box->hovered(true, set);
        QVERIFY2(hover(QStringLiteral("latency")).contains(set->label() + QStringLiteral(", batch 4"))
                     && hover(QStringLiteral("latency")).contains(QStringLiteral("95% CI")),
                 qPrintable(hover(QStringLiteral("latency"))));

        for (const auto& id : {QStringLiteral("latencyByBatch"), QStringLiteral("throughputByBatch")}) {
            auto* line = qobject_cast<QLineSeries*>(methodSeries(id));
            QVERIFY(line);
            Q_EMIT line->hovered(QPointF(8.3, 1), true);
            QVERIFY2(hover(id).contains(kMethod + QStringLiteral(", batch 8")), qPrintable(hover(id)));
        }
        QVERIFY(hover(QStringLiteral("latencyByBatch")).contains(QStringLiteral("95% CI")));

        auto* trace = qobject_cast<QLineSeries*>(methodSeries(QStringLiteral("trace")));
        QVERIFY(trace);
        Q_EMIT trace->hovered(trace->at(12), true);  // in its cell
        QVERIFY2(hover(QStringLiteral("trace")).contains(kMethod + QStringLiteral(", batch 16, call 12")),
                 qPrintable(hover(QStringLiteral("trace"))));
        static_cast<TraceChart*>(panel.chart(QStringLiteral("trace")))->setCells(false);
        Q_EMIT trace->hovered(QPointF(20, 0.5), true);  // on the ms axis
        QVERIFY2(hover(QStringLiteral("trace")).contains(kMethod + QStringLiteral(", batch 16, call 20")),
                 qPrintable(hover(QStringLiteral("trace"))));

        const QList<std::pair<QString, QString>> bars{{QStringLiteral("jitter"), QStringLiteral("p99 − p50")},
                                                      {QStringLiteral("score"), QStringLiteral("95% CI")},
                                                      {QStringLiteral("fidelity"), QStringLiteral("cosine")},
                                                      {QStringLiteral("memory"), QStringLiteral("MiB")}};
        for (const auto& [id, word] : bars) {
            auto* area = qobject_cast<QAreaSeries*>(methodSeries(id));
            QVERIFY2(area, qPrintable(id));
            Q_EMIT area->hovered(QPointF(), true);
            QVERIFY2(hover(id).startsWith(kMethod) && hover(id).contains(word), qPrintable(hover(id)));
            Q_EMIT area->hovered(QPointF(), false);
            QVERIFY(hover(id).isEmpty());
        }

        auto* scatter = qobject_cast<QScatterSeries*>(methodSeries(QStringLiteral("roofline")));
        QVERIFY(scatter && scatter->count() > 0);
        Q_EMIT scatter->hovered(scatter->at(0), true);
        QVERIFY2(hover(QStringLiteral("roofline")).contains(kMethod + QStringLiteral(", batch 1"))
                     && hover(QStringLiteral("roofline")).contains(QStringLiteral("GFLOP/s")),
                 qPrintable(hover(QStringLiteral("roofline"))));
    }

    void memoryChartBars()
    {
        const RunResult run = test::manyMethodsRun();
        MemoryChart chart;
        chart.setRun(run);
        QHash<QString, QHash<QString, std::pair<double, double>>> bars;  // method → part → (low, high)
        for (auto* s : chart.series()) {
            auto* area = qobject_cast<QAreaSeries*>(s);
            QVERIFY(area);
            bars[s->property("ob_method").toString()][s->property("memoryPart").toString()] = {
                area->lowerSeries()->at(0).y(), area->upperSeries()->at(0).y()};
        }
        constexpr double kMiB = 1024.0 * 1024.0;
        for (const auto& r : run.results) {
            if (r.status == MethodStatus::NotApplicable) {
                QVERIFY(!bars.contains(r.method));
                continue;
            }
            const auto& mine = bars.value(r.method);
            QCOMPARE(mine.value(QStringLiteral("weights")).second, r.weightBytes / kMiB);
            QCOMPARE(mine.value(QStringLiteral("kept")).second, r.memory.retainedBytes / kMiB);
            const double peak = (r.memory.peakRssBytes - r.memory.baseBytes) / kMiB;
            QCOMPARE(mine.value(QStringLiteral("peak")).first, r.memory.retainedBytes / kMiB);
            QVERIFY(qFuzzyCompare(mine.value(QStringLiteral("peak")).second, peak));
        }
        // int8's weights are a quarter of eager's; the method that keeps a second copy of the model stands out.
        QVERIFY(bars[kMethod][QStringLiteral("weights")].second
                < 0.3 * bars[QStringLiteral("eager")][QStringLiteral("weights")].second);
        QVERIFY(bars[QStringLiteral("freeze_optimize")][QStringLiteral("kept")].second
                > 2 * bars[QStringLiteral("eager")][QStringLiteral("kept")].second);
        QCOMPARE(chart.legendMethods().size(), qsizetype(run.results.size()) - 1);  // the names under the bars

        // A run from before memory was measured: weights only, and the title says so.
        RunResult old = run;
        for (auto& r : old.results)
            r.memory = MethodMemory{};
        chart.setRun(old);
        QVERIFY(chart.title().contains(QStringLiteral("not measured")));
        for (auto* s : chart.series())
            QCOMPARE(s->property("memoryPart").toString(), QStringLiteral("weights"));
    }

    void chartOfNamedSeriesGetsALegend()
    {
        // A chart that only adds named series gets a legend of them; a click hides a series, for good.
        PlainChart chart;
        chart.resize(600, 400);
        chart.show();
        chart.setRun({});
        QCoreApplication::processEvents();
        const auto& entries = chart.methodLegend()->entries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[0].text, QStringLiteral("first"));
        clickLegend(&chart, QStringLiteral("second"));
        QVERIFY(chart.methodHidden(QStringLiteral("second")));
        chart.setRun({});
        for (auto* s : chart.series())
            QCOMPARE(s->isVisible(), s->name() != QLatin1String("second"));
        QVERIFY(chart.methodLegend()->entries()[1].hidden);
    }

    void screenshots()
    {
        // The workbench with a 17-method session at two window sizes, in English and Chinese, every chart tab.
        const QString out = qEnvironmentVariable("OPTIBENCH_SCREENSHOT_DIR");
        if (out.isEmpty())
            QSKIP("set OPTIBENCH_SCREENSHOT_DIR to take screenshots");
        QTemporaryDir dir;
        const RunResult run = test::manyMethodsRun();
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            QVERIFY(i18n::setLanguage(language));
            for (const QSize size : {QSize(1280, 800), QSize(1600, 1000)}) {
                MainWindow w(std::make_unique<AppSettings>(dir.filePath(QStringLiteral("s.ini"))));
                w.resize(size);
                w.show();
                QVERIFY(QTest::qWaitForWindowExposed(&w));
                // OPTIBENCH_SCREENSHOT_SESSION: a run file to show instead (e.g. a real `--methods all` run).
                if (const QString file = qEnvironmentVariable("OPTIBENCH_SCREENSHOT_SESSION"); !file.isEmpty()) {
                    QString error;
                    QVERIFY2(w.openSessionFile(file, &error), qPrintable(error));
                } else {
                    QVERIFY(w.controller()->openSession(run));
                }
                ChartsPanel* panel = w.resultsPage()->charts();
                for (int tab = 0; tab < panel->count(); ++tab) {
                    panel->setCurrentIndex(tab);
                    panel->flushAll();
                    QTest::qWait(50);
                    QVERIFY(w.grab().save(QStringLiteral("%1/charts-%2-%3-%4.png")
                                              .arg(out, language)
                                              .arg(size.width())
                                              .arg(tab)));
                }
            }
        }
    }
};

QTEST_MAIN(TestChartsMethods)
#include "tst_chartsmethods.moc"
