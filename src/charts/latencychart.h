// SPDX-License-Identifier: MIT
#pragma once
// Latency per method: a box plot per batch size (whiskers p1..p99, box p25..p75, line at p50) on a log axis,
// so that the box stays readable next to the long p99 tails of a loaded machine.

#include <array>

#include "charts/chartbase.h"

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QLogValueAxis;
QT_END_NAMESPACE

namespace ob::app {

class LatencyChart : public ChartBase {
    Q_OBJECT
public:
    explicit LatencyChart(QWidget* parent = nullptr);
    QString title() const override;
    void setRun(const RunResult& run) override;

    /// The five values drawn for a batch: p1 (min when no samples are kept), p25, p50, p75, p99.
    static std::array<double, 5> boxOf(const BatchResult& batch);

protected:
    void retranslate() override;

private:
    QBarCategoryAxis* m_x = nullptr;
    QLogValueAxis* m_y = nullptr;
};

}  // namespace ob::app
