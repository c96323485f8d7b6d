// SPDX-License-Identifier: MIT
#include "charts/chartpair.h"

#include <QHBoxLayout>
#include <QResizeEvent>
#include <QTabBar>

#include "charts/chartbase.h"

namespace ob::app {

ChartPair::ChartPair(ChartBase* first, ChartBase* second, QWidget* parent)
    : QWidget(parent), m_first(first), m_second(second), m_switch(new QTabBar(this))
{
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(2, 2, 2, 2);
    first->setParent(this);
    second->setParent(this);
    row->addWidget(first);
    row->addWidget(second);
    m_switch->setObjectName(QStringLiteral("chartPairSwitch"));
    m_switch->setDocumentMode(true);
    m_switch->setDrawBase(false);
    m_switch->setExpanding(false);
    m_switch->addTab(QString());
    m_switch->addTab(QString());
    connect(m_switch, &QTabBar::currentChanged, this, [this] {
        update();
        Q_EMIT switched();
    });
    update();
}

void ChartPair::setNames(const QString& first, const QString& second)
{
    m_switch->setTabText(0, first);
    m_switch->setTabText(1, second);
    update();
}

bool ChartPair::sideBySide() const
{
    return width() >= kSideBySideWidth;
}

void ChartPair::showChart(ChartBase* chart)
{
    m_switch->setCurrentIndex(chart == m_second ? 1 : 0);
}

void ChartPair::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    update();
}

void ChartPair::update()
{
    const bool both = sideBySide();
    m_first->setVisible(both || m_switch->currentIndex() == 0);
    m_second->setVisible(both || m_switch->currentIndex() == 1);
    m_switch->setVisible(!both);
    if (!both) {
        m_switch->resize(m_switch->sizeHint());
        m_switch->move(6, 3);
        m_switch->raise();
    }
}

}  // namespace ob::app
