// SPDX-License-Identifier: MIT
#include "pages/profilepage.h"

#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>

#include "charts/profilechart.h"
#include "export/exportmenu.h"
#include "format/profiletext.h"
#include "models/profilemodels.h"
#include "results/profilecompare.h"
#include "session/runcontroller.h"
#include "ui_profilepage.h"

namespace ob::app {
namespace {

/// Fills `combo` with `methods`, keeping the current one when it is still there (else `fallback`).
void fill(QComboBox* combo, const QStringList& methods, const QString& fallback)
{
    const QString current = combo->currentText();
    const QSignalBlocker block(combo);
    combo->clear();
    combo->addItems(methods);
    const int at = combo->findText(methods.contains(current) ? current : fallback);
    combo->setCurrentIndex(at >= 0 ? at : (methods.isEmpty() ? -1 : 0));
}

QSortFilterProxyModel* sortedView(QAbstractItemModel* model, QTableView* table, int sortRole, int column)
{
    auto* proxy = new QSortFilterProxyModel(table);
    proxy->setSourceModel(model);
    proxy->setSortRole(sortRole);
    table->setModel(proxy);
    table->sortByColumn(column, Qt::DescendingOrder);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return proxy;
}

}  // namespace

ProfilePage::ProfilePage(RunController* controller, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ProfilePage>()), m_controller(controller),
      m_rows(new ProfileRowsModel(this)), m_diff(new ProfileDiffModel(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("profilePage"));
    m_rowsProxy = sortedView(m_rows, m_ui->rowsTable, ProfileRowsModel::SortRole, ProfileRowsModel::Self);
    m_diffProxy = sortedView(m_diff, m_ui->diffTable, ProfileDiffModel::SortRole, ProfileDiffModel::Change);
    m_diffProxy->sort(-1);  // compareProfiles' order: the largest changes first
    m_ui->diffTable->horizontalHeader()->setSortIndicatorShown(false);
    m_ui->splitter->setStretchFactor(0, 4);
    m_ui->splitter->setStretchFactor(1, 4);
    m_ui->splitter->setStretchFactor(2, 3);
    m_ui->splitter->setSizes({560, 560, 420});
    connect(m_ui->methodCombo, &QComboBox::currentIndexChanged, this, &ProfilePage::showMethod);
    connect(m_ui->byOperatorCheck, &QCheckBox::toggled, this, &ProfilePage::showMethod);
    for (auto* combo : {m_ui->baseCombo, m_ui->otherCombo}) {
        connect(combo, &QComboBox::activated, this, [this] { m_userPicked = true; });
        connect(combo, &QComboBox::currentIndexChanged, this, &ProfilePage::showComparison);
    }
    connect(m_ui->profileChart, &ChartBase::exportRequested, this, [this](const QString& format) {
        if (m_exportMenu)
            m_exportMenu->askChartExport(m_ui->profileChart, format);
    });
    connect(controller, &RunController::sessionReset, this, [this] {
        m_userPicked = false;
        refresh();
    });
    connect(controller, &RunController::methodChanged, this, &ProfilePage::refresh);
    connect(controller, &RunController::finished, this, &ProfilePage::refresh);
    retranslate();
    refresh();
}

ProfilePage::~ProfilePage() = default;

void ProfilePage::setExportMenu(ExportMenu* menu)
{
    m_exportMenu = menu;
}

ProfileChart* ProfilePage::chart() const
{
    return m_ui->profileChart;
}

QComboBox* ProfilePage::methodCombo() const
{
    return m_ui->methodCombo;
}

QComboBox* ProfilePage::baseCombo() const
{
    return m_ui->baseCombo;
}

QComboBox* ProfilePage::otherCombo() const
{
    return m_ui->otherCombo;
}

QTableView* ProfilePage::rowsTable() const
{
    return m_ui->rowsTable;
}

QTableView* ProfilePage::diffTable() const
{
    return m_ui->diffTable;
}

bool ProfilePage::hasProfiles() const
{
    return !profiledMethods(m_controller->run()).empty();
}

void ProfilePage::setMethod(const QString& method)
{
    const int at = m_ui->methodCombo->findText(method);
    if (at >= 0)
        m_ui->methodCombo->setCurrentIndex(at);
}

void ProfilePage::setComparison(const QString& base, const QString& other)
{
    const int a = m_ui->baseCombo->findText(base);
    const int b = m_ui->otherCombo->findText(other);
    if (a < 0 || b < 0)
        return;
    m_userPicked = true;
    const QSignalBlocker block(m_ui->baseCombo);
    m_ui->baseCombo->setCurrentIndex(a);
    m_ui->otherCombo->setCurrentIndex(b);  // shows the comparison
    showComparison();
}

void ProfilePage::refresh()
{
    const RunResult& run = m_controller->run();
    QStringList withProfile;  // every method with a profile, failed ones too (they show their error)
    for (const auto& r : run.results)
        if (r.profile)
            withProfile << r.method;
    QStringList comparable;
    for (const auto* r : profiledMethods(run))
        comparable << r->method;
    m_ui->emptyLabel->setVisible(withProfile.isEmpty());
    m_ui->splitter->setVisible(!withProfile.isEmpty());
    const auto [base, other] = defaultProfilePair(run);
    fill(m_ui->methodCombo, withProfile, other.isEmpty() ? QString() : base);
    {
        const QSignalBlocker blockBase(m_ui->baseCombo);
        const QSignalBlocker blockOther(m_ui->otherCombo);
        if (m_userPicked) {
            fill(m_ui->baseCombo, comparable, base);
            fill(m_ui->otherCombo, comparable, other);
        } else {
            m_ui->baseCombo->clear();
            m_ui->otherCombo->clear();
            fill(m_ui->baseCombo, comparable, base);
            fill(m_ui->otherCombo, comparable, other.isEmpty() ? base : other);
        }
    }
    m_ui->profileChart->setRun(run);
    showMethod();
    showComparison();
}

void ProfilePage::showMethod()
{
    const MethodResult* r = m_controller->run().result(m_ui->methodCombo->currentText());
    if (!r || !r->profile) {
        m_ui->coverageLabel->clear();
        m_rows->setRows({}, false);
        return;
    }
    m_ui->coverageLabel->setText(profileCoverageText(*r->profile));
    const bool byOperator = m_ui->byOperatorCheck->isChecked();
    m_rows->setRows(byOperator ? operatorTotals(*r->profile) : r->profile->rows, byOperator);
    m_ui->rowsTable->setColumnHidden(ProfileRowsModel::Module, byOperator);
    m_ui->rowsTable->setColumnHidden(ProfileRowsModel::Shapes, byOperator);
}

void ProfilePage::showComparison()
{
    const RunResult& run = m_controller->run();
    const QString base = m_ui->baseCombo->currentText();
    const QString other = m_ui->otherCombo->currentText();
    const MethodResult* a = run.result(base);
    const MethodResult* b = run.result(other);
    if (!a || !b || !a->profile || !b->profile) {
        m_diff->setComparison(base, other, {});
        m_ui->compareLabel->clear();
        m_ui->profileChart->setMethods({});
        return;
    }
    m_diff->setComparison(base, other, compareProfiles(*a->profile, *b->profile));
    m_ui->compareLabel->setText(
        tr("Self time per forward: %1 ms in %2, %3 ms in %4 (timed medians %5 ms and %6 ms).")
            .arg(profileMsText(a->profile->profiledMs), base, profileMsText(b->profile->profiledMs), other,
                 profileMsText(a->profile->timedMs), profileMsText(b->profile->timedMs)));
    m_ui->profileChart->setMethods(base == other ? QStringList{base} : QStringList{base, other});
}

void ProfilePage::retranslate()
{
    m_ui->retranslateUi(this);
    m_ui->emptyLabel->setText(
        tr("No profile in this session. Check \"Profile each method\" in the configuration (Measurement) and run: "
           "each method is then profiled after its timing, outside the timed calls."));
    m_ui->byOperatorCheck->setToolTip(tr("Add the rows of each operator up over its modules."));
    m_rows->retranslate();
    m_diff->retranslate();
    showMethod();
    showComparison();
}

void ProfilePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

}  // namespace ob::app
