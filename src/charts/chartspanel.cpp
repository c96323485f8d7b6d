// SPDX-License-Identifier: MIT
#include "charts/chartspanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QMenu>
#include <QMouseEvent>
#include <QToolButton>

#include <algorithm>

#include "charts/batchchart.h"
#include "charts/chartpair.h"
#include "charts/latencychart.h"
#include "charts/memorychart.h"
#include "charts/methodbarchart.h"
#include "charts/methodpalette.h"
#include "charts/rooflinechart.h"
#include "charts/tracechart.h"

namespace ob::app {

ChartsPanel::ChartsPanel(QWidget* parent) : QTabWidget(parent)
{
    setObjectName(QStringLiteral("chartsPanel"));
    setDocumentMode(true);
    // One chart per tab, or a pair (side by side when wide, else taking turns): with 15 methods, a chart needs the
    // room.
    const auto pair = [this](ChartBase* first, ChartBase* second) {
        auto* page = new ChartPair(first, second, this);
        connect(page, &ChartPair::switched, this, &ChartsPanel::schedule);
        m_pairs << page;
        return page;
    };
    auto* latency = new LatencyChart(this);
    m_trace = new TraceChart(this);
    auto* latencyByBatch = new BatchChart(BatchChart::Metric::Latency, this);
    auto* throughput = new BatchChart(BatchChart::Metric::Throughput, this);
    auto* jitter = new MethodBarChart(MethodBarChart::Metric::Jitter, this);
    auto* score = new MethodBarChart(MethodBarChart::Metric::Score, this);
    auto* fidelity = new MethodBarChart(MethodBarChart::Metric::Fidelity, this);
    auto* memory = new MemoryChart(this);
    auto* roofline = new RooflineChart(this);
    addTab(latency, QString());
    addTab(m_trace, QString());
    addTab(pair(latencyByBatch, throughput), QString());
    addTab(jitter, QString());
    addTab(pair(score, fidelity), QString());
    addTab(memory, QString());
    addTab(roofline, QString());
    m_charts = {latency, m_trace, latencyByBatch, throughput, jitter, score, fidelity, memory, roofline};
    for (auto* c : m_charts) {
        connect(c, &ChartBase::exportRequested, this, [this, c](const QString& format) {
            Q_EMIT chartExportRequested(c, format);
        });
        connect(c, &ChartBase::redrawRequested, this, [this, c] { markDirty(c); });
    }

    // The corner of the tab bar: the method filter every chart follows, and the latency axes' scale.
    auto* corner = new QWidget(this);
    auto* tools = new QHBoxLayout(corner);
    tools->setContentsMargins(4, 0, 4, 0);
    m_methodsButton = new QToolButton(corner);
    m_methodsButton->setObjectName(QStringLiteral("chartsMethodsButton"));
    m_methodsButton->setPopupMode(QToolButton::InstantPopup);
    m_methodsButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_methodsMenu = new QMenu(m_methodsButton);
    m_methodsMenu->setObjectName(QStringLiteral("chartsMethodsMenu"));
    m_methodsMenu->installEventFilter(this);
    m_methodsButton->setMenu(m_methodsMenu);
    connect(m_methodsMenu, &QMenu::aboutToShow, this, &ChartsPanel::fillMethodMenu);
    m_logButton = new QToolButton(corner);
    m_logButton->setObjectName(QStringLiteral("chartsLogScaleButton"));
    m_logButton->setCheckable(true);
    m_logButton->setChecked(m_logScale);
    connect(m_logButton, &QToolButton::toggled, this, &ChartsPanel::setLogScale);
    tools->addWidget(m_methodsButton);
    tools->addWidget(m_logButton);
    setCornerWidget(corner, Qt::TopRightCorner);

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

void ChartsPanel::showChart(const QString& id)
{
    ChartBase* c = chart(id);
    for (int i = 0; c && i < count(); ++i)
        if (widget(i) == c || widget(i)->isAncestorOf(c)) {
            setCurrentIndex(i);
            if (auto* pair = qobject_cast<ChartPair*>(widget(i)))
                pair->showChart(c);
        }
}

QStringList ChartsPanel::methods() const
{
    if (!m_run)
        return {};
    QStringList out = m_run->methods;
    for (const auto& r : m_run->results)
        if (!out.contains(r.method))
            out << r.method;
    return out;
}

void ChartsPanel::setFilteredMethods(const QStringList& methods)
{
    if (methods == m_filtered)
        return;
    m_filtered = methods;
    for (auto* c : m_charts)
        c->setFilteredMethods(methods);  // each asks for its redraw
    updateMethodsButton();
}

void ChartsPanel::setLogScale(bool on)
{
    if (on == m_logScale)
        return;
    m_logScale = on;
    const QSignalBlocker block(m_logButton);
    m_logButton->setChecked(on);
    for (auto* c : m_charts)
        c->setLogScale(on);
}

void ChartsPanel::markDirty(ChartBase* chart)
{
    if (chart == m_trace)
        return;  // the trace redraws from its own buffers
    if (!m_dirty.contains(chart))
        m_dirty << chart;
    schedule();
}

void ChartsPanel::fillMethodMenu()
{
    m_methodsMenu->clear();
    auto* all = m_methodsMenu->addAction(tr("Show &every method"));
    all->setObjectName(QStringLiteral("methodFilterShowAll"));
    connect(all, &QAction::triggered, this, [this] { setFilteredMethods({}); });
    m_methodsMenu->addSeparator();
    const QStringList methods = this->methods();
    const MethodPalette palette = m_run ? MethodPalette(*m_run) : MethodPalette();
    for (const auto& method : methods) {
        auto* action = m_methodsMenu->addAction(MethodPalette::icon(palette.style(method)), method);
        action->setObjectName(QStringLiteral("methodFilter_") + method);
        action->setCheckable(true);
        action->setChecked(!m_filtered.contains(method));
        connect(action, &QAction::toggled, this, [this, method](bool shown) {
            QStringList filtered = m_filtered;
            filtered.removeAll(method);
            if (!shown)
                filtered << method;
            setFilteredMethods(filtered);
        });
    }
    if (methods.isEmpty())
        m_methodsMenu->addAction(tr("No methods yet"))->setEnabled(false);
}

bool ChartsPanel::eventFilter(QObject* watched, QEvent* event)
{
    // A click on a method in the filter's menu toggles it and leaves the menu open: one often hides several.
    if (watched == m_methodsMenu && event->type() == QEvent::MouseButtonRelease) {
        QAction* action = m_methodsMenu->actionAt(static_cast<QMouseEvent*>(event)->position().toPoint());
        if (action && action->isCheckable() && action->isEnabled()) {
            action->trigger();
            return true;
        }
    }
    return QTabWidget::eventFilter(watched, event);
}

void ChartsPanel::updateMethodsButton()
{
    const QStringList all = methods();
    int hidden = 0;
    for (const auto& m : m_filtered)
        hidden += all.contains(m) ? 1 : 0;
    m_methodsButton->setText(hidden > 0 ? tr("Methods (%1 of %2 shown)").arg(all.size() - hidden).arg(all.size())
                                        : tr("Methods"));
}

void ChartsPanel::setSession(const RunResult* run)
{
    m_run = run;
    sessionReset();
}

void ChartsPanel::sessionReset()
{
    m_trace->clear();
    if (m_run)
        m_trace->beginRun(*m_run);  // the live trace's colours: the run's palette
    m_traceDirty = false;
    resultsChanged();
}

void ChartsPanel::resultsChanged()
{
    updateMethodsButton();
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
    setTabText(1, tr("Per call"));
    setTabText(2, tr("Batch size"));
    setTabText(3, tr("Jitter"));
    setTabText(4, tr("Quality"));
    m_pairs.value(0)->setNames(tr("Latency"), tr("Throughput"));
    m_pairs.value(1)->setNames(tr("Score"), tr("Fidelity"));
    setTabText(5, tr("Memory"));
    setTabText(6, tr("Roofline"));
    m_logButton->setText(tr("&Log scale"));
    m_logButton->setToolTip(tr("Latency axes on a logarithmic scale (latency, latency against batch size, per-call "
                               "trace)."));
    m_methodsButton->setToolTip(tr("Choose the methods every chart shows. A click on a legend entry hides a method "
                                   "in that chart only."));
    updateMethodsButton();
}

}  // namespace ob::app
