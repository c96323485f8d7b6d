// SPDX-License-Identifier: MIT
#include "charts/chartbase.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBoxPlotSeries>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QFontInfo>
#include <QFontMetrics>
#include <QEvent>
#include <QHBoxLayout>
#include <QLegend>
#include <QLineSeries>
#include <QMenu>
#include <QMouseEvent>
#include <QResizeEvent>
#include <QScatterSeries>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

#include "diagnosis/catalog.h"

namespace ob::app {
namespace {

constexpr char kMethodProperty[] = "ob_method";

QScatterSeries::MarkerShape scatterShape(MethodStyle::Marker m)
{
    switch (m) {
    case MethodStyle::Marker::Circle: return QScatterSeries::MarkerShapeCircle;
    case MethodStyle::Marker::Square: return QScatterSeries::MarkerShapeRectangle;
    case MethodStyle::Marker::Diamond: return QScatterSeries::MarkerShapeRotatedRectangle;
    case MethodStyle::Marker::Triangle: return QScatterSeries::MarkerShapeTriangle;
    case MethodStyle::Marker::Star: return QScatterSeries::MarkerShapeStar;
    case MethodStyle::Marker::Pentagon: return QScatterSeries::MarkerShapePentagon;
    }
    return QScatterSeries::MarkerShapeCircle;
}

// The key a series answers to in the legend: its method, else its name.
QString seriesKey(const QAbstractSeries* s)
{
    const QString method = s->property(kMethodProperty).toString();
    return method.isEmpty() ? s->name() : method;
}

}  // namespace

ChartBase::ChartBase(const QString& id, QWidget* parent) : QWidget(parent), m_id(id)
{
    setObjectName(id + QStringLiteral("Chart"));
    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);  // live data: animations would cost frames
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->legend()->setVisible(false);  // ChartLegend instead: it wraps, scrolls and toggles
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_legend = new ChartLegend(m_chart);
    m_legend->setObjectName(QStringLiteral("chartLegend"));
    connect(m_legend, &ChartLegend::clicked, this, &ChartBase::onLegendClicked);
    connect(m_legend, &ChartLegend::hovered, this, [this](const QString& text) { m_hoverText = text; });
    connect(m_chart, &QGraphicsWidget::geometryChanged, this, [this] {
        if (m_explicitLegend)
            layOutLegend();
        else
            autoLegend();  // the series' colours as they are now
        fitCategories();
    });
    connect(m_chart, &QChart::plotAreaChanged, this, [this](const QRectF& area) {
        // How much of the chart's width is not the plot (the value axis, margins): category labels fit the rest.
        const qreal reserve = m_chart->size().width() - area.width();
        if (std::abs(reserve - m_plotReserve) > 2) {
            m_plotReserve = reserve;
            QTimer::singleShot(0, this, &ChartBase::fitCategories);
        }
        QTimer::singleShot(0, this, &ChartBase::fitAxisTitles);
    });
    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(280, 200);
    m_view->setMouseTracking(true);
    m_view->viewport()->setMouseTracking(true);
    m_view->viewport()->installEventFilter(this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_view, 1);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ChartBase::showContextMenu);
    applyTheme();
}

ChartBase::~ChartBase() = default;

QList<QAbstractSeries*> ChartBase::series() const
{
    return m_chart->series();
}

void ChartBase::setExportStyle()
{
    m_exportStyle = true;
    applyTheme();
    layOutLegend();
}

void ChartBase::showContextMenu(const QPoint& pos)
{
    QMenu menu(this);
    const QList<std::pair<QString, QString>> formats{{QStringLiteral("png"), tr("Export chart as &PNG…")},
                                                     {QStringLiteral("svg"), tr("Export chart as &SVG…")},
                                                     {QStringLiteral("pdf"), tr("Export chart as P&DF…")}};
    for (const auto& [format, text] : formats) {
        const QString f = format;
        connect(menu.addAction(text), &QAction::triggered, this, [this, f] { Q_EMIT exportRequested(f); });
    }
    menu.exec(m_view->mapToGlobal(pos));
}

void ChartBase::retranslate()
{
    m_chart->setTitle(title());
    if (m_toolBar)
        QTimer::singleShot(0, this, &ChartBase::placeToolBar);
}

void ChartBase::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange && !m_exportStyle)
        applyTheme();
    QWidget::changeEvent(event);
}

QHBoxLayout* ChartBase::toolRow()
{
    if (!m_toolRow) {
        m_toolBar = new QWidget(this);
        m_toolBar->setObjectName(QStringLiteral("chartToolBar"));
        m_toolRow = new QHBoxLayout(m_toolBar);
        m_toolRow->setContentsMargins(6, 0, 6, 0);
        static_cast<QVBoxLayout*>(layout())->insertWidget(0, m_toolBar);
        QTimer::singleShot(0, this, &ChartBase::placeToolBar);
    }
    return m_toolRow;
}

void ChartBase::placeToolBar()
{
    // The chart's controls beside its (centred) title when there is room, rather than in a row of their own that
    // the plot would lose.
    if (!m_toolBar)
        return;
    const QSize hint = m_toolBar->sizeHint();
    const int titleWidth = QFontMetrics(m_chart->titleFont()).horizontalAdvance(m_chart->title());
    const bool beside = (m_view->width() - titleWidth) / 2 - 12 >= hint.width();
    auto* column = static_cast<QVBoxLayout*>(layout());
    if (beside && m_toolBar->parentWidget() != m_view) {
        column->removeWidget(m_toolBar);
        m_toolBar->setParent(m_view);
    } else if (!beside && m_toolBar->parentWidget() != this) {
        m_toolBar->setParent(this);
        column->insertWidget(0, m_toolBar);
    }
    if (beside) {
        m_toolBar->setGeometry(m_view->width() - hint.width() - 2, 2, hint.width(), hint.height());
        m_toolBar->raise();
    }
    m_toolBar->show();
    // The title's band as high as the controls beside it.
    const int titleHeight = QFontMetrics(m_chart->titleFont()).height();
    const int top = beside ? std::max(4, hint.height() - titleHeight) : 4;
    if (top != m_topMargin) {
        m_topMargin = top;
        layOutLegend();
    }
}

void ChartBase::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    placeToolBar();
}

void ChartBase::addSeries(QAbstractSeries* series, QAbstractAxis* x, QAbstractAxis* y)
{
    m_chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
    if (!methodShown(seriesKey(series)))
        series->setVisible(false);
    fitLegend();
}

void ChartBase::clearSeries()
{
    m_chart->removeAllSeries();
    fitLegend();
}

void ChartBase::fitLegend()
{
    if (m_explicitLegend)
        return;
    autoLegend();
    // Again once the chart has set its series' colours (after addSeries()); exports refresh it on their resize.
    if (!m_autoLegendQueued) {
        m_autoLegendQueued = true;
        QTimer::singleShot(0, this, [this] {
            m_autoLegendQueued = false;
            if (!m_explicitLegend)
                autoLegend();
        });
    }
}

void ChartBase::autoLegend()
{
    // A chart that does not set its legend: one entry per named series (a click hides the series).
    QList<LegendEntry> entries;
    for (auto* s : m_chart->series()) {
        if (s->name().isEmpty() || m_filtered.contains(seriesKey(s)))
            continue;
        LegendEntry e;
        e.key = seriesKey(s);
        e.text = s->name();
        e.hidden = m_hidden.contains(e.key);
        if (!s->property(kMethodProperty).toString().isEmpty()) {
            e.style = methodStyle(e.key);
        } else if (auto* xy = qobject_cast<QXYSeries*>(s)) {
            e.style.colour = xy->color();
        } else if (auto* area = qobject_cast<QAreaSeries*>(s)) {
            e.style.colour = area->brush().color();
        } else if (auto* box = qobject_cast<QBoxPlotSeries*>(s)) {
            e.kind = LegendEntry::Kind::Swatch;
            e.brush = box->brush();
            e.pen = box->pen();
        } else if (auto* bars = qobject_cast<QAbstractBarSeries*>(s)) {
            for (auto* set : bars->barSets()) {
                LegendEntry b;
                b.kind = LegendEntry::Kind::Swatch;
                b.text = set->label();
                b.brush = set->brush();
                b.pen = set->pen();
                entries << b;
            }
            continue;
        }
        entries << e;
    }
    m_legend->setEntries(entries);
    layOutLegend();
}

void ChartBase::setLegendEntries(const QList<LegendEntry>& entries)
{
    m_explicitLegend = true;
    m_legend->setEntries(entries);
    layOutLegend();
}

void ChartBase::layOutLegend()
{
    // The legend under the plot, as wide as the chart, in as many rows as its entries need; on screen at most a
    // third of the chart's height (the rest scrolls), in exports up to half (an export is never cut).
    const QSizeF size = m_chart->size();
    if (size.width() < 10 || size.height() < 10)
        return;
    QFont font;
    if (m_legend->entries().size() > 8)
        font.setPointSizeF(std::max(7.0, font.pointSizeF() * 0.9));
    if (QFontInfo(font).pixelSize() != m_legend->font().pixelSize())
        m_legend->setFont(font);
    const qreal content = m_legend->layOut(size.width() - 12);
    const qreal row = m_legend->rowHeight();
    const qreal cap = size.height() * (m_exportStyle ? 0.5 : 0.34);
    const qreal shown = content <= cap ? content : std::max(row, std::floor(cap / row) * row);
    m_legend->setVisibleHeight(shown);
    m_legend->setPos(6, size.height() - 4 - shown);
    const QMargins margins(4, m_topMargin, 4, 4 + (shown > 0 ? int(std::ceil(shown)) + 2 : 0));
    if (m_chart->margins() != margins)
        m_chart->setMargins(margins);
}

LegendEntry ChartBase::methodEntry(const QString& method) const
{
    LegendEntry e;
    e.key = method;
    e.text = method;
    e.style = methodStyle(method);
    e.hidden = m_hidden.contains(method);
    return e;
}

LegendEntry ChartBase::methodEntry(const MethodResult& r) const
{
    LegendEntry e = methodEntry(r.method);
    e.text = methodLabel(r);
    e.toolTip = driftText(r);
    return e;
}

QList<LegendEntry> ChartBase::methodEntries(const RunResult& run, const QStringList& drawn) const
{
    QList<LegendEntry> entries;
    for (const auto& r : run.results)
        if (drawn.contains(r.method) && !m_filtered.contains(r.method))
            entries << methodEntry(r);
    return entries;
}

void ChartBase::beginRun(const RunResult& run)
{
    m_palette = MethodPalette(run);
}

void ChartBase::addMethodSeries(QAbstractSeries* series, const QString& method, QAbstractAxis* x, QAbstractAxis* y)
{
    series->setProperty(kMethodProperty, method);
    addSeries(series, x, y);
    // After addSeries: the theme sets the colours there.
    const MethodStyle style = methodStyle(method);
    if (auto* scatter = qobject_cast<QScatterSeries*>(series)) {
        scatter->setMarkerShape(scatterShape(style.marker));
        scatter->setColor(style.colour);
        scatter->setBorderColor(style.colour.darker(160));
    } else if (auto* line = qobject_cast<QLineSeries*>(series)) {
        QPen pen = line->pen();
        pen.setColor(style.colour);
        pen.setWidthF(std::max(2.0, pen.widthF()));
        line->setPen(pen);
        if (line->pointsVisible()) {
            // Its points in the method's marker: a scatter series over the line (vector shapes: a line's marker
            // image would become an embedded PNG in SVG exports, which the HTML report must not hold).
            line->setPointsVisible(false);
            auto* points = new QScatterSeries;
            points->append(line->points());
            points->setProperty(kMethodProperty, method);
            points->setMarkerSize(9);
            m_chart->addSeries(points);
            for (auto* axis : line->attachedAxes())
                points->attachAxis(axis);
            points->setMarkerShape(scatterShape(style.marker));
            points->setColor(style.colour);
            points->setBorderColor(style.colour.darker(160));
            points->setVisible(line->isVisible());
            connect(points, &QScatterSeries::hovered, line, &QLineSeries::hovered);
        }
    } else if (auto* area = qobject_cast<QAreaSeries*>(series)) {
        area->setBrush(style.colour);
        area->setPen(QPen(style.colour.darker(140), 1));
    }
    if (!m_explicitLegend)
        autoLegend();
}

bool ChartBase::methodShown(const QString& method) const
{
    return !m_filtered.contains(method) && !m_hidden.contains(method);
}

void ChartBase::setFilteredMethods(const QStringList& methods)
{
    if (methods == m_filtered)
        return;
    m_filtered = methods;
    for (auto* s : m_chart->series())
        s->setVisible(methodShown(seriesKey(s)));
    visibilityChanged();
}

void ChartBase::setMethodHidden(const QString& method, bool hidden)
{
    if (hidden == m_hidden.contains(method))
        return;
    if (hidden)
        m_hidden << method;
    else
        m_hidden.removeAll(method);
    // At once in this chart's series and legend; the owner's redraw then rescales the axes without the method.
    for (auto* s : m_chart->series())
        if (seriesKey(s) == method)
            s->setVisible(!hidden && !m_filtered.contains(method));
    QList<LegendEntry> entries = m_legend->entries();
    for (auto& e : entries)
        if (e.key == method)
            e.hidden = hidden;
    m_legend->setEntries(entries);
    fitCategories();  // a hidden method's name greyed
    Q_EMIT methodToggled(method, hidden);
    visibilityChanged();
}

void ChartBase::onLegendClicked(const QString& key)
{
    setMethodHidden(key, !m_hidden.contains(key));
}

void ChartBase::setLogScale(bool on)
{
    if (on == m_logScale)
        return;
    m_logScale = on;
    if (hasLogScale())
        visibilityChanged();
}

void ChartBase::copyViewOf(const ChartBase& other)
{
    m_filtered = other.m_filtered;
    m_hidden = other.m_hidden;
    m_logScale = other.m_logScale;
}

void ChartBase::visibilityChanged()
{
    Q_EMIT redrawRequested();
}

void ChartBase::swapAxis(QAbstractAxis* shown, QAbstractAxis* other, Qt::Alignment alignment)
{
    if (other && m_chart->axes().contains(other)) {
        m_chart->removeAxis(other);
        other->setParent(this);  // kept for the next switch
    }
    if (!m_chart->axes().contains(shown))
        m_chart->addAxis(shown, alignment);
}

void ChartBase::showHover(const QString& text)
{
    m_hoverText = text;
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text, m_view);
}

void ChartBase::fitCategoryLabels(QAbstractAxis* axis, int categories)
{
    // Method names under bars: upright while they fit; with many methods, vertical and smaller so that each name
    // has the chart's height rather than a category's width.
    const bool many = categories > kLegendRowEntries;
    axis->setLabelsAngle(many ? -90 : 0);
    QFont font = axis->labelsFont();
    font.setPointSizeF(many ? std::max(6.0, QFont().pointSizeF() * 0.8) : QFont().pointSizeF());
    axis->setLabelsFont(font);
}

QStringList ChartBase::measuredMethods(const RunResult& run)
{
    QStringList out;
    for (const auto& r : run.results)
        if (!r.batches.empty())
            out << r.method;
    return out;
}

QList<int> ChartBase::measuredBatches(const RunResult& run)
{
    QList<int> out;
    for (const auto& r : run.results)
        for (const auto& b : r.batches)
            if (!out.contains(b.batch))
                out << b.batch;
    std::sort(out.begin(), out.end());
    return out;
}

bool ChartBase::drifted(const MethodResult& r)
{
    return r.flags.contains(QStringLiteral("drifted"));
}

QString ChartBase::driftMark()
{
    return tr("⚠ drifted");
}

QString ChartBase::methodLabel(const MethodResult& r)
{
    return drifted(r) ? r.method + QLatin1Char(' ') + driftMark() : r.method;
}

QString ChartBase::categoryLabel(const MethodResult& r, const QString& name)
{
    // Category labels are HTML: the mark on a line of its own, so that a narrow category does not elide the name.
    const QString shown = name.isEmpty() ? r.method : name;
    return drifted(r) ? shown + QStringLiteral("<br>") + driftMark() : shown;
}

QString ChartBase::driftText(const MethodResult& r)
{
    if (!drifted(r))
        return {};
    // The diagnosis of the drift when it is the method's; else (another diagnosis came first) the worst leaf.
    QString why;
    if (r.diagnosis.id == QLatin1String("output_drift") || r.diagnosis.id == QLatin1String("output_mismatch"))
        why = renderDiagnosis(r.diagnosis).cause;
    else if (r.fidelity && !r.fidelity->worstLeaf.isEmpty())
        why = tr("Its outputs drift from eager's: leaf %1 has cosine %2.")
                  .arg(r.fidelity->worstLeaf, QString::number(r.fidelity->cosine, 'f', 6));
    else
        why = tr("Its outputs drift from eager's.");
    return tr("%1 drifted: %2").arg(r.method, why);
}

void ChartBase::showToolTip(const QString& text)
{
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text);
}

void ChartBase::applyTheme()
{
    // The theme recolours the series: keep the chart's colours in step with the system's light or dark mode.
    // (The same test as widgets/uistyle.h isDark(), which lives in the app library the CLI does not link.)
    const QPalette p = m_exportStyle ? QPalette(Qt::black, Qt::white) : palette();
    const bool dark = !m_exportStyle && p.color(QPalette::Window).lightnessF() < 0.5;
    const auto theme = dark ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (m_chart->theme() != theme)
        m_chart->setTheme(theme);
    m_chart->setBackgroundBrush(m_exportStyle ? QColor(Qt::white) : p.color(QPalette::Base));
    m_chart->setTitleBrush(m_exportStyle ? QColor(Qt::black) : p.color(QPalette::Text));
    m_chart->legend()->setLabelColor(m_exportStyle ? QColor(Qt::black) : p.color(QPalette::Text));
    m_legend->setTextColour(m_exportStyle ? QColor(Qt::black) : p.color(QPalette::Text));
    m_view->setBackgroundBrush(m_exportStyle ? QColor(Qt::white) : p.color(QPalette::Window));
}

}  // namespace ob::app
