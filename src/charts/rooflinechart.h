// SPDX-License-Identifier: MIT
#pragma once
// The roofline of a run: arithmetic intensity (FLOP/byte) against achieved GFLOP/s, log-log. The machine's compute
// roofs (fp32, int8) are horizontal lines, its memory roofs (L1, L2, L3, DRAM) slanted lines up to the highest
// compute roof; one point per method × batch (hover for its efficiency). Empty until the run has roofs.

#include "charts/chartbase.h"

QT_BEGIN_NAMESPACE
class QLogValueAxis;
QT_END_NAMESPACE

namespace ob::app {

class RooflineChart : public ChartBase {
    Q_OBJECT
public:
    explicit RooflineChart(QWidget* parent = nullptr);
    QString title() const override;
    void setRun(const RunResult& run) override;

protected:
    void retranslate() override;

private:
    /// Draws the roofs; returns their legend entries.
    QList<LegendEntry> addRoofs(const MachineRoofs& roofs, double xLow, double xHigh, double yLow);

    QLogValueAxis* m_x = nullptr;
    QLogValueAxis* m_y = nullptr;
    bool m_hasRoofs = false;
};

} // namespace ob::app
