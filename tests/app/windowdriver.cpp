// SPDX-License-Identifier: MIT
#include "windowdriver.h"

#include <algorithm>
#include <limits>

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QBoxPlotSeries>
#include <QChartView>
#include <QCheckBox>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>
#include <QXYSeries>

#include "charts/chartbase.h"
#include "charts/chartspanel.h"
#include "models/resultstablemodel.h"
#include "pages/configpage.h"
#include "pages/resultspage.h"
#include "session/runcontroller.h"

namespace ob::test {

void click(QAbstractButton* button)
{
    QVERIFY(button);
    // Scroll it into view first, as a user would: a click lands on whatever is visible at that spot.
    for (QWidget* w = button->parentWidget(); w; w = w->parentWidget())
        if (auto* area = qobject_cast<QScrollArea*>(w))
            area->ensureWidgetVisible(button);
    QTest::mouseClick(button, Qt::LeftButton);
}

void setQuickConfig(app::MainWindow& window, const QStringList& strategies, const QStringList& pipelines,
                    const QString& batches, int iterations)
{
    auto* page = window.configPage();
    const auto spin = [page](const char* name, int value) {
        auto* s = page->findChild<QSpinBox*>(QLatin1String(name));
        QVERIFY2(s, name);
        s->setValue(value);
    };
    spin("hiddenSpin", 32);
    spin("layersSpin", 2);
    spin("warmupSpin", 2);
    spin("iterationsSpin", iterations);
    spin("evalSpin", 64);
    auto* batchEdit = page->findChild<QLineEdit*>(QStringLiteral("batchEdit"));
    batchEdit->selectAll();
    QTest::keyClicks(batchEdit, batches);
    page->findChild<QLineEdit*>(QStringLiteral("forksEdit"))->setText(QStringLiteral("1"));  // one worker process
    for (auto* box : page->findChildren<QCheckBox*>()) {
        if (box->objectName().startsWith(QLatin1String("strategy_")))
            box->setChecked(strategies.contains(box->objectName().mid(9)));
    }
    auto* list = page->findChild<QListWidget*>(QStringLiteral("pipelineList"));
    if (list->count() > 0) {
        list->selectAll();
        click(page->findChild<QPushButton*>(QStringLiteral("removePipelineButton")));
    }
    QCOMPARE(list->count(), 0);
    auto* pipelineEdit = page->findChild<QLineEdit*>(QStringLiteral("pipelineEdit"));
    for (const auto& p : pipelines) {
        pipelineEdit->setText(p);
        click(page->findChild<QPushButton*>(QStringLiteral("addPipelineButton")));
    }
}

void clickRun(app::MainWindow& window)
{
    auto* button = window.configPage()->findChild<QToolButton*>(QStringLiteral("runButton"));
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    click(button);
}

QList<QStringList> tableText(const app::MainWindow& window)
{
    const auto* model = window.resultsPage()->model();
    QList<QStringList> rows;
    for (int r = 0; r < model->rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < model->columnCount(); ++c)
            row << model->index(r, c).data().toString();
        rows << row;
    }
    return rows;
}

QStringList chartsWithoutAxisNumbers(const app::MainWindow& window)
{
    QStringList bare;
    auto* panel = window.resultsPage()->charts();
    panel->flushAll();
    static const QRegularExpression number(QStringLiteral("^-?[0-9][0-9,.\\s]*(e[-+]?[0-9]+)?$"));
    for (auto* chart : panel->charts()) {
        if (!chart->view()->isVisible())
            continue;
        bool numbered = false;
        for (auto* item : chart->view()->scene()->items())
            if (auto* text = dynamic_cast<QGraphicsTextItem*>(item); text && text->isVisible())
                numbered = numbered || number.match(text->toPlainText().trimmed()).hasMatch();
        if (!numbered)
            bare << chart->id();
    }
    return bare;
}

QStringList emptySeries(const app::MainWindow& window)
{
    QStringList empty;
    auto* panel = window.resultsPage()->charts();
    panel->flushAll();
    const bool hasRoofs = window.controller()->run().machine.has_value();
    for (auto* chart : panel->charts()) {
        if (chart->id() == QLatin1String("roofline") && !hasRoofs)
            continue;  // a session without the machine's roofs (crafted, or roofline=off) has nothing to draw there
        const auto series = chart->series();
        if (series.isEmpty())
            empty << chart->id() + QStringLiteral("/(no series)");
        for (auto* s : series) {
            int points = 0;
            if (auto* xy = qobject_cast<QXYSeries*>(s))
                points = xy->count();
            else if (auto* bars = qobject_cast<QAbstractBarSeries*>(s)) {
                points = bars->barSets().isEmpty() ? 0 : std::numeric_limits<int>::max();
                for (auto* set : bars->barSets())
                    points = std::min(points, static_cast<int>(set->count()));
            }
            else if (auto* box = qobject_cast<QBoxPlotSeries*>(s))
                points = box->count();
            if (points == 0)
                empty << chart->id() + QLatin1Char('/') + s->name();
        }
    }
    return empty;
}

}  // namespace ob::test
