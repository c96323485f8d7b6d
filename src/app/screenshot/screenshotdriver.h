// SPDX-License-Identifier: MIT
#pragma once
// The screenshot mode (`optibench --screenshots DIR`): drives the real window through its main states (configured,
// running, finished, roofline, the restore dialog, a failure diagnosed) and saves each with QWidget::grab().

#include <QObject>
#include <QString>

#include <functional>

namespace ob::app {

class MainWindow;

class ScreenshotDriver : public QObject {
    Q_OBJECT
public:
    /// `failureSession`: a saved session with a failed method, shown in the last shot (skipped when empty).
    ScreenshotDriver(MainWindow* window, const QString& directory, const QString& failureSession,
                     QObject* parent = nullptr);
    /// Starts the sequence; the application quits when it is done (exit code 1 if a shot failed).
    void start();

private:
    /// The file name of shot `name` in the current language.
    static QString fileName(const QString& name);
    bool shoot(const QString& name);
    void onProgress(double fraction);
    void onFinished();
    void shootRestore();
    void shootAbout();
    void shootFailure();
    /// historyshots.cpp: the History dock with the finished run and the failure session imported, and the compare
    /// view of the two; then `next`.
    void shootHistory(std::function<void()> next);

    MainWindow* m_window;
    QString m_directory;
    QString m_failureSession;
    bool m_runningShot = false;
    bool m_ok = true;
};

}  // namespace ob::app
