// SPDX-License-Identifier: MIT
#include "pages/historypage.h"

#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>

#include <algorithm>

#include "dialogs/comparedialog.h"
#include "models/historymodel.h"
#include "session/historyrecorder.h"
#include "settings/appsettings.h"
#include "ui_historypage.h"
#include "widgets/uistyle.h"

namespace ob::app {
namespace {

QString jsonFilter()
{
    return HistoryPage::tr("OptiBench runs (*.json);;All files (*)");
}

} // namespace

HistoryPage::HistoryPage(AppSettings* settings, HistoryRecorder* recorder, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::HistoryPage>())
    , m_settings(settings)
    , m_recorder(recorder)
    , m_model(new HistoryModel(this))
    , m_proxy(new HistoryFilterProxy(this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    m_ui->historyTable->setModel(m_proxy);
    m_ui->historyTable->verticalHeader()->hide();
    m_ui->historyTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_ui->historyTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->historyTable->sortByColumn(HistoryModel::Id, Qt::DescendingOrder);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &HistoryPage::updateFilter);
    for (auto* combo : {m_ui->modelCombo, m_ui->machineCombo, m_ui->tagCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &HistoryPage::updateFilter);
    connect(m_ui->historyTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &HistoryPage::updateButtons);
    connect(m_ui->historyTable, &QTableView::doubleClicked, this,
        [this](const QModelIndex& index) { openRun(index.data(HistoryModel::IdRole).toLongLong()); });
    connect(m_ui->openButton, &QPushButton::clicked, this, [this] {
        if (const auto ids = selectedIds(); ids.size() == 1)
            openRun(ids.front());
    });
    connect(m_ui->compareButton, &QPushButton::clicked, this, [this] { compare(selectedIds()); });
    connect(m_ui->compareFileButton, &QPushButton::clicked, this, &HistoryPage::compareFileWithDialog);
    connect(m_ui->importButton, &QPushButton::clicked, this, &HistoryPage::importWithDialog);
    connect(m_ui->noteButton, &QPushButton::clicked, this, &HistoryPage::editNote);
    connect(m_ui->tagsButton, &QPushButton::clicked, this, &HistoryPage::editTags);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, [this] {
        if (const auto ids = selectedIds(); ids.size() == 1)
            deleteRun(ids.front());
    });
    connect(m_ui->keepCheck, &QCheckBox::toggled, this, &HistoryPage::setKeepRuns);
    connect(m_ui->fileButton, &QPushButton::clicked, this, &HistoryPage::chooseFile);
    connect(m_recorder, &HistoryRecorder::stored, this, [this](qint64 id) {
        refresh();
        selectIds({id});
    });
    connect(m_recorder, &HistoryRecorder::storeFailed, this, [this](const QString& error) {
        showMessage(tr("The last run was not kept in the history: %1").arg(error), true);
    });
    {
        const QSignalBlocker block(m_ui->keepCheck);
        m_ui->keepCheck->setChecked(m_settings->historyEnabled());
    }
    retranslate(); // opens the history
}

HistoryPage::~HistoryPage() = default;

QTableView* HistoryPage::table() const
{
    return m_ui->historyTable;
}

HistoryLocation HistoryPage::location() const
{
    return resolveHistoryLocation(m_settings->historyPath());
}

QString HistoryPage::message() const
{
    return m_message;
}

void HistoryPage::showMessage(const QString& text, bool error)
{
    m_message = text;
    m_messageIsError = error;
    QPalette p = palette();
    if (error)
        p.setColor(QPalette::WindowText, errorColor(palette()));
    m_ui->messageLabel->setPalette(p);
    m_ui->messageLabel->setText(text);
}

void HistoryPage::reopen()
{
    // Runs are kept only when the setting says so; the list shows the file either way.
    const HistoryLocation where = location();
    m_recorder->setLocation(m_settings->historyEnabled() ? where : HistoryLocation{});
    m_ui->fileButton->setToolTip(where.enabled() ? QDir::toNativeSeparators(where.path) : QString());
    if (!where.enabled()) {
        m_model->setEntries({});
        showMessage(tr("The history is off (OPTIBENCH_HISTORY_DB=off): choose a file to keep runs."));
        updateCombos();
        updateButtons();
        return;
    }
    if (!m_store.open(where.path)) {
        m_model->setEntries({});
        showMessage(m_store.error(), true);
        updateCombos();
        updateButtons();
        return;
    }
    showMessage(QString());
    refresh();
}

void HistoryPage::refresh()
{
    if (!m_store.isOpen())
        return;
    const QList<qint64> selected = selectedIds();
    m_model->setEntries(m_store.list());
    updateCombos();
    selectIds(selected);
    m_ui->historyTable->resizeColumnsToContents();
    if (!m_messageIsError || m_message.isEmpty())
        showMessage(m_settings->historyEnabled()
                ? tr("%n run(s) in %1", nullptr, static_cast<int>(m_model->entries().size()))
                      .arg(QDir::toNativeSeparators(m_store.path()))
                : tr("Finished runs are not kept (see \"Keep finished runs\"); %n run(s) in %1", nullptr,
                    static_cast<int>(m_model->entries().size()))
                      .arg(QDir::toNativeSeparators(m_store.path())));
    updateButtons();
}

void HistoryPage::updateCombos()
{
    // The values in the list, each combo keeping its choice while it is still there.
    QStringList models, machines;
    for (const auto& e : m_model->entries()) {
        if (!models.contains(e.modelLabel))
            models << e.modelLabel;
        if (!machines.contains(e.machineLabel()))
            machines << e.machineLabel();
    }
    const QStringList tags = m_store.isOpen() ? m_store.allTags() : QStringList();
    const auto fill = [this](QComboBox* combo, QStringList values) {
        const QString current = combo->currentData().toString();
        const QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(tr("all"), QString());
        values.sort();
        for (const auto& v : values)
            combo->addItem(v.isEmpty() ? QStringLiteral("–") : v, v);
        const int at = combo->findData(current);
        combo->setCurrentIndex(at >= 0 ? at : 0);
    };
    fill(m_ui->modelCombo, models);
    fill(m_ui->machineCombo, machines);
    fill(m_ui->tagCombo, tags);
    updateFilter();
}

void HistoryPage::updateFilter()
{
    HistoryFilter filter;
    filter.text = m_ui->searchEdit->text();
    filter.model = m_ui->modelCombo->currentData().toString();
    filter.host = m_ui->machineCombo->currentData().toString();
    filter.tag = m_ui->tagCombo->currentData().toString();
    m_proxy->setFilter(filter);
    updateButtons();
}

void HistoryPage::updateButtons()
{
    const int n = static_cast<int>(selectedIds().size());
    const bool open = m_store.isOpen();
    m_ui->openButton->setEnabled(open && n == 1);
    m_ui->compareButton->setEnabled(open && n >= 2);
    m_ui->compareFileButton->setEnabled(open && n == 1);
    m_ui->importButton->setEnabled(open);
    m_ui->noteButton->setEnabled(open && n == 1);
    m_ui->tagsButton->setEnabled(open && n == 1);
    m_ui->deleteButton->setEnabled(open && n == 1);
}

QList<qint64> HistoryPage::selectedIds() const
{
    QList<qint64> ids;
    const auto rows = m_ui->historyTable->selectionModel()->selectedRows();
    for (const auto& index : rows)
        ids << index.data(HistoryModel::IdRole).toLongLong();
    std::sort(ids.begin(), ids.end()); // the oldest first: it is the reference of a comparison
    return ids;
}

void HistoryPage::selectIds(const QList<qint64>& ids)
{
    auto* selection = m_ui->historyTable->selectionModel();
    selection->clearSelection();
    for (qint64 id : ids) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (index.isValid())
            selection->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    updateButtons();
}

int HistoryPage::execModal(QDialog* dialog)
{
    return m_modalHook ? m_modalHook(dialog) : dialog->exec();
}

std::optional<NamedRun> HistoryPage::loadRun(qint64 id)
{
    QString error;
    auto named = loadNamedRun(QString::number(id), &m_store, tr("run"), &error);
    if (!named) {
        showMessage(error, true);
        return std::nullopt;
    }
    if (const HistoryEntry* e = m_model->entry(id); e && !e->machineLabel().isEmpty())
        named->label = QStringLiteral("#%1 %2").arg(id).arg(e->host.isEmpty() ? e->cpuModel : e->host);
    return named;
}

bool HistoryPage::openRun(qint64 id)
{
    auto named = loadRun(id);
    if (!named)
        return false;
    Q_EMIT openRequested(named->run, id);
    return true;
}

bool HistoryPage::deleteRun(qint64 id)
{
    const HistoryEntry* e = m_model->entry(id);
    QMessageBox box(QMessageBox::Question, tr("Delete run"),
        tr("Delete run #%1 (%2, %3) from the history? Its samples cannot be recovered.")
            .arg(id)
            .arg(e ? e->modelLabel : QString(), e ? e->machineLabel() : QString()),
        QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("deleteRunBox"));
    QPushButton* remove = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteButton"));
    QPushButton* keep = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(keep);
    execModal(&box);
    if (box.clickedButton() != remove)
        return false;
    const bool removed = m_store.remove(id);
    if (removed)
        showMessage(tr("Run #%1 deleted.").arg(id));
    return changed(removed);
}

bool HistoryPage::setNote(qint64 id, const QString& note)
{
    return changed(m_store.setNote(id, note));
}

bool HistoryPage::setTags(qint64 id, const QStringList& tags)
{
    return changed(m_store.setTags(id, tags));
}

bool HistoryPage::changed(bool stored)
{
    if (!stored) {
        showMessage(m_store.error(), true);
        return false;
    }
    refresh();
    return true;
}

void HistoryPage::editNote()
{
    const auto ids = selectedIds();
    const HistoryEntry* e = ids.size() == 1 ? m_model->entry(ids.front()) : nullptr;
    if (!e)
        return;
    const qint64 id = e->id;
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("noteDialog"));
    dialog.setWindowTitle(tr("Note"));
    dialog.setLabelText(tr("Note for run #%1:").arg(id));
    dialog.setOption(QInputDialog::UsePlainTextEditForTextInput);
    dialog.setTextValue(e->note);
    if (execModal(&dialog) == QDialog::Accepted)
        setNote(id, dialog.textValue());
}

void HistoryPage::editTags()
{
    const auto ids = selectedIds();
    const HistoryEntry* e = ids.size() == 1 ? m_model->entry(ids.front()) : nullptr;
    if (!e)
        return;
    const qint64 id = e->id;
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("tagsDialog"));
    dialog.setWindowTitle(tr("Tags"));
    dialog.setLabelText(tr("Tags of run #%1, separated by commas:").arg(id));
    dialog.setTextValue(e->tags.join(QStringLiteral(", ")));
    if (execModal(&dialog) == QDialog::Accepted)
        setTags(id, dialog.textValue().split(QLatin1Char(','), Qt::SkipEmptyParts));
}

QList<qint64> HistoryPage::importFiles(const QStringList& paths)
{
    QList<qint64> ids;
    QStringList problems;
    for (const auto& path : paths) {
        QString error;
        auto named = loadNamedRun(path, nullptr, QDir::toNativeSeparators(path), &error);
        qint64 id = 0;
        if (named)
            id = m_store.store(named->run, QStringLiteral("import"), QFileInfo(path).absoluteFilePath());
        if (id == 0)
            problems << (named ? m_store.error() : error);
        ids << id;
    }
    refresh();
    QList<qint64> stored;
    for (qint64 id : ids)
        if (id > 0)
            stored << id;
    selectIds(stored);
    if (!problems.isEmpty())
        showMessage(problems.join(QLatin1Char('\n')), true);
    else
        showMessage(tr("Imported %n run(s).", nullptr, static_cast<int>(stored.size())));
    return ids;
}

CompareDialog* HistoryPage::compare(const QList<qint64>& ids, const QStringList& files)
{
    std::vector<NamedRun> runs;
    for (qint64 id : ids)
        if (auto named = loadRun(id))
            runs.push_back(std::move(*named));
    for (const auto& file : files) {
        QString error;
        auto named = loadNamedRun(file, nullptr, QDir::toNativeSeparators(file), &error);
        if (!named) {
            showMessage(error, true);
            return nullptr;
        }
        runs.push_back(std::move(*named));
    }
    if (runs.size() < 2)
        return nullptr;
    auto* dialog = new CompareDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setRuns(runs.front(), std::vector<NamedRun>(runs.begin() + 1, runs.end()));
    dialog->show();
    return dialog;
}

CompareDialog* HistoryPage::compareWithFile(const QString& file)
{
    const auto selected = selectedIds();
    if (selected.size() != 1)
        return nullptr;
    const auto ids = importFiles({file});
    if (ids.isEmpty() || ids.front() == 0)
        return nullptr;
    return compare({selected.front(), ids.front()});
}

void HistoryPage::importWithDialog()
{
    const QStringList paths
        = QFileDialog::getOpenFileNames(this, tr("Import runs"), m_settings->lastDirectory(), jsonFilter());
    if (!paths.isEmpty())
        importFiles(paths);
}

void HistoryPage::compareFileWithDialog()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Compare with a run file"), m_settings->lastDirectory(), jsonFilter());
    if (!path.isEmpty())
        compareWithFile(path);
}

void HistoryPage::chooseFile()
{
    const QString current = location().path;
    const QString path = QFileDialog::getSaveFileName(this, tr("History file"), current,
        tr("SQLite databases (*.sqlite *.db);;All files (*)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        setHistoryFile(path);
}

void HistoryPage::setHistoryFile(const QString& path)
{
    m_settings->setHistoryPath(path);
    m_settings->sync();
    reopen();
}

void HistoryPage::setKeepRuns(bool keep)
{
    m_settings->setHistoryEnabled(keep);
    m_settings->sync();
    {
        const QSignalBlocker block(m_ui->keepCheck);
        m_ui->keepCheck->setChecked(keep);
    }
    reopen();
}

void HistoryPage::retranslate()
{
    m_ui->searchEdit->setPlaceholderText(tr("Search: model, machine, method, note, tag…"));
    m_ui->modelLabel->setText(tr("&Model:"));
    m_ui->machineLabel->setText(tr("Mac&hine:"));
    m_ui->tagLabel->setText(tr("&Tag:"));
    for (auto* combo : {m_ui->modelCombo, m_ui->machineCombo, m_ui->tagCombo})
        if (combo->count() > 0)
            combo->setItemText(0, tr("all"));
    m_ui->openButton->setText(tr("&Open"));
    m_ui->openButton->setToolTip(tr("Show the run as if it had just finished (results, charts, diagnostics)"));
    m_ui->compareButton->setText(tr("&Compare"));
    m_ui->compareButton->setToolTip(
        tr("Compare the selected runs: the oldest is the reference, the others are its columns"));
    m_ui->compareFileButton->setText(tr("Compare with &file…"));
    m_ui->compareFileButton->setToolTip(
        tr("Import a run file (e.g. from another machine) and compare it with the selected run"));
    m_ui->importButton->setText(tr("&Import…"));
    m_ui->importButton->setToolTip(tr("Store run files (optibench.run/1 JSON) in the history"));
    m_ui->noteButton->setText(tr("&Note…"));
    m_ui->tagsButton->setText(tr("Ta&gs…"));
    m_ui->deleteButton->setText(tr("&Delete…"));
    m_ui->keepCheck->setText(tr("&Keep finished runs"));
    m_ui->keepCheck->setToolTip(tr("Store every finished run in the history file"));
    m_ui->fileButton->setText(tr("History &file…"));
    m_model->retranslate();
    reopen(); // the messages in the new language
}

void HistoryPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ob::app
