// SPDX-License-Identifier: MIT
#include "charts/chartbase.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QHBoxLayout>
#include <QLegend>
#include <QMenu>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

#include "diagnosis/catalog.h"

namespace ob::app {

ChartBase::ChartBase(const QString& id, QWidget* parent) : QWidget(parent), m_id(id)
{
    setObjectName(id + QStringLiteral("Chart"));
    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);  // live data: animations would cost frames
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(280, 200);
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
        m_toolRow = new QHBoxLayout;
        m_toolRow->setContentsMargins(6, 0, 6, 0);
        static_cast<QVBoxLayout*>(layout())->insertLayout(0, m_toolRow);
    }
    return m_toolRow;
}

void ChartBase::addSeries(QAbstractSeries* series, QAbstractAxis* x, QAbstractAxis* y)
{
    m_chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
    fitLegend();
}

void ChartBase::clearSeries()
{
    m_chart->removeAllSeries();
    fitLegend();
}

void ChartBase::fitLegend()
{
    // A row of legend entries under the chart has room for a few names; with more (a run of every method) the
    // names would be elided to nothing, so they go into a column beside the chart in a smaller font.
    QLegend* legend = m_chart->legend();
    if (!m_legendMoved && legend->alignment() != Qt::AlignBottom)
        return;  // a chart that placed its legend itself
    const bool many = legend->markers().size() > kLegendRowEntries;
    if (many == m_legendMoved)
        return;
    m_legendMoved = many;
    legend->setAlignment(many ? Qt::AlignRight : Qt::AlignBottom);
    QFont font = legend->font();
    font.setPointSizeF(many ? std::max(6.0, QFont().pointSizeF() * 0.8) : QFont().pointSizeF());
    legend->setFont(font);
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
    m_view->setBackgroundBrush(m_exportStyle ? QColor(Qt::white) : p.color(QPalette::Window));
}

}  // namespace ob::app
