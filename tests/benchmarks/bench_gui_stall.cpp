// SPDX-License-Identifier: MIT
// The longest GUI event-loop stall during a run: a 1 ms precise timer on the GUI thread records the gaps between
// its ticks while the workbench runs the default configuration with live table and charts. A gap is how long the
// event loop could not react (plus the 1 ms period). Not a test: run by hand, e.g.
//   QT_QPA_PLATFORM=offscreen build/dev/tests/benchmarks/bench_gui_stall
//   xvfb-run -a -s "-screen 0 1600x1000x24" build/dev/tests/benchmarks/bench_gui_stall
// Options: --quick (the Quick preset), --runs N, --methods a,b,c (instead of the default "all"),
// --cancel-at F (press Cancel when the progress reaches F in 0..1, and report how long the run takes to stop).
// Besides the longest gap, it reports the gap less the time the GUI thread waited for a CPU (Linux schedstat), which
// separates the program's own stalls from a loaded machine's. Exit code 1 when that is 50 ms or more.

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <time.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "charts/chartspanel.h"
#include "config/presets.h"
#include "logging/logging.h"
#include "mainwindow.h"
#include "models/resultstablemodel.h"
#include "pages/configpage.h"
#include "pages/resultspage.h"
#include "results/environment.h"
#include "session/runcontroller.h"
#include "settings/appsettings.h"

namespace {

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

/// Nanoseconds this thread has waited on a CPU run queue (runnable but not running), from /proc (Linux schedstat).
double runQueueWaitMs()
{
    FILE* f = std::fopen("/proc/thread-self/schedstat", "r");
    if (!f)
        return 0;
    unsigned long long run = 0;
    unsigned long long wait = 0;
    const int n = std::fscanf(f, "%llu %llu", &run, &wait);
    std::fclose(f);
    return n == 2 ? static_cast<double>(wait) / 1e6 : 0;
}

/// Times every top-level event the GUI thread handles, to name the slowest (receiver class and event type).
class TimedApplication : public QApplication {
public:
    using QApplication::QApplication;
    bool notify(QObject* receiver, QEvent* event) override
    {
        // notify() is also called on the benchmark thread (its whole run is one queued call): time the GUI thread only.
        if (QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        if (m_depth++ > 0 || !m_recording) {
            const bool r = QApplication::notify(receiver, event);
            --m_depth;
            return r;
        }
        // Named before delivery: the receiver may delete itself while handling the event (DeferredDelete).
        const char* className = receiver->metaObject()->className();
        const QString objectName = receiver->objectName();
        const int type = static_cast<int>(event->type());
        QElapsedTimer t;
        t.start();
        const double cpu0 = threadCpuMs();
        const bool r = QApplication::notify(receiver, event);
        const double ms = static_cast<double>(t.nsecsElapsed()) / 1e6;
        const double cpu = threadCpuMs() - cpu0;
        ++eventsSinceTick;
        eventCpuSinceTick += cpu;
        if (ms > 1)
            sinceTick << QStringLiteral("%1(%5)/%2 %3 ms (%4 CPU)")
                             .arg(QLatin1String(className))
                             .arg(type)
                             .arg(ms, 0, 'f', 1)
                             .arg(cpu, 0, 'f', 1)
                             .arg(objectName);
        if (ms > slowestMs) {
            slowestMs = ms;
            slowestCpuMs = cpu;
            slowest = QStringLiteral("%1 (%2), event type %3").arg(QLatin1String(className), objectName).arg(type);
        }
        --m_depth;
        return r;
    }
    void record(bool on)
    {
        m_recording = on;
        if (!on)
            return;
        slowestMs = 0;
        slowestCpuMs = 0;
        slowest.clear();
        busiestOwn = 0;
        busiestGap.clear();
    }
    QStringList sinceTick;
    int eventsSinceTick = 0;
    double eventCpuSinceTick = 0;
    QStringList busiestGap;  // the events of the gap with the longest own stall
    double busiestOwn = 0;
    double slowestMs = 0;
    double slowestCpuMs = 0;
    QString slowest;

private:
    int m_depth = 0;
    bool m_recording = false;
};

struct Probe {
    QElapsedTimer clock;
    qint64 last = 0;
    double lastCpu = 0;
    double lastWait = 0;
    std::vector<double> gapsMs;
    std::vector<double> busyMs;  // GUI-thread CPU time used within each gap
    std::vector<double> waitMs;  // time the GUI thread waited for a CPU (other threads and processes ran)
};

double percentile(std::vector<double> v, double q)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[static_cast<std::size_t>(q * static_cast<double>(v.size() - 1))];
}

}  // namespace

int main(int argc, char** argv)
{
    TimedApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    const int runsAt = static_cast<int>(args.indexOf(QStringLiteral("--runs")));
    const int runs = runsAt > 0 && runsAt + 1 < args.size() ? std::max(1, args[runsAt + 1].toInt()) : 1;
    const int cancelAt = static_cast<int>(args.indexOf(QStringLiteral("--cancel-at")));
    const double cancelFraction = cancelAt > 0 && cancelAt + 1 < args.size() ? args[cancelAt + 1].toDouble() : -1;
    ob::logging::init({false, QString()});

    QTemporaryDir dir;
    ob::app::MainWindow window(std::make_unique<ob::app::AppSettings>(dir.filePath(QStringLiteral("s.ini"))));
    window.resize(1600, 1000);
    window.show();
    ob::RunConfig config = quick ? *ob::presetConfig(QStringLiteral("quick")) : ob::RunConfig{};
    const int methodsAt = static_cast<int>(args.indexOf(QStringLiteral("--methods")));
    if (methodsAt > 0 && methodsAt + 1 < args.size())
        config.methods = args[methodsAt + 1].split(QLatin1Char(','));
    window.configPage()->setConfig(config);
    // Let the window be exposed and painted once, and the environment be captured: the figure is about a run.
    QEventLoop settle;
    QTimer::singleShot(1000, &settle, &QEventLoop::quit);
    settle.exec();

    double worst = 0;
    double worstOwn = 0;
    for (int run = 1; run <= runs; ++run) {
        Probe probe;
        QTimer tick;
        tick.setTimerType(Qt::PreciseTimer);
        tick.setInterval(1);
        QObject::connect(&tick, &QTimer::timeout, [&probe] {
            const qint64 now = probe.clock.nsecsElapsed();
            const double cpu = threadCpuMs();
            const double wait = runQueueWaitMs();
            probe.gapsMs.push_back(static_cast<double>(now - probe.last) / 1e6);
            probe.busyMs.push_back(cpu - probe.lastCpu);
            {
                auto* a = static_cast<TimedApplication*>(qApp);
                const double own = probe.gapsMs.back() - (wait - probe.lastWait);
                if (own > a->busiestOwn) {
                    a->busiestOwn = own;
                    a->busiestGap = a->sinceTick
                        + QStringList{QStringLiteral("%1 events in all, %2 ms CPU")
                                          .arg(a->eventsSinceTick)
                                          .arg(a->eventCpuSinceTick, 0, 'f', 1)};
                }
                a->sinceTick.clear();
                a->eventsSinceTick = 0;
                a->eventCpuSinceTick = 0;
            }
            probe.waitMs.push_back(wait - probe.lastWait);
            probe.last = now;
            probe.lastCpu = cpu;
            probe.lastWait = wait;
        });
        QEventLoop loop;
        QObject::connect(window.controller(), &ob::app::RunController::finished, &loop, &QEventLoop::quit);
        QElapsedTimer sinceCancel;
        const auto cancelConnection = QObject::connect(
            window.controller(), &ob::app::RunController::progressChanged, &window,
            [&](const ob::RunProgress& p) {
                if (cancelFraction >= 0 && !sinceCancel.isValid() && p.fraction >= cancelFraction) {
                    sinceCancel.start();
                    window.cancel();
                }
            });
        const int redrawsBefore = window.resultsPage()->charts()->redrawCount();
        QElapsedTimer wall;
        wall.start();
        probe.clock.start();
        probe.lastCpu = threadCpuMs();
        probe.lastWait = runQueueWaitMs();
        app.record(true);
        tick.start();
        QTimer::singleShot(0, &window, [&window] { window.run(); });
        loop.exec();
        tick.stop();
        QObject::disconnect(cancelConnection);
        if (sinceCancel.isValid())
            std::printf("cancelled at %.0f%%: the run stopped %.1f ms after Cancel; %d result rows kept\n",
                        cancelFraction * 100, static_cast<double>(sinceCancel.nsecsElapsed()) / 1e6,
                        window.resultsPage()->model()->rowCount());
        app.record(false);
        const double seconds = static_cast<double>(wall.elapsed()) / 1000.0;
        const auto& gaps = probe.gapsMs;
        const double longest = gaps.empty() ? 0 : *std::max_element(gaps.begin(), gaps.end());
        const auto over = [&](double ms) { return std::count_if(gaps.begin(), gaps.end(), [ms](double g) { return g >= ms; }); };
        worst = std::max(worst, longest);
        const double longestBusy = probe.busyMs.empty() ? 0 : *std::max_element(probe.busyMs.begin(), probe.busyMs.end());
        // The stall the program itself causes: each gap minus the time its GUI thread waited for a CPU.
        double longestOwn = 0;
        std::size_t longestAt = 0;
        for (std::size_t i = 0; i < gaps.size(); ++i) {
            if (gaps[i] - probe.waitMs[i] > longestOwn) {
                longestOwn = gaps[i] - probe.waitMs[i];
                longestAt = i;
            }
        }
        worstOwn = std::max(worstOwn, longestOwn);
        std::printf("       events over 1 ms in the gap of the longest own stall: %s\n",
                    qPrintable(app.busiestGap.join(QStringLiteral(", "))));
        const auto longestWall = static_cast<std::size_t>(std::max_element(gaps.begin(), gaps.end()) - gaps.begin());
        std::printf("run %d: %s, %zu methods, %.1f s, %zu ticks; gap p50 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, "
                    "longest %.1f ms; gaps >= 16 ms: %ld, >= 50 ms: %ld; chart redraws %d (%.1f/s)\n",
                    run, quick ? "quick preset" : "default configuration", window.controller()->run().results.size(),
                    seconds, gaps.size(), percentile(gaps, 0.5), percentile(gaps, 0.99), percentile(gaps, 0.999),
                    longest, static_cast<long>(over(16)), static_cast<long>(over(50)),
                    window.resultsPage()->charts()->redrawCount() - redrawsBefore,
                    (window.resultsPage()->charts()->redrawCount() - redrawsBefore) / std::max(seconds, 1e-3));
        std::printf("       longest gap %.1f ms = %.1f ms waiting for a CPU + %.1f ms GUI-thread CPU + rest\n",
                    gaps.empty() ? 0 : gaps[longestWall], gaps.empty() ? 0 : probe.waitMs[longestWall],
                    gaps.empty() ? 0 : probe.busyMs[longestWall]);
        std::printf("       longest gap less CPU wait (the program's own stall): %.1f ms (%.1f ms CPU); most GUI-thread "
                    "CPU in one gap %.1f ms; slowest single event %.1f ms wall, %.1f ms CPU: %s\n",
                    longestOwn, gaps.empty() ? 0 : probe.busyMs[longestAt], longestBusy, app.slowestMs,
                    app.slowestCpuMs, qPrintable(app.slowest));
    }
    double load[3] = {0, 0, 0};
    getloadavg(load, 3);
    std::printf("longest GUI event-loop gap: %.1f ms wall; %.1f ms after removing the time the GUI thread waited for a "
                "CPU (%s); load average %.1f on %d CPUs; platform %s; OptiBench %s\n",
                worst, worstOwn, worstOwn < 50 ? "under the 50 ms budget" : "OVER the 50 ms budget", load[0],
                QThread::idealThreadCount(), qPrintable(QApplication::platformName()), qPrintable(ob::versionString()));
    return worstOwn < 50 ? 0 : 1;
}
