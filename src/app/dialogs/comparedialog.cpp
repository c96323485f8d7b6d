// SPDX-License-Identifier: MIT
#include "dialogs/comparedialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include "charts/comparechart.h"
#include "format/comparetext.h"
#include "models/comparemodel.h"
#include "report/comparereport.h"
#include "report/reportfiles.h"
#include "settings/appsettings.h"
#include "widgets/uistyle.h"

namespace ob::app {

CompareDialog::CompareDialog(AppSettings* settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("compareDialog"));
    setSizeGripEnabled(true);
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("compareHeader"));
    m_header->setWordWrap(true);
    m_thresholdLabel = new QLabel(this);
    m_threshold = new QDoubleSpinBox(this);
    m_threshold->setObjectName(QStringLiteral("thresholdSpin"));
    m_threshold->setRange(0, 100);
    m_threshold->setDecimals(1);
    m_threshold->setSingleStep(1);
    m_threshold->setValue(5);
    m_threshold->setSuffix(QStringLiteral(" %"));
    m_thresholdLabel->setBuddy(m_threshold);
    top->addWidget(m_header, 1);
    top->addWidget(m_thresholdLabel);
    top->addWidget(m_threshold);
    layout->addLayout(top);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_model = new CompareModel(this);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("compareTable"));
    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_chart = new CompareChart(splitter);
    auto* conditions = new QWidget(splitter);
    auto* conditionsLayout = new QVBoxLayout(conditions);
    conditionsLayout->setContentsMargins(0, 0, 0, 0);
    m_conditionsLabel = new QLabel(conditions);
    m_conditionsLabel->setWordWrap(true);
    m_conditions = new QTableWidget(conditions);
    m_conditions->setObjectName(QStringLiteral("conditionsTable"));
    m_conditions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_conditions->verticalHeader()->hide();
    m_conditions->horizontalHeader()->setStretchLastSection(true);
    conditionsLayout->addWidget(m_conditionsLabel);
    conditionsLayout->addWidget(m_conditions);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    layout->addWidget(splitter, 1);

    auto* buttons = new QDialogButtonBox(this);
    m_exportButton = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_exportButton->setObjectName(QStringLiteral("exportReportButton"));
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    connect(m_exportButton, &QPushButton::clicked, this, &CompareDialog::exportWithDialog);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    layout->addWidget(buttons);
    connect(m_threshold, &QDoubleSpinBox::valueChanged, this, &CompareDialog::recompute);
    resize(1200, 900);
    retranslate();
}

double CompareDialog::threshold() const
{
    return m_threshold->value() / 100;
}

void CompareDialog::setThreshold(double fraction)
{
    m_threshold->setValue(fraction * 100); // valueChanged recomputes
}

void CompareDialog::setRuns(const NamedRun& reference, const std::vector<NamedRun>& others)
{
    m_reference = reference;
    m_others = others;
    recompute();
}

void CompareDialog::recompute()
{
    CompareOptions options;
    options.failIfSlower = threshold();
    std::vector<std::pair<QString, RunResult>> others;
    for (const auto& o : m_others)
        others.emplace_back(o.label, o.run);
    m_set = compareRunSet(m_reference.run, m_reference.label, others, options);
    // The threshold is shown as the views' line, not as a gate.
    for (auto& c : m_set.comparisons)
        c.gate = false;
    m_model->setComparison(m_set);
    m_table->resizeColumnsToContents();
    m_chart->setComparison(m_set);
    fillConditions();
    retranslate();
}

void CompareDialog::fillConditions()
{
    const auto rows = conditionRows(m_set);
    m_conditions->clear();
    m_conditions->setRowCount(static_cast<int>(rows.size()));
    m_conditions->setColumnCount(2 + static_cast<int>(m_set.labels.size()));
    QStringList header{tr("What"), m_set.referenceLabel};
    header += m_set.labels;
    m_conditions->setHorizontalHeaderLabels(header);
    const auto shown = [](const QString& v) { return v.isEmpty() ? QStringLiteral("–") : v; };
    for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
        const ConditionRow& row = rows[static_cast<std::size_t>(r)];
        m_conditions->setItem(r, 0, new QTableWidgetItem(row.label));
        m_conditions->setItem(r, 1, new QTableWidgetItem(shown(row.reference)));
        for (int i = 0; i < row.others.size(); ++i) {
            auto* item = new QTableWidgetItem(shown(row.others[i]));
            if (row.others[i] != row.reference)
                item->setForeground(warningColor(palette()));
            m_conditions->setItem(r, 2 + i, item);
        }
    }
    m_conditions->resizeColumnsToContents();
}

bool CompareDialog::exportReport(const QString& path, QString* error)
{
    if (auto e = report::checkReportPath(path, tr("Export report"))) {
        if (error)
            *error = e->message();
        return false;
    }
    if (auto e = report::writeCompareReport(m_set, path, tr("Export report"))) {
        if (error)
            *error = e->message();
        return false;
    }
    return true;
}

void CompareDialog::exportWithDialog()
{
    const QString suggested = QDir(m_settings->lastExportDirectory()).filePath(QStringLiteral("comparison.html"));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export comparison report"), suggested, tr("HTML report (*.html);;PDF report (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportReport(path, &error)) {
        QMessageBox::warning(this, tr("Export comparison report"), error);
        return;
    }
    m_settings->setLastExportDirectory(QFileInfo(path).absolutePath());
}

void CompareDialog::retranslate()
{
    setWindowTitle(tr("Compare runs — OptiBench"));
    m_header->setText(
        tr("<b>%1</b> against <b>%2</b> (the reference): change of the median latency, + is slower")
            .arg(m_set.labels.join(QStringLiteral(", ")).toHtmlEscaped(), m_set.referenceLabel.toHtmlEscaped()));
    m_thresholdLabel->setText(tr("&Threshold:"));
    m_threshold->setToolTip(tr("A significant change larger than this is a regression (red) or an improvement "
                               "(green); the CLI's gate is --fail-if-slower"));
    QStringList summary;
    for (std::size_t i = 0; i < m_set.comparisons.size(); ++i) {
        const RunComparison& c = m_set.comparisons[i];
        summary << tr("%1: %2").arg(m_set.labels.value(static_cast<qsizetype>(i)), countsText(c));
        if (const QString busy = busyText(c); !busy.isEmpty())
            summary << busy;
    }
    if (!m_set.comparisons.empty())
        summary << variationText(m_set.comparisons.front());
    m_summary->setText(summary.join(QLatin1Char('\n')));
    m_conditionsLabel->setText(tr("Conditions that differ (environment, machine load, configuration); values that "
                                  "differ from the reference are in amber:"));
    m_exportButton->setText(tr("&Export report…"));
    m_model->retranslate();
    if (m_conditions->columnCount() > 0)
        m_conditions->setHorizontalHeaderItem(0, new QTableWidgetItem(tr("What")));
}

void CompareDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        recompute(); // the conditions' labels come from core in the new language
    QDialog::changeEvent(event);
}

} // namespace ob::app
