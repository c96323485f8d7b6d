// SPDX-License-Identifier: MIT
// The screenshot mode's History shots: the finished run (stored by the window) and the failure session (imported, as
// a run from another machine would be) in the History dock, then their comparison.

#include <QDir>
#include <QDockWidget>
#include <QTimer>

#include <cstdio>

#include "dialogs/comparedialog.h"
#include "mainwindow.h"
#include "pages/historypage.h"
#include "screenshot/screenshotdriver.h"
#include "session/historyrecorder.h"

namespace ob::app {

void ScreenshotDriver::shootHistory(std::function<void()> next)
{
    HistoryPage* page = m_window->historyPage();
    HistoryRecorder* recorder = m_window->historyRecorder();
    if (recorder->pending() > 0) {  // the finished run is still being stored
        QTimer::singleShot(200, this, [this, next] { shootHistory(next); });
        return;
    }
    page->refresh();
    const auto entries = page->store().list();  // newest first: the run just finished
    QList<qint64> ids;
    if (!entries.empty())
        ids << entries.front().id;
    if (!m_failureSession.isEmpty())
        for (qint64 id : page->importFiles({m_failureSession}))
            if (id > 0)
                ids << id;
    QDockWidget* dock = m_window->dock(QStringLiteral("historyDock"));
    dock->raise();
    m_window->resizeDocks({dock}, {420}, Qt::Vertical);  // room for the list in the shot
    page->selectIds(ids);
    QTimer::singleShot(300, this, [this, page, ids, next] {
        shoot(QStringLiteral("history"));
        CompareDialog* dialog = ids.size() >= 2 ? page->compare(ids) : nullptr;
        if (!dialog) {
            std::fprintf(stderr, "screenshot compare: fewer than two runs in the history\n");
            m_ok = false;
            next();
            return;
        }
        dialog->resize(1400, 1000);
        QTimer::singleShot(500, this, [this, dialog, next] {
            const QString path = QDir(m_directory).filePath(fileName(QStringLiteral("compare")));
            const bool ok = dialog->grab().save(path);
            std::fprintf(stderr, "screenshot %s: %s\n", qPrintable(path), ok ? "saved" : "FAILED");
            m_ok = m_ok && ok;
            dialog->close();
            next();
        });
    });
}

}  // namespace ob::app
