// SPDX-License-Identifier: MIT
#pragma once
// Memory per method (issue 16), MiB: side by side, the weights at the method's precision (solid) and what the
// method adds to its process: the memory it keeps once prepared (a light bar) up to its peak while it was prepared or
// called (outlined). The process's own memory before any method (LibTorch, the model: about 165 MiB here) is left
// out of the bars, so that the few MiB that tell methods apart show: int8's quarter-size weights, a method that
// keeps a second copy of the model. Hover for the figures, the absolute peak included.

#include "charts/chartbase.h"

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QValueAxis;
QT_END_NAMESPACE

namespace ob::app {

class MemoryChart : public ChartBase {
    Q_OBJECT
public:
    /// The heights of a method's bars, MiB; negative where not measured.
    struct Bars {
        double weights = -1;  // MethodResult::weightBytes
        double kept = -1;     // MethodMemory::retainedBytes
        double peak = -1;     // above the process's memory before any method: peakRss − base
    };

    explicit MemoryChart(QWidget* parent = nullptr);
    QString title() const override;
    void setRun(const RunResult& run) override;

    static Bars barsOf(const MethodResult& result);
    /// The read-out of a method: weights, kept, the peaks of preparation and calls, the process's peak and base.
    static QString hoverText(const MethodResult& result);

protected:
    void retranslate() override;

private:
    QBarCategoryAxis* m_x = nullptr;
    QValueAxis* m_y = nullptr;
    bool m_measured = false;
};

}  // namespace ob::app
