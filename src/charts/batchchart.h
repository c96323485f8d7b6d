// SPDX-License-Identifier: MIT
#pragma once
// A metric against batch size, one line per method: median latency (linear or log scale), or throughput (samples
// per second). Hover a point for its value and interval.

#include "charts/chartbase.h"

QT_BEGIN_NAMESPACE
class QLogValueAxis;
class QValueAxis;
QT_END_NAMESPACE

namespace ob::app {

class BatchChart : public ChartBase {
    Q_OBJECT
public:
    enum class Metric { Latency, Throughput };

    explicit BatchChart(Metric metric, QWidget* parent = nullptr);
    QString title() const override;
    void setRun(const RunResult& run) override;
    bool hasLogScale() const override { return m_metric == Metric::Latency; }
    /// The read-out of a point: method, batch, value and its interval.
    QString hoverText(const MethodResult& result, const BatchResult& batch) const;

protected:
    void retranslate() override;

private:
    double valueOf(const BatchResult& b) const;

    Metric m_metric;
    QLogValueAxis* m_x = nullptr;
    QValueAxis* m_y = nullptr;
    QLogValueAxis* m_yLog = nullptr;
};

}  // namespace ob::app
