// SPDX-License-Identifier: MIT
#include "charts/chartbase.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHBoxLayout>
#include <QVBoxLayout>

#include <algorithm>

#include "widgets/uistyle.h"

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
    applyTheme();
}

ChartBase::~ChartBase() = default;

QList<QAbstractSeries*> ChartBase::series() const
{
    return m_chart->series();
}

void ChartBase::retranslate()
{
    m_chart->setTitle(title());
}

void ChartBase::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
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
}

void ChartBase::clearSeries()
{
    m_chart->removeAllSeries();
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

void ChartBase::applyTheme()
{
    // The theme recolours the series: keep the chart's colours in step with the system's light or dark mode.
    const bool dark = isDark(palette());
    const auto theme = dark ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (m_chart->theme() != theme)
        m_chart->setTheme(theme);
    m_chart->setBackgroundBrush(palette().color(QPalette::Base));
    m_chart->setTitleBrush(palette().color(QPalette::Text));
    m_chart->legend()->setLabelColor(palette().color(QPalette::Text));
    m_view->setBackgroundBrush(palette().color(QPalette::Window));
}

}  // namespace ob::app
