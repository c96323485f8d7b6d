// SPDX-License-Identifier: MIT
#include "pages/resultspage.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QScrollArea>
#include <QSortFilterProxyModel>

#include "charts/chartspanel.h"
#include "models/resultssortproxy.h"
#include "models/resultstablemodel.h"
#include "models/valuedelegate.h"
#include "session/runcontroller.h"
#include "ui_resultspage.h"
#include "widgets/runsummarypanel.h"
#include "widgets/uistyle.h"
#include "i18n/language.h"

namespace ob::app {

ResultsPage::ResultsPage(RunController* controller, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ResultsPage>()), m_controller(controller),
      m_model(new ResultsTableModel(this)), m_proxy(new ResultsSortProxy(this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    auto* table = m_ui->resultsTable;
    table->setModel(m_proxy);
    table->setItemDelegate(new ValueDelegate(table));
    table->sortByColumn(-1, Qt::AscendingOrder);  // run order until the user sorts
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    // Column widths follow the contents, but at most a few times a second: ResizeToContents would measure every
    // cell on every update of a live run.
    table->horizontalHeader()->setStretchLastSection(true);
    m_resizeTimer.setSingleShot(true);
    m_resizeTimer.setObjectName(QStringLiteral("columnResizeTimer"));
    m_resizeTimer.setInterval(250);
    connect(&m_resizeTimer, &QTimer::timeout, this, &ResultsPage::fitColumns);
    setUpTable();
    connect(m_model, &QAbstractItemModel::rowsInserted, &m_resizeTimer, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::modelReset, &m_resizeTimer, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        if (!m_resizeTimer.isActive())
            m_resizeTimer.start();
    });
    // The charts need about 460 px of height for their 2 x 2 grid; on a 1280 x 800 screen the page has less, so
    // they scroll there instead of pushing the window beyond the screen (the table keeps its rows).
    auto* chartsArea = new QScrollArea;  // no parent yet: a new child of a splitter would join it at the end
    chartsArea->setObjectName(QStringLiteral("chartsArea"));
    chartsArea->setFrameShape(QFrame::NoFrame);
    chartsArea->setWidgetResizable(true);
    chartsArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    chartsArea->setMinimumHeight(fontMetrics().height() * 8);
    m_ui->splitter->replaceWidget(m_ui->splitter->indexOf(m_ui->chartsPanel), chartsArea);
    chartsArea->setWidget(m_ui->chartsPanel);
    // The summary first: what a person reads after a run, above the charts and the table.
    m_summary = new RunSummaryPanel(this);
    m_ui->pageLayout->insertWidget(0, m_summary);
    connect(m_summary, &RunSummaryPanel::methodActivated, this,
            [this](const QString& method, int batch) { selectMethod(method, batch); });
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 1);

    m_ui->chartsPanel->setSession(&controller->run());
    connect(controller, &RunController::sessionReset, this, &ResultsPage::onSessionReset);
    connect(controller, &RunController::methodChanged, this, &ResultsPage::onMethodChanged);
    connect(controller, &RunController::methodReplaced, this,
            [this](const QString& from, const QString& to) { m_model->renameMethod(from, to); });
    connect(controller, &RunController::samplesAdded, m_ui->chartsPanel, &ChartsPanel::addSamples);
    connect(controller, &RunController::finished, this, [this] {
        m_ui->chartsPanel->runFinished();
        updateSummary();
    });
    onSessionReset();
}

ResultsPage::~ResultsPage() = default;

QTableView* ResultsPage::table() const
{
    return m_ui->resultsTable;
}

ChartsPanel* ResultsPage::charts() const
{
    return m_ui->chartsPanel;
}

QByteArray ResultsPage::saveState() const
{
    return m_ui->splitter->saveState();
}

void ResultsPage::restoreState(const QByteArray& state)
{
    m_ui->splitter->restoreState(state);
}

QSortFilterProxyModel* ResultsPage::proxy() const
{
    return m_proxy;
}

void ResultsPage::onSessionReset()
{
    m_model->setResults(m_controller->run().results);
    m_ui->chartsPanel->sessionReset();
    if (!m_controller->isRunning())
        m_ui->chartsPanel->runFinished();  // an opened session: the trace comes from its stored samples
    updateSummary();
}

void ResultsPage::onMethodChanged(const QString& method)
{
    if (const MethodResult* r = m_controller->run().result(method))
        m_model->updateMethod(*r);
    m_ui->chartsPanel->resultsChanged();
}

void ResultsPage::updateSummary()
{
    const RunResult& run = m_controller->run();
    if (run.results.empty() && run.error.isEmpty()) {
        m_ui->summaryLabel->setText(tr("No results yet: choose a configuration and press Run (Ctrl+R)."));
        m_ui->summaryLabel->show();
        m_ui->noiseLabel->hide();
        m_summary->clear();
        return;
    }
    const QLocale locale;
    const RunConfig& c = run.config;
    const QString calls = c.iterations
        ? tr("%1 measured calls per method and batch").arg(locale.toString(*c.iterations))
        : tr("adaptive length (median within ±%1%, %2–%3 calls, %4 s per method)")
              .arg(locale.toString(c.targetCi))
              .arg(locale.toString(c.minCalls))
              .arg(locale.toString(c.maxCalls))
              .arg(locale.toString(c.timeBudget));
    QString text = tr("%1, hidden %2, %3 layers · %4 warm-up calls · %5 · %6 thread(s)")
                       .arg(c.model)
                       .arg(c.hidden)
                       .arg(c.layers)
                       .arg(c.warmup)
                       .arg(calls)
                       .arg(c.threads);
    if (run.started.isValid())
        text += QStringLiteral(" · ") + locale.toString(run.started.toLocalTime(), QLocale::ShortFormat);
    if (run.cancelled)
        text += QStringLiteral(" · ") + tr("cancelled: partial results");
    if (!run.error.isEmpty())
        text += QStringLiteral(" · ") + tr("the run could not start: %1").arg(run.error);
    // What was measured and how busy the machine was belong with the summary: one block to read, and the table
    // keeps the room for its rows.
    m_ui->summaryLabel->hide();
    m_ui->noiseLabel->hide();
    m_summary->setContext(text, noiseWarning());
    if (m_controller->isRunning())
        m_summary->setRunning();
    else
        m_summary->setRun(run);
}

QString ResultsPage::noiseWarning() const
{
    const MachineNoise& noise = m_controller->run().noise;
    if (!noise.busy)
        return {};
    const QLocale locale;
    QStringList why;
    if (noise.otherCpuShare)
        why << tr("other processes used %1 % of the machine").arg(locale.toString(*noise.otherCpuShare * 100, 'f', 0));
    if (noise.stealShare && *noise.stealShare > kBusyStealShare)
        why << tr("the hypervisor took %1 % (steal time)").arg(locale.toString(*noise.stealShare * 100, 'f', 0));
    if (noise.loadBefore && noise.loadAfter)
        why << tr("load average %1 → %2").arg(locale.toString(*noise.loadBefore, 'f', 1),
                                              locale.toString(*noise.loadAfter, 'f', 1));
    return tr("⚠ The machine was busy during the measurement (%1): latencies are noisier and slower than on "
              "an idle machine. Compare methods within this run only, or run again when the machine is idle.")
        .arg(why.join(i18n::clauseSeparator()));
}

void ResultsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_model->retranslate();
        retranslateTable();
        updateSummary();
        m_resizeTimer.start();
    }
    QWidget::changeEvent(event);
}

}  // namespace ob::app
