// SPDX-License-Identifier: MIT
#include "charts/chartspanel.h"

#include <QEvent>
#include <QGridLayout>

#include <algorithm>

#include "charts/batchchart.h"
#include "charts/latencychart.h"
#include "charts/methodbarchart.h"
#include "charts/rooflinechart.h"
#include "charts/tracechart.h"

namespace ob::app {

ChartsPanel::ChartsPanel(QWidget* parent) : QTabWidget(parent)
{
    setObjectName(QStringLiteral("chartsPanel"));
    setDocumentMode(true);
    auto* speed = new QWidget(this);
    auto* speedGrid = new QGridLayout(speed);
    speedGrid->setContentsMargins(2, 2, 2, 2);
    auto* latency = new LatencyChart(speed);
    m_trace = new TraceChart(speed);
    auto* latencyByBatch = new BatchChart(BatchChart::Metric::Latency, speed);
    auto* throughput = new BatchChart(BatchChart::Metric::Throughput, speed);
    speedGrid->addWidget(latency, 0, 0);
    speedGrid->addWidget(m_trace, 0, 1);
    speedGrid->addWidget(latencyByBatch, 1, 0);
    speedGrid->addWidget(throughput, 1, 1);

    auto* quality = new QWidget(this);
    auto* qualityGrid = new QGridLayout(quality);
    qualityGrid->setContentsMargins(2, 2, 2, 2);
    auto* jitter = new MethodBarChart(MethodBarChart::Metric::Jitter, quality);
    auto* score = new MethodBarChart(MethodBarChart::Metric::Score, quality);
    auto* fidelity = new MethodBarChart(MethodBarChart::Metric::Fidelity, quality);
    qualityGrid->addWidget(jitter, 0, 0, 1, 2);
    qualityGrid->addWidget(score, 1, 0);
    qualityGrid->addWidget(fidelity, 1, 1);

    auto* roofline = new RooflineChart(this);

    addTab(speed, QString());
    addTab(quality, QString());
    addTab(roofline, QString());
    m_charts = {latency, m_trace, latencyByBatch, throughput, jitter, score, fidelity, roofline};
    for (auto* c : m_charts)
        connect(c, &ChartBase::exportRequested, this, [this, c](const QString& format) {
            Q_EMIT chartExportRequested(c, format);
        });

    m_timer.setSingleShot(true);
    m_timer.setObjectName(QStringLiteral("chartsRedrawTimer"));
    m_timer.setInterval(kRedrawIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ChartsPanel::flush);
    connect(this, &QTabWidget::currentChanged, this, &ChartsPanel::schedule);
    retranslate();
}

ChartBase* ChartsPanel::chart(const QString& id) const
{
    for (auto* c : m_charts)
        if (c->id() == id)
            return c;
    return nullptr;
}

void ChartsPanel::setSession(const RunResult* run)
{
    m_run = run;
    sessionReset();
}

void ChartsPanel::sessionReset()
{
    m_trace->clear();
    m_traceDirty = false;
    resultsChanged();
}

void ChartsPanel::resultsChanged()
{
    for (auto* c : m_charts)
        if (c != m_trace && !m_dirty.contains(c))
            m_dirty << c;
    schedule();
}

void ChartsPanel::addSamples(const QString& method, int batch, const std::vector<double>& samplesMs)
{
    m_trace->addSamples(method, batch, samplesMs);
    m_traceDirty = true;
    schedule();
}

void ChartsPanel::runFinished()
{
    if (m_run)
        m_trace->setRun(*m_run);
    m_traceDirty = false;
    resultsChanged();
}

void ChartsPanel::schedule()
{
    // A single-shot timer started only when idle: bursts of updates collapse into one redraw per interval.
    if (!m_timer.isActive())
        m_timer.start();
}

void ChartsPanel::flush()
{
    m_timer.stop();
    // One piece of work per tick: the live trace, or one dirty chart, alternating while both wait.
    const auto visibleDirty = [this] {
        return std::find_if(m_dirty.begin(), m_dirty.end(), [](ChartBase* c) { return c->isVisible(); });
    };
    auto next = visibleDirty();
    const bool chartWaiting = next != m_dirty.end() && m_run;
    if (m_traceDirty && !(chartWaiting && m_traceLast)) {
        m_trace->redraw();
        m_traceDirty = false;
        m_traceLast = true;
    } else if (chartWaiting) {
        (*next)->setRun(*m_run);
        m_dirty.erase(next);
        m_traceLast = false;
    } else {
        return;
    }
    ++m_redraws;
    if (m_traceDirty || visibleDirty() != m_dirty.end())
        schedule();
}

void ChartsPanel::flushAll()
{
    m_timer.stop();
    if (m_traceDirty)
        m_trace->redraw();
    m_traceDirty = false;
    if (m_run)
        for (auto* c : m_dirty)
            c->setRun(*m_run);
    m_dirty.clear();
    ++m_redraws;
}

void ChartsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTabWidget::changeEvent(event);
}

void ChartsPanel::retranslate()
{
    setTabText(0, tr("Latency"));
    setTabText(1, tr("Jitter and quality"));
    setTabText(2, tr("Roofline"));
}

}  // namespace ob::app
