// SPDX-License-Identifier: MIT
#include "dialogs/restoredialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ob::app {

RestoreDialog::RestoreDialog(const QList<JournalContents>& journals, QWidget* parent)
    : QDialog(parent)
    , m_journals(journals)
{
    setObjectName(QStringLiteral("restoreDialog"));
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("journalList"));
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(4);
    m_list->setUniformRowHeights(true);
    const QLocale locale;
    for (const auto& j : m_journals) {
        auto* item = new QTreeWidgetItem(m_list);
        const RunResult& run = j.run;
        item->setText(0, locale.toString(run.started.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, run.methods.join(QStringLiteral(", ")));
        item->setText(2, locale.toString(finishedBatches(run)));
        item->setText(3, locale.toString(j.ignoredLines));
        item->setToolTip(1, run.methods.join(QStringLiteral(", ")));
        item->setToolTip(0, QDir::toNativeSeparators(j.path));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_list->setCurrentItem(m_list->topLevelItem(0));
    // Columns fit their header and contents (headers are set later, in retranslate); the methods take the rest.
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);

    m_buttons = new QDialogButtonBox(this);
    m_restore = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_discard = m_buttons->addButton(QString(), QDialogButtonBox::DestructiveRole);
    m_discard->setObjectName(QStringLiteral("discardButton"));
    m_later = m_buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_later->setObjectName(QStringLiteral("laterButton"));
    m_restore->setDefault(true);
    connect(m_restore, &QPushButton::clicked, this,
        [this] { choose(Choice::Restore, m_list->indexOfTopLevelItem(m_list->currentItem())); });
    connect(m_discard, &QPushButton::clicked, this,
        [this] { choose(Choice::Discard, m_list->indexOfTopLevelItem(m_list->currentItem())); });
    connect(m_later, &QPushButton::clicked, this, [this] { choose(Choice::Later); });
    connect(m_list, &QTreeWidget::itemDoubleClicked, this,
        [this](QTreeWidgetItem* item) { choose(Choice::Restore, m_list->indexOfTopLevelItem(item)); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_buttons);
    resize(720, 300);
    retranslate();
}

int RestoreDialog::finishedBatches(const RunResult& run)
{
    int n = 0;
    for (const auto& r : run.results)
        for (const auto& b : r.batches)
            n += b.complete ? 1 : 0;
    return n;
}

QString RestoreDialog::selectedPath() const
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    return m_choice == Choice::Later || row < 0 || row >= m_journals.size() ? QString() : m_journals[row].path;
}

void RestoreDialog::choose(Choice choice, int row)
{
    if (choice != Choice::Later && (row < 0 || row >= m_journals.size()))
        return;
    if (row >= 0 && row < m_journals.size())
        m_list->setCurrentItem(m_list->topLevelItem(row));
    m_choice = choice;
    done(choice == Choice::Later ? QDialog::Rejected : QDialog::Accepted);
}

void RestoreDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void RestoreDialog::retranslate()
{
    setWindowTitle(tr("Restore unfinished runs"));
    m_text->setText(tr("%n run(s) did not finish (OptiBench was closed, killed or crashed while measuring). "
                       "Their finished results were saved as they arrived; restoring shows them as a cancelled, "
                       "partial session.",
        nullptr, static_cast<int>(m_journals.size())));
    m_list->setHeaderLabels({tr("Started"), tr("Methods"), tr("Finished batches"), tr("Torn lines ignored")});
    m_restore->setText(tr("&Restore"));
    m_restore->setToolTip(tr("Show the selected run's finished results; it is not offered again."));
    m_discard->setText(tr("&Discard"));
    m_discard->setToolTip(tr("Do not offer the selected run again (its journal file is kept, marked as dealt with)."));
    m_later->setText(tr("&Later"));
    m_later->setToolTip(tr("Ask again at the next start."));
}

} // namespace ob::app
