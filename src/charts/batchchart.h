// SPDX-License-Identifier: MIT
#pragma once
// A metric against batch size, one line per method: mean latency, or throughput (samples per second).

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

protected:
    void retranslate() override;

private:
    double valueOf(const BatchResult& b) const;

    Metric m_metric;
    QLogValueAxis* m_x = nullptr;
    QValueAxis* m_y = nullptr;
};

}  // namespace ob::app
