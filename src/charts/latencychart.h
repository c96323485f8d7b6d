// SPDX-License-Identifier: MIT
#pragma once
// Latency per method: a box plot (whiskers p1..p99, box p25..p75, line at p50) on a log axis (or linear), so that
// the box stays readable next to the long p99 tails of a loaded machine. Every batch size side by side (left to
// right, ascending), or one batch size chosen in the chart. Boxes in the method's colour; hover for the figures.

#include <array>

#include "charts/chartbase.h"

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QComboBox;
class QLabel;
class QLogValueAxis;
class QValueAxis;
QT_END_NAMESPACE

namespace ob::app {

class LatencyChart : public ChartBase {
    Q_OBJECT
public:
    explicit LatencyChart(QWidget* parent = nullptr);
    QString title() const override;
    void setRun(const RunResult& run) override;
    bool hasLogScale() const override { return true; }
    void copyViewOf(const ChartBase& other) override;

    /// The batch size shown; 0: every batch size.
    int batch() const;
    void setBatch(int batch);

    /// The five values drawn for a batch: p1 (min when no samples are kept), p25, p50, p75, p99.
    static std::array<double, 5> boxOf(const BatchResult& batch);
    /// The read-out of a box: method, batch, median with its interval, quartiles and whiskers.
    static QString hoverText(const MethodResult& result, const BatchResult& batch);

protected:
    void retranslate() override;

private:
    QBarCategoryAxis* m_x = nullptr;
    QLogValueAxis* m_y = nullptr;
    QValueAxis* m_yLinear = nullptr;
    QLabel* m_batchLabel = nullptr;
    QComboBox* m_batchCombo = nullptr;
    QList<int> m_batches;  // in the combo after "every batch size"
};

}  // namespace ob::app
