// SPDX-License-Identifier: MIT
#pragma once
// The compare view: runs against a reference (machines side by side), as a table (one column per compared run),
// a chart, the methods that changed and the conditions that differ (environment, load, configuration). The
// threshold of a regression can be changed; the comparison exports as an HTML or PDF report.

#include <QDialog>

#include <vector>

#include "history/runcompare.h"
#include "history/runsource.h"

QT_BEGIN_NAMESPACE
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;
QT_END_NAMESPACE

namespace ob::app {

class AppSettings;
class CompareChart;
class CompareModel;

class CompareDialog : public QDialog {
    Q_OBJECT
public:
    explicit CompareDialog(AppSettings* settings, QWidget* parent = nullptr);

    /// Compares `others` against `reference` with the threshold shown.
    void setRuns(const NamedRun& reference, const std::vector<NamedRun>& others);
    const CompareSet& comparison() const { return m_set; }
    CompareModel* model() const { return m_model; }
    CompareChart* chart() const { return m_chart; }
    QTableWidget* conditionsTable() const { return m_conditions; }
    /// The threshold of a regression or an improvement, a fraction (0.05 = 5%).
    double threshold() const;
    void setThreshold(double fraction);
    /// Writes the comparison report (HTML or PDF by the suffix); false with `error` set when it cannot.
    bool exportReport(const QString& path, QString* error = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void recompute();
    void retranslate();
    void fillConditions();
    void exportWithDialog();

    AppSettings* m_settings;
    NamedRun m_reference;
    std::vector<NamedRun> m_others;
    CompareSet m_set;
    QLabel* m_header = nullptr;
    QLabel* m_thresholdLabel = nullptr;
    QDoubleSpinBox* m_threshold = nullptr;
    QLabel* m_summary = nullptr;
    QTableView* m_table = nullptr;
    CompareModel* m_model = nullptr;
    CompareChart* m_chart = nullptr;
    QLabel* m_conditionsLabel = nullptr;
    QTableWidget* m_conditions = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_closeButton = nullptr;
};

} // namespace ob::app
