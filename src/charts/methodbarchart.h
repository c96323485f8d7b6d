// SPDX-License-Identifier: MIT
#pragma once
// Bars per method, each in its method's colour: the score (mean reasoning score), the fidelity against eager
// (max |Δ score|), or the jitter (std solid, p99 − p50 light) at one batch size chosen in the chart.

#include "charts/chartbase.h"

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QComboBox;
class QLabel;
class QValueAxis;
QT_END_NAMESPACE

namespace ob::app {

class MethodBarChart : public ChartBase {
    Q_OBJECT
public:
    enum class Metric { Score, Fidelity, Jitter };

    explicit MethodBarChart(Metric metric, QWidget* parent = nullptr);
    QString title() const override;
    void setRun(const RunResult& run) override;
    /// Jitter chart: the batch size shown (0 before any result).
    int batch() const;
    /// Jitter chart: shows `batch` when it was measured (exports keep the batch chosen on screen).
    void setBatch(int batch);
    /// The read-out of a method's bar (at `batch` for the jitter chart).
    QString hoverText(const MethodResult& result, int batch) const;

protected:
    void retranslate() override;
    void visibilityChanged() override;

private:
    void rebuild();

    Metric m_metric;
    QBarCategoryAxis* m_x = nullptr;
    QValueAxis* m_y = nullptr;
    QLabel* m_batchLabel = nullptr;
    QComboBox* m_batchCombo = nullptr;
    RunResult m_run;  // without samples; the jitter chart re-draws from it when the batch changes
};

}  // namespace ob::app
