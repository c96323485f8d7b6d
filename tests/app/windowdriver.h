// SPDX-License-Identifier: MIT
#pragma once
// Drives the main window through its widgets, as a user would (for the GUI tests).

#include <QString>
#include <QStringList>

#include "mainwindow.h"

QT_BEGIN_NAMESPACE
class QAbstractButton;
QT_END_NAMESPACE

namespace ob::test {

/// Scrolls `button` into view and clicks it.
void click(QAbstractButton* button);

/// Sets the configuration through the page's widgets: a small model, few calls, one worker process (forks 1).
void setQuickConfig(app::MainWindow& window, const QStringList& strategies, const QStringList& pipelines = {},
                    const QString& batches = QStringLiteral("1, 4"), int iterations = 20);
/// Clicks the page's Run button.
void clickRun(app::MainWindow& window);
/// The text of every cell of the results table in display order (source model order).
QList<QStringList> tableText(const app::MainWindow& window);
/// Every chart series that has no points, as "chart/series" names (empty: all have points). The roofline chart
/// counts only when the session has the machine's roofs.
QStringList emptySeries(const app::MainWindow& window);
/// The ids of the charts on screen (visible views) whose axes show no number: what is drawn, read from the scene
/// (Qt Charts keeps its axis labels as text items there). Empty when every visible chart has numbered axes.
QStringList chartsWithoutAxisNumbers(const app::MainWindow& window);

}  // namespace ob::test
