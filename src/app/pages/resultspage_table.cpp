// SPDX-License-Identifier: MIT
// ResultsPage: the table's grouping (by method or by batch size), its column chooser and its column widths, so that
// it reads at 1280 px: the columns a person compares first, Status last and stretched, the others behind "Columns".

#include <QComboBox>
#include <QDataStream>
#include <QEvent>
#include <QSplitter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QTableView>
#include <QToolButton>

#include <algorithm>
#include <iterator>

#include "models/resultssortproxy.h"
#include "models/resultstablemodel.h"
#include "pages/resultspage.h"
#include "ui_resultspage.h"

namespace ob::app {
namespace {

using Col = ResultsTableModel::Column;

/// The visual order: what is compared first, then costs, then details; Status last (it stretches).
const Col kOrder[] = {Col::Method,   Col::Batch,  Col::Latency, Col::Ci,     Col::Speedup,    Col::Fidelity, Col::Score,
                      Col::Setup,    Col::Memory, Col::Efficiency, Col::Jitter, Col::P99, Col::Measurement,
                      Col::Status};
/// Hidden until chosen: the median's tooltip gives its CI, jitter and p99; the status says "not steady" when it
/// matters; the fidelity column says how faithful a method is (the score is the model's own number).
const Col kHidden[] = {Col::Ci, Col::Jitter, Col::P99, Col::Measurement, Col::Score};
constexpr quint32 kTableStateVersion = 1;

}  // namespace

void ResultsPage::setUpTable()
{
    auto* table = m_ui->resultsTable;
    auto* header = table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setTextElideMode(Qt::ElideRight);
    table->setTextElideMode(Qt::ElideRight);
    header->setMinimumSectionSize(header->fontMetrics().averageCharWidth() * 5);
    for (int to = 0; to < static_cast<int>(std::size(kOrder)); ++to)
        header->moveSection(header->visualIndex(kOrder[to]), to);
    for (Col c : kHidden)
        header->setSectionHidden(c, true);

    m_tableBar = new QWidget(this);
    m_tableBar->setObjectName(QStringLiteral("resultsTableBar"));
    auto* bar = new QHBoxLayout(m_tableBar);
    bar->setContentsMargins(0, 0, 0, 0);
    auto* groupLabel = new QLabel(m_tableBar);
    groupLabel->setObjectName(QStringLiteral("groupLabel"));
    auto* group = new QComboBox(m_tableBar);
    group->setObjectName(QStringLiteral("groupCombo"));
    group->addItems({QString(), QString()});
    groupLabel->setBuddy(group);
    auto* columns = new QToolButton(m_tableBar);
    columns->setObjectName(QStringLiteral("columnsButton"));
    columns->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(columns);
    menu->setObjectName(QStringLiteral("columnsMenu"));
    columns->setMenu(menu);
    bar->addWidget(groupLabel);
    bar->addWidget(group);
    bar->addWidget(columns);
    bar->addStretch(1);
    m_ui->tableLayout->insertWidget(m_ui->tableLayout->indexOf(table), m_tableBar);

    connect(group, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_proxy->setGrouping(index == 1 ? ResultsSortProxy::Grouping::ByBatch : ResultsSortProxy::Grouping::ByMethod);
    });
    connect(m_proxy, &ResultsSortProxy::groupingChanged, this, &ResultsPage::applyGrouping);
    // One checkable entry per column; the method and the status always show.
    for (Col c : kOrder) {
        if (c == Col::Method || c == Col::Status)
            continue;
        QAction* action = menu->addAction(QString());
        action->setObjectName(QStringLiteral("columnAction%1").arg(int(c)));
        action->setData(int(c));
        action->setCheckable(true);
        connect(action, &QAction::toggled, this, [this, c](bool on) {
            m_ui->resultsTable->horizontalHeader()->setSectionHidden(c, !on);
            m_resizeTimer.start();
        });
    }
    connect(menu, &QMenu::aboutToShow, this, [this, menu] {
        for (QAction* action : menu->actions()) {
            const QSignalBlocker block(action);
            action->setChecked(!m_ui->resultsTable->horizontalHeader()->isSectionHidden(action->data().toInt()));
        }
    });
    table->viewport()->installEventFilter(this);  // a wider or narrower view: fit the columns again
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this,
            [menu, header](const QPoint& pos) { menu->popup(header->viewport()->mapToGlobal(pos)); });
    retranslateTable();
}

void ResultsPage::retranslateTable()
{
    if (!m_tableBar)
        return;
    m_tableBar->findChild<QLabel*>(QStringLiteral("groupLabel"))->setText(tr("&Group by:"));
    auto* group = m_tableBar->findChild<QComboBox*>(QStringLiteral("groupCombo"));
    group->setItemText(0, tr("method"));
    group->setItemText(1, tr("batch size"));
    group->setToolTip(tr("Rows of one method together, or of one batch size together (then sort a column to rank "
                         "the methods at each batch size)"));
    auto* columns = m_tableBar->findChild<QToolButton*>(QStringLiteral("columnsButton"));
    columns->setText(tr("&Columns"));
    columns->setToolTip(tr("Show or hide columns (also: right-click the table's header)"));
    for (QAction* action : columns->menu()->actions())
        action->setText(
            m_model->headerData(action->data().toInt(), Qt::Horizontal).toString().replace(QLatin1Char('\n'), QLatin1Char(' ')));
}

void ResultsPage::applyGrouping()
{
    // Grouped by batch size, the batch column leads; by method, the method does.
    auto* header = m_ui->resultsTable->horizontalHeader();
    const bool byBatch = m_proxy->grouping() == ResultsSortProxy::Grouping::ByBatch;
    header->moveSection(header->visualIndex(byBatch ? Col::Batch : Col::Method), 0);
    auto* group = m_tableBar->findChild<QComboBox*>(QStringLiteral("groupCombo"));
    const QSignalBlocker block(group);
    group->setCurrentIndex(byBatch ? 1 : 0);
}

void ResultsPage::fitColumns()
{
    // To their contents, but no column may push Status off the screen: the long ones are capped (their cells
    // elide; the tooltip has the full text).
    auto* table = m_ui->resultsTable;
    auto* header = table->horizontalHeader();
    const int em = header->fontMetrics().averageCharWidth();
    int used = 0;
    for (int c = 0; c < ResultsTableModel::ColumnCount; ++c) {
        if (c == Col::Status || header->isSectionHidden(c))
            continue;
        table->resizeColumnToContents(c);
        const int cap = (c == Col::Method ? 26 : c == Col::Speedup ? 22 : 15) * em;
        if (header->sectionSize(c) > cap)
            header->resizeSection(c, cap);
        used += header->sectionSize(c);
    }
    // Still too wide for the view: narrow the method names first, then the speed-up (both elide), so that Status
    // keeps at least a readable width.
    const int room = table->viewport()->width() - 18 * em;
    for (int c : {int(Col::Method), int(Col::Speedup)}) {
        if (used <= room || header->isSectionHidden(c))
            continue;
        const int narrower = std::max(12 * em, header->sectionSize(c) - (used - room));
        used -= header->sectionSize(c) - narrower;
        header->resizeSection(c, narrower);
    }
}

bool ResultsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->resultsTable->viewport() && event->type() == QEvent::Resize)
        m_resizeTimer.start();
    return QWidget::eventFilter(watched, event);
}

void ResultsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_splitterSized)
        return;
    // The charts get the height their grid needs where the window has it, at most 60%; the table the rest. On a
    // short page (1280 x 800) the table's rows come first: the charts scroll.
    m_splitterSized = true;
    const int total = m_ui->splitter->height();
    const int charts = std::min(m_ui->chartsPanel->minimumSizeHint().height() + 8,
                                total < 500 ? total * 2 / 5 : total * 3 / 5);
    m_ui->splitter->setSizes({charts, total - charts});
}

QByteArray ResultsPage::saveTableState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << kTableStateVersion << m_ui->resultsTable->horizontalHeader()->saveState()
        << qint32(m_proxy->grouping() == ResultsSortProxy::Grouping::ByBatch ? 1 : 0);
    return state;
}

void ResultsPage::restoreTableState(const QByteArray& state)
{
    QDataStream in(state);
    quint32 version = 0;
    QByteArray header;
    qint32 grouping = 0;
    in >> version >> header >> grouping;
    if (in.status() != QDataStream::Ok || version != kTableStateVersion)
        return;
    m_ui->resultsTable->horizontalHeader()->restoreState(header);
    m_proxy->setGrouping(grouping == 1 ? ResultsSortProxy::Grouping::ByBatch : ResultsSortProxy::Grouping::ByMethod);
    m_resizeTimer.start();
}

bool ResultsPage::selectMethod(const QString& method, int batch)
{
    auto* table = m_ui->resultsTable;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, Col::Method);
        if (index.data().toString() != method)
            continue;
        if (batch > 0 && m_proxy->index(row, Col::Batch).data().toInt() != batch)
            continue;
        table->setCurrentIndex(index);
        table->scrollTo(index);
        return true;
    }
    return batch > 0 && selectMethod(method, 0);
}

}  // namespace ob::app
