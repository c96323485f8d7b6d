// SPDX-License-Identifier: MIT
#pragma once
// Runs compared against a reference (history/runcompare.h): per method × batch the change of the median latency
// (+ is slower) with its interval as a whisker, one colour per compared run (machines side by side). A regression
// is outlined red, an improvement green; a change that is not significant is hatched. Dashed lines mark the
// threshold. Drawn from a CompareSet, not from a run.

#include "charts/chartbase.h"
#include "history/runcompare.h"

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QComboBox;
class QLabel;
class QValueAxis;
QT_END_NAMESPACE

namespace ob::app {

class CompareChart : public ChartBase {
    Q_OBJECT
public:
    explicit CompareChart(QWidget* parent = nullptr);
    QString title() const override;
    /// A comparison is not a run: this chart ignores setRun() and draws setComparison().
    void setRun(const RunResult& run) override;
    void setComparison(const CompareSet& set);
    /// The batch size shown; 0: every batch size.
    int batch() const;
    void setBatch(int batch);
    /// The outline of a regression and of an improvement.
    static inline const QColor kRegressionColour{0xc6, 0x28, 0x28};
    static inline const QColor kImprovementColour{0x2e, 0x7d, 0x32};

protected:
    void retranslate() override;

private:
    void rebuild();

    CompareSet m_set;
    QBarCategoryAxis* m_x = nullptr;
    QValueAxis* m_y = nullptr;
    QLabel* m_batchLabel = nullptr;
    QComboBox* m_batchCombo = nullptr;
};

} // namespace ob::app
